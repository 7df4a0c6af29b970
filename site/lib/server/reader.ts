/**
 * The one SearchReader of this process: created on first use from the site config, closed when
 * the process stops. Everything the site shows comes through it (never from the CMS).
 */
import { createSearchReader, type SearchReader } from '../../../search-indexer/engine/index'
import { getLogger } from '../../../search-indexer/runtime/logger'
import { getSiteConfig } from './config'

let reader: SearchReader | null = null
let hooksInstalled = false

const closeReader = async (): Promise<void> => {
  const current = reader
  reader = null
  if (current) await current.close().catch(() => undefined)
}

const installExitHooks = (): void => {
  if (hooksInstalled) return
  hooksInstalled = true
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    // a handler replaces Node's default "exit on signal", so exit ourselves once closed
    process.once(signal, () => {
      void closeReader().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143))
    })
  }
  process.once('beforeExit', () => void closeReader())
}

/** The shared reader (lazy). */
export const getSearchReader = (): SearchReader => {
  if (!reader) {
    // the engine's own events (index rebuilt: debug; worker thread crashed: error); never a query
    const log = getLogger('site')
    reader = createSearchReader(getSiteConfig().engine, {
      log: (level, message) =>
        log[level === 'info' ? 'debug' : level]({ bron: 'zoekmachine' }, message),
    })
    installExitHooks()
  }
  return reader
}

/** For tests: use this reader instead of one from the environment (null: back to lazy). */
export const setSearchReader = (next: SearchReader | null): void => {
  reader = next
}

export { closeReader }
