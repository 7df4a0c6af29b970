/**
 * The content hash of a public document: sha256 (hex) of its canonical JSON (object keys sorted at
 * every depth, no whitespace, `undefined` members left out as JSON.stringify does). Every adapter
 * reports it through `SearchWriter.fingerprints()`; reconcile (search-indexer/reconcile.ts)
 * compares it with the hash of the document the projection makes from the database now.
 */
import { createHash } from 'node:crypto'

/** JSON with the keys of every object sorted, so equal documents give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value))
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : sortKeys(v)))
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key]
      if (v !== undefined) out[key] = sortKeys(v)
    }
    return out
  }
  return value
}

/** sha256 (hex) of the document's canonical JSON. */
export function documentFingerprint(doc: object): string {
  return createHash('sha256').update(canonicalJson(doc)).digest('hex')
}
