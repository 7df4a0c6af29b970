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
import type {
  FacetLabel,
  FacetName,
  LabelledFacet,
  SearchHit,
  SearchQuery,
  SearchResult,
} from '../port'
import { boundingBox, haversineKm, inBoundingBox, roundKm } from '../shared/geo'
import {
  effectiveSort,
  emptyFacets,
  emptyLabels,
  FACET_NAMES,
  LABELLED_FACETS,
  normalizePaging,
} from '../shared/results'
import { gazetteerNames, normalizeName, rankByName, tokenize } from '../shared/text'

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
/** Weight per kind of word match. */
const WEIGHT = { exact: 2, prefix: 1, typo: 0.6 }
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

/** The fields of Orama's radix tree node we read (trees/radix.js in @orama/orama 3.1). */
interface RadixNode {
  /** edge label from the parent */
  s: string
  /** children by first character */
  c: Map<string, RadixNode>
  /** end of a word */
  e: boolean
  /** the word ending here */
  w: string
  /** internal ids of documents with this word */
  d: Set<number>
}

/**
 * Words (with their posting sets) equal to `term` (exact) or starting with it. Our own walk:
 * Orama's `find` de-duplicates postings with `Array.includes`, quadratic for common words.
 */
export const radixWords = (
  root: RadixNode,
  term: string,
  exact: boolean,
): [string, Set<number>][] => {
  let node = root
  let i = 0
  while (i < term.length) {
    const child = node.c.get(term[i]!)
    if (!child) return []
    const edge = child.s
    let j = 0
    while (j < edge.length && i + j < term.length && edge[j] === term[i + j]) j++
    if (j === edge.length) {
      node = child
      i += j
    } else if (i + j === term.length && !exact) {
      node = child // term ends inside this edge: everything below starts with it
      break
    } else {
      return []
    }
  }
  if (exact) return node.e && node.w === term ? [[term, node.d]] : []
  const out: [string, Set<number>][] = []
  const stack = [node]
  while (stack.length > 0) {
    const n = stack.pop()!
    if (n.e && n.d.size > 0) out.push([n.w, n.d])
    for (const c of n.c.values()) stack.push(c)
  }
  return out
}

/** True when a and b differ by at most one insertion, deletion or substitution. */
export const withinOneEdit = (a: string, b: string): boolean => {
  if (a === b) return true
  const la = a.length
  const lb = b.length
  if (Math.abs(la - lb) > 1) return false
  let i = 0
  while (i < la && i < lb && a[i] === b[i]) i++
  if (la === lb) return a.slice(i + 1) === b.slice(i + 1)
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}

/** Facet values of one slot, as interned ids. */
interface SlotFacets {
  soortZorg: number
  plaats: number
  organisatieType: number
  zachteInformatie: number[]
  doelgroep: number[]
}

/** string ↔ small integer, append only. */
class Interner {
  readonly names: string[] = []
  private readonly ids = new Map<string, number>()
  id(name: string): number {
    let id = this.ids.get(name)
    if (id === undefined) {
      id = this.names.push(name) - 1
      this.ids.set(name, id)
    }
    return id
  }
}

const label = (item: { naam: string; icoon?: string }): FacetLabel => ({
  naam: item.naam,
  icoon: item.icoon ?? '',
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
  private readonly doelgroepCodes: Set<string>[] = []
  private readonly woonplaatsIds: Set<string>[] = []
  private readonly vrijePlaatsen: number[] = []
  private readonly sortName: string[] = []
  private nameOrder: Float64Array | null = null
  private readonly slotFacets: SlotFacets[] = []
  private readonly facetValues: Record<FacetName, Interner> = {
    soortZorg: new Interner(),
    plaats: new Interner(),
    organisatieType: new Interner(),
    zachteInformatie: new Interner(),
    doelgroep: new Interner(),
  }
  /** code → label per labelled facet, from the documents (last write wins) */
  private readonly labels: Record<LabelledFacet, Map<string, FacetLabel>> = {
    soortZorg: new Map(),
    zachteInformatie: new Map(),
    doelgroep: new Map(),
  }
  private gazetteer: GazetteerEntry[] = []
  /** indexed words by length, for typo candidates (never shrinks; stale words find nothing) */
  private readonly vocabulary = new Map<number, Set<string>>()
  private maxInternalId = 0
  private scratch: {
    gen: number
    scores: Float64Array
    counts: Int32Array
    stamp: Int32Array
    tokenStamp: Float64Array
  } | null = null

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
  static buildSync(
    documents: Iterable<PublicDocument>,
    gazetteer: GazetteerEntry[],
  ): EmbeddedIndex {
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
    return rankByName(naam, this.gazetteer, gazetteerNames, limit)
  }

  getGazetteer(): GazetteerEntry[] {
    return this.gazetteer
  }

  search(query: SearchQuery): SearchResult {
    const { page, perPage } = normalizePaging(query)
    const tokens = tokenize(query.text ?? '').slice(0, MAX_QUERY_TOKENS)
    const textScores = tokens.length > 0 ? this.textSearch(tokens) : null

    const soortZorg = query.soortZorg?.length ? new Set(query.soortZorg) : null
    const zachte = query.zachteInformatie?.length ? [...new Set(query.zachteInformatie)] : null
    const doelgroep = query.doelgroep?.length ? new Set(query.doelgroep) : null
    const woonplaatsId = query.woonplaatsId || null
    const alleenVrij = query.vrijeCapaciteit === true
    const geo = query.geo ?? null
    const servedId = geo?.servesWoonplaatsId || null
    const box = geo ? boundingBox(geo, Math.max(0, geo.radiusKm)) : null

    const slots: number[] = []
    const scores: number[] = []
    /** ranking distance: 0 for a location serving the query's woonplaats */
    const distances: number[] = []
    /** great-circle distance, to order the locations at ranking distance 0 */
    const trueDistances: number[] = []
    // facet values are interned per slot; count in typed arrays, name them at the end
    const counts = {
      soortZorg: new Int32Array(this.facetValues.soortZorg.names.length),
      plaats: new Int32Array(this.facetValues.plaats.names.length),
      organisatieType: new Int32Array(this.facetValues.organisatieType.names.length),
      zachteInformatie: new Int32Array(this.facetValues.zachteInformatie.names.length),
      doelgroep: new Int32Array(this.facetValues.doelgroep.names.length),
    }

    const consider = (slot: number, score: number) => {
      // cheapest and most selective first: the bounding box on plain number columns
      const lat = this.lat[slot] ?? NaN
      const lng = this.lng[slot] ?? NaN
      const serves = servedId !== null && this.woonplaatsIds[slot]?.has(servedId) === true
      if (box && !serves && !inBoundingBox(box, lat, lng)) return
      if (!this.docs[slot]) return
      if (alleenVrij && !((this.vrijePlaatsen[slot] ?? 0) > 0)) return
      if (soortZorg && !soortZorg.has(this.soortZorgCode[slot] ?? '')) return
      if (zachte) {
        const codes = this.zachteCodes[slot]
        if (!codes) return
        for (const c of zachte) if (!codes.has(c)) return
      }
      if (doelgroep) {
        const codes = this.doelgroepCodes[slot]
        if (!codes) return
        let any = false
        for (const c of doelgroep) if (codes.has(c)) any = true
        if (!any) return
      }
      if (woonplaatsId && !this.woonplaatsIds[slot]?.has(woonplaatsId)) return
      let distance = 0
      let trueDistance = 0
      if (geo) {
        trueDistance = haversineKm(geo, { lat, lng })
        if (!serves && trueDistance > geo.radiusKm) return
        distance = serves ? 0 : trueDistance
      }
      slots.push(slot)
      scores.push(score)
      distances.push(distance)
      trueDistances.push(trueDistance)
      const f = this.slotFacets[slot]!
      counts.soortZorg[f.soortZorg]!++
      counts.plaats[f.plaats]!++
      counts.organisatieType[f.organisatieType]!++
      for (const z of f.zachteInformatie) counts.zachteInformatie[z]!++
      for (const d of f.doelgroep) counts.doelgroep[d]!++
    }

    if (textScores) {
      const [hitSlots, hitScores] = textScores
      for (let i = 0; i < hitSlots.length; i++) consider(hitSlots[i]!, hitScores[i]!)
    } else {
      for (let slot = 0; slot < this.docs.length; slot++) consider(slot, 0)
    }

    const order = this.getNameOrder()
    const byName = (a: number, b: number) =>
      (order[slots[a] ?? 0] ?? 0) - (order[slots[b] ?? 0] ?? 0)
    const byDistance = (a: number, b: number) =>
      (distances[a] ?? 0) - (distances[b] ?? 0) || (trueDistances[a] ?? 0) - (trueDistances[b] ?? 0)
    const byScore = (a: number, b: number) => (scores[b] ?? 0) - (scores[a] ?? 0)
    const sort = effectiveSort(query)
    const compare =
      sort === 'relevance' && textScores
        ? (a: number, b: number) => byScore(a, b) || (geo ? byDistance(a, b) : 0) || byName(a, b)
        : sort === 'distance'
          ? (a: number, b: number) => byDistance(a, b) || byName(a, b)
          : byName

    const start = (page - 1) * perPage
    const top = topK(slots.length, start + perPage, compare).slice(start)
    const hits: SearchHit[] = top.map((i) => {
      const document = this.docs[slots[i] ?? -1]
      if (!document) throw new Error('embedded index: hit without document')
      return geo ? { document, afstandKm: roundKm(distances[i] ?? 0) } : { document }
    })
    const facets = emptyFacets()
    for (const name of FACET_NAMES) {
      const names = this.facetValues[name].names
      const c = counts[name]
      for (let i = 0; i < c.length; i++) if (c[i]! > 0) facets[name][names[i]!] = c[i]!
    }
    const labels = emptyLabels()
    const asked: Record<LabelledFacet, string[]> = {
      soortZorg: query.soortZorg ?? [],
      zachteInformatie: query.zachteInformatie ?? [],
      doelgroep: query.doelgroep ?? [],
    }
    for (const kind of LABELLED_FACETS) {
      for (const code of [...Object.keys(facets[kind]), ...asked[kind]]) {
        const label = this.labels[kind].get(code)
        if (label) labels[kind][code] = label
      }
    }
    return { total: slots.length, hits, facets, labels }
  }

  /**
   * slot → score for documents matching every token (in any field). Words come from Orama's
   * radix trees: prefix matches by tree walk, typo candidates (one edit, tokens of 4+ letters)
   * from the vocabulary, then exact lookups. Scores are a BM25-like sum with field boosts and a
   * weight per kind of match (exact > prefix > typo), accumulated in reusable typed arrays.
   * Orama's own `search` was measured far slower here (Map per document per token, and a typo
   * walk that re-merges posting lists of common words; see ADR 0002).
   */
  private textSearch(tokens: string[]): [number[], number[]] {
    const buffers = this.buffers()
    const gen = ++buffers.gen
    const { scores, counts, stamp, tokenStamp } = buffers
    const docsCount = Math.max(1, this.size)
    const touched: number[] = []
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t]!
      const tokenId = gen * MAX_QUERY_TOKENS + t
      let matchedAny = false
      const addPostings = (prop: TextField, ids: Set<number>, weight: number) => {
        if (ids.size === 0) return
        matchedAny = true
        const lengths = this.fieldLengths(prop)
        const avg = this.avgFieldLength(prop)
        const idf = Math.log(1 + (docsCount - ids.size + 0.5) / (ids.size + 0.5))
        const base = idf * weight * BOOST[prop] * (BM25.k + 1)
        for (const id of ids) {
          // from the second token on, only documents that matched every earlier token
          if (t > 0 && tokenStamp[id] !== tokenId && (stamp[id] !== gen || counts[id] !== t))
            continue
          const len = lengths[id] ?? avg
          const score = base / (1 + BM25.k * (1 - BM25.b + (BM25.b * len) / avg))
          if (stamp[id] !== gen) {
            stamp[id] = gen
            scores[id] = 0
            counts[id] = 0
            touched.push(id)
          }
          scores[id] = (scores[id] ?? 0) + score
          if (tokenStamp[id] !== tokenId) {
            tokenStamp[id] = tokenId
            counts[id] = (counts[id] ?? 0) + 1
          }
        }
      }
      const seen = new Set<string>()
      for (const prop of TEXT_FIELDS) {
        for (const [word, ids] of radixWords(this.tree(prop), token, false)) {
          seen.add(word)
          addPostings(prop, ids, word === token ? WEIGHT.exact : WEIGHT.prefix)
        }
      }
      if (token.length >= TYPO_MIN_LENGTH) {
        for (const word of this.typoCandidates(token)) {
          if (seen.has(word)) continue
          for (const prop of TEXT_FIELDS) {
            for (const [, ids] of radixWords(this.tree(prop), word, true))
              addPostings(prop, ids, WEIGHT.typo)
          }
        }
      }
      if (!matchedAny) return [[], []]
    }
    const hitSlots: number[] = []
    const hitScores: number[] = []
    for (const id of touched) {
      if (counts[id] !== tokens.length) continue
      const slot = this.slotByInternalId[id]
      if (slot === undefined) continue
      hitSlots.push(slot)
      hitScores.push(scores[id] ?? 0)
    }
    return [hitSlots, hitScores]
  }

  /** Indexed words one edit away from `token` (same length ± 1), excluding its prefix matches. */
  private typoCandidates(token: string): string[] {
    const out: string[] = []
    for (let len = token.length - 1; len <= token.length + 1; len++) {
      for (const word of this.vocabulary.get(len) ?? []) {
        if (word !== token && withinOneEdit(token, word)) out.push(word)
      }
    }
    return out
  }

  private tree(prop: TextField): RadixNode {
    const tree = (this.db.data.index as unknown as { indexes: Record<string, { node: RadixNode }> })
      .indexes[prop]
    if (!tree) throw new Error(`embedded index: no radix tree for ${prop}`)
    return tree.node
  }

  private fieldLengths(prop: TextField): Record<number, number | undefined> {
    return (
      (
        this.db.data.index as unknown as {
          fieldLengths: Record<string, Record<number, number | undefined>>
        }
      ).fieldLengths[prop] ?? {}
    )
  }

  private avgFieldLength(prop: TextField): number {
    const avg = (
      this.db.data.index as unknown as { avgFieldLength: Record<string, number | undefined> }
    ).avgFieldLength[prop]
    return avg && avg > 0 ? avg : 1
  }

  private buffers() {
    const needed = this.maxInternalId + 1
    if (!this.scratch || this.scratch.scores.length < needed) {
      const size = Math.max(1024, needed * 2)
      this.scratch = {
        gen: 0,
        scores: new Float64Array(size),
        counts: new Int32Array(size),
        stamp: new Int32Array(size),
        tokenStamp: new Float64Array(size),
      }
    }
    return this.scratch
  }

  private upsertOne(doc: PublicDocument): void {
    this.removeOne(doc.id)
    const slot = this.freeSlots.pop() ?? this.docs.length
    const text = searchableText(doc)
    mustBeSync(insert(this.db, { id: doc.id, ...text }), 'insert')
    const internalId = internalDocumentIDStore.getInternalDocumentId(
      this.db.internalDocumentIDStore,
      doc.id,
    )
    this.slotByInternalId[internalId] = slot
    this.maxInternalId = Math.max(this.maxInternalId, internalId)
    for (const value of Object.values(text)) {
      for (const word of tokenize(value)) {
        let words = this.vocabulary.get(word.length)
        if (!words) this.vocabulary.set(word.length, (words = new Set()))
        words.add(word)
      }
    }
    this.slotById.set(doc.id, slot)
    this.docs[slot] = doc
    this.lat[slot] = doc.geo.lat
    this.lng[slot] = doc.geo.lng
    this.soortZorgCode[slot] = doc.soortZorg.code
    this.zachteCodes[slot] = new Set(doc.zachteInformatie.map((z) => z.code))
    // snapshots written before doelgroepen existed have none
    const doelgroepen = doc.doelgroepen ?? []
    this.doelgroepCodes[slot] = new Set(doelgroepen.map((d) => d.code))
    this.woonplaatsIds[slot] = new Set(doc.woonplaatsen.map((w) => w.id))
    // snapshots written before free capacity existed have none
    this.vrijePlaatsen[slot] = doc.vrijePlaatsen ?? 0
    this.labels.soortZorg.set(doc.soortZorg.code, label(doc.soortZorg))
    for (const z of doc.zachteInformatie) this.labels.zachteInformatie.set(z.code, label(z))
    for (const d of doelgroepen) this.labels.doelgroep.set(d.code, { naam: d.naam, icoon: '' })
    this.sortName[slot] = normalizeName(doc.naam)
    const fv = this.facetValues
    this.slotFacets[slot] = {
      soortZorg: fv.soortZorg.id(doc.soortZorg.code),
      plaats: fv.plaats.id(doc.adres.plaats),
      organisatieType: fv.organisatieType.id(doc.organisatie.type),
      zachteInformatie: [...(this.zachteCodes[slot] ?? [])].map((c) => fv.zachteInformatie.id(c)),
      doelgroep: [...(this.doelgroepCodes[slot] ?? [])].map((c) => fv.doelgroep.id(c)),
    }
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
    this.doelgroepCodes[slot] = new Set()
    this.woonplaatsIds[slot] = new Set()
    this.vrijePlaatsen[slot] = 0
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
