import type { FacetName, LabelledFacet, SearchQuery, SearchResult, SortOrder } from '../port'

export const FACET_NAMES: readonly FacetName[] = [
  'soortZorg',
  'zachteInformatie',
  'doelgroep',
  'plaats',
  'organisatieType',
  'voorziening',
  'sector',
  'zorgprofiel',
  'leveringsvorm',
  'zorgkantoor',
  'dagbesteding',
  'vrijePlaatsen',
  'waardering',
]

export const LABELLED_FACETS: readonly LabelledFacet[] = [
  'soortZorg',
  'zachteInformatie',
  'doelgroep',
  'sector',
  'zorgprofiel',
  'leveringsvorm',
]

/**
 * Facets counted without their own filter (the visitor picks any of their values, or switches
 * the condition on and off), each with the query field that filters it.
 */
export const DISJUNCTIVE_FACETS = {
  soortZorg: 'soortZorg',
  doelgroep: 'doelgroep',
  voorziening: 'voorziening',
  sector: 'sector',
  zorgprofiel: 'zorgprofiel',
  leveringsvorm: 'leveringsvorm',
  zorgkantoor: 'zorgkantoor',
  dagbesteding: 'dagbesteding',
  vrijePlaatsen: 'vrijeCapaciteit',
  waardering: 'minWaardering',
} as const satisfies Partial<Record<FacetName, keyof SearchQuery>>
export type DisjunctiveFacet = keyof typeof DISJUNCTIVE_FACETS

/** The filter of one disjunctive facet in a query, or null when it does not filter. */
export const activeFilter = (
  query: SearchQuery,
  facet: DisjunctiveFacet,
): string[] | number | true | null => {
  const value = query[DISJUNCTIVE_FACETS[facet]]
  if (Array.isArray(value)) return value.length > 0 ? value : null
  if (value === true) return true
  if (typeof value === 'number' && Number.isFinite(value)) return value
  return null
}

export const emptyFacets = (): SearchResult['facets'] => ({
  soortZorg: {},
  zachteInformatie: {},
  doelgroep: {},
  plaats: {},
  organisatieType: {},
  voorziening: {},
  sector: {},
  zorgprofiel: {},
  leveringsvorm: {},
  zorgkantoor: {},
  dagbesteding: {},
  vrijePlaatsen: {},
  waardering: {},
})

export const emptyLabels = (): SearchResult['labels'] => ({
  soortZorg: {},
  zachteInformatie: {},
  doelgroep: {},
  sector: {},
  zorgprofiel: {},
  leveringsvorm: {},
})

export const emptyResult = (): SearchResult => ({
  total: 0,
  hits: [],
  facets: emptyFacets(),
  labels: emptyLabels(),
})

export const MAX_PER_PAGE = 100

/** Clamp page/perPage to sane values so no caller can ask for a million hits. */
export const normalizePaging = (query: SearchQuery): { page: number; perPage: number } => {
  const page = Number.isFinite(query.page) ? Math.max(1, Math.floor(query.page)) : 1
  const perPage = Number.isFinite(query.perPage)
    ? Math.min(MAX_PER_PAGE, Math.max(1, Math.floor(query.perPage)))
    : 20
  return { page, perPage }
}

/** The order a query gets (see SortOrder): one rule for every adapter. */
export const effectiveSort = (query: SearchQuery): SortOrder => {
  const hasText = Boolean(query.text?.trim())
  const fallback: SortOrder = query.geo ? 'distance' : hasText ? 'relevance' : 'name'
  if (query.sort === 'distance') return query.geo ? 'distance' : fallback
  if (query.sort === 'relevance') return hasText ? 'relevance' : fallback
  if (query.sort === 'name') return 'name'
  if (query.sort === 'rating') return 'rating'
  return fallback
}

/** Does a location serving these woonplaatsen (ids) serve the query's one (distance 0)? */
export const servesWoonplaats = (query: SearchQuery, woonplaatsIds: readonly string[]): boolean => {
  const id = query.geo?.servesWoonplaatsId
  return id ? woonplaatsIds.includes(id) : false
}
