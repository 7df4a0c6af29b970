/**
 * A SearchReader over the real embedded index, in memory (no store): for unit
 * tests of the site's search layer. `health` can be set to say 'starting'.
 */
import {
  lijstDocument,
  type GazetteerEntry,
  type PublicDocument,
} from '../../search-indexer/contract'
import { EmbeddedIndex } from '../../search-indexer/engine/embedded/core'
import { indexFields } from '../../search-indexer/engine/embedded/fields'
import type { EngineHealth, SearchQuery, SearchReader } from '../../search-indexer/engine/port'

export const memoryReader = (
  docs: PublicDocument[],
  gazetteer: GazetteerEntry[],
): SearchReader & { queries: SearchQuery[]; status: EngineHealth['status'] } => {
  const index = EmbeddedIndex.buildSync(docs.map(indexFields), gazetteer)
  const byId = new Map(docs.map((d) => [d.id, d]))
  const reader = {
    queries: [] as SearchQuery[],
    status: 'ok' as EngineHealth['status'],
    async search(query: SearchQuery) {
      reader.queries.push(query)
      const { hits, ...rest } = index.search(query)
      return {
        ...rest,
        hits: hits.map(({ id, ...hit }) => ({ ...hit, document: lijstDocument(byId.get(id)!) })),
      }
    },
    async getDocument(id: string) {
      return byId.get(id) ?? null
    },
    async findWoonplaatsen(naam: string, limit?: number) {
      return index.findWoonplaatsen(naam, limit)
    },
    async getGazetteer() {
      return index.getGazetteer()
    },
    async health(): Promise<EngineHealth> {
      return { status: reader.status, documents: index.size, engine: 'embedded' }
    },
    async indexerStatus() {
      return null
    },
    async labels() {
      return null
    },
    async close() {},
  }
  return reader
}
