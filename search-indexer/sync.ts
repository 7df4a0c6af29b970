/**
 * Converge the public index to the current Definitief state: re-read each location's published
 * data, project it, upsert or delete by stable id. Idempotent; safe to retry.
 */
import type { Payload } from 'payload'
import {
  CONTRACT_VERSIE,
  publicDocumentId,
  type GazetteerEntry,
  type PublicDocument,
} from './contract'
import { createSearchWriter, engineConfigFromEnv } from './engine'
import type { SearchWriter } from './engine/port'
import { ZORGATLAS } from '../cms/domain/audit'
import { relId, type RelValue } from '../cms/domain/roles'
import { heeftDagbesteding, isZorgaanbodGevuld, sectorenMetInhoud } from '../cms/domain/zorgaanbod'
import type {
  Locatie,
  OcoDienst,
  Organisatie,
  SoortZorg,
  Woonplaats,
  ZachteInformatie,
  Zorgkantoor,
} from '../cms/payload-types'
import { buildGazetteer, type GazetteerAdres } from './gazetteer'
import { loadLabelTabel } from './labels'
import {
  doelgroepenVanAanbod,
  toPublicDocument,
  type ProjectionInput,
  type ProjectionRef,
  type ProjectionWoonplaats,
} from './projection'

let writer: SearchWriter | undefined
/** One writer per process (the indexer worker is the single writer). */
export function sharedWriter(): SearchWriter {
  writer ??= createSearchWriter(engineConfigFromEnv())
  return writer
}

const PUBLISHED = { _status: { equals: 'published' } } as const
const ALL = { depth: 0, limit: 0, pagination: false, overrideAccess: true } as const

/** Reference data the projection shows, by collection. */
interface Refs {
  'soorten-zorg': SoortZorg
  'zachte-informatie': ZachteInformatie
  'oco-dienstverlening': OcoDienst
  woonplaatsen: Woonplaats
  zorgkantoren: Zorgkantoor
}

const ids = (values: RelValue[] | null | undefined): string[] =>
  (values ?? []).map(relId).filter((id): id is string => id !== null)

type Goedkeuring = { op: string; door: string; locaties: Set<string> }

/** Small per-run caches of reference data. */
class RefCache {
  private readonly cache = new Map<keyof Refs, Map<string, Refs[keyof Refs]>>()
  private readonly goedkeuringen = new Map<string, Goedkeuring[]>()
  constructor(private readonly payload: Payload) {}

  /** Approved change requests of an organisation, newest first, with the locations they published. */
  async goedkeuringenVan(organisatieId: string): Promise<Goedkeuring[]> {
    let list = this.goedkeuringen.get(organisatieId)
    if (!list) {
      const found = await this.payload.find({
        collection: 'wijzigingsverzoeken',
        where: {
          and: [{ organisatie: { equals: organisatieId } }, { status: { equals: 'goedgekeurd' } }],
        },
        sort: '-afgehandeldOp',
        depth: 0,
        limit: 200,
        overrideAccess: true,
        select: { afgehandeldOp: true, beoordeeldNamens: true, gepubliceerdeLocaties: true },
      })
      list = found.docs
        .filter((v) => v.afgehandeldOp)
        .map((v) => ({
          op: v.afgehandeldOp!,
          door: v.beoordeeldNamens || ZORGATLAS,
          locaties: new Set(
            (Array.isArray(v.gepubliceerdeLocaties) ? v.gepubliceerdeLocaties : []).map(String),
          ),
        }))
      this.goedkeuringen.set(organisatieId, list)
    }
    return list
  }
  async get<K extends keyof Refs>(collection: K, wanted: string[]): Promise<Refs[K][]> {
    let map = this.cache.get(collection) as Map<string, Refs[K]> | undefined
    if (!map) this.cache.set(collection, (map = new Map<string, Refs[K]>()))
    const missing = wanted.filter((id) => !map.has(id))
    if (missing.length) {
      const found = await this.payload.find({
        collection,
        where: { id: { in: missing } },
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: true,
      })
      for (const d of found.docs as Refs[K][]) map.set(String(d.id), d)
    }
    return wanted.map((id) => map.get(id)).filter((d): d is Refs[K] => d !== undefined)
  }
}

const ref = (d: {
  code: string
  naam: string
  icoon?: string | null
  groep?: string | null
}): ProjectionRef => ({ code: d.code, naam: d.naam, icoon: d.icoon ?? '', groep: d.groep ?? '' })

const woonplaats = (d: Woonplaats): ProjectionWoonplaats => ({
  id: String(d.id),
  naam: d.naam,
  gemeente: d.gemeente,
  provincie: d.provincie,
  lat: d.lat,
  lng: d.lng,
})

/** Loads the published data of one location, relations resolved, for the projection. */
export async function loadProjectionInput(
  payload: Payload,
  locatie: Locatie,
  refs: RefCache,
): Promise<ProjectionInput> {
  const orgId = relId(locatie.organisatie)
  const orgs = orgId
    ? await payload.find({
        collection: 'organisaties',
        where: { and: [{ id: { equals: orgId } }, PUBLISHED] },
        depth: 0,
        limit: 1,
        overrideAccess: true,
      })
    : { docs: [] }
  const org: Organisatie | undefined = orgs.docs[0]
  const aanbod = await payload.find({
    collection: 'zorgaanbod',
    where: { and: [{ locatie: { equals: locatie.id } }, PUBLISHED] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const bijLocatie = { locatie: { equals: locatie.id } }
  const [capaciteit, wachttijden] = await Promise.all([
    // Marked entries have ended; the projection also checks the date itself.
    payload.find({
      collection: 'vrije-capaciteit',
      where: { and: [bijLocatie, { verlopen: { not_equals: true } }] },
      ...ALL,
    }),
    payload.find({ collection: 'wachttijden', where: bijLocatie, ...ALL }),
  ])
  const [soort] = await refs.get('soorten-zorg', ids([locatie.soortZorg]))
  const zorgkantoren = org ? await refs.get('zorgkantoren', ids(org.zorgkantoren)) : []
  const zorgaanbod: ProjectionInput['zorgaanbod'] = []
  for (const z of aanbod.docs) {
    const [wp] = await refs.get('woonplaatsen', ids([z.woonplaats]))
    if (!wp) continue
    zorgaanbod.push({
      woonplaats: woonplaats(wp),
      sectoren: sectorenMetInhoud(z),
      gevuld: isZorgaanbodGevuld(z, org?.type),
      dagbesteding: heeftDagbesteding(z),
      doelgroepen: doelgroepenVanAanbod(z),
      zachteInformatie: (await refs.get('zachte-informatie', ids(z.zachteInformatie))).map(ref),
      dienstverlening: (await refs.get('oco-dienstverlening', ids(z.dienstverlening))).map(ref),
    })
  }
  return {
    locatie: {
      id: String(locatie.id),
      gebruikVolledigeNaam: locatie.gebruikVolledigeNaam,
      volledigeNaam: locatie.volledigeNaam,
      naam: locatie.naam,
      voorziening: locatie.voorziening,
      kleinschalig: locatie.kleinschalig,
      bezoekadres: locatie.bezoekadres,
      coordinaten: locatie.coordinaten,
      telefoon: locatie.telefoon,
      email: locatie.email,
      website: locatie.website,
      updatedAt: locatie.updatedAt,
    },
    organisatie: org
      ? { id: String(org.id), naam: org.naam, verkorteNaam: org.verkorteNaam, type: org.type }
      : null,
    soortZorg: soort ? ref(soort) : null,
    zorgkantoren: zorgkantoren.map((z) => z.naam),
    vrijeCapaciteit: capaciteit.docs.map((v) => ({
      sector: v.sector,
      zorgprofiel: v.zorgprofiel,
      soortPlaats: v.soortPlaats,
      aantal: v.aantal,
      beschikbaarVanaf: v.beschikbaarVanaf ?? v.createdAt,
      geldigTot: v.geldigTot ?? v.createdAt,
      gemeldOp: v.gemeldOp ?? v.createdAt,
      toelichting: v.toelichting,
    })),
    wachttijden: wachttijden.docs.map((w) => ({
      zorgprofiel: w.zorgprofiel,
      weken: w.weken,
      gemeldOp: w.gemeldOp ?? w.createdAt,
    })),
    zorgaanbod,
    gecontroleerd: orgId ? await laatsteGoedkeuring(refs, orgId, String(locatie.id)) : null,
  }
}

/** The newest approval that published this location (its own request or its organisation's). */
async function laatsteGoedkeuring(refs: RefCache, organisatieId: string, locatieId: string) {
  const goedkeuring = (await refs.goedkeuringenVan(organisatieId)).find((g) =>
    g.locaties.has(locatieId),
  )
  return goedkeuring ? { op: goedkeuring.op, door: goedkeuring.door } : null
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
  const byId = new Map(found.docs.map((d) => [String(d.id), d]))
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
  for (const z of aanbod.docs) {
    const locatie = relId(z.locatie)
    const plaats = relId(z.woonplaats)
    if (locatie && plaats)
      woonplaatsenVan.set(locatie, [...(woonplaatsenVan.get(locatie) ?? []), plaats])
  }
  const adressen: GazetteerAdres[] = locaties.docs.map((l) => {
    const adres = l.bezoekadres ?? {}
    return {
      postcode: adres.postcode,
      plaats: adres.plaats,
      woonplaatsIds: woonplaatsenVan.get(String(l.id)) ?? [],
    }
  })
  return buildGazetteer(plaatsen.docs.map(woonplaats), adressen)
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
  await target.publishLabels(await loadLabelTabel(payload))
  return { locaties, publiek: docs.length }
}

/**
 * Why the index must be rebuilt when the worker starts, or null: it is empty, or it was published
 * under another shape of the public document (CONTRACT_VERSIE).
 */
export async function herindexerenNodig(target: SearchWriter): Promise<string | null> {
  if ((await target.count()) === 0) return 'lege zoekindex bij het starten'
  const versie = (await target.publishedLabels())?.contractVersie
  return versie === CONTRACT_VERSIE
    ? null
    : `zoekindex van versie ${versie ?? 'onbekend'}, nu ${CONTRACT_VERSIE}`
}
