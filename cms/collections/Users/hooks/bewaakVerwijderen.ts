/**
 * Deleting a login is a change of the whole login (cms/domain/roles.ts loginVerwijderFout): a
 * manager deletes only provider logins whose every organisation they manage, never their own. A
 * login shared with another organisation is taken off one's own organisations instead.
 */
import type { CollectionBeforeDeleteHook } from 'payload'
import { userOf } from '../../../access'
import { loginVerwijderFout } from '../../../domain/roles'
import { weiger } from '../../../http/responses'
import { beheerbereik, loginStaat } from '../access'

export const bewaakVerwijderen: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const actor = userOf(req)
  if (!actor) return
  const doel = await req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const fout = loginVerwijderFout({
    actor,
    bereik: await beheerbereik(req),
    doel: loginStaat(doel),
  })
  if (fout) throw weiger(fout, 403)
}
