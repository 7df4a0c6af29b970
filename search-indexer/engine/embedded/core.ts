/**
 * The in-memory search index of the embedded engine (ADR 0015): our own inverted index for text
 * (prefix, one typo, BM25-like score), one bitset per facet value for filters and disjunctive
 * facet counts, and typed columns for the map point, score and name order. It holds no
 * documents: a search answers slots and the caller reads the page's documents from the store.
 *
 * Every method is synchronous except `build`, so a change applied with `apply` is atomic for a
 * search on the same thread.
 */
import type { GazetteerEntry } from '../../contract'
import {
  WAARDERING_DREMPELS,
  type FacetLabel,
  type FacetName,
  type LabelledFacet,
  type MapPoint,
  type SearchQuery,
  type SearchResult,
} from '../port'
import { boundingBox, haversineKm, roundKm } from '../shared/geo'
import {
  activeFilter,
  DISJUNCTIVE_FACETS,
  effectiveSort,
  emptyFacets,
  emptyLabels,
  LABELLED_FACETS,
  normalizePaging,
  type DisjunctiveFacet,
} from '../shared/results'
import { isStopwoord, woordSynoniemen } from '../shared/taal'
import { gazetteerNames, normalizeName, rankByName, tokenize } from '../shared/text'
import {
  clearBit,
  countAnd,
  forEachSlot,
  grow,
  nonZeroWords,
  popcount32,
  setBit,
  wordsFor,
  type Bits,
} from './bitset'
import { VALUE_DIMENSIONS, type IndexFields, type ValueDimension } from './fields'
import { TextIndex } from './text-index'

/** Terms of at least this length get one typo. */
export const TYPO_MIN_LENGTH = 4
/** Weight per kind of word match. */
const WEIGHT = { exact: 2, synonym: 1.8, prefix: 1, typo: 0.6 }
const MAX_QUERY_TOKENS = 8

export interface BuildOptions {
  /** yield to the event loop every n documents while building (default 1000) */
  yieldEvery?: number
}

/** One hit of the index: the document id, and its distance when the query had a point. */
export interface IndexHit {
  id: string
  afstandKm?: number
}

export type IndexResult = Omit<SearchResult, 'hits'> & { hits: IndexHit[] }

/** Facet values of the string dimensions, and the boolean ones, as bitsets. */
type BoolDimension = 'dagbesteding' | 'vrijePlaatsen'

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
  get(name: string): number | undefined {
    return this.ids.get(name)
  }
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

export class EmbeddedIndex {
  private capacity = 0
  private words = 1
  private readonly slotById = new Map<string, number>()
  private ids: (string | undefined)[] = []
  private readonly freeSlots: number[] = []
  private alive: Bits = new Uint32Array(1)
  private lat = new Float64Array(0)
  private lng = new Float64Array(0)
  private score = new Float32Array(0)
  private reviews = new Int32Array(0)
  private plaats = new Int32Array(0)
  private soortZorg = new Int32Array(0)
  private nameRank = new Int32Array(0)
  private sortNames: string[] = []
  private nameOrderDirty = true
  private readonly text = new TextIndex()
  private readonly plaatsen = new Interner()
  private readonly values: Record<ValueDimension, { interner: Interner; bits: Bits[] }> =
    Object.fromEntries(
      VALUE_DIMENSIONS.map((d) => [d, { interner: new Interner(), bits: [] }]),
    ) as never
  private readonly bools: Record<BoolDimension, Bits> = {
    dagbesteding: new Uint32Array(1),
    vrijePlaatsen: new Uint32Array(1),
  }
  /** woonplaats id → slots serving it */
  private readonly woonplaatsSlots = new Map<string, Set<number>>()
  private readonly slotWoonplaatsen: (string[] | undefined)[] = []
  /** per slot, dimension * 2^24 + value id of its values (to clear its bits on removal) */
  private readonly slotValues: (Int32Array | undefined)[] = []
  /** code → label per labelled facet, from the documents (last write wins) */
  private readonly labels: Record<LabelledFacet, Map<string, FacetLabel>> = Object.fromEntries(
    LABELLED_FACETS.map((f) => [f, new Map()]),
  ) as never
  private gazetteer: GazetteerEntry[] = []
  // per query scratch, indexed by slot
  private scratch: {
    scores: Float64Array
    counts: Int32Array
    stamp: Int32Array
    tokenStamp: Int32Array
    distance: Float64Array
    trueDistance: Float64Array
    gen: number
  } | null = null

  /** Build a new index, yielding to the event loop now and then (an old index keeps serving). */
  static async build(
    rows: Iterable<IndexFields> | AsyncIterable<IndexFields>,
    gazetteer: GazetteerEntry[],
    options: BuildOptions = {},
  ): Promise<EmbeddedIndex> {
    const yieldEvery = options.yieldEvery ?? 1000
    const index = new EmbeddedIndex()
    index.setGazetteer(gazetteer)
    let n = 0
    for await (const row of rows) {
      index.upsertOne(row)
      if (++n % yieldEvery === 0) await yieldToEventLoop()
    }
    index.warm()
    return index
  }

  /** Synchronous build, for tests and small sets. */
  static buildSync(rows: Iterable<IndexFields>, gazetteer: GazetteerEntry[]): EmbeddedIndex {
    const index = new EmbeddedIndex()
    index.setGazetteer(gazetteer)
    for (const row of rows) index.upsertOne(row)
    index.warm()
    return index
  }

  get size(): number {
    return this.slotById.size
  }

  has(id: string): boolean {
    return this.slotById.has(id)
  }

  /** Precompute what the first query would otherwise pay for (name order, term order). */
  warm(): void {
    this.nameOrder()
  }

  /** Apply upserts and deletes in one synchronous step. */
  apply(changes: { upsert?: Iterable<IndexFields>; delete?: Iterable<string> }): void {
    for (const id of changes.delete ?? []) this.removeOne(id)
    for (const row of changes.upsert ?? []) this.upsertOne(row)
  }

  setGazetteer(entries: GazetteerEntry[]): void {
    this.gazetteer = entries
  }

  /** Exact (normalised) name matches first, then names starting with it, then word prefixes. */
  findWoonplaatsen(naam: string, limit = 10): GazetteerEntry[] {
    return rankByName(naam, this.gazetteer, gazetteerNames, limit)
  }

  getGazetteer(): GazetteerEntry[] {
    return this.gazetteer
  }

  search(query: SearchQuery): IndexResult {
    const { page, perPage } = normalizePaging(query)
    const s = this.buffers()
    const W = this.words
    const sort = effectiveSort(query)

    // 1. the base set: text matches (scored), place, radius, and the AND filters
    const base = new Uint32Array(W)
    const tokens = queryTokens(query.text ?? '')
    const hasText = tokens.length > 0
    if (hasText) this.textSearch(tokens, base)
    else base.set(this.alive)

    if (query.woonplaatsId) andSlots(base, this.woonplaatsSlots.get(query.woonplaatsId))
    for (const code of new Set(query.zachteInformatie ?? [])) {
      andBits(base, this.valueBits('zachteInformatie', code))
    }
    const geo = query.geo ?? null
    if (geo) {
      const served = geo.servesWoonplaatsId
        ? this.woonplaatsSlots.get(geo.servesWoonplaatsId)
        : undefined
      const box = boundingBox(geo, Math.max(0, geo.radiusKm))
      const { lat, lng } = this
      for (let i = 0; i < W; i++) {
        let w = base[i]!
        if (w === 0) continue
        let keep = w
        while (w !== 0) {
          const t = w & -w
          w ^= t
          const slot = (i << 5) + (31 - Math.clz32(t))
          const y = lat[slot]!
          const x = lng[slot]!
          const serves = served?.has(slot) === true
          if (!serves && (y < box.minLat || y > box.maxLat || x < box.minLng || x > box.maxLng)) {
            keep &= ~t
            continue
          }
          const d = haversineKm(geo, { lat: y, lng: x })
          if (!serves && d > geo.radiusKm) {
            keep &= ~t
            continue
          }
          s.distance[slot] = serves ? 0 : d
          s.trueDistance[slot] = d
        }
        base[i] = keep
      }
    }

    // 2. the OR filters, each a bitset; the matches are base ∧ every filter
    const filters = new Map<DisjunctiveFacet, Bits>()
    for (const facet of Object.keys(DISJUNCTIVE_FACETS) as DisjunctiveFacet[]) {
      const active = activeFilter(query, facet)
      if (active !== null) filters.set(facet, this.filterBits(facet, active))
    }
    const matches = base.slice()
    for (const bits of filters.values()) andBits(matches, bits)

    // 3. facets: an OR dimension counts over base ∧ the other filters
    const without = (facet: FacetName): Bits => {
      if (!filters.has(facet as DisjunctiveFacet)) return matches
      const out = base.slice()
      for (const [other, bits] of filters) if (other !== facet) andBits(out, bits)
      return out
    }
    const facets = emptyFacets()
    const matchWords = new Int32Array(W)
    const nMatch = nonZeroWords(matches, matchWords)
    const wordList = new Int32Array(W)
    for (const dim of VALUE_DIMENSIONS) {
      const set = without(dim)
      const words = set === matches ? matchWords : wordList
      const n = set === matches ? nMatch : nonZeroWords(set, wordList)
      if (n === 0) continue
      const { interner, bits } = this.values[dim]
      const out = facets[dim]
      for (let v = 0; v < bits.length; v++) {
        const c = countAnd(set, bits[v]!, words, n)
        if (c > 0) out[interner.names[v]!] = c
      }
    }
    for (const dim of ['dagbesteding', 'vrijePlaatsen'] as const) {
      const set = without(dim)
      const n = nonZeroWords(set, wordList)
      const c = countAnd(set, this.bools[dim], wordList, n)
      if (c > 0) facets[dim].ja = c
    }
    const plaatsCounts = new Int32Array(this.plaatsen.names.length)
    forEachSlot(matches, (slot) => plaatsCounts[this.plaats[slot]!]!++)
    plaatsCounts.forEach((c, p) => {
      if (c > 0) facets.plaats[this.plaatsen.names[p]!] = c
    })
    const drempels = new Int32Array(WAARDERING_DREMPELS.length)
    forEachSlot(without('waardering'), (slot) => {
      const score = this.score[slot]!
      if (Number.isNaN(score)) return
      for (let t = 0; t < WAARDERING_DREMPELS.length; t++) {
        if (score >= WAARDERING_DREMPELS[t]!) drempels[t]!++
      }
    })
    drempels.forEach((c, t) => {
      if (c > 0) facets.waardering[String(WAARDERING_DREMPELS[t])] = c
    })

    // 4. the page: the best `start + perPage` matches in the query's order
    const hitSlots: number[] = []
    forEachSlot(matches, (slot) => hitSlots.push(slot))
    const total = hitSlots.length
    const rank = this.nameOrder()
    const { scores, distance, trueDistance } = s
    const byName = (a: number, b: number) => rank[a]! - rank[b]!
    const byDistance = (a: number, b: number) =>
      distance[a]! - distance[b]! || trueDistance[a]! - trueDistance[b]!
    const score = this.score
    const reviews = this.reviews
    const compare =
      sort === 'relevance' && hasText
        ? (a: number, b: number) =>
            scores[b]! - scores[a]! || (geo ? byDistance(a, b) : 0) || byName(a, b)
        : sort === 'distance' && geo
          ? (a: number, b: number) => byDistance(a, b) || byName(a, b)
          : sort === 'rating'
            ? (a: number, b: number) => {
                const x = score[a]!
                const y = score[b]!
                const nx = Number.isNaN(x)
                const ny = Number.isNaN(y)
                if (nx !== ny) return nx ? 1 : -1
                return (nx ? 0 : y - x) || reviews[b]! - reviews[a]! || byName(a, b)
              }
            : byName
    const start = (page - 1) * perPage
    const top = topK(hitSlots, start + perPage, compare).slice(start)
    const hits: IndexHit[] = top.map((slot) =>
      geo ? { id: this.ids[slot]!, afstandKm: roundKm(distance[slot]!) } : { id: this.ids[slot]! },
    )

    const labels = emptyLabels()
    const asked: Partial<Record<LabelledFacet, readonly string[] | undefined>> = {
      soortZorg: query.soortZorg,
      zachteInformatie: query.zachteInformatie,
      doelgroep: query.doelgroep,
      sector: query.sector,
      zorgprofiel: query.zorgprofiel,
      leveringsvorm: query.leveringsvorm,
    }
    for (const kind of LABELLED_FACETS) {
      for (const code of [...Object.keys(facets[kind]), ...(asked[kind] ?? [])]) {
        const label = this.labels[kind].get(code)
        if (label) labels[kind][code] = label
      }
    }

    const result: IndexResult = { total, hits, facets, labels }
    if (query.withPoints) {
      const soort = this.values.soortZorg.interner.names
      result.points = hitSlots.map((slot): MapPoint => [
        this.ids[slot]!,
        this.lat[slot]!,
        this.lng[slot]!,
        soort[this.soortZorg[slot]!] ?? '',
      ])
    }
    return result
  }

  /**
   * Sets `out` to the slots matching every token (in any field) and leaves their scores in the
   * scratch buffer. A token matches itself, words starting with it, its synonyms and (4+
   * letters) words one edit away; a stop word that is not the last token may be missing.
   */
  private textSearch(tokens: string[], out: Bits): void {
    const s = this.buffers()
    const gen = ++s.gen
    const { scores, counts, stamp, tokenStamp } = s
    const docs = Math.max(1, this.size)
    const touched: number[] = []
    let required = 0
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t]!
      const optional = t < tokens.length - 1 && isStopwoord(token) && tokens.length > 1
      const tokenId = gen * MAX_QUERY_TOKENS + t
      const mustHave = required
      let matched = false
      const visit = (slot: number, value: number) => {
        if (stamp[slot] !== gen) {
          // from the second required token on, only slots that matched every earlier one
          if (mustHave > 0) return
          stamp[slot] = gen
          scores[slot] = 0
          counts[slot] = 0
          touched.push(slot)
        } else if (counts[slot]! < mustHave && tokenStamp[slot] !== tokenId) {
          return
        }
        scores[slot]! += value
        if (tokenStamp[slot] !== tokenId) {
          tokenStamp[slot] = tokenId
          if (!optional) counts[slot]!++
        }
      }
      const seen = new Set<number>()
      const take = (id: number, weight: number) => {
        if (seen.has(id)) return
        seen.add(id)
        if (this.text.score(id, weight, docs, visit)) matched = true
      }
      // optional stop words only add to the score of slots that already match
      const scoreOnly = optional
      if (scoreOnly && mustHave === 0) continue
      this.text.matchWords(token, TYPO_MIN_LENGTH, (id, kind) => {
        if (kind !== 'typo') take(id, kind === 'exact' ? WEIGHT.exact : WEIGHT.prefix)
      })
      for (const synonym of woordSynoniemen.get(token) ?? []) {
        const id = this.text.lookup(synonym)
        if (id !== undefined) take(id, WEIGHT.synonym)
      }
      this.text.matchWords(token, TYPO_MIN_LENGTH, (id, kind) => {
        if (kind === 'typo') take(id, WEIGHT.typo)
      })
      if (optional) continue
      if (!matched) return // a required word matches nothing: no results
      required++
    }
    for (const slot of touched) {
      if (counts[slot] === required && required > 0 && this.ids[slot] !== undefined) {
        setBit(out, slot)
      }
    }
  }

  private filterBits(facet: DisjunctiveFacet, active: string[] | number | true): Bits {
    const W = this.words
    if (facet === 'dagbesteding' || facet === 'vrijePlaatsen') return this.bools[facet]
    if (facet === 'waardering') {
      const min = typeof active === 'number' ? active : 0
      const out = new Uint32Array(W)
      forEachSlot(this.alive, (slot) => {
        if (this.score[slot]! >= min) setBit(out, slot)
      })
      return out
    }
    const out = new Uint32Array(W)
    for (const code of Array.isArray(active) ? new Set(active) : []) {
      const bits = this.valueBits(facet, code)
      if (bits) for (let i = 0; i < W; i++) out[i]! |= bits[i]!
    }
    return out
  }

  private valueBits(dim: ValueDimension, code: string): Bits | undefined {
    const { interner, bits } = this.values[dim]
    const id = interner.get(code)
    return id === undefined ? undefined : bits[id]
  }

  private buffers() {
    const size = this.capacity
    if (!this.scratch || this.scratch.scores.length < size) {
      const n = Math.max(1024, size)
      this.scratch = {
        scores: new Float64Array(n),
        counts: new Int32Array(n),
        stamp: new Int32Array(n),
        tokenStamp: new Int32Array(n),
        distance: new Float64Array(n),
        trueDistance: new Float64Array(n),
        gen: 0,
      }
    }
    if (this.scratch.gen > 200_000_000) {
      this.scratch.gen = 0
      this.scratch.stamp.fill(0)
      this.scratch.tokenStamp.fill(0)
    }
    return this.scratch
  }

  private ensureCapacity(slot: number): void {
    if (slot < this.capacity) return
    const size = Math.max(1024, this.capacity * 2, slot + 1)
    const words = wordsFor(size)
    const f64 = (old: Float64Array) => {
      const next = new Float64Array(size)
      next.set(old)
      return next
    }
    const i32 = (old: Int32Array) => {
      const next = new Int32Array(size)
      next.set(old)
      return next
    }
    this.lat = f64(this.lat)
    this.lng = f64(this.lng)
    const score = new Float32Array(size).fill(NaN)
    score.set(this.score)
    this.score = score
    this.reviews = i32(this.reviews)
    this.plaats = i32(this.plaats)
    this.soortZorg = i32(this.soortZorg)
    this.nameRank = i32(this.nameRank)
    this.alive = grow(this.alive, words)
    for (const dim of VALUE_DIMENSIONS) {
      const v = this.values[dim]
      v.bits = v.bits.map((b) => grow(b, words))
    }
    this.bools.dagbesteding = grow(this.bools.dagbesteding, words)
    this.bools.vrijePlaatsen = grow(this.bools.vrijePlaatsen, words)
    this.capacity = size
    this.words = words
  }

  private upsertOne(row: IndexFields): void {
    this.removeOne(row.id)
    const slot = this.freeSlots.pop() ?? this.ids.length
    this.ensureCapacity(slot)
    this.slotById.set(row.id, slot)
    this.ids[slot] = row.id
    setBit(this.alive, slot)
    this.text.add(slot, row.text)
    this.lat[slot] = row.lat
    this.lng[slot] = row.lng
    this.score[slot] = row.score ?? NaN
    this.reviews[slot] = row.reviews
    this.plaats[slot] = this.plaatsen.id(row.plaats)
    const entries: number[] = []
    VALUE_DIMENSIONS.forEach((dim, d) => {
      const v = this.values[dim]
      for (const code of new Set(row.values[dim] ?? [])) {
        const id = v.interner.id(code)
        const bits = (v.bits[id] ??= new Uint32Array(this.words))
        setBit(bits, slot)
        entries.push(d * 0x1000000 + id)
      }
    })
    this.slotValues[slot] = Int32Array.from(entries)
    this.soortZorg[slot] = this.values.soortZorg.interner.get(row.values.soortZorg[0] ?? '') ?? 0
    if (row.dagbesteding) setBit(this.bools.dagbesteding, slot)
    if (row.vrijePlaatsen > 0) setBit(this.bools.vrijePlaatsen, slot)
    for (const id of row.woonplaatsIds) {
      let set = this.woonplaatsSlots.get(id)
      if (!set) this.woonplaatsSlots.set(id, (set = new Set()))
      set.add(slot)
    }
    this.slotWoonplaatsen[slot] = row.woonplaatsIds
    for (const kind of LABELLED_FACETS) {
      for (const [code, label] of Object.entries(row.labels[kind] ?? {})) {
        this.labels[kind].set(code, label)
      }
    }
    this.sortNames[slot] = normalizeName(row.text.naam)
    this.nameOrderDirty = true
  }

  private removeOne(id: string): void {
    const slot = this.slotById.get(id)
    if (slot === undefined) return
    this.slotById.delete(id)
    this.ids[slot] = undefined
    clearBit(this.alive, slot)
    this.text.remove(slot)
    for (const entry of this.slotValues[slot] ?? []) {
      const dim = VALUE_DIMENSIONS[Math.floor(entry / 0x1000000)]!
      const bits = this.values[dim].bits[entry % 0x1000000]
      if (bits) clearBit(bits, slot)
    }
    this.slotValues[slot] = undefined
    clearBit(this.bools.dagbesteding, slot)
    clearBit(this.bools.vrijePlaatsen, slot)
    for (const w of this.slotWoonplaatsen[slot] ?? []) this.woonplaatsSlots.get(w)?.delete(slot)
    this.slotWoonplaatsen[slot] = undefined
    this.score[slot] = NaN
    this.sortNames[slot] = ''
    this.freeSlots.push(slot)
    this.nameOrderDirty = true
  }

  /** Rank of each slot by normalised name (then slot); recomputed lazily after changes. */
  private nameOrder(): Int32Array {
    if (!this.nameOrderDirty) return this.nameRank
    const live: number[] = []
    forEachSlot(this.alive, (slot) => live.push(slot))
    const names = this.sortNames
    live.sort((a, b) => {
      const x = names[a]!
      const y = names[b]!
      return x < y ? -1 : x > y ? 1 : a - b
    })
    const rank = this.nameRank
    live.forEach((slot, i) => {
      rank[slot] = i
    })
    this.nameOrderDirty = false
    return rank
  }
}

/** Normalised query words, at most 8. */
const queryTokens = (text: string): string[] => tokenize(text).slice(0, MAX_QUERY_TOKENS)

const andBits = (target: Bits, bits: Bits | undefined): void => {
  if (!bits) {
    target.fill(0)
    return
  }
  for (let i = 0; i < target.length; i++) target[i]! &= bits[i] ?? 0
}

const andSlots = (target: Bits, slots: Set<number> | undefined): void => {
  const keep = new Uint32Array(target.length)
  for (const slot of slots ?? []) setBit(keep, slot)
  andBits(target, keep)
}

/** For tests: the number of set bits. */
export const bitCount = (bits: Bits): number => bits.reduce((n, w) => n + popcount32(w), 0)

/**
 * The k best items by `compare` (ascending), sorted. A bounded max-heap, so a first page over
 * 40k matches costs O(n log k) instead of a full sort.
 */
export const topK = (
  items: number[],
  k: number,
  compare: (a: number, b: number) => number,
): number[] => {
  const n = items.length
  if (k <= 0 || n === 0) return []
  if (k >= n / 4) return items.slice().sort(compare).slice(0, k)
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
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item)
      siftUp(heap.length - 1)
    } else if (compare(item, heap[0]!) < 0) {
      heap[0] = item
      siftDown(0)
    }
  }
  return heap.sort(compare)
}
