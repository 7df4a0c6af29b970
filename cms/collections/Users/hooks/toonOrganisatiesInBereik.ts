/**
 * A login linked to organisations under several zorgkantoren (manual §1.3): an editor of zorgkantoor
 * A, or a user administrator, sees only the organisations in their own scope on someone else's login.
 * Reads with overrideAccess (hooks, endpoints) see everything.
 */
import type { FieldHook } from 'payload'
import { userOf } from '../../../access'
import { isBeheerder, zichtbareOrganisaties, type RelValue } from '../../../domain/roles'
import { beheerbereik } from '../access'

export const toonOrganisatiesInBereik: FieldHook = async ({ value, data, req, overrideAccess }) => {
  if (overrideAccess || !Array.isArray(value)) return value
  const user = userOf(req)
  if (!user || isBeheerder(user)) return value
  if (data && String(data.id) === String(user.id)) return value
  return zichtbareOrganisaties(await beheerbereik(req), value as RelValue[])
}
