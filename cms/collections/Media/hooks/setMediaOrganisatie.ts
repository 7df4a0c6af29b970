/** The organisation of a new photo: the one given, or the login's only organisation (§3.2.6). */
import type { CollectionBeforeValidateHook } from 'payload'
import { mayWorkOnOrganisatie, userOf, workableOrganisatieIds } from '../../../access'
import { MEDIA_MESSAGES } from '../../../domain/eigendom'
import { relId } from '../../../domain/roles'
import { weiger } from '../../../http/responses'
import type { Media } from '../../../payload-types'
import { relationId } from '../../../queries/records'

export const setMediaOrganisatie: CollectionBeforeValidateHook<Media> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || !data || !userOf(req)) return data
  if (!relId(data.organisatie)) {
    const ids = await workableOrganisatieIds(req)
    if (ids !== 'all' && ids.length === 1) data.organisatie = relationId(req, ids[0]!)
  }
  const organisatieId = relId(data.organisatie)
  if (!organisatieId) throw weiger(MEDIA_MESSAGES.kiesOrganisatie, 400)
  if (!(await mayWorkOnOrganisatie(req, organisatieId))) {
    throw weiger(MEDIA_MESSAGES.andereOrganisatie, 403)
  }
  return data
}
