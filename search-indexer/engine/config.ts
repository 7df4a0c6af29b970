/**
 * Search engine configuration, read once from the environment and validated.
 *   SEARCH_ENGINE            'embedded' (default) | 'meilisearch'
 *   DATA_DIR                 data directory (default ./data); embedded snapshots go in DATA_DIR/search
 *   MEILISEARCH_URL          required when SEARCH_ENGINE=meilisearch
 *   MEILISEARCH_API_KEY      optional
 *   MEILISEARCH_INDEX_PREFIX default 'zorgatlas'
 */
import { join, resolve } from 'node:path'
import { z } from 'zod'

export type EngineConfig =
  | { engine: 'embedded'; dir: string }
  | { engine: 'meilisearch'; url: string; apiKey?: string; indexPrefix?: string }

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
    MEILISEARCH_URL: z.preprocess(
      blankToUndefined,
      z.url({ error: 'MEILISEARCH_URL is geen geldige URL / is not a valid URL' }).optional(),
    ),
    MEILISEARCH_API_KEY: z.preprocess(blankToUndefined, z.string().optional()),
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
      indexPrefix: e.MEILISEARCH_INDEX_PREFIX,
    }
  }
  return { engine: 'embedded', dir: embeddedSearchDir(e.DATA_DIR) }
}
