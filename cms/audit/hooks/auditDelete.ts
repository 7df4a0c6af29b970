/** Every delete of an audited collection (also cascades and deletions after approval). */
import type { CollectionAfterDeleteHook } from 'payload'
import type { Doc } from '../../domain/verschillen'
import type { AuditContext } from '../context'
import { schrijfRecordAudit } from '../schrijf'

export const auditDelete: CollectionAfterDeleteHook = async ({ collection, doc, req, context }) => {
  if ((context as AuditContext).auditOverslaan) return doc
  await schrijfRecordAudit(req, collection, doc as Doc, 'verwijderd', [])
  return doc
}
