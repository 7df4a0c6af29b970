/**
 * The in-memory search index of the embedded engine: Orama for full text (prefix, typo
 * tolerance, BM25) and plain per-document columns for filters, geo, facets and sorting.
 *
 * Why not Orama's own where/facets/geo: an exact radius needs a haversine check after the bbox
 * prefilter, which would make Orama's counts and facets wrong; a scan over 40k columns is well
 * under a millisecond, so filters, facets and paging are done here (see ADR 0002).
 *
 * All methods are synchronous except `build`, so a change applied with `apply` is atomic for
 * any reader running on the same thread.
 */
import { create, insert, remove, type AnyOrama } from '@orama/orama'
import { internalDocumentIDStore } from '@orama/orama/components'
import type { GazetteerEntry, PublicDocument } from '../../contract'
import type { SearchHit, SearchQuery, SearchResult } from '../port'
import { boundingBox, haversineKm, inBoundingBox, roundKm } from '../shared/geo'
import { emptyFacets, normalizePaging } from '../shared/results'
import { normalizeName, rankByName, tokenize } from '../shared/text'

/** Orama stores only these short strings; the full document lives in the columns. */
const oramaSchema = {
  naam: 'string',
  organisatie: 'string',
  plaats: 'string',
  voorziening: 'string',
  soortZorg: 'string',
  woonplaatsen: 'string',
} as const
type TextField = keyof typeof oramaSchema
const TEXT_FIELDS = Object.keys(oramaSchema) as TextField[]

/** Relative weight of a match per field. */
const BOOST: Record<TextField, number> = {
  naam: 3,
  organisatie: 2,
  plaats: 1.5,
  voorziening: 1,
  soortZorg: 1,
  woonplaatsen: 1,
}
const BM25 = { k: 1.2, b: 0.75, d: 0.5 }
/** Terms of at least this length get one typo. */
export const TYPO_MIN_LENGTH = 4
/** Extra weight for an exact word match over a prefix/typo match. */
const EXACT_BONUS = 1
const MAX_QUERY_TOKENS = 8

export interface BuildOptions {
  /** yield to the event loop every n documents while building (default 500) */
  yieldEvery?: number
}

export interface IndexStats {
  documents: number
  woonplaatsen: number
}

/** Text of a document as indexed by Orama (exported for tests and the Meilisearch mapping). */
export const searchableText = (doc: PublicDocument): Record<TextField, string> => ({
  naam: doc.naam,
  organisatie: [doc.organisatie.naam, doc.organisatie.verkorteNaam ?? ''].join(' ').trim(),
  plaats: doc.adres.plaats,
  voorziening: doc.voorziening ?? '',
  soortZorg: doc.soortZorg.naam,
  woonplaatsen: doc.woonplaatsen.map((w) => w.naam).join(' '),
})

const oramaTokenizer = () => ({
  language: 'dutch',
  normalizationCache: new Map<string, string>(),
  tokenize: (raw: string): string[] => tokenize(String(raw)),
})

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

const mustBeSync = <T>(value: T | Promise<T>, what: string): T => {
  if (value instanceof Promise) throw new Error(`Orama ${what} unexpectedly returned a promise`)
  return value
}

export class EmbeddedIndex {
  private readonly db: AnyOrama
  private readonly slotById = new Map<string, number>()
  private readonly slotByInternalId: number[] = []
  private readonly freeSlots: number[] = []
  // columns, indexed by slot
  private readonly docs: (PublicDocument | undefined)[] = []
  private readonly lat: number[] = []
  private readonly lng: number[] = []
  private readonly soortZorgCode: string[] = []
  private readonly zachteCodes: Set<string>[] = []
  private readonly woonplaatsIds: Set<string>[] = []
  private readonly sortName: string[] = []
  private nameOrder: Float64Array | null = null
  private gazetteer: GazetteerEntry[] = []

  private constructor() {
    this.db = create({ schema: oramaSchema, components: { tokenizer: oramaTokenizer() } })
  }

  /** Build a new index, yielding to the event loop now and then (old index keeps serving). */
  static async build(
    documents: Iterable<PublicDocument>,
    gazetteer: GazetteerEntry[],
    options: BuildOptions = {},
  ): Promise<EmbeddedIndex> {
    const yieldEvery = options.yieldEvery ?? 500
    const index = new EmbeddedIndex()
    index.setGazetteer(gazetteer)
    let n = 0
    for (const doc of documents) {
      index.upsertOne(doc)
      if (++n % yieldEvery === 0) await yieldToEventLoop()
    }
    return index
  }

  /** Synchronous build, for tests and small sets. */
  static buildSync(documents: Iterable<PublicDocument>, gazetteer: GazetteerEntry[]): EmbeddedIndex {
    const index = new EmbeddedIndex()
    index.setGazetteer(gazetteer)
    for (const doc of documents) index.upsertOne(doc)
    return index
  }

  get size(): number {
    return this.slotById.size
  }

  stats(): IndexStats {
    return { documents: this.size, woonplaatsen: this.gazetteer.length }
  }

  /** Precompute what the first query would otherwise pay for (name order). */
  warm(): void {
    this.getNameOrder()
  }

  /** Apply upserts and deletes in one synchronous step. */
  apply(changes: { upsert?: Iterable<PublicDocument>; delete?: Iterable<string> }): void {
    for (const id of changes.delete ?? []) this.removeOne(id)
    for (const doc of changes.upsert ?? []) this.upsertOne(doc)
  }

  setGazetteer(entries: GazetteerEntry[]): void {
    this.gazetteer = entries
  }

  getDocument(id: string): PublicDocument | null {
    const slot = this.slotById.get(id)
    return slot === undefined ? null : (this.docs[slot] ?? null)
  }

  /** Exact (normalised) name matches first, then names starting with it, then word prefixes. */
  findWoonplaatsen(naam: string, limit = 10): GazetteerEntry[] {
    return rankByName(naam, this.gazetteer, (entry) => entry.naam, limit)
  }

  search(query: SearchQuery): SearchResult {
    const { page, perPage } = normalizePaging(query)
    const tokens = tokenize(query.text ?? '').slice(0, MAX_QUERY_TOKENS)
    const textScores = tokens.length > 0 ? this.textSearch(tokens) : null

    const soortZorg = query.soortZorg?.length ? new Set(query.soortZorg) : null
    const zachte = query.zachteInformatie?.length ? [...new Set(query.zachteInformatie)] : null
    const woonplaatsId = query.woonplaatsId || null
    const geo = query.geo ?? null
    const box = geo ? boundingBox(geo, geo.radiusKm) : null

    const slots: number[] = []
    const scores: number[] = []
    const distances: number[] = []
    const facets = emptyFacets()
    const count = (facet: Record<string, number>, key: string) => {
      facet[key] = (facet[key] ?? 0) + 1
    }

    const consider = (slot: number, score: number) => {
      const doc = this.docs[slot]
      if (!doc) return
      if (soortZorg && !soortZorg.has(this.soortZorgCode[slot] ?? '')) return
      if (zachte) {
        const codes = this.zachteCodes[slot]
        if (!codes || !zachte.every((c) => codes.has(c))) return
      }
      if (woonplaatsId && !this.woonplaatsIds[slot]?.has(woonplaatsId)) return
      let distance = 0
      if (geo && box) {
        const lat = this.lat[slot] ?? NaN
        const lng = this.lng[slot] ?? NaN
        if (!inBoundingBox(box, lat, lng)) return
        distance = haversineKm(geo, { lat, lng })
        if (distance > geo.radiusKm) return
      }
      slots.push(slot)
      scores.push(score)
      distances.push(distance)
      count(facets.soortZorg, doc.soortZorg.code)
      count(facets.plaats, doc.adres.plaats)
      count(facets.organisatieType, doc.organisatie.type)
      for (const code of this.zachteCodes[slot] ?? []) count(facets.zachteInformatie, code)
    }

    if (textScores) {
      for (const [slot, score] of textScores) consider(slot, score)
    } else {
      for (let slot = 0; slot < this.docs.length; slot++) consider(slot, 0)
    }

    const order = this.getNameOrder()
    const byName = (a: number, b: number) =>
      (order[slots[a] ?? 0] ?? 0) - (order[slots[b] ?? 0] ?? 0)
    const byDistance = (a: number, b: number) => (distances[a] ?? 0) - (distances[b] ?? 0)
    const byScore = (a: number, b: number) => (scores[b] ?? 0) - (scores[a] ?? 0)
    const compare = textScores
      ? (a: number, b: number) => byScore(a, b) || (geo ? byDistance(a, b) : 0) || byName(a, b)
      : geo
        ? (a: number, b: number) => byDistance(a, b) || byName(a, b)
        : byName

    const start = (page - 1) * perPage
    const top = topK(slots.length, start + perPage, compare).slice(start)
    const hits: SearchHit[] = top.map((i) => {
      const document = this.docs[slots[i] ?? -1]
      if (!document) throw new Error('embedded index: hit without document')
      return geo ? { document, afstandKm: roundKm(distances[i] ?? 0) } : { document }
    })
    return { total: slots.length, hits, facets }
  }

  /** slot → score for documents matching every token (in any field). */
  private textSearch(tokens: string[]): Map<number, number> {
    const docsCount = this.size
    let result: Map<number, number> | null = null
    for (const token of tokens) {
      const tolerance = token.length >= TYPO_MIN_LENGTH ? 1 : 0
      const perToken = new Map<number, number>()
      const add = (pairs: [number, number][], weight: number) => {
        for (const [internalId, score] of pairs) {
          const slot = this.slotByInternalId[internalId]
          if (slot === undefined) continue
          perToken.set(slot, (perToken.get(slot) ?? 0) + score * weight)
        }
      }
      add(this.oramaSearch(token, false, tolerance, docsCount), 1)
      if (token.length >= 3 && perToken.size > 0) {
        add(this.oramaSearch(token, true, 0, docsCount), EXACT_BONUS)
      }
      if (perToken.size === 0) return new Map()
      if (result === null) {
        result = perToken
      } else {
        const next = new Map<number, number>()
        const [small, large] = result.size <= perToken.size ? [result, perToken] : [perToken, result]
        for (const [slot, score] of small) {
          const other = large.get(slot)
          if (other !== undefined) next.set(slot, score + other)
        }
        result = next
        if (result.size === 0) return result
      }
    }
    return result ?? new Map()
  }

  private oramaSearch(
    token: string,
    exact: boolean,
    tolerance: number,
    docsCount: number,
  ): [number, number][] {
    const db = this.db
    return db.index.search(
      db.data.index,
      token,
      db.tokenizer,
      undefined,
      TEXT_FIELDS,
      exact,
      tolerance,
      BOOST,
      BM25,
      docsCount,
      undefined,
      1,
    ) as [number, number][]
  }

  private upsertOne(doc: PublicDocument): void {
    this.removeOne(doc.id)
    const slot = this.freeSlots.pop() ?? this.docs.length
    mustBeSync(insert(this.db, { id: doc.id, ...searchableText(doc) }), 'insert')
    const internalId = internalDocumentIDStore.getInternalDocumentId(
      this.db.internalDocumentIDStore,
      doc.id,
    )
    this.slotByInternalId[internalId] = slot
    this.slotById.set(doc.id, slot)
    this.docs[slot] = doc
    this.lat[slot] = doc.geo.lat
    this.lng[slot] = doc.geo.lng
    this.soortZorgCode[slot] = doc.soortZorg.code
    this.zachteCodes[slot] = new Set(doc.zachteInformatie.map((z) => z.code))
    this.woonplaatsIds[slot] = new Set(doc.woonplaatsen.map((w) => w.id))
    this.sortName[slot] = normalizeName(doc.naam)
    this.nameOrder = null
  }

  private removeOne(id: string): void {
    const slot = this.slotById.get(id)
    if (slot === undefined) return
    const internalId = internalDocumentIDStore.getInternalDocumentId(
      this.db.internalDocumentIDStore,
      id,
    )
    mustBeSync(remove(this.db, id), 'remove')
    delete this.slotByInternalId[internalId]
    this.slotById.delete(id)
    this.docs[slot] = undefined
    this.zachteCodes[slot] = new Set()
    this.woonplaatsIds[slot] = new Set()
    this.freeSlots.push(slot)
    this.nameOrder = null
  }

  /** Rank of each slot by normalised name; recomputed lazily after changes. */
  private getNameOrder(): Float64Array {
    if (this.nameOrder) return this.nameOrder
    const live: number[] = []
    for (let slot = 0; slot < this.docs.length; slot++) if (this.docs[slot]) live.push(slot)
    const names = this.sortName
    live.sort((a, b) => {
      const x = names[a] ?? ''
      const y = names[b] ?? ''
      return x < y ? -1 : x > y ? 1 : a - b
    })
    const order = new Float64Array(this.docs.length)
    live.forEach((slot, rank) => {
      order[slot] = rank
    })
    this.nameOrder = order
    return order
  }
}

/**
 * Indices 0..n-1 of the k best items by `compare` (ascending), sorted. A bounded max-heap, so a
 * first page over 40k matches costs O(n log k) instead of a full sort.
 */
export const topK = (n: number, k: number, compare: (a: number, b: number) => number): number[] => {
  if (k <= 0 || n === 0) return []
  if (k >= n / 4) {
    const all = Array.from({ length: n }, (_, i) => i)
    return all.sort(compare).slice(0, k)
  }
  // heap[0] is the worst of the kept items
  const heap: number[] = []
  const worse = (a: number, b: number) => compare(a, b) > 0
  const siftUp = (i: number) => {
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!worse(heap[i]!, heap[parent]!)) break
      ;[heap[i], heap[parent]] = [heap[parent]!, heap[i]!]
      i = parent
    }
  }
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let m = i
      if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l
      if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r
      if (m === i) return
      ;[heap[i], heap[m]] = [heap[m]!, heap[i]!]
      i = m
    }
  }
  for (let i = 0; i < n; i++) {
    if (heap.length < k) {
      heap.push(i)
      siftUp(heap.length - 1)
    } else if (compare(i, heap[0]!) < 0) {
      heap[0] = i
      siftDown(0)
    }
  }
  return heap.sort(compare)
}
