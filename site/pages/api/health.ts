/**
 * GET /api/health: can the site search, and is its index kept up to date?
 * `ok` only when a real search answers through the reader (site/lib/server/gereedheid.ts);
 * `starting` (503): the index is loading, or holds documents but was never built whole (no
 * gazetteer: text searches would answer 503) — a proxy or `npm start` waits for it;
 * `degraded` (200): the site searches its last index, but the worker that updates it has not
 * published a heartbeat recently, or reports jobs that failed for good (read through the engine,
 * not from the CMS; site/lib/server/gezondheid.ts); `unavailable` (503): the engine does not
 * answer, or the search fails.
 */
import type { APIRoute } from 'astro'
import type { IndexerStatus } from '../../../search-indexer/contract'
import type { EngineHealth } from '../../../search-indexer/engine/port'
import { getSiteConfig } from '../../lib/server/config'
import { zoekProef, type Gereedheid } from '../../lib/server/gereedheid'
import { siteGezondheid } from '../../lib/server/gezondheid'
import { json } from '../../lib/server/http'
import { getSearchReader } from '../../lib/server/reader'

const TIMEOUT_MS = 3000

const withTimeout = <T>(work: Promise<T>, what: string): Promise<T> =>
  Promise.race([
    work,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`${what} timed out`)), TIMEOUT_MS).unref(),
    ),
  ])

export const GET: APIRoute = async () => {
  const config = getSiteConfig()
  let health: EngineHealth
  try {
    health = await withTimeout(getSearchReader().health(), 'health check')
  } catch (error) {
    health = {
      engine: config.engine.engine,
      status: 'unavailable',
      documents: 0,
      message: error instanceof Error ? error.message : String(error),
    }
  }
  let zoeken: Gereedheid = { status: 'unavailable', reden: 'Zoeken lukt nu niet.' }
  if (health.status === 'ok') {
    try {
      zoeken = await withTimeout(zoekProef(getSearchReader()), 'search')
    } catch {
      zoeken = { status: 'unavailable', reden: 'Zoeken antwoordt niet op tijd.' }
    }
  } else if (health.status === 'starting') {
    zoeken = { status: 'starting', reden: 'De zoekindex wordt geladen.' }
  }
  let indexer: IndexerStatus | null = null
  let indexerError: string | null = null
  if (health.status !== 'unavailable') {
    try {
      indexer = await withTimeout(getSearchReader().indexerStatus(), 'indexer status')
    } catch (error) {
      indexerError = error instanceof Error ? error.message : String(error)
    }
  }
  const heartbeatAgeMs = indexer ? Date.now() - Date.parse(indexer.heartbeatAt) : null
  const workerRunning = heartbeatAgeMs !== null && heartbeatAgeMs < config.workerStaleMs
  const gezondheid = siteGezondheid({
    engine: zoeken.status,
    workerLoopt: workerRunning,
    mislukt: indexer?.queue.failed ?? null,
  })
  return json(
    {
      ...gezondheid,
      ...(zoeken.status !== 'ok' && { reden: zoeken.reden }),
      zoeken,
      zoekmachine: {
        engine: health.engine,
        status: health.status,
        documenten: health.documents,
        bijgewerktOp: health.updatedAt ?? null,
      },
      worker: {
        status: workerRunning ? 'ok' : 'niet-actief',
        hartslag: indexer?.heartbeatAt ?? null,
        hartslagLeeftijdMs: heartbeatAgeMs,
        wachtrij: indexer
          ? {
              aantal: indexer.queue.depth,
              oudsteWachtendeSinds: indexer.queue.oldestWaitingAt,
              mislukt: indexer.queue.failed,
              laatsteFoutOp: indexer.lastErrorAt,
            }
          : null,
        ...(indexerError ? { fout: 'De status van de worker is niet te lezen.' } : {}),
      },
    },
    // not ready (starting, unavailable): 503, so a proxy sends no visitors and `npm start` waits
    gezondheid.status === 'ok' || gezondheid.status === 'degraded' ? 200 : 503,
  )
}
