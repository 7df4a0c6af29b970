/**
 * The in-memory search index of the embedded engine (ADR 0016): our own inverted index for text
 * (prefix, one typo, BM25-like score), one bitset per facet value for filters and disjunctive
 * facet counts, and typed columns for the map point, score and name order. It holds no
 * documents: a search answers slots and the caller reads the page's documents from the store.
 *
 * What makes a search fast (ADR 0016, "Speed"): facet values counted by table popcount or slot
 * by slot, whichever is cheaper for the set; the first word's matches and scores cached until
 * the next change; name order walked instead of sorted; a radius narrowed to latitude bands.
 * Every such shortcut gives the answer the plain computation gives (`npm run bench:engine`
 * checks it against an older core).
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
import { boundingBox, cosLatitude, haversineKmCos, roundKm } from '../shared/geo'
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
  countAndAll,
  countWords,
  forEachSlot,
  grow,
  nonZeroWords,
  popcount32,
  setBit,
  wordsFor,
  type Bits,
} from './bitset'
import { FacetMatrix } from './facet-count'
import { VALUE_DIMENSIONS, type IndexFields, type ValueDimension } from './fields'
import { TextIndex } from './text-index'

/** Terms of at least this length get one typo. */
export const TYPO_MIN_LENGTH = 4
/** Weight per kind of word match. */
const WEIGHT = { exact: 2, synonym: 1.8, prefix: 1, typo: 0.6 }
const MAX_QUERY_TOKENS = 8
/**
 * Bounds of the per-token cache (matching slots and summed scores of the first word of a query):
 * at most this many words and slots in all (12 bytes a slot: about 12 MB when full).
 */
export const TOKEN_CACHE = { maxTokens: 256, maxSlots: 1_000_000 }
/**
 * Counting facets slot by slot costs about this many times an AND and popcount of one word, per
 * value of a slot (a micro-benchmark over 40,000 slots with 26 values each); see `countValues`.
 */
const SLOT_COUNT_COST = 1.5
/**
 * Counting every word in WebAssembly (facet-count.ts) costs about this many times the same
 * JavaScript AND and popcount of one word (0.09 against 0.46 ms for 155 values over 1,250 words).
 */
const WASM_WORD_COST = 0.25

/** The slots one query word matches and their summed scores, in the same order. */
interface TokenMatches {
  slots: Int32Array
  sums: Float64Array
}

export interface IndexOptions {
  /** bounds of the first-word cache (default `TOKEN_CACHE`; `maxTokens: 0` turns it off) */
  tokenCache?: { maxTokens: number; maxSlots: number }
  /** dense facet counts in WebAssembly when it has SIMD (default true; false: JavaScript only) */
  wasm?: boolean
}

export interface BuildOptions extends IndexOptions {
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
  /** cos(latitude) per slot, for the distance (see `haversineKmCos`) */
  private cosLat = new Float64Array(0)
  private score = new Float32Array(0)
  private reviews = new Int32Array(0)
  private plaats = new Int32Array(0)
  private soortZorg = new Int32Array(0)
  private nameRank = new Int32Array(0)
  private sortNames: string[] = []
  /** the name as written, for the map points */
  private names: string[] = []
  private nameOrderDirty = true
  /** the live slots in name order (see `nameOrder`) */
  private byNameOrder = new Int32Array(0)
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
  /** per threshold of `WAARDERING_DREMPELS`: the slots rated at least that */
  private atLeast: Bits[] = WAARDERING_DREMPELS.map(() => new Uint32Array(1))
  /** band of latitude (`latCell`) → the slots in it, to narrow a radius search quickly */
  private readonly latCells = new Map<number, Bits>()
  /** woonplaats id → slots serving it */
  private readonly woonplaatsSlots = new Map<string, Set<number>>()
  private readonly slotWoonplaatsen: (string[] | undefined)[] = []
  /** per slot, dimension * 2^24 + value id of its values (to clear its bits on removal) */
  private readonly slotValues: (readonly number[] | undefined)[] = []
  /** the number of entries in `slotValues`, all slots together */
  private valueEntries = 0
  /** `slotValues` as one flat table (see `slotValueTable`); null after a change */
  private valueTable: {
    offsets: Int32Array
    entries: Int32Array
    dimBase: Int32Array
    counts: Int32Array
  } | null = null
  /** the value bitsets in WebAssembly memory, for dense counts; null without WebAssembly SIMD */
  private readonly matrix: FacetMatrix | null
  /** has `matrix` the value bitsets of now (false after a change) */
  private matrixLoaded = false
  /** code → label per labelled facet, from the documents (last write wins) */
  private readonly labels: Record<LabelledFacet, Map<string, FacetLabel>> = Object.fromEntries(
    LABELLED_FACETS.map((f) => [f, new Map()]),
  ) as never
  private gazetteer: GazetteerEntry[] = []
  /** token → its matches (see `firstToken`), least recently used first; cleared on any change */
  private readonly tokenCache = new Map<string, TokenMatches>()
  private tokenCacheSlots = 0
  private readonly tokenCacheLimits: { maxTokens: number; maxSlots: number }
  // per query scratch, indexed by slot
  private scratch: {
    scores: Float64Array
    counts: Int32Array
    stamp: Int32Array
    tokenStamp: Int32Array
    distance: Float64Array
    trueDistance: Float64Array
    /** a list of slots (the matches of a token, the hits of a query) */
    slotList: Int32Array
    /** a query's base set and matches, and a list of word indexes (one word per 32 slots) */
    base: Uint32Array
    matches: Uint32Array
    wordList: Int32Array
    gen: number
  } | null = null

  /** Build a new index, yielding to the event loop now and then (an old index keeps serving). */
  static async build(
    rows: Iterable<IndexFields> | AsyncIterable<IndexFields>,
    gazetteer: GazetteerEntry[],
    options: BuildOptions = {},
  ): Promise<EmbeddedIndex> {
    const yieldEvery = options.yieldEvery ?? 1000
    const index = new EmbeddedIndex(options)
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
  static buildSync(
    rows: Iterable<IndexFields>,
    gazetteer: GazetteerEntry[],
    options: IndexOptions = {},
  ): EmbeddedIndex {
    const index = new EmbeddedIndex(options)
    index.setGazetteer(gazetteer)
    for (const row of rows) index.upsertOne(row)
    index.warm()
    return index
  }

  private constructor(options: IndexOptions = {}) {
    this.tokenCacheLimits = options.tokenCache ?? TOKEN_CACHE
    this.matrix = options.wasm === false ? null : FacetMatrix.create()
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
    this.slotValueTable()
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
    // the words holding slots in use: capacity grows by doubling, so up to half are empty
    const W = wordsFor(this.ids.length)
    const sort = effectiveSort(query)

    // 1. the base set: text matches (scored), place, radius, and the AND filters
    // per-query sets over the words in use, reused from query to query (no garbage)
    const base = s.base.subarray(0, W)
    base.fill(0)
    const tokens = queryTokens(query.text ?? '')
    const hasText = tokens.length > 0
    if (hasText) this.textSearch(tokens, base)
    else base.set(this.alive.subarray(0, W))

    if (query.woonplaatsId) andSlots(base, this.woonplaatsSlots.get(query.woonplaatsId))
    for (const code of new Set(query.zachteInformatie ?? [])) {
      andBits(base, this.valueBits('zachteInformatie', code))
    }
    const geo = query.geo ?? null
    if (geo) {
      // the slots serving the woonplaats are in at distance 0, wherever they are
      const served = new Uint32Array(W)
      if (geo.servesWoonplaatsId) {
        for (const slot of this.woonplaatsSlots.get(geo.servesWoonplaatsId) ?? []) {
          setBit(served, slot)
        }
      }
      const box = boundingBox(geo, Math.max(0, geo.radiusKm))
      // only slots in the box's band of latitude (or serving the woonplaats) can be in
      const from = latCell(box.minLat)
      const to = latCell(box.maxLat)
      if (Number.isFinite(from) && Number.isFinite(to)) {
        const band = served.slice()
        for (const [cell, bits] of this.latCells) {
          // a point without a finite latitude is left to the checks below
          if ((cell >= from && cell <= to) || !Number.isFinite(cell)) orBits(band, bits)
        }
        andBits(base, band)
      }
      const { lat, lng, cosLat } = this
      const cosCenter = cosLatitude(geo.lat)
      for (let i = 0; i < W; i++) {
        let w = base[i]!
        if (w === 0) continue
        let keep = w
        const servedWord = served[i]!
        while (w !== 0) {
          const t = w & -w
          w ^= t
          const slot = (i << 5) + (31 - Math.clz32(t))
          const y = lat[slot]!
          const x = lng[slot]!
          const serves = (servedWord & t) !== 0
          if (!serves && (y < box.minLat || y > box.maxLat || x < box.minLng || x > box.maxLng)) {
            keep &= ~t
            continue
          }
          const d = haversineKmCos(geo, cosCenter, y, x, cosLat[slot]!)
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
    const matches = s.matches.subarray(0, W)
    matches.set(base)
    for (const bits of filters.values()) andBits(matches, bits)

    // 3. facets: an OR dimension counts over base ∧ the other filters
    const without = (facet: FacetName): Bits => {
      if (!filters.has(facet as DisjunctiveFacet)) return matches
      const out = base.slice()
      for (const [other, bits] of filters) if (other !== facet) andBits(out, bits)
      return out
    }
    const facets = emptyFacets()
    const wordList = s.wordList.subarray(0, W)
    const bySet = new Map<Bits, ValueDimension[]>()
    for (const dim of VALUE_DIMENSIONS) {
      const set = without(dim)
      const dims = bySet.get(set)
      if (dims) dims.push(dim)
      else bySet.set(set, [dim])
    }
    for (const [set, dims] of bySet) this.countValues(set, dims, facets, wordList)
    for (const dim of ['dagbesteding', 'vrijePlaatsen'] as const) {
      const set = without(dim)
      const n = nonZeroWords(set, wordList)
      const c = countAnd(set, this.bools[dim], wordList, n)
      if (c > 0) facets[dim].ja = c
    }
    const plaatsCounts = new Int32Array(this.plaatsen.names.length)
    const plaats = this.plaats
    for (let i = 0; i < W; i++) {
      let w = matches[i]!
      while (w !== 0) {
        const t = w & -w
        w ^= t
        plaatsCounts[plaats[(i << 5) + (31 - Math.clz32(t))]!]!++
      }
    }
    plaatsCounts.forEach((c, p) => {
      if (c > 0) facets.plaats[this.plaatsen.names[p]!] = c
    })
    {
      const set = without('waardering')
      const n = nonZeroWords(set, wordList)
      WAARDERING_DREMPELS.forEach((drempel, t) => {
        const c = countAnd(set, this.atLeast[t]!, wordList, n)
        if (c > 0) facets.waardering[String(drempel)] = c
      })
    }

    // 4. the page: the best `start + perPage` matches in the query's order
    const hitSlots = s.slotList
    let total = 0
    for (let i = 0; i < W; i++) {
      let w = matches[i]!
      while (w !== 0) {
        const t = w & -w
        w ^= t
        hitSlots[total++] = (i << 5) + (31 - Math.clz32(t))
      }
    }
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
    const need = start + perPage
    // in name order with many matches: walk the slots in that order until the page is full
    // (about need × slots / matches steps) instead of choosing among every match
    const top =
      compare === byName && need * (this.size / Math.max(1, total)) < total
        ? this.firstInNameOrder(matches, need).slice(start)
        : topK(hitSlots.subarray(0, total), need, compare).slice(start)
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
      result.points = Array.from(hitSlots.subarray(0, total), (slot): MapPoint => [
        this.ids[slot]!,
        this.lat[slot]!,
        this.lng[slot]!,
        soort[this.soortZorg[slot]!] ?? '',
        this.names[slot] ?? '',
      ])
    }
    return result
  }

  /**
   * Sets `out` to the slots matching every token (in any field) and leaves their scores in the
   * scratch buffer. A token matches itself, words starting with it, its synonyms and (4+
   * letters) words one edit away; a stop word that is not the last token may be missing.
   *
   * The first required token decides the candidates: its slots and scores come from the token
   * cache (see `firstToken`); later tokens only add to candidates that matched every earlier one.
   */
  private textSearch(tokens: string[], out: Bits): void {
    const s = this.buffers()
    const docs = Math.max(1, this.size)
    // optional stop words before the first required word add nothing: no slot matches yet
    let t = 0
    while (t < tokens.length && this.optionalToken(tokens, t)) t++
    if (t === tokens.length) return
    const first = this.firstToken(tokens[t]!, docs)
    if (first.slots.length === 0) return // a required word matches nothing: no results
    const gen = ++s.gen
    const { scores, counts, stamp, tokenStamp } = s
    {
      const { slots, sums } = first
      const tokenId = gen * MAX_QUERY_TOKENS + t
      for (let i = 0; i < slots.length; i++) {
        const slot = slots[i]!
        stamp[slot] = gen
        scores[slot] = sums[i]!
        counts[slot] = 1
        tokenStamp[slot] = tokenId
      }
    }
    let required = 1
    for (t++; t < tokens.length; t++) {
      const token = tokens[t]!
      const optional = this.optionalToken(tokens, t)
      const tokenId = gen * MAX_QUERY_TOKENS + t
      const mustHave = required
      let matched = false
      for (const [id, weight] of this.expand(token)) {
        const any = this.text.fieldPostings(
          id,
          weight,
          docs,
          (list, base, k1, k2, lengths, avg) => {
            for (let i = 0; i < list.length; i++) {
              const slot = list[i]!
              // only slots that matched every earlier required token
              if (stamp[slot] !== gen) continue
              if (tokenStamp[slot] !== tokenId) {
                if (counts[slot]! < mustHave) continue
                tokenStamp[slot] = tokenId
                if (!optional) counts[slot]!++
              }
              scores[slot]! += base / (1 + k1 + k2 * (lengths[slot] ?? avg))
            }
          },
        )
        if (any) matched = true
      }
      // optional stop words only add to the score of slots that already match
      if (optional) continue
      if (!matched) return // a required word matches nothing: no results
      required++
    }
    const { slots } = first
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i]!
      if (counts[slot] === required && this.ids[slot] !== undefined) setBit(out, slot)
    }
  }

  /** A stop word that is not the last of several words may be missing. */
  private optionalToken(tokens: string[], t: number): boolean {
    return t < tokens.length - 1 && isStopwoord(tokens[t]!) && tokens.length > 1
  }

  /**
   * The words a token matches, each once with its weight, in scoring order: itself and the words
   * starting with it (in term order), its synonyms, then (4+ letters) the words one edit away.
   */
  private expand(token: string): [number, number][] {
    const out: [number, number][] = []
    const seen = new Set<number>()
    const typos: number[] = []
    const take = (id: number, weight: number) => {
      if (seen.has(id)) return
      seen.add(id)
      out.push([id, weight])
    }
    this.text.matchWords(token, TYPO_MIN_LENGTH, (id, kind) => {
      if (kind === 'typo') typos.push(id)
      else take(id, kind === 'exact' ? WEIGHT.exact : WEIGHT.prefix)
    })
    for (const synonym of woordSynoniemen.get(token) ?? []) {
      const id = this.text.lookup(synonym)
      if (id !== undefined) take(id, WEIGHT.synonym)
    }
    for (const id of typos) take(id, WEIGHT.typo)
    return out
  }

  /**
   * The slots matching one token and their summed scores (each slot's matches added in scoring
   * order, starting from 0, so a query that starts with this token scores exactly as if it
   * summed them itself). Kept in a small cache until the index changes: a one or two letter
   * prefix expands to many words with tens of thousands of postings, and is typed often.
   */
  private firstToken(token: string, docs: number): TokenMatches {
    const cache = this.tokenCache
    const cached = cache.get(token)
    if (cached) {
      cache.delete(token)
      cache.set(token, cached)
      return cached
    }
    const s = this.buffers()
    const gen = ++s.gen
    const { scores, stamp, slotList } = s
    let n = 0
    for (const [id, weight] of this.expand(token)) {
      this.text.fieldPostings(id, weight, docs, (list, base, k1, k2, lengths, avg) => {
        for (let i = 0; i < list.length; i++) {
          const slot = list[i]!
          if (stamp[slot] !== gen) {
            stamp[slot] = gen
            scores[slot] = 0
            slotList[n++] = slot
          }
          scores[slot]! += base / (1 + k1 + k2 * (lengths[slot] ?? avg))
        }
      })
    }
    const slots = slotList.slice(0, n)
    const sums = new Float64Array(n)
    for (let i = 0; i < n; i++) sums[i] = scores[slots[i]!]!
    const entry = { slots, sums }
    const { maxTokens, maxSlots } = this.tokenCacheLimits
    if (maxTokens > 0 && n <= maxSlots) {
      this.tokenCacheSlots += n
      cache.set(token, entry)
      for (const [key, old] of cache) {
        if (cache.size <= maxTokens && this.tokenCacheSlots <= maxSlots) break
        cache.delete(key)
        this.tokenCacheSlots -= old.slots.length
      }
    }
    return entry
  }

  private clearTokenCache(): void {
    this.tokenCache.clear()
    this.tokenCacheSlots = 0
  }

  /**
   * The count of every value of `dims` over `set`, into `facets` (values in id order, zero counts
   * left out). Two ways to the same counts, whichever is cheaper for this set: a popcount of the
   * set AND each value's bitset (values × non-zero words of the set), or one pass over the set's
   * slots adding up each slot's values (slots × values per slot) — the second for a narrow set
   * (a text search, a place, a rare filter), the first for a broad one.
   */
  private countValues(
    set: Bits,
    dims: readonly ValueDimension[],
    facets: IndexResult['facets'],
    wordList: Int32Array,
  ): void {
    const n = nonZeroWords(set, wordList)
    if (n === 0) return
    // every word in WebAssembly, or the non-zero words in JavaScript
    const wasm = this.matrix !== null && WASM_WORD_COST * set.length < n
    const wordCost = wasm ? WASM_WORD_COST * set.length : n
    let bitCost = 0
    for (const dim of dims) bitCost += this.values[dim].bits.length * wordCost
    const perSlot = this.valueEntries / Math.max(1, this.size)
    const slotCost = countWords(set, wordList, n) * perSlot * SLOT_COUNT_COST
    if (bitCost <= slotCost && wasm) {
      const { dimBase, counts } = this.slotValueTable()
      const matrix = this.loadedMatrix(set.length)
      matrix.setSet(set)
      for (const dim of dims) {
        const d = VALUE_DIMENSIONS.indexOf(dim)
        matrix.count(dimBase[d]!, dimBase[d + 1]! - dimBase[d]!, counts)
      }
      this.takeCounts(dims, counts, facets)
      return
    }
    if (bitCost <= slotCost) {
      const dense = n > set.length / 2
      for (const dim of dims) {
        const { interner, bits } = this.values[dim]
        const out = facets[dim]
        for (let v = 0; v < bits.length; v++) {
          const c = dense ? countAndAll(set, bits[v]!) : countAnd(set, bits[v]!, wordList, n)
          if (c > 0) out[interner.names[v]!] = c
        }
      }
      return
    }
    const { offsets, entries, counts } = this.slotValueTable()
    counts.fill(0)
    for (let k = 0; k < n; k++) {
      const i = wordList[k]!
      let w = set[i]!
      while (w !== 0) {
        const t = w & -w
        w ^= t
        const slot = (i << 5) + (31 - Math.clz32(t))
        for (let e = offsets[slot]!, end = offsets[slot + 1]!; e < end; e++) counts[entries[e]!]!++
      }
    }
    this.takeCounts(dims, counts, facets)
  }

  /** The non-zero counts of `dims` (by `dimBase` + value id in `counts`) into `facets`. */
  private takeCounts(
    dims: readonly ValueDimension[],
    counts: Int32Array,
    facets: IndexResult['facets'],
  ): void {
    const { dimBase } = this.slotValueTable()
    for (const dim of dims) {
      const { names } = this.values[dim].interner
      const from = dimBase[VALUE_DIMENSIONS.indexOf(dim)]!
      const out = facets[dim]
      for (let v = 0; v < names.length; v++) {
        const c = counts[from + v]!
        if (c > 0) out[names[v]!] = c
      }
    }
  }

  /** `matrix` with every value bitset of now, in `dimBase` order (loaded again after a change). */
  private loadedMatrix(words: number): FacetMatrix {
    const matrix = this.matrix!
    if (!this.matrixLoaded) {
      matrix.load(
        VALUE_DIMENSIONS.flatMap((dim) => this.values[dim].bits),
        words,
      )
      this.matrixLoaded = true
    }
    return matrix
  }

  /**
   * Every slot's facet values in one flat array (slot `s` has `entries[offsets[s] ..
   * offsets[s + 1]]`, each `dimBase[dimension] + value id`): counting a narrow set reads memory
   * in order instead of one small array per slot. Rebuilt after changes (`warm`, or the first
   * search that needs it).
   */
  private slotValueTable() {
    if (this.valueTable) return this.valueTable
    const dimBase = new Int32Array(VALUE_DIMENSIONS.length + 1)
    VALUE_DIMENSIONS.forEach((dim, d) => {
      dimBase[d + 1] = dimBase[d]! + this.values[dim].interner.names.length
    })
    const slots = this.ids.length
    const offsets = new Int32Array(slots + 1)
    const entries = new Int32Array(this.valueEntries)
    let at = 0
    for (let slot = 0; slot < slots; slot++) {
      offsets[slot] = at
      for (const entry of this.slotValues[slot] ?? []) {
        entries[at++] = dimBase[entry >>> 24]! + (entry & 0xffffff)
      }
    }
    offsets[slots] = at
    this.valueTable = {
      offsets,
      entries,
      dimBase,
      counts: new Int32Array(dimBase[VALUE_DIMENSIONS.length]!),
    }
    return this.valueTable
  }

  private filterBits(facet: DisjunctiveFacet, active: string[] | number | true): Bits {
    const W = this.words
    if (facet === 'dagbesteding' || facet === 'vrijePlaatsen') return this.bools[facet]
    if (facet === 'waardering') {
      const min = typeof active === 'number' ? active : 0
      const t = WAARDERING_DREMPELS.findIndex((drempel) => drempel === min)
      if (t >= 0) return this.atLeast[t]!
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
        slotList: new Int32Array(n),
        base: new Uint32Array(wordsFor(n)),
        matches: new Uint32Array(wordsFor(n)),
        wordList: new Int32Array(wordsFor(n)),
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
    this.cosLat = f64(this.cosLat)
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
    this.atLeast = this.atLeast.map((b) => grow(b, words))
    for (const [cell, bits] of this.latCells) this.latCells.set(cell, grow(bits, words))
    this.capacity = size
    this.words = words
  }

  private upsertOne(row: IndexFields): void {
    this.removeOne(row.id)
    this.clearTokenCache()
    this.valueTable = null
    this.matrixLoaded = false
    const slot = this.freeSlots.pop() ?? this.ids.length
    this.ensureCapacity(slot)
    this.slotById.set(row.id, slot)
    this.ids[slot] = row.id
    setBit(this.alive, slot)
    this.text.add(slot, row.text)
    this.lat[slot] = row.lat
    this.lng[slot] = row.lng
    this.cosLat[slot] = cosLatitude(row.lat)
    const cell = latCell(this.lat[slot]!)
    let band = this.latCells.get(cell)
    if (!band) this.latCells.set(cell, (band = new Uint32Array(this.words)))
    setBit(band, slot)
    this.score[slot] = row.score ?? NaN
    WAARDERING_DREMPELS.forEach((drempel, t) => {
      if (this.score[slot]! >= drempel) setBit(this.atLeast[t]!, slot)
    })
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
    this.slotValues[slot] = entries.slice() // exact length: a pushed array keeps spare room
    this.valueEntries += entries.length
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
    this.names[slot] = row.text.naam
    this.nameOrderDirty = true
  }

  private removeOne(id: string): void {
    const slot = this.slotById.get(id)
    if (slot === undefined) return
    this.clearTokenCache()
    this.valueTable = null
    this.matrixLoaded = false
    this.slotById.delete(id)
    this.ids[slot] = undefined
    clearBit(this.alive, slot)
    this.text.remove(slot)
    for (const entry of this.slotValues[slot] ?? []) {
      const dim = VALUE_DIMENSIONS[Math.floor(entry / 0x1000000)]!
      const bits = this.values[dim].bits[entry % 0x1000000]
      if (bits) clearBit(bits, slot)
    }
    this.valueEntries -= this.slotValues[slot]?.length ?? 0
    this.slotValues[slot] = undefined
    for (const bits of this.atLeast) clearBit(bits, slot)
    const band = this.latCells.get(latCell(this.lat[slot]!))
    if (band) clearBit(band, slot)
    clearBit(this.bools.dagbesteding, slot)
    clearBit(this.bools.vrijePlaatsen, slot)
    for (const w of this.slotWoonplaatsen[slot] ?? []) this.woonplaatsSlots.get(w)?.delete(slot)
    this.slotWoonplaatsen[slot] = undefined
    this.score[slot] = NaN
    this.sortNames[slot] = ''
    this.names[slot] = ''
    this.freeSlots.push(slot)
    this.nameOrderDirty = true
  }

  /** Rank of each slot by normalised name (then id); recomputed lazily after changes. */
  private nameOrder(): Int32Array {
    if (!this.nameOrderDirty) return this.nameRank
    const live: number[] = []
    forEachSlot(this.alive, (slot) => live.push(slot))
    const names = this.sortNames
    const ids = this.ids
    // equal names in id order: the order never depends on which slot a document happens to get
    live.sort((a, b) => {
      const x = names[a]!
      const y = names[b]!
      if (x !== y) return x < y ? -1 : 1
      const p = ids[a]!
      const q = ids[b]!
      return p < q ? -1 : p > q ? 1 : 0
    })
    const rank = this.nameRank
    live.forEach((slot, i) => {
      rank[slot] = i
    })
    this.byNameOrder = Int32Array.from(live)
    this.nameOrderDirty = false
    return rank
  }

  /** The first `k` slots of `set` in name order (the order of `nameOrder`). */
  private firstInNameOrder(set: Bits, k: number): number[] {
    this.nameOrder()
    const order = this.byNameOrder
    const out: number[] = []
    for (let r = 0; r < order.length && out.length < k; r++) {
      const slot = order[r]!
      if ((set[slot >>> 5]! & (1 << (slot & 31))) !== 0) out.push(slot)
    }
    return out
  }
}

/** Normalised query words, at most 8. */
const queryTokens = (text: string): string[] => tokenize(text).slice(0, MAX_QUERY_TOKENS)

/** The band of latitude (a tenth of a degree, about 11 km) a point is in. */
const latCell = (lat: number): number => Math.floor(lat * 10)

/**
 * Points in the order to build an index from: by band of latitude (`latCell`), then longitude,
 * then `rowid` (points without coordinates last). Slots are given in build order, so the
 * locations within a radius then fill a few runs of words instead of one bit in almost every
 * word: a place search ANDs, counts facets and walks distances over far fewer words.
 * The order of results never depends on slots (ties go by id).
 */
export const spatialOrder = <T extends { rowid: number; lat: number | null; lng: number | null }>(
  points: readonly T[],
): T[] => {
  const band = (p: T) => (Number.isFinite(p.lat) ? latCell(p.lat!) : Infinity)
  const lng = (p: T) => (Number.isFinite(p.lng) ? p.lng! : Infinity)
  return points
    .map((p) => ({ p, band: band(p), lng: lng(p) }))
    .sort((a, b) => a.band - b.band || a.lng - b.lng || a.p.rowid - b.p.rowid)
    .map((x) => x.p)
}

const orBits = (target: Bits, bits: Bits): void => {
  for (let i = 0; i < target.length; i++) target[i]! |= bits[i] ?? 0
}

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
  items: ArrayLike<number>,
  k: number,
  compare: (a: number, b: number) => number,
): number[] => {
  const n = items.length
  if (k <= 0 || n === 0) return []
  if (k >= n / 4) return Array.from(items).sort(compare).slice(0, k)
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
    const item = items[i]!
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
