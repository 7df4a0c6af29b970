/** A care offer never moves to another location: copy it instead (§4.4). */
import type { CollectionBeforeChangeHook } from 'payload'
import { OWNERSHIP_MESSAGES } from '../../../domain/eigendom'
import { relId } from '../../../domain/roles'
import { weiger } from '../../../http/responses'
import type { Zorgaanbod } from '../../../payload-types'

export const keepZorgaanbodAtLocatie: CollectionBeforeChangeHook<Zorgaanbod> = ({
  data,
  originalDoc,
  req,
}) => {
  const vorige = relId(originalDoc?.locatie)
  const nieuwe = relId(data.locatie)
  if (originalDoc && vorige && nieuwe && vorige !== nieuwe && req.user) {
    throw weiger(OWNERSHIP_MESSAGES.aanbodVerplaatsen, 403)
  }
  return data
}
