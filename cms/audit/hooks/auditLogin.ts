/** A successful login, in the login's own transaction. Never the token. */
import type { CollectionAfterLoginHook } from 'payload'
import { ROLE_LABELS, type Role } from '../../domain/roles'
import { schrijfAudit } from '../schrijf'

export const auditLogin: CollectionAfterLoginHook = async ({ collection, req, user }) => {
  const u = user as { id: string | number; naam?: string; email?: string; rol?: Role }
  await schrijfAudit(req, {
    actie: 'ingelogd',
    actor: {
      id: String(u.id),
      naam: u.naam || u.email || `nr. ${String(u.id)}`,
      rol: u.rol ? ROLE_LABELS[u.rol] : null,
    },
    collectie: collection.slug,
    documentId: u.id,
  })
}
