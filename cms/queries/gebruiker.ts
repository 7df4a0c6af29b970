/** How the logged-in user is named in records other logins read (change requests, reports). */
import type { PayloadRequest } from 'payload'
import { userOf } from '../access'
import { relId } from '../domain/roles'
import { behandelaarNaam } from '../domain/wijzigingsverzoek'
import { findByIdOrNull } from './records'

/** "Peter Jansen", or "Marieke van den Berg (CZ zorgkantoor)" for an editor. */
export async function naamVanGebruiker(req: PayloadRequest): Promise<string> {
  const user = userOf(req)
  const zorgkantoorId = relId(user?.zorgkantoor)
  const zorgkantoor = zorgkantoorId
    ? await findByIdOrNull(req, { collection: 'zorgkantoren', id: zorgkantoorId, depth: 0 })
    : null
  return behandelaarNaam(user, zorgkantoor?.naam)
}
