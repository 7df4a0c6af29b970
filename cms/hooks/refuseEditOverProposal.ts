/**
 * An approver's plain save (no `_status`, not a draft) over a provider's unreviewed proposal is
 * refused. Payload builds an update on the newest version, so such a save would write the
 * proposal, with its draft status, into the Definitief record: the location would silently
 * stop being public and the proposal would skip the review desk. Publishing on purpose
 * (`_status: 'published'`, the edit screen's "Publiceer wijzigingen") and saving a draft stay the
 * editor's explicit decisions. Internal work (overrideAccess) is not affected.
 */
import type { CollectionBeforeOperationHook, Where } from 'payload'
import { userOf } from '../access'
import { isAanbieder } from '../domain/roles'
import { MESSAGES } from '../domain/workflow'
import { weiger } from '../http/responses'
import type { WorkflowCollection } from '../queries/organisatie'

interface UpdateArgs {
  id?: string | number
  where?: Where
  data?: { _status?: string }
  draft?: boolean
  overrideAccess?: boolean
}

export const refuseEditOverProposal =
  (collection: WorkflowCollection): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'update') return args
    const user = userOf(req)
    if (!user || isAanbieder(user)) return args
    const a = args as UpdateArgs
    if (a.overrideAccess === true || a.draft === true) return args
    if (a.data?._status === 'published' || a.data?._status === 'draft') return args
    const where: Where | undefined = a.id !== undefined ? { id: { equals: a.id } } : a.where
    if (!where) return args
    const newest = await req.payload.find({
      collection,
      where,
      draft: true,
      depth: 0,
      limit: 0,
      pagination: false,
      select: { _status: true },
      overrideAccess: false,
      user,
      req,
    })
    if (newest.docs.some((d) => (d as { _status?: string })._status === 'draft')) {
      throw weiger(MESSAGES.voorstelEerstBeoordelen, 409)
    }
    return args
  }
