/**
 * Which zorgkantoren an organisation is linked to (§1.2): on registration and on every change, by
 * REST (by id and in bulk), GraphQL, the admin and the Local API as a user. An editor adds or removes
 * only their own zorgkantoor's link (zorgkantorenWijzigingFout, cms/domain/organisatie.ts).
 *
 * A beforeValidate field hook: the only field hook that is told whether access is overridden, so
 * system work that checked its own rule (the merger joins both organisations' zorgkantoren) passes.
 * It runs before field access: a provider's value is left to the field's access, which drops it.
 */
import type { FieldHook } from 'payload'
import { userOf } from '../../../access'
import { zorgkantorenWijzigingFout } from '../../../domain/organisatie'
import { mayApprove, relId, type RelValue } from '../../../domain/roles'
import { weiger } from '../../../http/responses'

const ids = (value: unknown): string[] =>
  (Array.isArray(value) ? (value as RelValue[]) : [])
    .map(relId)
    .filter((id): id is string => id !== null)

export const checkZorgkantoren: FieldHook = ({
  value,
  previousValue,
  operation,
  overrideAccess,
  req,
}) => {
  const user = userOf(req)
  if (overrideAccess || !mayApprove(user)) return value
  // not sent with a change: the links stay as they are
  if (operation === 'update' && value === undefined) return value
  const voor = operation === 'create' ? null : ids(previousValue)
  const fout = zorgkantorenWijzigingFout(user, voor, ids(value))
  if (fout) throw weiger(fout, 403)
  return value
}
