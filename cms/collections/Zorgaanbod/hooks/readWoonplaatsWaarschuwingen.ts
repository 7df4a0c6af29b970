/**
 * The §4.1 warnings of one care offer (cms/queries/woonplaatsen.ts), read, never stored: in the
 * admin form (WoonplaatsWaarschuwingen) and in REST answers, also the answer to a save. Only for a
 * logged-in user reading one care offer; lists and internal reads skip the lookups.
 */
import type { FieldHook } from 'payload'
import type { Zorgaanbod } from '../../../payload-types'
import { woonplaatsWaarschuwingen } from '../../../queries/woonplaatsen'

export const readWoonplaatsWaarschuwingen: FieldHook<Zorgaanbod> = async ({
  data,
  req,
  findMany,
}) => {
  if (!req.user || findMany || !data) return null
  const waarschuwingen = await woonplaatsWaarschuwingen(req, data)
  return waarschuwingen.length ? waarschuwingen : null
}
