/**
 * Search engine configuration, read once from the environment and validated.
 *   SEARCH_ENGINE            'embedded' (default) | 'meilisearch'
 *   DATA_DIR                 data directory (default ./data); the embedded store goes in DATA_DIR/search
 *   SEARCH_WRITE_WAIT_MS     embedded: how long one write waits for another writer's lock on the
 *                            store (e.g. `npm run reindex`) before it fails and its job is retried
 *                            later (default 30000)
 *   MEILISEARCH_URL          required when SEARCH_ENGINE=meilisearch
 *   MEILISEARCH_API_KEY      the indexer's key (documents, settings); never given to the site
 *   MEILISEARCH_SEARCH_KEY   the site's key: only the `search` action on our indexes
 *   MEILISEARCH_INDEX_PREFIX default 'zorgatlas'
 *   MEILISEARCH_TIMEOUT_MS   how long one request may take (default 5000 for the site, 30000
 *                            for the indexer; waiting for a task has its own limit)
 */
import { join, resolve } from 'node:path'
import { z } from 'zod'

export type EngineConfig =
  | {
      engine: 'embedded'
      dir: string
      /** ms one write waits for another writer's lock (default: the writer's, 30 s) */
      writeWaitMs?: number
    }
  | {
      engine: 'meilisearch'
      url: string
      /** the writer's key */
      apiKey?: string
      /** the reader's (site's) key: search only */
      searchKey?: string
      indexPrefix?: string
      requestTimeoutMs?: number
    }

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)

const EnvSchema = z
  .object({
    SEARCH_ENGINE: z.preprocess(
      blankToUndefined,
      z
        .enum(['embedded', 'meilisearch'], {
          error:
            'SEARCH_ENGINE moet "embedded" of "meilisearch" zijn / must be "embedded" or "meilisearch"',
        })
        .default('embedded'),
    ),
    DATA_DIR: z.preprocess(blankToUndefined, z.string().default('./data')),
    SEARCH_WRITE_WAIT_MS: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: 'SEARCH_WRITE_WAIT_MS moet een getal zijn / must be a number' })
        .int()
        .min(0)
        .max(600_000)
        .optional(),
    ),
    MEILISEARCH_URL: z.preprocess(
      blankToUndefined,
      z.url({ error: 'MEILISEARCH_URL is geen geldige URL / is not a valid URL' }).optional(),
    ),
    MEILISEARCH_API_KEY: z.preprocess(blankToUndefined, z.string().optional()),
    MEILISEARCH_SEARCH_KEY: z.preprocess(blankToUndefined, z.string().optional()),
    MEILISEARCH_TIMEOUT_MS: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: 'MEILISEARCH_TIMEOUT_MS moet een getal zijn / must be a number' })
        .int()
        .min(100)
        .max(600_000)
        .optional(),
    ),
    MEILISEARCH_INDEX_PREFIX: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(
          /^[a-zA-Z0-9_-]+$/,
          'MEILISEARCH_INDEX_PREFIX: alleen letters, cijfers, - en _ / only letters, digits, - and _',
        )
        .default('zorgatlas'),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.SEARCH_ENGINE === 'meilisearch' && !env.MEILISEARCH_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['MEILISEARCH_URL'],
        message:
          'SEARCH_ENGINE=meilisearch vraagt om MEILISEARCH_URL (bijv. http://127.0.0.1:7700) / ' +
          'SEARCH_ENGINE=meilisearch needs MEILISEARCH_URL (e.g. http://127.0.0.1:7700)',
      })
    }
  })

export class EngineConfigError extends Error {
  override name = 'EngineConfigError'
}

/** Directory of the embedded engine's snapshots for a data dir. */
export const embeddedSearchDir = (dataDir: string): string => resolve(join(dataDir, 'search'))

export const engineConfigFromEnv = (
  env: Record<string, string | undefined> = process.env,
): EngineConfig => {
  const parsed = EnvSchema.safeParse(env)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join('.') || 'env'}: ${i.message}`)
    throw new EngineConfigError(
      `Ongeldige zoekmachine-configuratie / invalid search engine configuration:\n${lines.join('\n')}`,
    )
  }
  const e = parsed.data
  if (e.SEARCH_ENGINE === 'meilisearch' && e.MEILISEARCH_URL) {
    return {
      engine: 'meilisearch',
      url: e.MEILISEARCH_URL,
      ...(e.MEILISEARCH_API_KEY && { apiKey: e.MEILISEARCH_API_KEY }),
      ...(e.MEILISEARCH_SEARCH_KEY && { searchKey: e.MEILISEARCH_SEARCH_KEY }),
      ...(e.MEILISEARCH_TIMEOUT_MS && { requestTimeoutMs: e.MEILISEARCH_TIMEOUT_MS }),
      indexPrefix: e.MEILISEARCH_INDEX_PREFIX,
    }
  }
  return {
    engine: 'embedded',
    dir: embeddedSearchDir(e.DATA_DIR),
    ...(e.SEARCH_WRITE_WAIT_MS !== undefined && { writeWaitMs: e.SEARCH_WRITE_WAIT_MS }),
  }
}
