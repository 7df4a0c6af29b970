/**
 * Publishing (approval) queues index work for the locations it affects, in the same request and
 * transaction: the jobs table is the outbox (ADR 0003, ADR 0007).
 */
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import { queueIndexJob } from '../jobs/queue'
import type { WorkflowContext, WorkflowDoc } from './context'

/** Which locations a change of this record affects in the public index. */
export type AffectedLocaties<T> = (doc: T, req: PayloadRequest) => Promise<string[]>

export const queueIndexOnPublish =
  <T extends WorkflowDoc>(affected: AffectedLocaties<T>): CollectionAfterChangeHook<T> =>
  async ({ doc, req, context }) => {
    if ((context as WorkflowContext).skipIndex) return doc
    if (doc._status !== 'published') return doc
    const ids = await affected(doc, req)
    if (ids.length) await queueIndexJob(req, ids)
    return doc
  }
