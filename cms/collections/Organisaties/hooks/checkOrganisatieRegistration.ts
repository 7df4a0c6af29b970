/** An editor registers an organisation only for their own zorgkantoor (§1.2). */
import type { CollectionBeforeChangeHook } from 'payload'
import { userOf } from '../../../access'
import { isRedacteur, relId, zorgkantoorIdOf } from '../../../domain/roles'
import { weiger } from '../../../http/responses'
import type { Organisatie } from '../../../payload-types'

export const checkOrganisatieRegistration: CollectionBeforeChangeHook<Organisatie> = ({
  data,
  operation,
  req,
}) => {
  const user = userOf(req)
  if (operation !== 'create' || !isRedacteur(user)) return data
  const eigen = zorgkantoorIdOf(user)
  const gekozen = (data.zorgkantoren ?? []).map(relId)
  if (!eigen || !gekozen.includes(eigen)) {
    throw weiger(
      'U kunt alleen organisaties registreren die uw eigen zorgkantoor contracteert. Kies uw zorgkantoor bij Zorgkantoren.',
      403,
    )
  }
  return data
}
