/**
 * Every delete queues index work for the locations it affects, in the same transaction.
 *
 * `skipIndex` (the caller queues the work itself) only batches work; it never decides whether a
 * deleted location leaves the public side. A location's own delete therefore always queues its id
 * (`skippable: false`): once the record is gone nothing else will ever queue that id again, so a
 * missed job would leave it public until a full reindex, while an extra job only re-reads and
 * converges (ADR 0012). Records below a location (care offers) honour the flag: they are deleted
 * in their location's cascade, and the location queues itself.
 */
import type { CollectionAfterDeleteHook } from 'payload'
import { queueIndexJob } from '../jobs/queue'
import type { WorkflowContext, WorkflowDoc } from './context'
import type { AffectedLocaties } from './queueIndexOnPublish'

export const queueIndexOnDelete =
  <T extends WorkflowDoc>(
    affected: AffectedLocaties<T>,
    { skippable = true }: { skippable?: boolean } = {},
  ): CollectionAfterDeleteHook<T> =>
  async ({ doc, req, context }) => {
    if (skippable && (context as WorkflowContext).skipIndex) return doc
    const ids = await affected(doc, req)
    if (ids.length) await queueIndexJob(req, ids)
    return doc
  }
