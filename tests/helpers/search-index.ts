/**
 * The public documents in the embedded engine's store of a data directory, in the shape the
 * suites read: `{ snapshot: { entries: [{ id, hash, json }] } }`, or null without a store.
 */
import { readStoredDocuments } from '../../search-indexer/engine/embedded/store'

export const readSnapshot = async (dir: string) => {
  const entries = readStoredDocuments(dir)
  return entries ? { snapshot: { entries } } : null
}
