/**
 * Reconcile: compare the public projection of the database (the same functions the sync uses) with
 * what the search index and the public media store hold, by id and content hash.
 *
 *   ontbreekt  a public location has no document in the index (or its images are not all there)
 *   over       the index (or the media store) holds something the public may not see
 *   verouderd  the document differs from what the projection makes now
 *
 * Locations with index work still queued are reported apart (`wachtend`), not as differences: the
 * worker converges them next. A repair queues one ordinary index job for exactly the differences
 * (`herstelJob`): the worker stays the single writer.
 */
import type { Payload } from 'payload'
import { publicDocumentId, type PublicDocument } from './contract'
import type { SearchWriter } from './engine/port'
import { documentFingerprint } from './engine/shared/fingerprint'
import type { MediaUitkomst } from './media/publish'
import { projectLocaties, type MediaDoel } from './sync'
import { INDEX_QUEUE, INDEX_TASK, REINDEX_TASK } from '../cms/jobs/queue'
import { idSoort, JOBS } from '../cms/jobs/mislukt'
import { isValidId } from '../cms/validation/malformed-input'

export type VerschilSoort = 'ontbreekt' | 'over' | 'verouderd'

export interface Verschil {
  soort: VerschilSoort
  /** `zoekindex` (a document) or `media` (a location's folder in the public media store) */
  waar: 'zoekindex' | 'media'
  /** document id (`locatie-12`) or folder name (`12`) */
  id: string
  /** the location it belongs to, when the id names one this database can have */
  locatieId: string | null
  /** the location's name (public document, else the newest version in the CMS), if known */
  naam: string | null
}

export interface Controle {
  /** ISO time the comparison started */
  op: string
  duurMs: number
  /** public documents the projection makes now */
  verwacht: number
  /** documents in the index */
  inIndex: number
  verschillen: Verschil[]
  /** locations left out because index work for them is still queued (all, during a rebuild) */
  wachtend: string[]
}

export const PREFIX = publicDocumentId('')

export const locatieIdVanDocument = (documentId: string): string | null =>
  documentId.startsWith(PREFIX) ? documentId.slice(PREFIX.length) : null

/** Location ids that index work still waiting or running will converge, or 'alles' for a rebuild. */
export async function wachtendeIndexWerk(payload: Payload): Promise<Set<string> | 'alles'> {
  const open = await payload.find({
    collection: JOBS,
    where: {
      and: [
        { queue: { equals: INDEX_QUEUE } },
        { taskSlug: { in: [INDEX_TASK, REINDEX_TASK] } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    select: { taskSlug: true, input: true },
    overrideAccess: true,
  })
  const ids = new Set<string>()
  for (const job of open.docs as { taskSlug?: string; input?: unknown }[]) {
    if (job.taskSlug === REINDEX_TASK) return 'alles'
    const input = job.input as { locatieIds?: unknown } | undefined
    if (Array.isArray(input?.locatieIds)) for (const id of input.locatieIds) ids.add(String(id))
  }
  return ids
}

/** Every public document the projection makes now, with what its images need. */
async function verwachting(payload: Payload, media: MediaDoel, batchSize = 200) {
  const docs = new Map<string, PublicDocument>()
  const uitkomsten = new Map<string, MediaUitkomst>()
  for (let page = 1; ; page++) {
    const batch = await payload.find({
      collection: 'locaties',
      where: { _status: { equals: 'published' } },
      depth: 0,
      limit: batchSize,
      page,
      sort: 'id',
      overrideAccess: true,
      select: {},
    })
    const projected = await projectLocaties(
      payload,
      batch.docs.map((d) => String(d.id)),
      undefined,
      { ...media, maken: false, uitkomsten },
    )
    for (const doc of projected.values()) if (doc) docs.set(doc.id, doc)
    if (!batch.hasNextPage) break
  }
  return { docs, uitkomsten }
}

/** The newest names of these locations (drafts included), for differences the index cannot name. */
async function namenUitCms(payload: Payload, ids: string[]): Promise<Map<string, string>> {
  const geldig = ids.filter((id) => isValidId(id, idSoort(payload)))
  if (!geldig.length) return new Map()
  const found = await payload.find({
    collection: 'locaties',
    where: { id: { in: geldig } },
    draft: true,
    depth: 0,
    limit: 0,
    pagination: false,
    select: { naam: true, volledigeNaam: true },
    overrideAccess: true,
  })
  return new Map(
    found.docs.map((l) => [String(l.id), l.volledigeNaam || l.naam || `locatie ${l.id}`]),
  )
}

export async function controleer(
  payload: Payload,
  opties: { writer: SearchWriter; media: MediaDoel },
): Promise<Controle> {
  const start = Date.now()
  const op = new Date(start).toISOString()
  // Read what is queued before the projection: work queued later shows as a difference only when
  // its change is older than the read (never: a job is queued with its change).
  const wachtend = await wachtendeIndexWerk(payload)
  const { docs, uitkomsten } = await verwachting(payload, opties.media)
  const [index, mappen] = await Promise.all([
    opties.writer.fingerprints(),
    opties.media.store.locaties(),
  ])
  const soort = idSoort(payload)
  const locatieVan = (id: string | null) => (id !== null && isValidId(id, soort) ? id : null)
  const verschillen: Verschil[] = []
  for (const [id, doc] of docs) {
    const hash = index.get(id)
    if (hash === undefined)
      verschillen.push({
        soort: 'ontbreekt',
        waar: 'zoekindex',
        id,
        locatieId: doc.locatieId,
        naam: doc.naam,
      })
    else if (hash !== documentFingerprint(doc))
      verschillen.push({
        soort: 'verouderd',
        waar: 'zoekindex',
        id,
        locatieId: doc.locatieId,
        naam: doc.naam,
      })
  }
  for (const id of index.keys()) {
    if (!docs.has(id))
      verschillen.push({
        soort: 'over',
        waar: 'zoekindex',
        id,
        locatieId: locatieVan(locatieIdVanDocument(id)),
        naam: null,
      })
  }
  const publiek = new Map([...docs.values()].map((d) => [d.locatieId, d]))
  for (const [locatieId, uitkomst] of uitkomsten) {
    const doc = publiek.get(locatieId)
    if (doc && !uitkomst.compleet)
      verschillen.push({
        soort: 'ontbreekt',
        waar: 'media',
        id: locatieId,
        locatieId,
        naam: doc.naam,
      })
  }
  for (const map of mappen) {
    const doc = publiek.get(map)
    if (!doc) {
      verschillen.push({
        soort: 'over',
        waar: 'media',
        id: map,
        locatieId: locatieVan(map),
        naam: null,
      })
      continue
    }
    const houden = new Set(uitkomsten.get(map)?.keys ?? [])
    const extra = (await opties.media.store.list(map)).filter((k) => !houden.has(k))
    if (extra.length)
      verschillen.push({ soort: 'over', waar: 'media', id: map, locatieId: map, naam: doc.naam })
  }
  const namen = await namenUitCms(
    payload,
    verschillen.filter((v) => v.naam === null && v.locatieId).map((v) => v.locatieId!),
  )
  for (const v of verschillen)
    if (v.naam === null && v.locatieId) v.naam = namen.get(v.locatieId) ?? null

  const uitgezet = (v: Verschil) =>
    wachtend === 'alles' || (v.locatieId !== null && wachtend.has(v.locatieId))
  const open = verschillen.filter((v) => !uitgezet(v))
  open.sort(
    (a, b) =>
      a.waar.localeCompare(b.waar) ||
      a.soort.localeCompare(b.soort) ||
      a.id.localeCompare(b.id, 'nl', { numeric: true }),
  )
  return {
    op,
    duurMs: Date.now() - start,
    verwacht: docs.size,
    inIndex: index.size,
    verschillen: open,
    wachtend:
      wachtend === 'alles'
        ? ['alles']
        : [...new Set(verschillen.filter(uitgezet).map((v) => v.locatieId!))],
  }
}

/** Counts per kind, for health and status lines. */
export function telVerschillen(verschillen: readonly Verschil[]) {
  const tel = (waar: Verschil['waar'], soort: VerschilSoort) =>
    verschillen.filter((v) => v.waar === waar && v.soort === soort).length
  return {
    totaal: verschillen.length,
    ontbreekt: tel('zoekindex', 'ontbreekt'),
    over: tel('zoekindex', 'over'),
    verouderd: tel('zoekindex', 'verouderd'),
    mediaOntbreekt: tel('media', 'ontbreekt'),
    mediaOver: tel('media', 'over'),
  }
}

/** The index job that repairs exactly these differences (input of INDEX_TASK). */
export function herstelInvoer(verschillen: readonly Verschil[]) {
  const locatieIds = new Set<string>()
  const verwijderen: string[] = []
  const mediaMappen: string[] = []
  for (const v of verschillen) {
    if (v.locatieId) locatieIds.add(v.locatieId)
    else if (v.waar === 'zoekindex') verwijderen.push(v.id)
    else mediaMappen.push(v.id)
  }
  return {
    locatieIds: [...locatieIds],
    ...(verwijderen.length && { verwijderen }),
    ...(mediaMappen.length && { mediaMappen }),
  }
}

/** One line per difference, in Dutch, for the terminal. */
export function beschrijf(v: Verschil): string {
  const wat = v.waar === 'zoekindex' ? 'zoekindex' : 'foto’s'
  const uitleg =
    v.soort === 'ontbreekt'
      ? v.waar === 'zoekindex'
        ? 'ontbreekt in de zoekindex'
        : 'foto’s ontbreken in de publieke opslag'
      : v.soort === 'verouderd'
        ? 'staat verouderd in de zoekindex'
        : v.waar === 'zoekindex'
          ? 'staat in de zoekindex maar is niet openbaar'
          : 'bestanden in de publieke opslag die niet openbaar zijn'
  return `${v.soort.padEnd(9)} ${wat.padEnd(9)} ${v.id.padEnd(16)} ${v.naam ?? '(naam onbekend)'}: ${uitleg}`
}
