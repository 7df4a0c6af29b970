/**
 * The pure half of the Meilisearch adapter: index settings, document mapping, filter strings and
 * response mapping. No network here, so all of it is unit tested without a server.
 */
import type { Settings } from 'meilisearch'
import {
  lijstDocument,
  type GazetteerEntry,
  type IndexerStatus,
  type LabelTabel,
  type LijstDocument,
  type PublicDocument,
} from '../../contract'
import {
  WAARDERING_DREMPELS,
  type FacetLabel,
  type FacetName,
  type LabelledFacet,
  type MapPoint,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
} from '../port'
import { aanbodCodes } from '../embedded/fields'
import { STOPWOORDEN, synoniemen } from '../shared/taal'
import { documentFingerprint } from '../shared/fingerprint'
import { haversineKm, roundKm } from '../shared/geo'
import {
  activeFilter,
  DISJUNCTIVE_FACETS,
  effectiveSort,
  emptyFacets,
  emptyLabels,
  LABELLED_FACETS,
  normalizePaging,
  servesWoonplaats,
  type DisjunctiveFacet,
} from '../shared/results'
import { normalizeName } from '../shared/text'

export const indexNames = (prefix: string) => ({
  locaties: `${prefix}-locaties`,
  woonplaatsen: `${prefix}-woonplaatsen`,
  /** one document: the worker's published status */
  status: `${prefix}-status`,
})

/** The worker's status as a Meilisearch document (one, with a fixed id). */
export const STATUS_DOCUMENT_ID = 'indexer'
export const toMeiliStatus = (status: IndexerStatus) => ({ id: STATUS_DOCUMENT_ID, status })

/** The code → label table, as a second document in the status index. */
export const LABELS_DOCUMENT_ID = 'labels'
export const toMeiliLabels = (labels: LabelTabel) => ({ id: LABELS_DOCUMENT_ID, labels })

/**
 * The layout of a stored location (MeiliLocatie). Raise it when the layout changes: every
 * location stored with an older one then differs from the database for reconcile, so
 * `npm run reindex -- --repair` rewrites it.
 */
export const MEILI_DOCUMENT_FORMAT = 2

/** A location as stored in Meilisearch: the public document plus flat search/filter fields. */
export interface MeiliLocatie {
  id: string
  /** the whole public document, for the location's own page (getDocument) */
  document: PublicDocument
  /** its list part: all a search hit carries */
  lijst: LijstDocument
  /**
   * `<format>:<hash>`: MEILI_DOCUMENT_FORMAT and the content hash of `document`
   * (shared/fingerprint.ts), for reconcile (see fingerprintFromStored)
   */
  fingerprint: string
  naam: string
  organisatieNaam: string
  organisatieVerkorteNaam: string
  plaats: string
  voorziening: string
  soortZorgNaam: string
  woonplaatsNamen: string[]
  soortZorgCode: string
  zachteInformatieCodes: string[]
  doelgroepCodes: string[]
  /**
   * Facet values that carry their label: `code␟naam␟icoon` (␟ = U+001F). Facets count these, so
   * a search answers labels with its counts; filters use the plain code fields.
   */
  soortZorgFacet: string
  zachteInformatieFacets: string[]
  doelgroepFacets: string[]
  woonplaatsIds: string[]
  organisatieType: PublicDocument['organisatie']['type']
  /** free places reported now (filter `vrijePlaatsen > 0`) */
  vrijePlaatsen: number
  /** free places reported now, as a facet (`true`/`false`) */
  heeftVrijePlaatsen: boolean
  /** the care offer's sectors, care profiles and delivery forms: codes, and labelled facets */
  sectorCodes: string[]
  sectorFacets: string[]
  zorgprofielCodes: string[]
  zorgprofielFacets: string[]
  leveringsvormCodes: string[]
  leveringsvormFacets: string[]
  /** names of the zorgkantoren that contract the organisation */
  zorgkantoren: string[]
  /** day care or day treatment offered */
  dagbesteding: boolean
  /** ZorgkaartNederland score; absent without one (sorts last, never passes a minimum) */
  waarderingScore?: number
  waarderingAantal: number
  /** normalised name, for the default order */
  sortNaam: string
  /** Meilisearch's geo field: `{ lat, lng }` (Payload points are [lng, lat]) */
  _geo: { lat: number; lng: number }
}

export interface MeiliWoonplaats extends GazetteerEntry {
  /** Meilisearch primary key (ids may hold characters Meilisearch refuses) */
  key: string
}

/** Our facet names → the Meilisearch attribute holding their values. */
export const FACET_ATTRIBUTES: Record<FacetName, keyof MeiliLocatie> = {
  soortZorg: 'soortZorgFacet',
  zachteInformatie: 'zachteInformatieFacets',
  doelgroep: 'doelgroepFacets',
  plaats: 'plaats',
  organisatieType: 'organisatieType',
  voorziening: 'voorziening',
  sector: 'sectorFacets',
  zorgprofiel: 'zorgprofielFacets',
  leveringsvorm: 'leveringsvormFacets',
  zorgkantoor: 'zorgkantoren',
  dagbesteding: 'dagbesteding',
  vrijePlaatsen: 'heeftVrijePlaatsen',
  waardering: 'waarderingScore',
}

/** Dutch for both the documents and the queries (tokenisation, stop words, synonyms). */
export const LOCALIZED_ATTRIBUTES = [{ attributePatterns: ['*'], locales: ['nld'] }]

/** Separator inside a labelled facet value (ASCII unit separator: never in codes or labels). */
export const FACET_SEPARATOR = '\u001f'

export const labelledFacetValue = (code: string, naam: string, icoon = ''): string =>
  [code, naam, icoon].join(FACET_SEPARATOR)

/** `code␟naam␟icoon` → code and label; a plain value is a code without label. */
export const parseFacetValue = (value: string): { code: string; label: FacetLabel | null } => {
  const [code = '', naam, icoon = ''] = value.split(FACET_SEPARATOR)
  return { code, label: naam === undefined ? null : { naam, icoon } }
}

export const locatieSettings: Settings = {
  // order matters: earlier attributes rank higher ("attribute" ranking rule)
  searchableAttributes: [
    'naam',
    'organisatieNaam',
    'organisatieVerkorteNaam',
    'plaats',
    'voorziening',
    'soortZorgNaam',
    'woonplaatsNamen',
  ],
  filterableAttributes: [
    'id',
    'soortZorgCode',
    'zachteInformatieCodes',
    'doelgroepCodes',
    'soortZorgFacet',
    'zachteInformatieFacets',
    'doelgroepFacets',
    'woonplaatsIds',
    'plaats',
    'organisatieType',
    'vrijePlaatsen',
    'heeftVrijePlaatsen',
    'voorziening',
    'sectorCodes',
    'sectorFacets',
    'zorgprofielCodes',
    'zorgprofielFacets',
    'leveringsvormCodes',
    'leveringsvormFacets',
    'zorgkantoren',
    'dagbesteding',
    'waarderingScore',
    '_geo',
  ],
  sortableAttributes: ['sortNaam', '_geo', 'waarderingScore', 'waarderingAantal'],
  // lijst for the hits (HIT_ATTRIBUTES), document for getDocument; _geo, soortZorgCode and naam
  // for the map points (every match, without the documents). Meilisearch silently leaves out a
  // requested attribute that is not displayed.
  displayedAttributes: ['id', 'document', 'lijst', 'fingerprint', '_geo', 'soortZorgCode', 'naam'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 4, twoTypos: 9 },
    disableOnNumbers: true,
  },
  faceting: { maxValuesPerFacet: 3000 },
  pagination: { maxTotalHits: 100_000 },
  stopWords: [...STOPWOORDEN],
  synonyms: synoniemen(),
  localizedAttributes: LOCALIZED_ATTRIBUTES,
}

export const woonplaatsSettings: Settings = {
  searchableAttributes: ['naam', 'alternatieveNamen', 'postcodes'],
  filterableAttributes: ['postcodes'],
  displayedAttributes: ['*'],
  typoTolerance: { enabled: false },
  pagination: { maxTotalHits: 10_000 },
  localizedAttributes: LOCALIZED_ATTRIBUTES,
}

const labelled = (codes: Map<string, string>): string[] =>
  [...codes].map(([code, naam]) => labelledFacetValue(code, naam))

export const toMeiliLocatie = (doc: PublicDocument): MeiliLocatie => {
  const { sector, zorgprofiel, leveringsvorm } = aanbodCodes(doc)
  const score = doc.waardering?.score
  return {
    id: doc.id,
    document: doc,
    lijst: lijstDocument(doc),
    fingerprint: `${MEILI_DOCUMENT_FORMAT}:${documentFingerprint(doc)}`,
    naam: doc.naam,
    organisatieNaam: doc.organisatie.naam,
    organisatieVerkorteNaam: doc.organisatie.verkorteNaam ?? '',
    plaats: doc.adres.plaats,
    voorziening: doc.voorziening ?? '',
    soortZorgNaam: doc.soortZorg.naam,
    woonplaatsNamen: doc.woonplaatsen.map((w) => w.naam),
    soortZorgCode: doc.soortZorg.code,
    zachteInformatieCodes: [...new Set(doc.zachteInformatie.map((z) => z.code))],
    doelgroepCodes: [...new Set((doc.doelgroepen ?? []).map((d) => d.code))],
    soortZorgFacet: labelledFacetValue(doc.soortZorg.code, doc.soortZorg.naam, doc.soortZorg.icoon),
    zachteInformatieFacets: [
      ...new Set(doc.zachteInformatie.map((z) => labelledFacetValue(z.code, z.naam, z.icoon))),
    ],
    doelgroepFacets: [
      ...new Set((doc.doelgroepen ?? []).map((d) => labelledFacetValue(d.code, d.naam))),
    ],
    woonplaatsIds: [...new Set(doc.woonplaatsen.map((w) => w.id))],
    organisatieType: doc.organisatie.type,
    vrijePlaatsen: doc.vrijePlaatsen ?? 0,
    heeftVrijePlaatsen: (doc.vrijePlaatsen ?? 0) > 0,
    sectorCodes: [...sector.keys()],
    sectorFacets: labelled(sector),
    zorgprofielCodes: [...zorgprofiel.keys()],
    zorgprofielFacets: labelled(zorgprofiel),
    leveringsvormCodes: [...leveringsvorm.keys()],
    leveringsvormFacets: labelled(leveringsvorm),
    zorgkantoren: [...new Set(doc.zorgkantoren ?? [])],
    dagbesteding: doc.dagbesteding === true,
    ...(typeof score === 'number' && { waarderingScore: score }),
    waarderingAantal: doc.waardering?.aantal ?? 0,
    sortNaam: normalizeName(doc.naam),
    _geo: { lat: doc.geo.lat, lng: doc.geo.lng },
  }
}

/** What a stored location's fingerprint holds for an older MEILI_DOCUMENT_FORMAT. */
export const OLDER_FORMAT = 'older-format'

/**
 * The content hash in a stored fingerprint when the location has the current layout; otherwise
 * OLDER_FORMAT, which never equals a hash, so reconcile reports the location as out of date.
 */
export const fingerprintFromStored = (stored: string): string => {
  const prefix = `${MEILI_DOCUMENT_FORMAT}:`
  return stored.startsWith(prefix) ? stored.slice(prefix.length) : OLDER_FORMAT
}

/** Documents per page when the writer reads every fingerprint. */
export const FINGERPRINT_PAGE = 1000

/** One page of `GET /indexes/:uid/documents` for the fingerprints: ids and hashes only. */
export const fingerprintPage = (offset: number, limit = FINGERPRINT_PAGE) => ({
  offset,
  limit,
  fields: ['id', 'fingerprint'] as ('id' | 'fingerprint')[],
})

export const woonplaatsKey = (id: string): string => Buffer.from(id, 'utf8').toString('hex')

export const toMeiliWoonplaats = (entry: GazetteerEntry): MeiliWoonplaats => ({
  ...entry,
  key: woonplaatsKey(entry.id),
})

export const fromMeiliWoonplaats = ({ key: _key, ...entry }: MeiliWoonplaats): GazetteerEntry =>
  entry

/** A filter string literal: double quotes, with `\` and `"` escaped. */
export const quote = (value: string): string => `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`

const finite = (n: number, what: string): string => {
  if (!Number.isFinite(n)) throw new RangeError(`${what} must be a finite number`)
  return String(n)
}

/** The attribute each OR filter of a query tests (codes, not labelled facet values). */
const FILTER_ATTRIBUTES = {
  soortZorg: 'soortZorgCode',
  doelgroep: 'doelgroepCodes',
  voorziening: 'voorziening',
  sector: 'sectorCodes',
  zorgprofiel: 'zorgprofielCodes',
  leveringsvorm: 'leveringsvormCodes',
  zorgkantoor: 'zorgkantoren',
} as const

/** The filter expression of one disjunctive facet's condition, or null when inactive. */
const facetFilter = (query: SearchQuery, facet: DisjunctiveFacet): string | null => {
  const active = activeFilter(query, facet)
  if (active === null) return null
  if (facet === 'dagbesteding') return 'dagbesteding = true'
  if (facet === 'vrijePlaatsen') return 'vrijePlaatsen > 0'
  if (facet === 'waardering') {
    return `waarderingScore >= ${finite(typeof active === 'number' ? active : 0, 'minWaardering')}`
  }
  const values = [...new Set(Array.isArray(active) ? active : [])]
  return `${FILTER_ATTRIBUTES[facet]} IN [${values.map(quote).join(', ')}]`
}

const DISJUNCTIVE = Object.keys(DISJUNCTIVE_FACETS) as DisjunctiveFacet[]

/** Filters other than place and geo (shared by every request of one search). */
const baseFilter = (query: SearchQuery, without?: DisjunctiveFacet): string[] => {
  const filter: string[] = []
  for (const facet of DISJUNCTIVE) {
    if (facet === without) continue
    const expression = facetFilter(query, facet)
    if (expression) filter.push(expression)
  }
  for (const code of new Set(query.zachteInformatie ?? [])) {
    filter.push(`zachteInformatieCodes = ${quote(code)}`)
  }
  if (query.woonplaatsId) filter.push(`woonplaatsIds = ${quote(query.woonplaatsId)}`)
  return filter
}

const geoRadius = (geo: NonNullable<SearchQuery['geo']>): string => {
  const meters = Math.round(Math.max(0, geo.radiusKm) * 1000)
  return `_geoRadius(${finite(geo.lat, 'lat')}, ${finite(geo.lng, 'lng')}, ${finite(meters, 'radius')})`
}

/**
 * The `filter` of a search: one expression per condition, combined with AND by Meilisearch. A
 * location serving the query's woonplaats matches whatever its distance.
 */
export const buildFilter = (query: SearchQuery, without?: DisjunctiveFacet): string[] => {
  const filter = baseFilter(query, without)
  if (query.geo) {
    const served = query.geo.servesWoonplaatsId
    filter.push(
      served
        ? `(${geoRadius(query.geo)} OR woonplaatsIds = ${quote(served)})`
        : geoRadius(query.geo),
    )
  }
  return filter
}

const geoSort = (geo: NonNullable<SearchQuery['geo']>): string =>
  `_geoPoint(${finite(geo.lat, 'lat')}, ${finite(geo.lng, 'lng')}):asc`

export const buildSort = (query: SearchQuery): string[] | undefined => {
  const sort = effectiveSort(query)
  if (sort === 'distance' && query.geo) return [geoSort(query.geo)]
  if (sort === 'name') return ['sortNaam:asc']
  if (sort === 'rating') return ['waarderingScore:desc', 'waarderingAantal:desc', 'sortNaam:asc']
  return undefined
}

export interface MeiliSearchRequest {
  q: string
  filter: string[]
  sort?: string[]
  facets: string[]
  /** page-based paging (exact totalHits) … */
  page?: number
  hitsPerPage?: number
  /** … or offset-based (for the second half of a served-first search) */
  offset?: number
  limit?: number
  matchingStrategy: 'all'
  showRankingScore: true
  attributesToRetrieve?: string[]
}

/** What a hit of a results page retrieves: its id and list part, never the whole document. */
export const HIT_ATTRIBUTES = ['id', 'lijst'] as const

/** Map points: every match of the query, ids and points only (Meilisearch's maxTotalHits). */
export const POINTS_LIMIT = 100_000

/**
 * What a search needs besides its hits: per active OR filter, a count of its facet without that
 * filter (disjunctive facets); and, when asked, every match's map point.
 */
export interface MeiliExtraRequests {
  disjunctive: { facet: DisjunctiveFacet; request: MeiliSearchRequest }[]
  points: MeiliSearchRequest | null
}

export const buildExtraRequests = (query: SearchQuery): MeiliExtraRequests => {
  const q = query.text?.trim() ?? ''
  const common = { q, matchingStrategy: 'all', showRankingScore: true } as const
  const disjunctive = DISJUNCTIVE.filter((facet) => activeFilter(query, facet) !== null).map(
    (facet) => ({
      facet,
      request: {
        ...common,
        filter: buildFilter(query, facet),
        facets: [FACET_ATTRIBUTES[facet]],
        page: 1,
        hitsPerPage: 0,
      },
    }),
  )
  const points = query.withPoints
    ? {
        ...common,
        filter: buildFilter(query),
        facets: [],
        offset: 0,
        limit: POINTS_LIMIT,
        attributesToRetrieve: ['id', '_geo', 'soortZorgCode', 'naam'],
      }
    : null
  return { disjunctive, points }
}

export const buildSearchRequest = (query: SearchQuery): MeiliSearchRequest => {
  const { page, perPage } = normalizePaging(query)
  const sort = buildSort(query)
  return {
    q: query.text?.trim() ?? '',
    filter: buildFilter(query),
    ...(sort && { sort }),
    facets: Object.values(FACET_ATTRIBUTES),
    page,
    hitsPerPage: perPage,
    matchingStrategy: 'all',
    showRankingScore: true,
    attributesToRetrieve: [...HIT_ATTRIBUTES],
  }
}

/**
 * How to run a search. Usually one request. Ordered by distance with a served woonplaats, the
 * locations serving it come first at distance 0 (Meilisearch cannot sort them so): one request
 * for them, one counting the others within the radius, and one for the others' hits that fill
 * the page (`rest`, built once the served total is known).
 */
export type MeiliSearchPlan =
  | { kind: 'single'; request: MeiliSearchRequest }
  | {
      kind: 'served-first'
      served: MeiliSearchRequest
      restCount: MeiliSearchRequest
      rest: (servedTotal: number, servedOnPage: number) => MeiliSearchRequest | null
    }

export const buildSearchPlan = (query: SearchQuery): MeiliSearchPlan => {
  const geo = query.geo
  const served = geo?.servesWoonplaatsId
  if (!geo || !served || effectiveSort(query) !== 'distance') {
    return { kind: 'single', request: buildSearchRequest(query) }
  }
  const { page, perPage } = normalizePaging(query)
  const q = query.text?.trim() ?? ''
  const common = { q, matchingStrategy: 'all', showRankingScore: true } as const
  const base = baseFilter(query)
  const others = [...base, geoRadius(geo), `NOT woonplaatsIds = ${quote(served)}`]
  return {
    kind: 'served-first',
    served: {
      ...common,
      filter: [...base, `woonplaatsIds = ${quote(served)}`],
      sort: [geoSort(geo)],
      facets: Object.values(FACET_ATTRIBUTES),
      page,
      hitsPerPage: perPage,
      attributesToRetrieve: [...HIT_ATTRIBUTES],
    },
    restCount: {
      ...common,
      filter: others,
      facets: Object.values(FACET_ATTRIBUTES),
      page: 1,
      hitsPerPage: 0,
    },
    rest: (servedTotal, servedOnPage) => {
      const limit = perPage - servedOnPage
      if (limit <= 0) return null
      return {
        ...common,
        filter: others,
        sort: [geoSort(geo)],
        facets: [],
        offset: Math.max(0, (page - 1) * perPage - servedTotal),
        limit,
        attributesToRetrieve: [...HIT_ATTRIBUTES],
      }
    },
  }
}

export interface MeiliSearchResponseLike {
  hits: {
    /** a hit's list part (HIT_ATTRIBUTES); absent in an index written before it existed */
    lijst?: LijstDocument
    /** only in the answer of documentsRequest */
    document?: PublicDocument
    _geoDistance?: number
    _rankingScore?: number
    id?: string
    _geo?: { lat: number; lng: number }
    soortZorgCode?: string
    naam?: string
  }[]
  totalHits?: number
  estimatedTotalHits?: number
  facetDistribution?: Record<string, Record<string, number>>
}

const LABELLED_ATTRIBUTES = new Set<string>(LABELLED_FACETS.map((f) => FACET_ATTRIBUTES[f]))

/** Facet counts by code, and the labels the labelled facet values carry. */
const mapFacets = (
  distributions: (Record<string, Record<string, number>> | undefined)[],
): Pick<SearchResult, 'facets' | 'labels'> => {
  const facets = emptyFacets()
  const labels = emptyLabels()
  for (const [name, attribute] of Object.entries(FACET_ATTRIBUTES) as [FacetName, string][]) {
    for (const distribution of distributions) {
      for (const [value, count] of Object.entries(distribution?.[attribute] ?? {})) {
        if (name === 'dagbesteding' || name === 'vrijePlaatsen') {
          if (value === 'true') facets[name].ja = (facets[name].ja ?? 0) + count
          continue
        }
        if (name === 'waardering') {
          const score = Number(value)
          for (const t of WAARDERING_DREMPELS) {
            if (score >= t)
              facets.waardering[String(t)] = (facets.waardering[String(t)] ?? 0) + count
          }
          continue
        }
        if (value === '') continue // no voorziening
        if (!LABELLED_ATTRIBUTES.has(attribute)) {
          facets[name][value] = (facets[name][value] ?? 0) + count
          continue
        }
        const { code, label } = parseFacetValue(value)
        facets[name][code] = (facets[name][code] ?? 0) + count
        if (label) labels[name as LabelledFacet][code] = label
      }
    }
  }
  return { facets, labels }
}

type MeiliHit = MeiliSearchResponseLike['hits'][number]

/** Ids of the hits without their list part (an index written before MEILI_DOCUMENT_FORMAT 2). */
export const idsWithoutLijst = (responses: readonly MeiliSearchResponseLike[]): string[] => [
  ...new Set(
    responses.flatMap((r) => r.hits.flatMap((hit) => (!hit.lijst && hit.id ? [hit.id] : []))),
  ),
]

/** One search for the whole documents of these locations (to make their list parts). */
export const documentsRequest = (ids: readonly string[]): MeiliSearchRequest => ({
  q: '',
  filter: [`id IN [${ids.map(quote).join(', ')}]`],
  facets: [],
  offset: 0,
  limit: ids.length,
  matchingStrategy: 'all',
  showRankingScore: true,
  attributesToRetrieve: ['id', 'document'],
})

/** The response with a list part made for each hit that lacks one, from the documents found. */
export const fillLijst = (
  response: MeiliSearchResponseLike,
  found: readonly MeiliHit[],
): MeiliSearchResponseLike => {
  const documents = new Map<string, PublicDocument>()
  for (const { document } of found) if (document) documents.set(document.id, document)
  return {
    ...response,
    hits: response.hits.map((hit) => {
      const document = !hit.lijst && hit.id ? documents.get(hit.id) : undefined
      return document ? { ...hit, lijst: lijstDocument(document) } : hit
    }),
  }
}

const toHit = (query: SearchQuery, lijst: LijstDocument, geoDistance?: number): SearchHit => {
  if (!query.geo) return { document: lijst }
  if (servesWoonplaats(query, lijst.woonplaatsIds)) return { document: lijst, afstandKm: 0 }
  const km =
    typeof geoDistance === 'number' ? geoDistance / 1000 : haversineKm(query.geo, lijst.geo)
  return { document: lijst, afstandKm: roundKm(km) }
}

/** Our hits; one still without a list part (its document went away meanwhile) is left out. */
const toHits = (query: SearchQuery, hits: readonly MeiliHit[]): SearchHit[] =>
  hits.flatMap((hit) => (hit.lijst ? [toHit(query, hit.lijst, hit._geoDistance)] : []))

/**
 * The answer with the extra requests' parts: each OR facet from its own count (without its
 * filter), and the map points.
 */
export const withExtras = (
  result: SearchResult,
  extras: MeiliExtraRequests,
  responses: MeiliSearchResponseLike[],
): SearchResult => {
  const facets = { ...result.facets }
  const labels = { ...result.labels }
  extras.disjunctive.forEach(({ facet }, i) => {
    const mapped = mapFacets([responses[i]?.facetDistribution])
    facets[facet] = mapped.facets[facet]
    if ((LABELLED_FACETS as readonly string[]).includes(facet)) {
      const kind = facet as LabelledFacet
      labels[kind] = { ...mapped.labels[kind], ...labels[kind] }
    }
  })
  const out: SearchResult = { ...result, facets, labels }
  if (extras.points) {
    const response = responses[extras.disjunctive.length]
    out.points = (response?.hits ?? []).map((hit): MapPoint => [
      String(hit.id ?? hit.document?.id ?? ''),
      hit._geo?.lat ?? NaN,
      hit._geo?.lng ?? NaN,
      hit.soortZorgCode ?? '',
      hit.naam ?? '',
    ])
  }
  return out
}

const totalOf = (response: MeiliSearchResponseLike): number =>
  response.totalHits ?? response.estimatedTotalHits ?? response.hits.length

export const mapSearchResponse = (
  query: SearchQuery,
  response: MeiliSearchResponseLike,
): SearchResult => ({
  total: totalOf(response),
  hits: toHits(query, response.hits),
  ...mapFacets([response.facetDistribution]),
})

/** The answer of a served-first plan: served locations first, then the others by distance. */
export const mergeServedFirst = (
  query: SearchQuery,
  served: MeiliSearchResponseLike,
  restCount: MeiliSearchResponseLike,
  rest: MeiliSearchResponseLike | null,
): SearchResult => ({
  total: totalOf(served) + totalOf(restCount),
  hits: toHits(query, [...served.hits, ...(rest?.hits ?? [])]),
  ...mapFacets([served.facetDistribution, restCount.facetDistribution]),
})
