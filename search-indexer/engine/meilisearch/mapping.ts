/**
 * The pure half of the Meilisearch adapter: index settings, document mapping, filter strings and
 * response mapping. No network here, so all of it is unit tested without a server.
 */
import type { Settings } from 'meilisearch'
import type { GazetteerEntry, IndexerStatus, PublicDocument } from '../../contract'
import type { FacetName, SearchHit, SearchQuery, SearchResult } from '../port'
import { haversineKm, roundKm } from '../shared/geo'
import { emptyFacets, normalizePaging } from '../shared/results'
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

/** A location as stored in Meilisearch: the public document plus flat search/filter fields. */
export interface MeiliLocatie {
  id: string
  document: PublicDocument
  naam: string
  organisatieNaam: string
  organisatieVerkorteNaam: string
  plaats: string
  voorziening: string
  soortZorgNaam: string
  woonplaatsNamen: string[]
  soortZorgCode: string
  zachteInformatieCodes: string[]
  woonplaatsIds: string[]
  organisatieType: PublicDocument['organisatie']['type']
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
  soortZorg: 'soortZorgCode',
  zachteInformatie: 'zachteInformatieCodes',
  plaats: 'plaats',
  organisatieType: 'organisatieType',
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
    'soortZorgCode',
    'zachteInformatieCodes',
    'woonplaatsIds',
    'plaats',
    'organisatieType',
    '_geo',
  ],
  sortableAttributes: ['sortNaam', '_geo'],
  displayedAttributes: ['id', 'document'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 4, twoTypos: 9 },
    disableOnNumbers: true,
  },
  faceting: { maxValuesPerFacet: 3000 },
  pagination: { maxTotalHits: 100_000 },
  stopWords: [],
}

export const woonplaatsSettings: Settings = {
  searchableAttributes: ['naam'],
  displayedAttributes: ['*'],
  typoTolerance: { enabled: false },
  pagination: { maxTotalHits: 1000 },
}

export const toMeiliLocatie = (doc: PublicDocument): MeiliLocatie => ({
  id: doc.id,
  document: doc,
  naam: doc.naam,
  organisatieNaam: doc.organisatie.naam,
  organisatieVerkorteNaam: doc.organisatie.verkorteNaam ?? '',
  plaats: doc.adres.plaats,
  voorziening: doc.voorziening ?? '',
  soortZorgNaam: doc.soortZorg.naam,
  woonplaatsNamen: doc.woonplaatsen.map((w) => w.naam),
  soortZorgCode: doc.soortZorg.code,
  zachteInformatieCodes: [...new Set(doc.zachteInformatie.map((z) => z.code))],
  woonplaatsIds: [...new Set(doc.woonplaatsen.map((w) => w.id))],
  organisatieType: doc.organisatie.type,
  sortNaam: normalizeName(doc.naam),
  _geo: { lat: doc.geo.lat, lng: doc.geo.lng },
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

/** The `filter` of a search: one expression per condition, combined with AND by Meilisearch. */
export const buildFilter = (query: SearchQuery): string[] => {
  const filter: string[] = []
  const soortZorg = [...new Set(query.soortZorg ?? [])]
  if (soortZorg.length) filter.push(`soortZorgCode IN [${soortZorg.map(quote).join(', ')}]`)
  for (const code of new Set(query.zachteInformatie ?? [])) {
    filter.push(`zachteInformatieCodes = ${quote(code)}`)
  }
  if (query.woonplaatsId) filter.push(`woonplaatsIds = ${quote(query.woonplaatsId)}`)
  if (query.geo) {
    const meters = Math.round(Math.max(0, query.geo.radiusKm) * 1000)
    filter.push(
      `_geoRadius(${finite(query.geo.lat, 'lat')}, ${finite(query.geo.lng, 'lng')}, ${finite(meters, 'radius')})`,
    )
  }
  return filter
}

export const buildSort = (query: SearchQuery): string[] | undefined => {
  if (query.geo)
    return [`_geoPoint(${finite(query.geo.lat, 'lat')}, ${finite(query.geo.lng, 'lng')}):asc`]
  if (!query.text?.trim()) return ['sortNaam:asc']
  return undefined
}

export interface MeiliSearchRequest {
  q: string
  filter: string[]
  sort?: string[]
  facets: string[]
  page: number
  hitsPerPage: number
  matchingStrategy: 'all'
  showRankingScore: true
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
  }
}

export interface MeiliSearchResponseLike {
  hits: { document: PublicDocument; _geoDistance?: number; _rankingScore?: number }[]
  totalHits?: number
  facetDistribution?: Record<string, Record<string, number>>
}

export const mapSearchResponse = (
  query: SearchQuery,
  response: MeiliSearchResponseLike,
): SearchResult => {
  const facets = emptyFacets()
  for (const [name, attribute] of Object.entries(FACET_ATTRIBUTES) as [FacetName, string][]) {
    facets[name] = { ...(response.facetDistribution?.[attribute] ?? {}) }
  }
  const hits: SearchHit[] = response.hits.map((hit) => {
    const document = hit.document
    if (!query.geo) return { document }
    const km =
      typeof hit._geoDistance === 'number'
        ? hit._geoDistance / 1000
        : haversineKm(query.geo, document.geo)
    return { document, afstandKm: roundKm(km) }
  })
  return { total: response.totalHits ?? hits.length, hits, facets }
}
