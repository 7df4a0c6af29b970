/**
 * Context flags of the workflow. Set them on one nested Local API call only, with
 * `withScopedRequest` (cms/queries/records.ts), and pass the request it gives to that call. Never
 * pass `context` together with the shared `req`, and never save and restore `req.context`: Payload
 * merges a nested call's context into the request it is given, and runs a bulk operation's
 * per-document hooks at the same time on that one request, so such a flag reaches the outer
 * operation and the sibling documents (ADR 0012).
 */
import type { RequestContext } from 'payload'
import type { Status } from '../domain/workflow'

export type WorkflowContext = RequestContext & {
  /** status to set on this write (endpoints: send / approve / reject; the seeder) */
  workflowStatus?: Status
  /**
   * do not queue index jobs (the caller queues one job for the whole batch). Batches work only: a
   * location's own delete queues its index job regardless (cms/hooks/queueIndexOnDelete.ts).
   */
  skipIndex?: boolean
}

/** The records of the approval workflow (§5): each has drafts and a `status`. */
export type WorkflowDoc = { id: number; status: Status; _status?: ('draft' | 'published') | null }
