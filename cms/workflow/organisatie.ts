/**
 * The organisation a workflow step works on, and its items by status. Everything here reads as the
 * logged-in user (overrideAccess: false): an organisation the login may not work on does not exist.
 */
import type { PayloadRequest, Where } from 'payload'
import { mayWorkOnOrganisatie, userOf } from '../access'
import type { AuditContext } from '../audit/context'
import { relId } from '../domain/roles'
import { WorkflowError, type SentItem, type Status } from '../domain/workflow'
import type { WorkflowContext } from '../hooks/context'
import type { WorkflowCollection } from '../queries/organisatie'
import { findByIdOrNull, withScopedRequest } from '../queries/records'

/** The records of the approval workflow, parents before children. */
export const WORKFLOW_COLLECTIONS: WorkflowCollection[] = ['organisaties', 'locaties', 'zorgaanbod']

export type WerkOrganisatie = {
  id: string
  rawId: string | number
  naam: string
  zorgkantoren: string[]
}

/** The organisation as this login may work on it, or a 404/403 with a Dutch message. */
export async function werkOrganisatie(req: PayloadRequest, id: string): Promise<WerkOrganisatie> {
  if (!userOf(req)) throw new WorkflowError('Log eerst in.', 403)
  const org = await findByIdOrNull(req, {
    collection: 'organisaties',
    id,
    draft: true,
    depth: 0,
    overrideAccess: false,
    user: req.user,
  })
  if (!org)
    throw new WorkflowError('Deze organisatie bestaat niet of u heeft er geen toegang toe.', 404)
  if (!(await mayWorkOnOrganisatie(req, id))) {
    throw new WorkflowError('U heeft geen toegang tot deze organisatie.', 403)
  }
  return {
    id: String(org.id),
    rawId: org.id,
    naam: String(org.naam),
    zorgkantoren: (org.zorgkantoren ?? []).map((z) => String(relId(z))),
  }
}

/** All records of an organisation whose newest version has one of the given statuses. */
export async function itemsMetStatus(
  req: PayloadRequest,
  organisatieId: string,
  statuses: readonly Status[],
): Promise<SentItem[]> {
  const items: SentItem[] = []
  for (const collection of WORKFLOW_COLLECTIONS) {
    const where: Where =
      collection === 'organisaties'
        ? { id: { equals: organisatieId } }
        : { organisatie: { equals: organisatieId } }
    const found = await req.payload.find({
      collection,
      where: { and: [where, { status: { in: [...statuses] } }] },
      draft: true,
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: false,
      user: req.user,
      req,
    })
    for (const doc of found.docs) {
      items.push({ collection, id: String(doc.id), vorigeStatus: doc.status as Status })
    }
  }
  return items
}

/**
 * A status flip of one item (send, reject). The change request's own audit entry records it; the
 * items' contents do not change, so nothing is indexed.
 */
export async function zetConceptStatus(req: PayloadRequest, item: SentItem, status: Status) {
  const flags: WorkflowContext & AuditContext = {
    workflowStatus: status,
    skipIndex: true,
    auditOverslaan: true,
  }
  await withScopedRequest(req, flags, (scoped) =>
    req.payload.update({
      collection: item.collection,
      id: item.id,
      data: {},
      draft: true,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req: scoped,
    }),
  )
}
