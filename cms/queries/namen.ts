/**
 * Names of related records, for the review desk and the audit log (cms/domain/verschillen.ts):
 * looked up as the system in one query per collection, within the request (and its transaction).
 * The caller has already decided the user may see the record that points to them.
 */
import type { CollectionSlug, PayloadRequest } from 'payload'
import type { Benoemd, Doc, Foto, Opzoeken } from '../domain/verschillen'

const isSlug = (req: PayloadRequest, slug: string): slug is CollectionSlug =>
  Object.hasOwn(req.payload.collections, slug)

const tekst = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim() : null

/** A file URL as a path on the CMS itself: Payload prefixes serverURL, the admin is that origin. */
function pad(url: unknown): string | null {
  if (typeof url !== 'string' || !url) return null
  if (!/^https?:\/\//i.test(url)) return url
  const parsed = new URL(url)
  return parsed.pathname + parsed.search
}

/** The thumbnail of an upload: the small public size, else the file itself. */
export function fotoVan(doc: Doc): Foto {
  const sizes = doc.sizes as Record<string, { url?: string | null } | undefined> | undefined
  return {
    id: String(doc.id),
    alt: tekst(doc.alt) ?? tekst(doc.filename) ?? '',
    url: pad(sizes?.kaart?.url) ?? pad(doc.url),
  }
}

/** The name a record is known by: its admin title field, else a name-like field, else its number. */
export function naamVanDoc(req: PayloadRequest, slug: string, doc: Doc): string {
  const config = isSlug(req, slug) ? req.payload.collections[slug].config : undefined
  const titleField = config?.admin?.useAsTitle
  return (
    (titleField && titleField !== 'id' ? tekst(doc[titleField]) : null) ??
    tekst(doc.volledigeNaam) ??
    tekst(doc.naam) ??
    tekst(doc.titel) ??
    tekst(doc.alt) ??
    tekst(doc.filename) ??
    `nr. ${String(doc.id)}`
  )
}

export function benoem(req: PayloadRequest, slug: string, doc: Doc): Benoemd {
  const naam = naamVanDoc(req, slug, doc)
  const upload = isSlug(req, slug) && Boolean(req.payload.collections[slug].config.upload)
  return upload ? { naam, foto: fotoVan(doc) } : { naam }
}

/** Looks up the names of the given related records; the newest version for workflow records. */
export async function zoekNamen(
  req: PayloadRequest,
  gevraagd: Map<string, Set<string>>,
): Promise<Opzoeken> {
  const gevonden = new Map<string, Benoemd>()
  for (const [slug, ids] of gevraagd) {
    if (!isSlug(req, slug) || !ids.size) continue
    const drafts = Boolean(req.payload.collections[slug].config.versions?.drafts)
    const result = await req.payload.find({
      collection: slug,
      where: { id: { in: [...ids] } },
      draft: drafts,
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of result.docs as unknown as Doc[]) {
      gevonden.set(`${slug}:${String(doc.id)}`, benoem(req, slug, doc))
    }
  }
  return (collectie, id) => gevonden.get(`${collectie}:${id}`)
}
