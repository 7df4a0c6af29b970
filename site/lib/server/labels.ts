/**
 * The code → label table the indexer publishes through the engine (contract: LabelTabel), read
 * at most every 30 s. It names codes that no document in a result carries (e.g. a chosen filter
 * with 0 results), without an extra search.
 */
import type { LabelTabel } from '../../../search-indexer/contract'
import type { FacetLabel, SearchReader } from '../../../search-indexer/engine/port'

const TTL_MS = 30_000
let cache: { reader: SearchReader; at: number; tabel: LabelTabel | null } | null = null

export async function labelTabel(reader: SearchReader): Promise<LabelTabel | null> {
  if (cache && cache.reader === reader && Date.now() - cache.at < TTL_MS) return cache.tabel
  const tabel = await reader.labels()
  cache = { reader, at: Date.now(), tabel }
  return tabel
}

/** The labels of one list as facet labels (no icon), to be overridden by the documents' own. */
export const lijstLabels = (tabel: LabelTabel | null, lijst: string): Record<string, FacetLabel> =>
  Object.fromEntries(
    Object.entries(tabel?.lijsten[lijst] ?? {}).map(([code, naam]) => [code, { naam, icoon: '' }]),
  )

/** For tests. */
export const resetLabelCache = (): void => {
  cache = null
}
