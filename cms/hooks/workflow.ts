/**
 * Workflow hooks shared by organisaties, locaties and zorgaanbod. Thin: the rules live in
 * cms/domain/workflow.ts.
 *
 * - A provider's write is always a draft save (a proposal); the published version stays public.
 * - While the organisation's change request is in behandeling, provider writes get 409.
 * - The status is derived by the server, never taken from input.
 * - Publishing or deleting queues a search-index job in the same request (transaction).
 */
import {
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
} from 'payload'
import { isAanbieder, relId } from '../domain/roles'
import { MESSAGES, statusAfterProviderEdit, type Status } from '../domain/workflow'
import { userOf } from '../access'
import { toApiError, weiger } from '../lib/http'
import {
  openWijzigingsverzoek,
  organisatieIdOfLocatie,
  organisatieIdOfRecord,
  type WorkflowCollection,
} from '../lib/organisatie'
import { queueIndexJob } from '../jobs/queue'

/** Context keys set by workflow endpoints and the seeder. */
export type WorkflowContext = {
  /** status to set on this write (endpoints: send / approve / reject) */
  workflowStatus?: Status
  /** do not queue index jobs (the caller queues one job for the whole batch) */
  skipIndex?: boolean
} & Record<string, unknown>

export const enforceProviderDrafts =
  (collection: WorkflowCollection): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    const user = userOf(req)
    if (!isAanbieder(user)) return args
    // System work inside a request (cascades, bookkeeping) runs with overrideAccess and is trusted.
    if ((args as { overrideAccess?: boolean }).overrideAccess === true) return args
    if (operation === 'restoreVersion') {
      // Restoring an old version would bypass the proposal → review path.
      throw weiger(
        'Een eerdere versie terugzetten kan alleen het zorgkantoor. Pas de gegevens aan en verstuur de wijziging.',
        403,
      )
    }
    if (operation !== 'create' && operation !== 'update' && operation !== 'delete') return args
    const a = args as {
      id?: string | number
      data?: Record<string, unknown>
      draft?: boolean
      where?: unknown
    }
    if ((operation === 'update' || operation === 'delete') && a.id === undefined) {
      throw weiger('Wijzig of verwijder één item tegelijk.', 400)
    }
    let organisatieId: string | null
    if (operation === 'create') {
      if (collection === 'organisaties') {
        throw weiger('Alleen het zorgkantoor kan een organisatie registreren.', 403)
      }
      organisatieId =
        collection === 'locaties'
          ? relId(a.data?.organisatie as string)
          : await organisatieIdOfLocatie(req, a.data?.locatie)
    } else {
      organisatieId = await organisatieIdOfRecord(req, collection, a.id!)
    }
    if (organisatieId && (await openWijzigingsverzoek(req, organisatieId))) {
      throw weiger(MESSAGES.inBehandeling, 409)
    }
    if (operation !== 'delete') {
      a.draft = true
      a.data = { ...(a.data ?? {}), _status: 'draft' }
    }
    return args
  }

export const deriveStatus: CollectionBeforeChangeHook = ({ data, originalDoc, context }) => {
  const ctx = context as WorkflowContext
  if (ctx.workflowStatus) {
    data.status = ctx.workflowStatus
  } else if (data._status === 'published') {
    data.status = 'definitief'
  } else {
    try {
      data.status = statusAfterProviderEdit(originalDoc?.status as Status | undefined)
    } catch (error) {
      throw toApiError(error)
    }
  }
  return data
}

/** Which locations a change of this record affects in the public index. */
export type AffectedLocaties = (
  doc: Record<string, unknown>,
  req: Parameters<CollectionAfterChangeHook>[0]['req'],
) => Promise<string[]>

export const queueIndexOnPublish =
  (affected: AffectedLocaties): CollectionAfterChangeHook =>
  async ({ doc, req, context }) => {
    if ((context as WorkflowContext).skipIndex) return doc
    if (doc._status !== 'published') return doc
    const ids = await affected(doc, req)
    if (ids.length) await queueIndexJob(req, ids)
    return doc
  }

export const queueIndexOnDelete =
  (affected: AffectedLocaties): CollectionAfterDeleteHook =>
  async ({ doc, req, context }) => {
    if ((context as WorkflowContext).skipIndex) return doc
    const ids = await affected(doc, req)
    if (ids.length) await queueIndexJob(req, ids)
    return doc
  }
