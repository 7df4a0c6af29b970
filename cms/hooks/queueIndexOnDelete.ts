/** Every delete queues index work for the locations it affects, in the same transaction. */
import type { CollectionAfterDeleteHook } from 'payload'
import { queueIndexJob } from '../jobs/queue'
import type { WorkflowContext, WorkflowDoc } from './context'
import type { AffectedLocaties } from './queueIndexOnPublish'

export const queueIndexOnDelete =
  <T extends WorkflowDoc>(affected: AffectedLocaties<T>): CollectionAfterDeleteHook<T> =>
  async ({ doc, req, context }) => {
    if ((context as WorkflowContext).skipIndex) return doc
    const ids = await affected(doc, req)
    if (ids.length) await queueIndexJob(req, ids)
    return doc
  }
