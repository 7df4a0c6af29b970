/**
 * Deleting an organisation (§1.2, the zorgkantoor's act) takes its locations (with their care
 * offers) and its photos with it, in the same transaction; each location's own afterDelete queues
 * its index work, so the public index follows. Change requests stay as history: their organisation
 * becomes empty, the name stays in `organisatieNaam`.
 */
import type { CollectionBeforeDeleteHook } from 'payload'
import { failAt } from '../../../lib/test-switches'

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
