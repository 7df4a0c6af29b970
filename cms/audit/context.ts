/**
 * Context flags of the audit trail. Set them on one nested Local API call with `withScopedRequest`
 * (cms/queries/records.ts), like the workflow flags in cms/hooks/context.ts.
 */
import type { RequestContext } from 'payload'
import type { AuditActie } from '../domain/audit'
import type { Veldverschil } from '../domain/verschillen'

export type AuditContext = RequestContext & {
  /** the action this write is part of (approve, copy, undo, …); default: by the operation */
  auditActie?: AuditActie
  /**
   * Before/after decided by the caller, per `<collection>:<id>` (approval: the published version
   * before against the one published now, not the draft against itself).
   */
  auditWijzigingen?: Record<string, Veldverschil[]>
  /** a note on the entries of this call (e.g. the change request it belongs to) */
  auditToelichting?: string
  /** the change request this write belongs to */
  auditVerzoek?: string
  /**
   * This write is covered by an entry of its own (sending and rejecting flip statuses only; the
   * change request's entry records them) or is a bulk import by the system (demo seed).
   */
  auditOverslaan?: boolean
  /** bookkeeping of the log itself (pseudonyms, re-keying): the only updates it accepts */
  auditBeheer?: boolean
  /** pseudonyms given in this request, by user id (see cms/collections/Users/hooks) */
  pseudoniemen?: Record<string, { id: string; naam: string }>
}
