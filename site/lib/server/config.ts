/**
 * Configuration of the public site, read once from the environment and validated with zod.
 * The search engine part is parsed by the engine's own `engineConfigFromEnv` (one source of
 * truth for SEARCH_ENGINE, DATA_DIR, MEILISEARCH_*).
 */
import { z } from 'zod'
import { engineConfigFromEnv, type EngineConfig } from '../../../search-indexer/engine/index'
import { loadProjectEnv } from '../../../search-indexer/runtime/env-file'
import { mediaStoreConfigFromEnv, type MediaStoreConfig } from '../../../search-indexer/media/index'
import { STANDAARD_TILE_URL, tileOriginOf } from './security'

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)

const SiteEnvSchema = z.object({
  /** port of the site (dev/preview; `start:site` passes it on as PORT) */
  SITE_PORT: z.preprocess(
    blankToUndefined,
    z.coerce.number().int().min(1).max(65535).default(4321),
  ),
  /** data directory; the embedded engine reads DATA_DIR/search */
  DATA_DIR: z.preprocess(blankToUndefined, z.string().default('./data')),
  /** tile URL template for Leaflet; default: PDOK BRT-Achtergrondkaart (Web Mercator) */
  MAP_TILE_URL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .refine((v) => /^https?:\/\/[^/]+\//.test(v) && v.includes('{z}'), {
        message:
          'MAP_TILE_URL moet een http(s)-URL met {z}/{x}/{y} zijn / must be an http(s) URL template',
      })
      .default(STANDAARD_TILE_URL),
  ),
  /** attribution shown on the map */
  MAP_TILE_ATTRIBUTION: z.preprocess(
    blankToUndefined,
    z.string().default('Kaartgegevens © Kadaster (PDOK)'),
  ),
  /** public URL of the CMS, for the "Inloggen voor zorgaanbieders" link */
  CMS_PUBLIC_URL: z.preprocess(
    blankToUndefined,
    z
      .url({ error: 'CMS_PUBLIC_URL is geen geldige URL / is not a valid URL' })
      .default('http://localhost:3000'),
  ),
  /**
   * public address of this site (https://www.zorgatlas.nl), for absolute URLs: canonical links,
   * sitemap.xml, robots.txt, JSON-LD. Unset: the origin of the request.
   */
  SITE_PUBLIC_URL: z.preprocess(
    blankToUndefined,
    z.url({ error: 'SITE_PUBLIC_URL is geen geldige URL / is not a valid URL' }).optional(),
  ),
  /** e-mail address for questions about privacy and accessibility (/privacy, /toegankelijkheid) */
  SITE_CONTACT_EMAIL: z.preprocess(
    blankToUndefined,
    z
      .email({ error: 'SITE_CONTACT_EMAIL is geen geldig e-mailadres / is not an e-mail address' })
      .optional(),
  ),
  /** ms between the worker's heartbeats; health says `degraded` after three missed ones */
  WORKER_HEARTBEAT_MS: z.preprocess(
    blankToUndefined,
    z.coerce.number().int().min(100).max(60_000).default(5000),
  ),
  /** ms without a heartbeat after which the worker counts as not running (overrides the above) */
  WORKER_STALE_MS: z.preprocess(blankToUndefined, z.coerce.number().int().min(300).optional()),
  /** how often one client may ask for the map's points of a whole search, per minute (0: no limit) */
  SITE_MAP_POINTS_PER_MINUTE: z.preprocess(
    blankToUndefined,
    z.coerce.number().int().min(0).max(10_000).default(30),
  ),
  /** proxies whose X-Forwarded-For names the client (comma-separated; the same as the CMS's) */
  TRUSTED_PROXIES: z.string().default(''),
})

export interface SiteConfig {
  port: number
  dataDir: string
  engine: EngineConfig
  /** where the public sizes of photos are read from (served at /media/...) */
  media: MediaStoreConfig
  map: {
    tileUrl: string
    /** origin of the tile host, for the Content-Security-Policy */
    tileOrigin: string
    attribution: string
  }
  cmsPublicUrl: string
  /** public origin of the site (scheme, host, port); null: the origin of the request */
  sitePublicUrl: string | null
  /** where visitors ask about privacy and accessibility; null: their zorgkantoor */
  contactEmail: string | null
  /** ms without a worker heartbeat after which health says `degraded` */
  workerStaleMs: number
  /** requests for the map's points of a whole search per client per minute; 0: no limit */
  kaartpuntenPerMinuut: number
  /** proxies whose X-Forwarded-For names the client (cms/domain/inlogbeperking.ts) */
  vertrouwdeProxies: string[]
}

export class SiteConfigError extends Error {
  override name = 'SiteConfigError'
}

/** Parse a config from an environment (exported for tests; the site uses `getSiteConfig`). */
export const parseSiteConfig = (env: Record<string, string | undefined>): SiteConfig => {
  const parsed = SiteEnvSchema.safeParse(env)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join('.') || 'env'}: ${i.message}`)
    throw new SiteConfigError(
      `Ongeldige configuratie van de site / invalid site configuration:\n${lines.join('\n')}`,
    )
  }
  const e = parsed.data
  const tileOrigin = tileOriginOf(e.MAP_TILE_URL)
  return {
    port: e.SITE_PORT,
    dataDir: e.DATA_DIR,
    engine: engineConfigFromEnv({ ...env, DATA_DIR: e.DATA_DIR }),
    media: mediaStoreConfigFromEnv({ ...env, DATA_DIR: e.DATA_DIR }),
    map: { tileUrl: e.MAP_TILE_URL, tileOrigin, attribution: e.MAP_TILE_ATTRIBUTION },
    cmsPublicUrl: e.CMS_PUBLIC_URL.replace(/\/+$/, ''),
    sitePublicUrl: e.SITE_PUBLIC_URL ? new URL(e.SITE_PUBLIC_URL).origin : null,
    contactEmail: e.SITE_CONTACT_EMAIL ?? null,
    workerStaleMs: e.WORKER_STALE_MS ?? e.WORKER_HEARTBEAT_MS * 3,
    kaartpuntenPerMinuut: e.SITE_MAP_POINTS_PER_MINUTE,
    vertrouwdeProxies: e.TRUSTED_PROXIES.split(',')
      .map((a) => a.trim())
      .filter(Boolean),
  }
}

let cached: SiteConfig | null = null

/** The site's configuration, parsed on first use (after the project's .env, as every process). */
export const getSiteConfig = (): SiteConfig => {
  if (!cached) {
    loadProjectEnv()
    cached = parseSiteConfig(process.env)
  }
  return cached
}
