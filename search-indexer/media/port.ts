/**
 * The PublicMediaStore port: where the indexer puts the public sizes of the photos of Definitief
 * locations, and where the site reads them from (`/media/<key>`). Adapters: a local folder
 * (default, `${DATA_DIR}/publieke-media`) and an S3-compatible bucket. The indexer is the only
 * writer; the site only calls `get`.
 *
 * Keys are `<locatieId>/<name>.<ext>` (see keys.ts): every file of a location lives under its own
 * prefix, so what a location no longer shows can be found by listing that prefix, and a location
 * that is no longer public leaves the store by deleting it.
 */
export interface MediaObject {
  body: Uint8Array
  contentType: string
}

export interface PublicMediaStore {
  readonly kind: 'local' | 's3'
  /** stores an immutable file (a file with the same key has the same content) */
  put(key: string, body: Uint8Array, contentType: string): Promise<void>
  /** the file, or null when there is none */
  get(key: string): Promise<MediaObject | null>
  /** every key under a location's prefix (`<locatieId>/`) */
  list(locatieId: string): Promise<string[]>
  /** every location that has files */
  locaties(): Promise<string[]>
  /** idempotent: deleting an absent key is fine */
  delete(keys: string[]): Promise<void>
}
