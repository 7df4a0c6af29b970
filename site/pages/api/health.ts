/**
 * GET /api/health: is the site able to search? 200 for ok/starting, 503 when unavailable.
 */
import type { APIRoute } from 'astro'
import type { EngineHealth } from '../../../search-indexer/engine/port'
import { getSiteConfig } from '../../lib/server/config'
import { json } from '../../lib/server/http'
import { getSearchReader } from '../../lib/server/reader'

const TIMEOUT_MS = 3000

export const GET: APIRoute = async () => {
  const engine = getSiteConfig().engine.engine
  let health: EngineHealth
  try {
    health = await Promise.race([
      getSearchReader().health(),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('health check timed out')), TIMEOUT_MS).unref(),
      ),
    ])
  } catch (error) {
    health = {
      engine,
      status: 'unavailable',
      documents: 0,
      message: error instanceof Error ? error.message : String(error),
    }
  }
  return json(
    {
      status: health.status,
      zoekmachine: {
        engine: health.engine,
        status: health.status,
        documenten: health.documents,
        bijgewerktOp: health.updatedAt ?? null,
      },
    },
    health.status === 'unavailable' ? 503 : 200,
  )
}
