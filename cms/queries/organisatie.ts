/** Lookups shared by hooks and endpoints. */
import type { PayloadRequest } from 'payload'
import { relId, type RelValue } from '../domain/roles'
import { findByIdOrNull } from './records'

export type WorkflowCollection = 'organisaties' | 'locaties' | 'zorgaanbod'

/** The organisation id a record belongs to (newest version, bypassing access: internal lookup). */
export async function organisatieIdOfRecord(
  req: PayloadRequest,
  collection: WorkflowCollection,
  id: string | number,
): Promise<string | null> {
  if (collection === 'organisaties') return String(id)
  const doc = await findByIdOrNull(req, {
    collection,
    id,
    depth: 0,
    draft: true,
    overrideAccess: true,
  })
  return doc ? relId(doc.organisatie) : null
}

export async function organisatieIdOfLocatie(
  req: PayloadRequest,
  locatieId: RelValue,
): Promise<string | null> {
  const id = relId(locatieId)
  if (!id) return null
  return organisatieIdOfRecord(req, 'locaties', id)
}

/** The open change request (in behandeling) of an organisation, if any. */
export async function openWijzigingsverzoek(req: PayloadRequest, organisatieId: string) {
  const found = await req.payload.find({
    collection: 'wijzigingsverzoeken',
    where: {
      and: [{ organisatie: { equals: organisatieId } }, { status: { equals: 'in-behandeling' } }],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return found.docs[0] ?? null
}

/** Ids of all locations of an organisation (internal lookup, e.g. which documents to re-index). */
export async function locatieIdsOfOrganisatie(
  req: PayloadRequest,
  organisatieId: string | number,
): Promise<string[]> {
  const locaties = await req.payload.find({
    collection: 'locaties',
    where: { organisatie: { equals: organisatieId } },
    depth: 0,
    limit: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
    req,
  })
  return locaties.docs.map((l) => String(l.id))
}
