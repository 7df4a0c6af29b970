/**
 * Converge the public index to the current Definitief state: re-read each location's published
 * data, project it, upsert or delete by stable id. Idempotent; safe to retry.
 */
import type { Payload } from 'payload'
import { publicDocumentId, type GazetteerEntry, type PublicDocument } from './contract'
import { createSearchWriter, engineConfigFromEnv } from './engine'
import type { SearchWriter } from './engine/port'
import {
  heeftDagbesteding,
  isZorgaanbodGevuld,
  sectorenMetInhoud,
  type ZorgaanbodInhoud,
} from '../cms/domain/zorgaanbod'
import { buildGazetteer, type GazetteerAdres } from './gazetteer'
import {
  doelgroepenVanAanbod,
  toPublicDocument,
  type ProjectionInput,
  type ProjectionRef,
  type ProjectionWoonplaats,
} from './projection'

type Doc = Record<string, unknown> & { id: string | number }

let writer: SearchWriter | undefined
/** One writer per process (the indexer worker is the single writer). */
export function sharedWriter(): SearchWriter {
  writer ??= createSearchWriter(engineConfigFromEnv())
  return writer
}

const PUBLISHED = { _status: { equals: 'published' } } as const
const idOf = (v: unknown): string | null =>
  v === null || v === undefined ? null : typeof v === 'object' ? String((v as Doc).id) : String(v)

/** Small per-run caches of reference data. */
class RefCache {
  private readonly cache = new Map<string, Map<string, Doc>>()
  constructor(private readonly payload: Payload) {}
  async get(
    collection:
      | 'soorten-zorg'
      | 'zachte-informatie'
      | 'oco-dienstverlening'
      | 'woonplaatsen'
      | 'zorgkantoren',
    ids: string[],
  ): Promise<Doc[]> {
    let map = this.cache.get(collection)
    if (!map) this.cache.set(collection, (map = new Map()))
    const missing = ids.filter((id) => !map!.has(id))
    if (missing.length) {
      const found = await this.payload.find({
        collection,
        where: { id: { in: missing } },
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: true,
      })
      for (const d of found.docs as Doc[]) map.set(String(d.id), d)
    }
    return ids.map((id) => map!.get(id)).filter((d): d is Doc => d !== undefined)
  }
}

const ref = (d: Doc): ProjectionRef => ({
  code: String(d.code),
  naam: String(d.naam),
  icoon: (d.icoon as string | undefined) ?? '',
  groep: (d.groep as string | undefined) ?? '',
})
const woonplaats = (d: Doc): ProjectionWoonplaats => ({
  id: String(d.id),
  naam: String(d.naam),
  gemeente: String(d.gemeente),
  provincie: String(d.provincie),
  lat: Number(d.lat),
  lng: Number(d.lng),
})

/** Loads the published data of one location, relations resolved, for the projection. */
export async function loadProjectionInput(
  payload: Payload,
  locatie: Doc,
  refs: RefCache,
): Promise<ProjectionInput> {
  const orgId = idOf(locatie.organisatie)
  const orgs = orgId
    ? await payload.find({
        collection: 'organisaties',
        where: { and: [{ id: { equals: orgId } }, PUBLISHED] },
        depth: 0,
        limit: 1,
        overrideAccess: true,
      })
    : { docs: [] }
  const org = orgs.docs[0] as Doc | undefined
  const aanbod = await payload.find({
    collection: 'zorgaanbod',
    where: { and: [{ locatie: { equals: locatie.id } }, PUBLISHED] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const [soort] = await refs.get(
    'soorten-zorg',
    [idOf(locatie.soortZorg)].filter((x): x is string => !!x),
  )
  const zorgkantoren = org
    ? await refs.get(
        'zorgkantoren',
        ((org.zorgkantoren as unknown[]) ?? []).map(idOf).filter((x): x is string => !!x),
      )
    : []
  const zorgaanbod: ProjectionInput['zorgaanbod'] = []
  for (const z of aanbod.docs as Doc[]) {
    const [wp] = await refs.get(
      'woonplaatsen',
      [idOf(z.woonplaats)].filter((x): x is string => !!x),
    )
    if (!wp) continue
    const ids = (v: unknown) => ((v as unknown[]) ?? []).map(idOf).filter((x): x is string => !!x)
    zorgaanbod.push({
      woonplaats: woonplaats(wp),
      sectoren: sectorenMetInhoud(z as ZorgaanbodInhoud),
      gevuld: isZorgaanbodGevuld(z as ZorgaanbodInhoud, org?.type as string | undefined),
      dagbesteding: heeftDagbesteding(z as ZorgaanbodInhoud),
      doelgroepen: doelgroepenVanAanbod(z as ZorgaanbodInhoud),
      zachteInformatie: (await refs.get('zachte-informatie', ids(z.zachteInformatie))).map(ref),
      dienstverlening: (await refs.get('oco-dienstverlening', ids(z.dienstverlening))).map(ref),
    })
  }
  return {
    locatie: {
      id: String(locatie.id),
      gebruikVolledigeNaam: locatie.gebruikVolledigeNaam as boolean | null,
      volledigeNaam: locatie.volledigeNaam as string | null,
      naam: locatie.naam as string | null,
      voorziening: locatie.voorziening as string | null,
      kleinschalig: locatie.kleinschalig as boolean | null,
      bezoekadres: locatie.bezoekadres as ProjectionInput['locatie']['bezoekadres'],
      coordinaten: locatie.coordinaten as ProjectionInput['locatie']['coordinaten'],
      telefoon: locatie.telefoon as string | null,
      email: locatie.email as string | null,
      website: locatie.website as string | null,
      updatedAt: String(locatie.updatedAt),
    },
    organisatie: org
      ? {
          id: String(org.id),
          naam: String(org.naam),
          verkorteNaam: org.verkorteNaam as string | null,
          type: org.type as 'zorgaanbieder',
        }
      : null,
    soortZorg: soort ? ref(soort) : null,
    zorgkantoren: zorgkantoren.map((z) => String(z.naam)),
    zorgaanbod,
  }
}

/** Projects the given locations (published data) into public documents; null = not public. */
export async function projectLocaties(
  payload: Payload,
  locatieIds: string[],
  refs = new RefCache(payload),
) {
  const found = await payload.find({
    collection: 'locaties',
    where: { and: [{ id: { in: locatieIds } }, PUBLISHED] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const byId = new Map((found.docs as Doc[]).map((d) => [String(d.id), d]))
  const result = new Map<string, PublicDocument | null>()
  for (const id of locatieIds) {
    const locatie = byId.get(String(id))
    result.set(
      String(id),
      locatie ? toPublicDocument(await loadProjectionInput(payload, locatie, refs)) : null,
    )
  }
  return result
}

export async function syncLocaties(
  payload: Payload,
  locatieIds: string[],
  target: SearchWriter = sharedWriter(),
) {
  const projected = await projectLocaties(payload, [...new Set(locatieIds.map(String))])
  const upserts: PublicDocument[] = []
  const deletes: string[] = []
  for (const [id, doc] of projected) {
    if (doc) upserts.push(doc)
    else deletes.push(publicDocumentId(id))
  }
  if (upserts.length) await target.upsert(upserts)
  if (deletes.length) await target.delete(deletes)
  return { upserted: upserts.length, deleted: deletes.length }
}

/**
 * The gazetteer: every woonplaats, with alternative names and the PC4 postcodes that the
 * visiting addresses of Definitief locations give it (see gazetteer.ts).
 */
export async function loadGazetteer(payload: Payload): Promise<GazetteerEntry[]> {
  const all = { depth: 0, limit: 0, pagination: false, overrideAccess: true } as const
  const [plaatsen, locaties, aanbod] = await Promise.all([
    payload.find({ collection: 'woonplaatsen', ...all }),
    payload.find({
      collection: 'locaties',
      where: PUBLISHED,
      select: { bezoekadres: true },
      ...all,
    }),
    payload.find({
      collection: 'zorgaanbod',
      where: PUBLISHED,
      select: { locatie: true, woonplaats: true },
      ...all,
    }),
  ])
  const woonplaatsenVan = new Map<string, string[]>()
  for (const z of aanbod.docs as Doc[]) {
    const locatie = idOf(z.locatie)
    const plaats = idOf(z.woonplaats)
    if (locatie && plaats)
      woonplaatsenVan.set(locatie, [...(woonplaatsenVan.get(locatie) ?? []), plaats])
  }
  const adressen: GazetteerAdres[] = (locaties.docs as Doc[]).map((l) => {
    const adres = (l.bezoekadres ?? {}) as { postcode?: string | null; plaats?: string | null }
    return {
      postcode: adres.postcode,
      plaats: adres.plaats,
      woonplaatsIds: woonplaatsenVan.get(String(l.id)) ?? [],
    }
  })
  return buildGazetteer((plaatsen.docs as Doc[]).map(woonplaats), adressen)
}

/** Full rebuild in batches, then one atomic swap; searches keep being served meanwhile. */
export async function reindexAll(
  payload: Payload,
  target: SearchWriter = sharedWriter(),
  batchSize = 500,
  onProgress?: (verwerkt: number, totaal: number) => void,
) {
  const refs = new RefCache(payload)
  const docs: PublicDocument[] = []
  const { totalDocs: totaal } = await payload.count({
    collection: 'locaties',
    where: PUBLISHED,
    overrideAccess: true,
  })
  let page = 1
  let locaties = 0
  for (;;) {
    const batch = await payload.find({
      collection: 'locaties',
      where: PUBLISHED,
      depth: 0,
      limit: batchSize,
      page,
      sort: 'id',
      overrideAccess: true,
      select: {},
    })
    const ids = batch.docs.map((d) => String(d.id))
    locaties += ids.length
    for (const doc of (await projectLocaties(payload, ids, refs)).values()) if (doc) docs.push(doc)
    onProgress?.(locaties, Math.max(totaal, locaties))
    if (!batch.hasNextPage) break
    page++
  }
  await target.replaceAll(docs, await loadGazetteer(payload))
  return { locaties, publiek: docs.length }
}
