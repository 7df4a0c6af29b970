/**
 * Writing the audit trail. Every entry is written with the request's `req`, so it is part of the
 * same transaction as the change it records: a change that is rolled back leaves no entry, and an
 * entry that cannot be written fails the change (never silently skipped).
 */
import type { CollectionSlug, PayloadRequest, SanitizedCollectionConfig, Where } from 'payload'
import { userOf } from '../access'
import { SYSTEEM, auditSamenvatting, type AuditActie, type AuditActor } from '../domain/audit'
import { ROLE_LABELS, relId } from '../domain/roles'
import { beschrijfVelden } from '../domain/velden'
import type { Doc, VeldBeschrijving, Veldverschil } from '../domain/verschillen'
import { labelTekst } from '../domain/velden'
import type { AuditEntry } from '../payload-types'
import { naamVanDoc } from '../queries/namen'
import { withScopedRequest } from '../queries/records'
import type { AuditContext } from './context'

export const AUDIT_LOG = 'audit-log'

/** The logged-in user as the log keeps them, or the system. */
export function actorVan(req: PayloadRequest): AuditActor {
  const user = userOf(req)
  if (!user) return SYSTEEM
  return {
    id: String(user.id),
    naam: user.naam || user.email,
    rol: user.rol ? ROLE_LABELS[user.rol] : null,
  }
}

export function collectieLabel(req: PayloadRequest, slug: string): string {
  const config = Object.hasOwn(req.payload.collections, slug)
    ? req.payload.collections[slug as CollectionSlug].config
    : undefined
  return labelTekst(config?.labels?.singular, slug)
}

const veldenCache = new WeakMap<SanitizedCollectionConfig, VeldBeschrijving[]>()
/** The fields of a collection as compared and logged (cached per sanitised config). */
export function veldenVan(collection: SanitizedCollectionConfig): VeldBeschrijving[] {
  let velden = veldenCache.get(collection)
  if (!velden) veldenCache.set(collection, (velden = beschrijfVelden(collection.fields)))
  return velden
}

/** The organisation a record belongs to, with its name as it is now (newest version). */
export async function organisatieVan(
  req: PayloadRequest,
  slug: string,
  doc: Doc,
): Promise<{ id: string; naam: string } | null> {
  if (slug === 'organisaties') return { id: String(doc.id), naam: String(doc.naam ?? '') }
  const id = relId(doc.organisatie as never)
  if (!id) return null
  const found = await req.payload.find({
    collection: 'organisaties',
    where: { id: { equals: id } },
    draft: true,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    select: { naam: true },
    req,
  })
  return { id, naam: found.docs[0]?.naam ?? '' }
}

export interface AuditInput {
  actie: AuditActie
  /** who; default: the logged-in user (or the system) */
  actor?: AuditActor
  collectie?: string | null
  documentId?: string | number | null
  documentTitel?: string | null
  organisatie?: { id: string; naam: string } | null
  wijzigingen?: Veldverschil[]
  toelichting?: string | null
  wijzigingsverzoek?: string | number | null
  /** how many times (aggregated entries: failed logins) */
  aantal?: number | null
}

export async function schrijfAudit(req: PayloadRequest, input: AuditInput): Promise<void> {
  const actor = input.actor ?? actorVan(req)
  const data: Omit<AuditEntry, 'id' | 'createdAt' | 'updatedAt'> = {
    samenvatting: auditSamenvatting(input.actie, {
      collectieLabel: input.collectie ? collectieLabel(req, input.collectie) : null,
      titel: input.documentTitel,
    }),
    actie: input.actie,
    collectie: input.collectie ?? null,
    documentId:
      input.documentId === null || input.documentId === undefined ? null : String(input.documentId),
    documentTitel: input.documentTitel ?? null,
    gebruikerId: actor.id,
    gebruikerNaam: actor.naam,
    gebruikerRol: actor.rol,
    organisatieId: input.organisatie?.id ?? null,
    organisatieNaam: input.organisatie?.naam ?? null,
    wijzigingsverzoek:
      input.wijzigingsverzoek === null || input.wijzigingsverzoek === undefined
        ? null
        : String(input.wijzigingsverzoek),
    toelichting: input.toelichting ?? null,
    wijzigingen: input.wijzigingen ?? [],
    ...(input.aantal ? { aantal: input.aantal } : {}),
  }
  await req.payload.create({ collection: AUDIT_LOG, data, overrideAccess: true, depth: 0, req })
}

/** An entry about one record (create, change, delete, workflow step), from its document. */
export async function schrijfRecordAudit(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  doc: Doc,
  actie: AuditActie,
  wijzigingen: Veldverschil[],
): Promise<void> {
  const context = req.context as AuditContext
  const pseudoniem =
    collection.slug === 'users' ? context.pseudoniemen?.[String(doc.id)] : undefined
  await schrijfAudit(req, {
    actie,
    collectie: collection.slug,
    documentId: pseudoniem?.id ?? (doc.id as string | number),
    documentTitel: pseudoniem?.naam ?? naamVanDoc(req, collection.slug, doc),
    organisatie: await organisatieVan(req, collection.slug, doc),
    wijzigingen,
    toelichting: context.auditToelichting ?? null,
    wijzigingsverzoek: context.auditVerzoek ?? null,
  })
}

/**
 * Bookkeeping of the log itself (pseudonyms, re-keying), the only updates it accepts: one call per
 * entry, so each keeps its own summary.
 */
export async function herschrijfLogboek(
  req: PayloadRequest,
  where: Where,
  change: (entry: AuditEntry) => Partial<AuditEntry>,
): Promise<number> {
  const found = await req.payload.find({
    collection: AUDIT_LOG,
    where,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const entry of found.docs) {
    await withScopedRequest(req, { auditBeheer: true } satisfies AuditContext, (scoped) =>
      req.payload.update({
        collection: AUDIT_LOG,
        id: entry.id,
        data: change(entry),
        overrideAccess: true,
        depth: 0,
        req: scoped,
      }),
    )
  }
  return found.docs.length
}
