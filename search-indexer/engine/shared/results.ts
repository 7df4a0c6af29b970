import type { FacetName, SearchQuery, SearchResult } from '../port'

export const FACET_NAMES: readonly FacetName[] = [
  'soortZorg',
  'zachteInformatie',
  'plaats',
  'organisatieType',
]

export const emptyFacets = (): SearchResult['facets'] => ({
  soortZorg: {},
  zachteInformatie: {},
  plaats: {},
  organisatieType: {},
})

export const emptyResult = (): SearchResult => ({ total: 0, hits: [], facets: emptyFacets() })

export const MAX_PER_PAGE = 100

/** Clamp page/perPage to sane values so no caller can ask for a million hits. */
export const normalizePaging = (query: SearchQuery): { page: number; perPage: number } => {
  const page = Number.isFinite(query.page) ? Math.max(1, Math.floor(query.page)) : 1
  const perPage = Number.isFinite(query.perPage)
    ? Math.min(MAX_PER_PAGE, Math.max(1, Math.floor(query.perPage)))
    : 20
  return { page, perPage }
}
