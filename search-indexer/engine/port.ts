/**
 * The SearchEngine port. Adapters: embedded (default, zero setup) and Meilisearch (production).
 * The indexer is the only writer; the site only reads.
 */
import type {
  GazetteerEntry,
  IndexerStatus,
  LabelTabel,
  LijstDocument,
  PublicDocument,
} from '../contract'

/**
 * Facets: value → number of matching locations. Dimensions a visitor filters with OR
 * (`DISJUNCTIVE_FACETS`) are counted without their own filter, so every option shows what
 * choosing it (too) would give; the others are counted over the matches.
 *   soortZorg, voorziening (its label), sector, doelgroep, zorgprofiel, leveringsvorm, zorgkantoor
 *   (name), organisatieType, plaats: codes or names
 *   zachteInformatie: codes (AND filter: counted over the matches)
 *   dagbesteding, vrijePlaatsen: `{ ja: n }`
 *   waardering: minimum score → count, for the thresholds in `WAARDERING_DREMPELS`
 */
export type FacetName =
  | 'soortZorg'
  | 'zachteInformatie'
  | 'doelgroep'
  | 'plaats'
  | 'organisatieType'
  | 'voorziening'
  | 'sector'
  | 'zorgprofiel'
  | 'leveringsvorm'
  | 'zorgkantoor'
  | 'dagbesteding'
  | 'vrijePlaatsen'
  | 'waardering'

/** Facets whose values are codes with a Dutch label (and maybe an icon) in the documents. */
export type LabelledFacet =
  'soortZorg' | 'zachteInformatie' | 'doelgroep' | 'sector' | 'zorgprofiel' | 'leveringsvorm'

/** Minimum scores the `waardering` facet counts (a location with score ≥ t counts for t). */
export const WAARDERING_DREMPELS = [6, 7, 8, 9] as const

/**
 * Order of the hits. Default: `distance` with a geo point, else `relevance` with text, else
 * `name`. `distance` without a geo point and `relevance` without text fall back to that default.
 * `rating`: highest ZorgkaartNederland score first (more reviews first on a tie, then name);
 * locations without a score last.
 */
export type SortOrder = 'relevance' | 'distance' | 'name' | 'rating'

export interface GeoQuery {
  lat: number
  lng: number
  radiusKm: number
  /**
   * Locations whose woonplaatsen include this woonplaats id serve the place (home care, OCO, or
   * a location standing in it): they match whatever their distance and count as distance 0.
   */
  servesWoonplaatsId?: string
}

export interface SearchQuery {
  /** free text: name, organisation, place; prefix and typo tolerant */
  text?: string
  /** only documents whose woonplaatsen include this woonplaats id */
  woonplaatsId?: string
  /** geo radius filter with distances */
  geo?: GeoQuery
  /** soortZorg codes (OR) */
  soortZorg?: string[]
  /** zachte-informatie codes (AND) */
  zachteInformatie?: string[]
  /** doelgroep codes (OR) */
  doelgroep?: string[]
  /** only locations with free places reported now (§3.2.9) */
  vrijeCapaciteit?: boolean
  /** voorziening labels (OR) */
  voorziening?: string[]
  /** sector codes of the care offer (OR) */
  sector?: string[]
  /** zorgprofiel codes of the care offer (OR) */
  zorgprofiel?: string[]
  /** leveringsvorm codes of the care offer (OR) */
  leveringsvorm?: string[]
  /** names of zorgkantoren that contract the organisation (OR) */
  zorgkantoor?: string[]
  /** only locations offering day care or day treatment */
  dagbesteding?: boolean
  /** only locations with a ZorgkaartNederland score of at least this */
  minWaardering?: number
  /** also return `points`: every match's map point (not only this page's) */
  withPoints?: boolean
  sort?: SortOrder
  /** 1-based */
  page: number
  perPage: number
}

export interface SearchHit {
  /** the list part of the document (the whole document: `getDocument`) */
  document: LijstDocument
  /**
   * km from the query's geo point, when a geo point was given; 0 for a location that serves the
   * query's woonplaats (`geo.servesWoonplaatsId`)
   */
  afstandKm?: number
}

export interface FacetLabel {
  naam: string
  icoon: string
}

/**
 * A match on the map: document id, lat, lng, soort-zorg code (its icon is in `labels.soortZorg`)
 * and the location's name, so every marker can be named without fetching its document.
 */
export type MapPoint = [id: string, lat: number, lng: number, soortZorg: string, naam: string]

export interface SearchResult {
  total: number
  hits: SearchHit[]
  /** every match's point, in no particular order; only when the query asked (`withPoints`) */
  points?: MapPoint[]
  /** value → count, for each facet */
  facets: Record<FacetName, Record<string, number>>
  /** Dutch labels of the codes in `facets` (taken from the documents) */
  labels: Record<LabelledFacet, Record<string, FacetLabel>>
}

export interface EngineHealth {
  status: 'ok' | 'starting' | 'unavailable'
  documents: number
  /** ISO time of the newest snapshot/update the reader serves, if known */
  updatedAt?: string
  engine: 'embedded' | 'meilisearch'
  message?: string
}

export interface SearchReader {
  search(query: SearchQuery): Promise<SearchResult>
  getDocument(id: string): Promise<PublicDocument | null>
  /**
   * exact (case/diacritics-insensitive) match on the name or an alternative name first, then
   * prefix, then word prefix
   */
  findWoonplaatsen(naam: string, limit?: number): Promise<GazetteerEntry[]>
  /** the whole gazetteer (every woonplaats, with alternative names and postcodes) */
  getGazetteer(): Promise<GazetteerEntry[]>
  health(): Promise<EngineHealth>
  /** the worker's last published status (heartbeat, queue), or null when it never published */
  indexerStatus(): Promise<IndexerStatus | null>
  /** the code → label table published with the documents, or null */
  labels(): Promise<LabelTabel | null>
  close(): Promise<void>
}

export interface SearchWriter {
  /**
   * Make the index ready for this version of the code: create what is missing and apply the
   * current settings (Meilisearch: stop words, synonyms, filterable fields). The worker calls it
   * at start, so changed settings reach a running index without waiting for the first write.
   * Idempotent; never touches documents.
   */
  prepare(): Promise<void>
  /** idempotent by document id */
  upsert(docs: PublicDocument[]): Promise<void>
  /** idempotent: deleting an absent id is fine */
  delete(ids: string[]): Promise<void>
  /** replace every document and the gazetteer at once; readers see old or new, never a mix */
  replaceAll(docs: PublicDocument[], gazetteer: GazetteerEntry[]): Promise<void>
  count(): Promise<number>
  /**
   * document id → content hash of every stored public document (`documentFingerprint` in
   * shared/fingerprint.ts: sha256 of its canonical JSON); what reconcile compares with the database
   */
  fingerprints(): Promise<Map<string, string>>
  /** publish the worker's heartbeat and queue figures for the site's health */
  publishStatus(status: IndexerStatus): Promise<void>
  /** publish the code → label table (with every full rebuild) */
  publishLabels(labels: LabelTabel): Promise<void>
  /** the table published last (its contract version tells whether the documents are current) */
  publishedLabels(): Promise<LabelTabel | null>
  close(): Promise<void>
}
