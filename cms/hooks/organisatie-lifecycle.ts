/**
 * Registering and deleting organisations (§1.2, §2): only the zorgkantoor does either.
 * - An editor registers an organisation only for their own zorgkantoor.
 * - Deleting an organisation takes its locations (with their care offers) and its photos with it,
 *   in the same transaction; each location's own afterDelete queues its index work, so the public
 *   index follows. Change requests stay as history (their organisation becomes empty, the name
 *   stays in `organisatieNaam`).
 */
import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'
import { userOf } from '../access'
import { isRedacteur, relId, zorgkantoorIdOf } from '../domain/roles'
import { weiger } from '../lib/http'
import { failAt } from '../lib/test-switches'

export const checkOrganisatieRegistration: CollectionBeforeChangeHook = ({
  data,
  operation,
  req,
}) => {
  const user = userOf(req)
  if (operation !== 'create' || !isRedacteur(user)) return data
  const eigen = zorgkantoorIdOf(user)
  const gekozen = ((data.zorgkantoren as unknown[] | undefined) ?? []).map((z) =>
    relId(z as string),
  )
  if (!eigen || !gekozen.includes(eigen)) {
    throw weiger(
      'U kunt alleen organisaties registreren die uw eigen zorgkantoor contracteert. Kies uw zorgkantoor bij Zorgkantoren.',
      403,
    )
  }
  return data
}

export const deleteLocatiesOfOrganisatie: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // System work inside the request: access to the organisation itself was checked by Payload.
  await req.payload.delete({
    collection: 'locaties',
    where: { organisatie: { equals: id } },
    overrideAccess: true,
    req,
  })
  failAt('organisatie-verwijderen-midden')
  await req.payload.delete({
    collection: 'media',
    where: { organisatie: { equals: id } },
    overrideAccess: true,
    req,
  })
}
