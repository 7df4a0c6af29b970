/**
 * How an invitation reads for whom: an expired open invitation says so (zichtbareStatus; expiry is
 * never written), and an editor or user administrator sees only the organisations in their own
 * scope, as on logins (an invitation by a beheerder for CZ's and Menzis's organisations shows each
 * zorgkantoor its own).
 */
import type { FieldHook } from 'payload'
import { userOf } from '../../../access'
import { isBeheerder, zichtbareOrganisaties, type RelValue } from '../../../domain/roles'
import { zichtbareStatus } from '../../../domain/uitnodiging'
import { beheerbereik } from '../../Users/access'

export const toonStatus: FieldHook = ({ value, siblingData }) =>
  zichtbareStatus(value as string, siblingData?.geldigTot as string | undefined, new Date())

export const toonOrganisatiesInBereik: FieldHook = async ({ value, req, overrideAccess }) => {
  if (overrideAccess || !Array.isArray(value)) return value
  const user = userOf(req)
  if (!user || isBeheerder(user)) return value
  return zichtbareOrganisaties(await beheerbereik(req), value as RelValue[])
}
