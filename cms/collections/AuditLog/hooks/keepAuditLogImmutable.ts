/**
 * The log is never changed or deleted, also not by code that bypasses access control. The one
 * exception is the log's own bookkeeping (a removed login's name becomes a pseudonym; the entries of
 * a deleted organisation get a key no new organisation can have), flagged with `auditBeheer`.
 */
import type { CollectionBeforeOperationHook } from 'payload'
import type { AuditContext } from '../../../audit/context'
import { weiger } from '../../../http/responses'

export const AUDIT_MESSAGES = {
  onveranderlijk: 'Het logboek kan niemand wijzigen of verwijderen.',
} as const

export const keepAuditLogImmutable: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'delete') throw weiger(AUDIT_MESSAGES.onveranderlijk, 403)
  if (operation === 'update' && !(req.context as AuditContext).auditBeheer) {
    throw weiger(AUDIT_MESSAGES.onveranderlijk, 403)
  }
  return args
}
