/**
 * Search engine factories. The indexer creates the writer, the site the reader; both from
 * `engineConfigFromEnv()` unless a test passes a config.
 */
import type { SearchReader, SearchWriter } from './port'
import type { EngineConfig } from './config'
import { EmbeddedSearchReader, type EmbeddedReaderOptions } from './embedded/reader'
import { EmbeddedSearchWriter } from './embedded/writer'
import { MeilisearchReader, MeilisearchWriter } from './meilisearch/adapter'

export type { EngineConfig } from './config'
export { engineConfigFromEnv, embeddedSearchDir, EngineConfigError } from './config'
export type * from './port'

/** Options only the embedded reader understands (poll interval, logging). */
export type ReaderOptions = Omit<EmbeddedReaderOptions, 'dir'>

export const createSearchReader = (
  config: EngineConfig,
  options: ReaderOptions = {},
): SearchReader =>
  config.engine === 'embedded'
    ? new EmbeddedSearchReader({ ...options, dir: config.dir })
    : // the site's own key (search only), never the writer's
      new MeilisearchReader({ ...withoutKeys(config), apiKey: config.searchKey })

export const createSearchWriter = (config: EngineConfig): SearchWriter =>
  config.engine === 'embedded'
    ? new EmbeddedSearchWriter({
        dir: config.dir,
        ...(config.writeWaitMs !== undefined && { busyMs: config.writeWaitMs }),
      })
    : new MeilisearchWriter({ ...withoutKeys(config), apiKey: config.apiKey })

const withoutKeys = ({
  apiKey: _apiKey,
  searchKey: _searchKey,
  ...rest
}: Extract<EngineConfig, { engine: 'meilisearch' }>) => rest
