/**
 * Configuration of the public media store and the optional street view, read from the
 * environment and validated (the indexer writes, the site reads: both call this).
 *   PUBLIC_MEDIA_STORE          'local' (default) | 's3'
 *   PUBLIC_MEDIA_DIR            local folder (default DATA_DIR/publieke-media)
 *   PUBLIC_MEDIA_S3_ENDPOINT    e.g. https://s3.eu-central-1.amazonaws.com, http://127.0.0.1:9000
 *   PUBLIC_MEDIA_S3_BUCKET, PUBLIC_MEDIA_S3_REGION (default us-east-1), PUBLIC_MEDIA_S3_PREFIX
 *   PUBLIC_MEDIA_S3_ACCESS_KEY_ID, PUBLIC_MEDIA_S3_SECRET_ACCESS_KEY
 *   STREETVIEW_URL_TEMPLATE     optional: https URL with {lat} {lng} {width} {height} {key}
 *   STREETVIEW_KEY              optional key put in {key}
 */
import { join, resolve } from 'node:path'
import { z } from 'zod'
import type { S3Config } from './s3'
import type { StraatbeeldConfig } from './streetview'

export type MediaStoreConfig = { store: 'local'; dir: string } | ({ store: 's3' } & S3Config)

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)
const opt = z.preprocess(blank, z.string().optional())

const EnvSchema = z
  .object({
    DATA_DIR: z.preprocess(blank, z.string().default('./data')),
    PUBLIC_MEDIA_STORE: z.preprocess(
      blank,
      z
        .enum(['local', 's3'], {
          error: 'PUBLIC_MEDIA_STORE moet "local" of "s3" zijn / must be "local" or "s3"',
        })
        .default('local'),
    ),
    PUBLIC_MEDIA_DIR: opt,
    PUBLIC_MEDIA_S3_ENDPOINT: z.preprocess(
      blank,
      z
        .url({ error: 'PUBLIC_MEDIA_S3_ENDPOINT is geen geldige URL / is not a valid URL' })
        .optional(),
    ),
    PUBLIC_MEDIA_S3_BUCKET: opt,
    PUBLIC_MEDIA_S3_REGION: z.preprocess(blank, z.string().default('us-east-1')),
    PUBLIC_MEDIA_S3_PREFIX: opt,
    PUBLIC_MEDIA_S3_ACCESS_KEY_ID: opt,
    PUBLIC_MEDIA_S3_SECRET_ACCESS_KEY: opt,
    STREETVIEW_URL_TEMPLATE: z.preprocess(
      blank,
      z
        .string()
        .refine(
          (v) => /^https?:\/\/[^/]+\//.test(v) && v.includes('{lat}') && v.includes('{lng}'),
          {
            message:
              'STREETVIEW_URL_TEMPLATE moet een http(s)-URL met {lat} en {lng} zijn / must be an http(s) URL with {lat} and {lng}',
          },
        )
        .optional(),
    ),
    STREETVIEW_KEY: opt,
  })
  .superRefine((env, ctx) => {
    if (env.PUBLIC_MEDIA_STORE !== 's3') return
    for (const name of [
      'PUBLIC_MEDIA_S3_ENDPOINT',
      'PUBLIC_MEDIA_S3_BUCKET',
      'PUBLIC_MEDIA_S3_ACCESS_KEY_ID',
      'PUBLIC_MEDIA_S3_SECRET_ACCESS_KEY',
    ] as const) {
      if (!env[name]) {
        ctx.addIssue({
          code: 'custom',
          path: [name],
          message: `PUBLIC_MEDIA_STORE=s3 vraagt om ${name} / needs ${name}`,
        })
      }
    }
  })

export class MediaConfigError extends Error {
  override name = 'MediaConfigError'
}

const parse = (env: Record<string, string | undefined>) => {
  const parsed = EnvSchema.safeParse(env)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join('.') || 'env'}: ${i.message}`)
    throw new MediaConfigError(
      `Ongeldige configuratie van de publieke media / invalid public media configuration:\n${lines.join('\n')}`,
    )
  }
  return parsed.data
}

/** Folder of the local public media store for a data dir. */
export const publiekeMediaDir = (dataDir: string): string =>
  resolve(join(dataDir, 'publieke-media'))

export const mediaStoreConfigFromEnv = (
  env: Record<string, string | undefined> = process.env,
): MediaStoreConfig => {
  const e = parse(env)
  if (e.PUBLIC_MEDIA_STORE === 's3') {
    return {
      store: 's3',
      endpoint: e.PUBLIC_MEDIA_S3_ENDPOINT!,
      bucket: e.PUBLIC_MEDIA_S3_BUCKET!,
      region: e.PUBLIC_MEDIA_S3_REGION,
      accessKeyId: e.PUBLIC_MEDIA_S3_ACCESS_KEY_ID!,
      secretAccessKey: e.PUBLIC_MEDIA_S3_SECRET_ACCESS_KEY!,
      ...(e.PUBLIC_MEDIA_S3_PREFIX && { prefix: e.PUBLIC_MEDIA_S3_PREFIX.replace(/\/*$/, '/') }),
    }
  }
  return {
    store: 'local',
    dir: e.PUBLIC_MEDIA_DIR ? resolve(e.PUBLIC_MEDIA_DIR) : publiekeMediaDir(e.DATA_DIR),
  }
}

/** The street-view adapter's configuration, or null when it is not configured (the default). */
export const straatbeeldConfigFromEnv = (
  env: Record<string, string | undefined> = process.env,
): StraatbeeldConfig | null => {
  const e = parse(env)
  if (!e.STREETVIEW_URL_TEMPLATE) return null
  return {
    urlTemplate: e.STREETVIEW_URL_TEMPLATE,
    ...(e.STREETVIEW_KEY && { key: e.STREETVIEW_KEY }),
  }
}
