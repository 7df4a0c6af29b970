/** An explicit logout (also the admin's logout after inactivity). */
import type { CollectionAfterLogoutHook } from 'payload'
import { actorVan, schrijfAudit } from '../schrijf'

export const auditLogout: CollectionAfterLogoutHook = async ({ collection, req }) => {
  const actor = actorVan(req)
  await schrijfAudit(req, {
    actie: 'uitgelogd',
    actor,
    collectie: collection.slug,
    documentId: actor.id,
  })
}
