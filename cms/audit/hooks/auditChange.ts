/** Every create and change of an audited collection: who, when, and the changed fields old → new. */
import type { CollectionAfterChangeHook } from 'payload'
import { veldVerschillen, verwijzingen, type Doc } from '../../domain/verschillen'
import { zoekNamen } from '../../queries/namen'
import type { AuditContext } from '../context'
import { schrijfRecordAudit, veldenVan } from '../schrijf'

export const auditChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  const flags = context as AuditContext
  if (flags.auditOverslaan) return doc
  let wijzigingen = flags.auditWijzigingen?.[`${collection.slug}:${String(doc.id)}`]
  if (!wijzigingen) {
    const velden = veldenVan(collection)
    const voor = operation === 'create' ? null : ((previousDoc as Doc | undefined) ?? null)
    const opzoeken = await zoekNamen(req, verwijzingen(velden, [voor, doc as Doc]))
    wijzigingen = veldVerschillen(velden, voor, doc as Doc, opzoeken)
  }
  // A save that changed nothing an editor sees (a re-save, a derived field) is no event; a named
  // workflow step always is.
  if (operation === 'update' && !wijzigingen.length && !flags.auditActie) return doc
  const actie = flags.auditActie ?? (operation === 'create' ? 'aangemaakt' : 'gewijzigd')
  await schrijfRecordAudit(req, collection, doc as Doc, actie, wijzigingen)
  return doc
}
