/**
 * Context flags of the workflow. Set them on one nested Local API call only, with
 * `withScopedContext` (cms/queries/records.ts): Payload merges a call's context into the request.
 */
import type { RequestContext } from 'payload'
import type { Status } from '../domain/workflow'

export type WorkflowContext = RequestContext & {
  /** status to set on this write (endpoints: send / approve / reject; the seeder) */
  workflowStatus?: Status
  /** do not queue index jobs (the caller queues one job for the whole batch) */
  skipIndex?: boolean
}

/** The records of the approval workflow (§5): each has drafts and a `status`. */
export type WorkflowDoc = { id: number; status: Status; _status?: ('draft' | 'published') | null }
