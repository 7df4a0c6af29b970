import type { FacetName, LabelledFacet, SearchQuery, SearchResult, SortOrder } from '../port'

export const FACET_NAMES: readonly FacetName[] = [
  'soortZorg',
  'zachteInformatie',
  'doelgroep',
  'plaats',
  'organisatieType',
]

export const LABELLED_FACETS: readonly LabelledFacet[] = [
  'soortZorg',
  'zachteInformatie',
  'doelgroep',
]

export const emptyFacets = (): SearchResult['facets'] => ({
  soortZorg: {},
  zachteInformatie: {},
  doelgroep: {},
  plaats: {},
  organisatieType: {},
})

export const emptyLabels = (): SearchResult['labels'] => ({
  soortZorg: {},
  zachteInformatie: {},
  doelgroep: {},
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
  return fallback
}

/** Does this document serve the query's woonplaats (distance 0)? */
export const servesWoonplaats = (
  query: SearchQuery,
  woonplaatsen: readonly { id: string }[],
): boolean => {
  const id = query.geo?.servesWoonplaatsId
  return Boolean(id) && woonplaatsen.some((w) => w.id === id)
}
