/**
 * Who reads invitations: a beheerder all; an editor or a user administrator those for organisations
 * in their scope (the same scope as the logins they manage). Nobody else, not the public, and not
 * the invitee (who sees their invitation through its link). Nobody writes them through Payload's
 * routes: POST /api/users/uitnodigen makes them, the invitee's answer or password closes them.
 */
import type { Access } from 'payload'
import { userOf } from '../../access'
import { isBeheerder, mayManageLogins } from '../../domain/roles'
import { beheerbereik } from '../Users/access'

export const readUitnodigingen: Access = async ({ req }) => {
  const user = userOf(req)
  if (!mayManageLogins(user)) return false
  if (isBeheerder(user)) return true
  const bereik = await beheerbereik(req)
  if (bereik === 'alles') return true
  return bereik.length ? { organisaties: { in: [...bereik] } } : false
}
