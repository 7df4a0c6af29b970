/**
 * Converge the public index to the current Definitief state: re-read each location's published
 * data, project it, upsert or delete by stable id. Idempotent; safe to retry.
 */
import { readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { CollectionSlug, DataFromCollectionSlug, Payload, SelectType, Where } from 'payload'
import {
  CONTRACT_VERSIE,
  publicDocumentId,
  type GazetteerEntry,
  type PublicDocument,
} from './contract'
import { createSearchWriter, engineConfigFromEnv } from './engine'
import type { SearchWriter } from './engine/port'
import { ZORGATLAS } from '../cms/domain/audit'
import { contractJaar, publiekeContractJaren, publiekeContractering } from '../cms/domain/contract'
import { relId, type RelValue } from '../cms/domain/roles'
import {
  heeftDagbesteding,
  isZorgaanbodGevuld,
  sectorenMetInhoud,
  sectorTabs,
} from '../cms/domain/zorgaanbod'
import type {
  Locatie,
  OcoDienst,
  Organisatie,
  SoortZorg,
  Woonplaats,
  ZachteInformatie,
  Zorgkantoor,
} from '../cms/payload-types'
import { koppelVraag } from '../cms/domain/zorgkaart'
import { voorzieningLabel } from '../cms/domain/referentiecodes'
import { buildGazetteer, type GazetteerAdres, type Pc4Punt } from './gazetteer'
import { Pc4BestandSchema, pc4Pad } from './postcodes'
import { loadLabelTabel } from './labels'
import { INDEX_QUEUE, INDEX_TASK } from '../cms/jobs/queue'
import {
  createPublicMediaStore,
  mediaStoreConfigFromEnv,
  straatbeeldConfigFromEnv,
  type PublicMediaStore,
} from './media'
import { publiceerMedia, ruimMediaOp, type FotoBron, type MediaUitkomst } from './media/publish'
import type { StraatbeeldConfig } from './media/streetview'
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

let mediaStore: PublicMediaStore | undefined
/** The public media store this process writes to (the worker is its single writer). */
export function sharedMediaStore(): PublicMediaStore {
  mediaStore ??= createPublicMediaStore(mediaStoreConfigFromEnv())
  return mediaStore
}

/** Where a sync publishes the images of public locations. */
export interface MediaDoel {
  store: PublicMediaStore
  /** the optional street view for locations without photos (null: a neutral illustration) */
  straatbeeld: StraatbeeldConfig | null
}

export const mediaDoelFromEnv = (): MediaDoel => ({
  store: sharedMediaStore(),
  straatbeeld: straatbeeldConfigFromEnv(),
})

const PUBLISHED = { _status: { equals: 'published' } } as const

/**
 * Reads every matching document straight through the database adapter. The indexer reads as the
 * system (no access rule applies to it) and needs none of the afterRead hooks (the only ones on
 * these collections compute admin-only fields); skipping Payload's read pass makes reading a
 * full rebuild's batch about twice as fast.
 */
async function lees<S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  where: Where,
  options: { select?: SelectType; sort?: string; limit?: number } = {},
): Promise<DataFromCollectionSlug<S>[]> {
  const found = await payload.db.find<DataFromCollectionSlug<S>>({
    collection,
    where,
    limit: 0,
    pagination: false,
    ...options,
  })
  return found.docs
}

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

/** An approval as the public document shows it: when, and on whose behalf. */
type Goedkeuring = { op: string; door: string }

/** How many approved change requests one read takes (see RefCache.laadGoedkeuringen). */
const GOEDKEURINGEN_PER_PAGINA = 500

/** Small per-run caches of reference data. */
class RefCache {
  private readonly cache = new Map<keyof Refs, Map<string, Refs[keyof Refs]>>()
  /** per location looked up: the newest approval that published it, or null for none */
  private readonly goedkeuringen = new Map<string, Goedkeuring | null>()
  constructor(private readonly payload: Payload) {}

  /**
   * Looks up, for each of these locations not looked up before, the newest approval of its
   * organisation that published it. Reads the approved change requests of their organisations
   * newest first, a page at a time, and stops once every location has one or there are no more:
   * a recently approved location costs one page, however long its organisation's history. A
   * location that no approval published reads its organisation's history to the end.
   */
  async laadGoedkeuringen(locaties: readonly Pick<Locatie, 'id' | 'organisatie'>[]): Promise<void> {
    // location id → its organisation's id, for the locations still without an answer
    const open = new Map<string, string>()
    for (const l of locaties) {
      const organisatieId = relId(l.organisatie)
      if (organisatieId !== null && !this.goedkeuringen.has(String(l.id)))
        open.set(String(l.id), organisatieId)
    }
    if (!open.size) return
    const where: Where = {
      and: [
        { organisatie: { in: [...new Set(open.values())] } },
        { status: { equals: 'goedgekeurd' } },
        { afgehandeldOp: { exists: true } },
      ],
    }
    for (let page = 1; open.size; page++) {
      const found = await this.payload.db.find<DataFromCollectionSlug<'wijzigingsverzoeken'>>({
        collection: 'wijzigingsverzoeken',
        where,
        // the id orders equal times, so the pages neither overlap nor skip a request
        sort: ['-afgehandeldOp', '-id'],
        // paginated (the default): without it, MongoDB's adapter ignores `page`
        limit: GOEDKEURINGEN_PER_PAGINA,
        page,
        select: {
          organisatie: true,
          afgehandeldOp: true,
          beoordeeldNamens: true,
          gepubliceerdeLocaties: true,
        },
      })
      for (const v of found.docs) {
        if (!v.afgehandeldOp || !Array.isArray(v.gepubliceerdeLocaties)) continue
        const organisatieId = relId(v.organisatie)
        for (const locatieId of v.gepubliceerdeLocaties.map(String)) {
          if (open.get(locatieId) !== organisatieId) continue
          this.goedkeuringen.set(locatieId, {
            op: v.afgehandeldOp,
            door: v.beoordeeldNamens || ZORGATLAS,
          })
          open.delete(locatieId)
        }
      }
      if (!found.hasNextPage || found.docs.length < GOEDKEURINGEN_PER_PAGINA) break
    }
    for (const locatieId of open.keys()) this.goedkeuringen.set(locatieId, null)
  }

  /** The newest approval of its organisation that published this location, or null. */
  async laatsteGoedkeuring(
    locatie: Pick<Locatie, 'id' | 'organisatie'>,
  ): Promise<Goedkeuring | null> {
    await this.laadGoedkeuringen([locatie])
    return this.goedkeuringen.get(String(locatie.id)) ?? null
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

/** Groups documents by a key (a relation's id); documents without one are left out. */
function groupBy<T>(docs: readonly T[], key: (d: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const d of docs) {
    const k = key(d)
    if (k === null) continue
    const list = groups.get(k)
    if (list) list.push(d)
    else groups.set(k, [d])
  }
  return groups
}

const uniek = (values: (string | null)[]): string[] => [
  ...new Set(values.filter((v): v is string => v !== null)),
]

/**
 * Loads the published data of a batch of locations, relations resolved, for the projection: one
 * query per related collection for the whole batch (a full rebuild of 40,000 locations would
 * otherwise make seven queries per location).
 */
export async function loadProjectionInputs(
  payload: Payload,
  locaties: readonly Locatie[],
  refs: RefCache,
  /** when given, each location's visiting address and woonplaatsen for the gazetteer go here */
  adressen?: GazetteerAdres[],
): Promise<Map<string, ProjectionInput>> {
  const result = new Map<string, ProjectionInput>()
  if (locaties.length === 0) return result
  const locatieIds = locaties.map((l) => String(l.id))
  const orgIds = uniek(locaties.map((l) => relId(l.organisatie)))
  const bijLocaties = { locatie: { in: locatieIds } }
  const vragen = new Map(locaties.map((l) => [String(l.id), koppelVraag(l)]))
  const zorgkaartIds: string[] = []
  const sleutels: string[] = []
  for (const vraag of vragen.values()) {
    if (vraag?.wijze === 'handmatig') zorgkaartIds.push(vraag.zorgkaartId)
    else if (vraag) sleutels.push(vraag.sleutel)
  }
  const zorgkaartWhere: Where[] = [
    ...(zorgkaartIds.length ? [{ zorgkaartId: { in: uniek(zorgkaartIds) } }] : []),
    ...(sleutels.length ? [{ adresSleutel: { in: uniek(sleutels) } }] : []),
  ]
  // The year the public sentence names: this year once recorded, else last year (New Year).
  const huidigJaar = contractJaar()
  const [orgs, aanbod, capaciteit, wachttijden, zorgkaart] = await Promise.all([
    orgIds.length
      ? lees(payload, 'organisaties', { and: [{ id: { in: orgIds } }, PUBLISHED] })
      : [],
    lees(payload, 'zorgaanbod', { and: [bijLocaties, PUBLISHED] }),
    // Marked entries have ended; the projection also checks the date itself.
    lees(payload, 'vrije-capaciteit', {
      and: [bijLocaties, { verlopen: { not_equals: true } }],
    }),
    lees(payload, 'wachttijden', bijLocaties),
    zorgkaartWhere.length ? lees(payload, 'zorgkaart', { or: zorgkaartWhere }) : [],
  ])
  const orgById = new Map(orgs.map((o) => [String(o.id), o]))
  const publiekeOrgIds = [...orgById.keys()]
  const contracten = publiekeOrgIds.length
    ? await lees(
        payload,
        'contracten',
        {
          and: [
            { organisatie: { in: publiekeOrgIds } },
            { jaar: { in: publiekeContractJaren(huidigJaar) } },
          ],
        },
        // never the zorgkantoor's notes: only what the sentence needs
        {
          select: {
            organisatie: true,
            zorgkantoor: true,
            jaar: true,
            status: true,
            voorstel: true,
          },
        },
      )
    : []
  await refs.laadGoedkeuringen(locaties)
  const aanbodPer = groupBy(aanbod, (z) => relId(z.locatie))
  const capaciteitPer = groupBy(capaciteit, (v) => relId(v.locatie))
  const wachttijdenPer = groupBy(wachttijden, (w) => relId(w.locatie))
  const contractenPer = groupBy(contracten, (c) => relId(c.organisatie))

  for (const locatie of locaties) {
    const id = String(locatie.id)
    adressen?.push({
      postcode: locatie.bezoekadres?.postcode,
      plaats: locatie.bezoekadres?.plaats,
      woonplaatsIds: uniek((aanbodPer.get(id) ?? []).map((z) => relId(z.woonplaats))),
    })
    const orgId = relId(locatie.organisatie)
    const org: Organisatie | undefined = orgId ? orgById.get(orgId) : undefined
    const vraag = vragen.get(id)
    const [soort] = await refs.get('soorten-zorg', ids([locatie.soortZorg]))
    const zorgkantoren = org ? await refs.get('zorgkantoren', ids(org.zorgkantoren)) : []
    const { jaar, zorgkantoren: contracterendIds } = publiekeContractering(
      (org ? (contractenPer.get(String(org.id)) ?? []) : []).map((c) => ({
        zorgkantoor: String(relId(c.zorgkantoor)),
        jaar: c.jaar,
        status: c.status,
        voorstel: c.voorstel,
      })),
      huidigJaar,
    )
    const contracterend = await refs.get('zorgkantoren', contracterendIds)
    const zorgaanbod: ProjectionInput['zorgaanbod'] = []
    for (const z of aanbodPer.get(id) ?? []) {
      const [wp] = await refs.get('woonplaatsen', ids([z.woonplaats]))
      if (!wp) continue
      zorgaanbod.push({
        woonplaats: woonplaats(wp),
        sectoren: sectorenMetInhoud(z),
        gevuld: isZorgaanbodGevuld(z, org?.type),
        dagbesteding: heeftDagbesteding(z),
        doelgroepen: doelgroepenVanAanbod(z),
        inhoud: sectorTabs(z),
        zachteInformatie: (await refs.get('zachte-informatie', ids(z.zachteInformatie))).map(ref),
        dienstverlening: (await refs.get('oco-dienstverlening', ids(z.dienstverlening))).map(ref),
      })
    }
    result.set(id, {
      locatie: {
        id,
        gebruikVolledigeNaam: locatie.gebruikVolledigeNaam,
        volledigeNaam: locatie.volledigeNaam,
        naam: locatie.naam,
        // the location stores the code; the public document shows its current label
        voorziening: voorzieningLabel(soort?.voorzieningen, locatie.voorziening),
        kleinschalig: locatie.kleinschalig,
        bezoekadres: locatie.bezoekadres,
        coordinaten: locatie.coordinaten,
        telefoon: locatie.telefoon,
        email: locatie.email,
        website: locatie.website,
        zorgkaartNederland: locatie.zorgkaartNederland,
        youtubeId: locatie.youtubeId,
        updatedAt: locatie.updatedAt,
      },
      organisatie: org
        ? { id: String(org.id), naam: org.naam, verkorteNaam: org.verkorteNaam, type: org.type }
        : null,
      soortZorg: soort ? ref(soort) : null,
      zorgkantoren: zorgkantoren.map((z) => z.naam),
      contractering: { jaar, zorgkantoren: contracterend.map((z) => z.naam) },
      vrijeCapaciteit: (capaciteitPer.get(id) ?? []).map((v) => ({
        sector: v.sector,
        zorgprofiel: v.zorgprofiel,
        soortPlaats: v.soortPlaats,
        aantal: v.aantal,
        beschikbaarVanaf: v.beschikbaarVanaf ?? v.createdAt,
        geldigTot: v.geldigTot ?? v.createdAt,
        gemeldOp: v.gemeldOp ?? v.createdAt,
        toelichting: v.toelichting,
      })),
      // the records this location's question can match (kiesKoppeling picks among them)
      zorgkaart: vraag
        ? zorgkaart.filter((r) =>
            vraag.wijze === 'handmatig'
              ? r.zorgkaartId === vraag.zorgkaartId
              : r.adresSleutel === vraag.sleutel,
          )
        : [],
      wachttijden: (wachttijdenPer.get(id) ?? []).map((w) => ({
        zorgprofiel: w.zorgprofiel,
        weken: w.weken,
        gemeldOp: w.gemeldOp ?? w.createdAt,
      })),
      zorgaanbod,
      gecontroleerd: await refs.laatsteGoedkeuring(locatie),
    })
  }
  return result
}

/**
 * The photos of published locations, each in its order, read from the media collection in one
 * query (a photo in public use is never changed in place:
 * cms/collections/Media/hooks/protectPublicMedia.ts).
 */
async function fotoBronnen(
  payload: Payload,
  locaties: readonly Locatie[],
): Promise<Map<string, FotoBron[]>> {
  const result = new Map<string, FotoBron[]>()
  const alleIds = uniek(locaties.flatMap((l) => ids(l.fotos)))
  if (!alleIds.length) return result
  const staticDir = payload.collections.media?.config.upload.staticDir
  if (!staticDir) throw new Error('media has no static directory')
  const found = await lees(payload, 'media', { id: { in: alleIds } })
  const byId = new Map(found.map((m) => [String(m.id), m]))
  for (const locatie of locaties) {
    result.set(
      String(locatie.id),
      ids(locatie.fotos).flatMap((id) => {
        const m = byId.get(id)
        if (!m?.filename || !m.alt?.trim()) return []
        const file = join(staticDir, basename(m.filename))
        return [
          { alt: m.alt.trim(), focalX: m.focalX, focalY: m.focalY, laad: () => readFile(file) },
        ]
      }),
    )
  }
  return result
}

/** Publishes the images of a public location (see search-indexer/media/publish.ts). */
async function publiceerLocatieMedia(
  locatie: Locatie,
  bronnen: FotoBron[],
  doc: PublicDocument,
  media: MediaDoel,
  maken: boolean,
): Promise<MediaUitkomst> {
  const c = locatie.coordinaten
  const exact = !locatie.kleinschalig && typeof c?.lat === 'number' && typeof c?.lng === 'number'
  return publiceerMedia(media.store, String(locatie.id), bronnen, {
    maken,
    ...(media.straatbeeld &&
      exact && {
        straatbeeld: {
          config: media.straatbeeld,
          punt: doc.geo,
          alt: `Straatbeeld van ${[doc.adres.straat, doc.adres.huisnummer].filter(Boolean).join(' ')} in ${doc.adres.plaats}`,
        },
      }),
  })
}

/**
 * Projects the given locations (published data) into public documents; null = not public. With
 * `media`, the images of every public one are published first and shown in its document; the
 * outcome per location goes into `media.uitkomsten`.
 */
export async function projectLocaties(
  payload: Payload,
  locatieIds: string[],
  refs = new RefCache(payload),
  media?: MediaDoel & { maken: boolean; uitkomsten: Map<string, MediaUitkomst> },
  adressen?: GazetteerAdres[],
) {
  const found = await lees(payload, 'locaties', {
    and: [{ id: { in: locatieIds } }, PUBLISHED],
  })
  const byId = new Map(found.map((d) => [String(d.id), d]))
  const inputs = await loadProjectionInputs(payload, found, refs, adressen)
  const bronnen = media ? await fotoBronnen(payload, found) : new Map<string, FotoBron[]>()
  const result = new Map<string, PublicDocument | null>()
  for (const id of locatieIds) {
    const locatie = byId.get(String(id))
    const input = inputs.get(String(id))
    if (!locatie || !input) {
      result.set(String(id), null)
      continue
    }
    let doc = toPublicDocument(input)
    if (doc && media) {
      const uitkomst = await publiceerLocatieMedia(
        locatie,
        bronnen.get(String(id)) ?? [],
        doc,
        media,
        media.maken,
      )
      media.uitkomsten.set(String(id), uitkomst)
      doc = toPublicDocument({ ...input, fotos: uitkomst.fotos })
    }
    result.set(String(id), doc)
  }
  return result
}

/**
 * Converges the given locations: images of public ones to the public media store first, then the
 * documents, then the files no document shows any more leave the store (a removed photo, a
 * location that is no longer public). The site never points at a file that is not there yet.
 */
export async function syncLocaties(
  payload: Payload,
  locatieIds: string[],
  target: SearchWriter = sharedWriter(),
  media: MediaDoel = mediaDoelFromEnv(),
) {
  if (locatieIds.length === 0) return { upserted: 0, deleted: 0, mediaGemaakt: 0, mediaWeg: 0 }
  const uitkomsten = new Map<string, MediaUitkomst>()
  const projected = await projectLocaties(
    payload,
    [...new Set(locatieIds.map(String))],
    undefined,
    {
      ...media,
      maken: true,
      uitkomsten,
    },
  )
  const upserts: PublicDocument[] = []
  const deletes: string[] = []
  for (const [id, doc] of projected) {
    if (doc) upserts.push(doc)
    else deletes.push(publicDocumentId(id))
  }
  if (upserts.length) await target.upsert(upserts)
  if (deletes.length) await target.delete(deletes)
  let mediaWeg = 0
  for (const [id, doc] of projected) {
    mediaWeg += await ruimMediaOp(media.store, id, doc ? (uitkomsten.get(id)?.keys ?? []) : [])
  }
  const mediaGemaakt = [...uitkomsten.values()].reduce((n, u) => n + u.gemaakt, 0)
  return { upserted: upserts.length, deleted: deletes.length, mediaGemaakt, mediaWeg }
}

/** Publishes the code → label table of the reference lists as they are now. */
export async function publiceerLabels(payload: Payload, target: SearchWriter = sharedWriter()) {
  await target.publishLabels(await loadLabelTabel(payload))
}

/**
 * The gazetteer: every woonplaats, with alternative names and the PC4 postcodes that the
 * visiting addresses of Definitief locations give it (see gazetteer.ts). The addresses are the
 * ones a full rebuild gathered while projecting (`loadProjectionInputs`), not a second read.
 */
export async function loadGazetteer(
  payload: Payload,
  adressen: GazetteerAdres[],
): Promise<GazetteerEntry[]> {
  const plaatsen = await lees(payload, 'woonplaatsen', {})
  return buildGazetteer(plaatsen.map(woonplaats), adressen, undefined, {
    pc4: await leesPc4Punten(),
  })
}

/**
 * The PC4 centres an operator imported (`npm run import:postcodes`), or none when there is no file.
 * A file that exists but does not parse stops the rebuild: it must be fixed, not silently ignored.
 */
export async function leesPc4Punten(pad: string = pc4Pad()): Promise<Pc4Punt[]> {
  let tekst: string
  try {
    tekst = await readFile(pad, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const parsed = Pc4BestandSchema.safeParse(JSON.parse(tekst))
  if (!parsed.success) {
    throw new Error(
      `${pad} is geen geldig postcodebestand; lees het opnieuw in met npm run import:postcodes`,
    )
  }
  return parsed.data.postcodes
}

/** Locations per index job that a full rebuild queues to make their images. */
const MEDIA_JOB_GROOTTE = 5

/**
 * Full rebuild in batches, then one atomic swap; searches keep being served meanwhile. Images that
 * are in the public media store already are shown at once; locations whose images still have to be
 * made are published without them and queued as ordinary index jobs (making sizes takes seconds
 * per photo, the text should not wait for it). After the swap, the store keeps only what the
 * public documents show.
 */
export async function reindexAll(
  payload: Payload,
  target: SearchWriter = sharedWriter(),
  batchSize = 500,
  onProgress?: (verwerkt: number, totaal: number) => void,
  media: MediaDoel = mediaDoelFromEnv(),
) {
  const refs = new RefCache(payload)
  const uitkomsten = new Map<string, MediaUitkomst>()
  const docs: PublicDocument[] = []
  const { totalDocs: totaal } = await payload.count({
    collection: 'locaties',
    where: PUBLISHED,
    overrideAccess: true,
  })
  // the gazetteer's addresses, gathered from the same reads (not a second pass over the tables)
  const adressen: GazetteerAdres[] = []
  let locaties = 0
  // One batch is projected while the next one's reads are under way: the database answers
  // (PostgreSQL: a round trip per query) while this process projects. Results are taken in
  // order, so documents and addresses come out as without the overlap.
  let vorige: Promise<{
    projected: Map<string, PublicDocument | null>
    adressen: GazetteerAdres[]
  }> | null = null
  let klaar = 0
  const neem = async () => {
    if (!vorige) return
    const uit = await vorige
    for (const doc of uit.projected.values()) if (doc) docs.push(doc)
    adressen.push(...uit.adressen)
    klaar += uit.projected.size
    onProgress?.(klaar, Math.max(totaal, klaar))
  }
  // keyset pages by id: no count and no growing offset per page
  let na: string | number | null = null
  for (;;) {
    const batch: Locatie[] = await lees(
      payload,
      'locaties',
      na === null ? PUBLISHED : { and: [PUBLISHED, { id: { greater_than: na } }] },
      { sort: 'id', select: { id: true }, limit: batchSize },
    )
    if (batch.length === 0) break
    na = batch[batch.length - 1]!.id
    const ids = batch.map((d) => String(d.id))
    locaties += ids.length
    const eigen: GazetteerAdres[] = []
    const huidige = projectLocaties(
      payload,
      ids,
      refs,
      { ...media, maken: false, uitkomsten },
      eigen,
    ).then((projected) => ({ projected, adressen: eigen }))
    // a failed batch must not go unobserved while the previous one is awaited
    huidige.catch(() => undefined)
    await neem()
    vorige = huidige
    if (batch.length < batchSize) break
  }
  await neem()
  await target.replaceAll(docs, await loadGazetteer(payload, adressen))
  await target.publishLabels(await loadLabelTabel(payload))

  const publiek = new Set(docs.map((d) => d.locatieId))
  // only locations with files in the store can have files to remove (the worker is the store's
  // single writer and runs this job alone, so the list stays true meanwhile)
  const metMedia = new Set(await media.store.locaties())
  const wachtend: string[] = []
  for (const [id, uitkomst] of uitkomsten) {
    if (!uitkomst.compleet) wachtend.push(id)
    else if (metMedia.has(id)) await ruimMediaOp(media.store, id, uitkomst.keys)
  }
  for (const id of metMedia) {
    if (!publiek.has(id)) await ruimMediaOp(media.store, id, [])
  }
  for (let i = 0; i < wachtend.length; i += MEDIA_JOB_GROOTTE) {
    await payload.jobs.queue({
      task: INDEX_TASK,
      queue: INDEX_QUEUE,
      input: { locatieIds: wachtend.slice(i, i + MEDIA_JOB_GROOTTE) },
    })
  }
  return { locaties, publiek: docs.length, mediaWachtend: wachtend.length }
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
