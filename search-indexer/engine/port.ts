/**
 * The SearchEngine port. Adapters: embedded (default, zero setup) and Meilisearch (production).
 * The indexer is the only writer; the site only reads.
 */
import type { GazetteerEntry, IndexerStatus, PublicDocument } from '../contract'

export type FacetName = 'soortZorg' | 'zachteInformatie' | 'plaats' | 'organisatieType'

export interface SearchQuery {
  /** free text: name, organisation, place; prefix and typo tolerant */
  text?: string
  /** only documents whose woonplaatsen include this woonplaats id (used when no radius) */
  woonplaatsId?: string
  /** geo radius filter; results sorted by distance when set and text is empty */
  geo?: { lat: number; lng: number; radiusKm: number }
  /** soortZorg codes (OR) */
  soortZorg?: string[]
  /** zachte-informatie codes (AND) */
  zachteInformatie?: string[]
  /** 1-based */
  page: number
  perPage: number
}

export interface SearchHit {
  document: PublicDocument
  /** km from the query's geo point, when a geo point was given */
  afstandKm?: number
}

export interface SearchResult {
  total: number
  hits: SearchHit[]
  /** value → count, for each facet */
  facets: Record<FacetName, Record<string, number>>
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
  /** exact (case/diacritics-insensitive) name match first, then prefix */
  findWoonplaatsen(naam: string, limit?: number): Promise<GazetteerEntry[]>
  health(): Promise<EngineHealth>
  /** the worker's last published status (heartbeat, queue), or null when it never published */
  indexerStatus(): Promise<IndexerStatus | null>
  close(): Promise<void>
}

export interface SearchWriter {
  /** idempotent by document id */
  upsert(docs: PublicDocument[]): Promise<void>
  /** idempotent: deleting an absent id is fine */
  delete(ids: string[]): Promise<void>
  /** replace every document and the gazetteer at once; readers see old or new, never a mix */
  replaceAll(docs: PublicDocument[], gazetteer: GazetteerEntry[]): Promise<void>
  count(): Promise<number>
  /** publish the worker's heartbeat and queue figures for the site's health */
  publishStatus(status: IndexerStatus): Promise<void>
  close(): Promise<void>
}
