/**
 * CMS configuration, read once from the environment and validated.
 * Every variable is documented in .env.example.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATA_DIR: z.string().min(1).default('./data'),
  /** empty → SQLite file in DATA_DIR; postgres://… → PostgreSQL; mongodb://… → MongoDB */
  DATABASE_URL: z
    .string()
    .default('')
    .refine(
      (v) => v === '' || /^(file:|postgres(ql)?:\/\/|mongodb(\+srv)?:\/\/)/.test(v),
      'DATABASE_URL moet leeg zijn of beginnen met file:, postgres://, postgresql:// of mongodb://',
    ),
  PAYLOAD_SECRET: z.string().optional(),
  CMS_PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  CMS_PUBLIC_URL: z.string().url().optional(),
  SITE_PUBLIC_URL: z.string().url().optional(),
  SITE_PORT: z.coerce.number().int().min(1).max(65535).default(4321),
  /** 'true' seeds demo data into an empty database even in production */
  SEED_DEMO: z.enum(['auto', 'true', 'false']).default('auto'),
  DEMO_PASSWORD: z.string().min(8).default('Zorgatlas-demo-2026'),
  /** minutes without activity before the admin logs out */
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(20),
  /** minutes after login at which a session ends, whatever the activity (default 12 hours) */
  SESSION_MAX_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(12 * 60),
  /** two-step login required for editors and beheerders: 'true', 'false'; default: in production */
  TWO_FACTOR_REQUIRED: z.enum(['true', 'false']).optional(),
  /** comma-separated addresses of reverse proxies whose X-Forwarded-For is believed; default none */
  TRUSTED_PROXIES: z.string().default(''),
  /** seconds without activity before the admin logs out; for tests, wins over the minutes */
  SESSION_IDLE_SECONDS: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60 * 60)
    .optional(),
  /** ms between the worker's heartbeats */
  WORKER_HEARTBEAT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  /** ms without a heartbeat after which health says the worker is not running */
  WORKER_STALE_MS: z.coerce.number().int().min(300).optional(),
  /** a ZorgkaartNederland feed (CSV or JSON, see README) read daily; unset: no live feed */
  ZORGKAART_URL: z.string().url().optional(),
  /** ms the feed may take before the daily run gives up (and retries later) */
  ZORGKAART_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  /** ms a running job may go without a heartbeat before another worker takes it again */
  INDEXER_LEASE_MS: z.coerce.number().int().min(500).default(60_000),
  /** ms the worker waits when its queues are empty */
  INDEXER_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(500),
  /** ms before the first retry of a failed job (doubling each try); unset: each task's own */
  JOB_RETRY_DELAY_MS: z.coerce.number().int().min(1).max(3_600_000).optional(),
  /** empty → e-mail goes to the file outbox DATA_DIR/outbox (and the log); smtp(s)://… → SMTP */
  SMTP_URL: z
    .string()
    .default('')
    .refine(
      (v) => v === '' || /^smtps?:\/\/[^\s]+$/.test(v),
      'SMTP_URL moet leeg zijn of beginnen met smtp:// of smtps://',
    ),
  /** sender of the e-mails */
  MAIL_FROM_ADDRESS: z.string().email().default('noreply@zorgatlas.nl'),
  MAIL_FROM_NAME: z.string().min(1).default('Zorgatlas'),
})

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export interface CmsConfig {
  env: 'development' | 'production' | 'test'
  dataDir: string
  database: { kind: DatabaseKind; url: string }
  secret: string
  port: number
  publicUrl: string
  sitePublicUrl: string
  seedDemo: 'auto' | 'true' | 'false'
  demoPassword: string
  sessionIdleMinutes: number
  /** a session ends this long after login, whatever the activity */
  sessionMaxMinutes: number
  /** editors and beheerders must use two-step login */
  tweestapsVerplicht: boolean
  /** reverse proxies whose X-Forwarded-For is believed (the limiter's client address) */
  trustedProxies: string[]
  worker: { heartbeatMs: number; staleMs: number; leaseMs: number; pollMs: number }
  /** retries of failed jobs: the first pause for every task, or null for each task's own */
  jobs: JobsSettings
  /** the live ZorgkaartNederland feed (§3.2.8), or null */
  zorgkaart: { url: string; timeoutMs: number } | null
  mail: MailConfig
}

export interface JobsSettings {
  retryDelayMs: number | null
}

export interface MailConfig {
  /** null: write messages to `outboxDir` (development); else send through this SMTP server */
  smtpUrl: string | null
  outboxDir: string
  fromAddress: string
  fromName: string
}

export function databaseFromUrl(url: string, dataDir: string): CmsConfig['database'] {
  if (url === '') return { kind: 'sqlite', url: `file:${path.resolve(dataDir, 'zorgatlas.db')}` }
  if (url.startsWith('file:')) return { kind: 'sqlite', url }
  if (url.startsWith('mongodb')) return { kind: 'mongodb', url }
  return { kind: 'postgres', url }
}

/**
 * The secret signs login tokens. In production it must come from the environment; for the
 * zero-setup default a random one is generated once and kept in the data dir (never in the repo).
 */
function resolveSecret(secret: string | undefined, env: CmsConfig['env'], dataDir: string): string {
  if (secret && secret.length >= 16) return secret
  if (secret) throw new Error('PAYLOAD_SECRET must be at least 16 characters long')
  if (env === 'production' && process.env.ZORGATLAS_ALLOW_GENERATED_SECRET !== 'true') {
    throw new Error('PAYLOAD_SECRET is required in production (see .env.example)')
  }
  const file = path.resolve(dataDir, '.payload-secret')
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    fs.mkdirSync(dataDir, { recursive: true })
    const generated = crypto.randomBytes(32).toString('hex')
    fs.writeFileSync(file, generated, { mode: 0o600, flag: 'wx' })
    return generated
  }
}

let cached: CmsConfig | undefined

export function loadCmsConfig(env: NodeJS.ProcessEnv = process.env): CmsConfig {
  if (cached && env === process.env) return cached
  // A blank value (`CMS_PUBLIC_URL=` in a .env copied from .env.example) means "not set", as in the
  // site's and the search engine's configuration.
  const parsed = EnvSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v === undefined || v.trim() !== '')),
  )
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join('.')}: ${i.message}`)
    throw new Error(`Invalid CMS configuration:\n${lines.join('\n')}`)
  }
  const e = parsed.data
  const dataDir = path.resolve(e.DATA_DIR)
  const config: CmsConfig = {
    env: e.NODE_ENV,
    dataDir,
    database: databaseFromUrl(e.DATABASE_URL, dataDir),
    secret: resolveSecret(e.PAYLOAD_SECRET, e.NODE_ENV, dataDir),
    port: e.CMS_PORT,
    publicUrl: e.CMS_PUBLIC_URL ?? `http://localhost:${e.CMS_PORT}`,
    sitePublicUrl: e.SITE_PUBLIC_URL ?? `http://localhost:${e.SITE_PORT}`,
    seedDemo: e.SEED_DEMO,
    demoPassword: e.DEMO_PASSWORD,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionMaxMinutes: e.SESSION_MAX_MINUTES,
    tweestapsVerplicht: e.TWO_FACTOR_REQUIRED
      ? e.TWO_FACTOR_REQUIRED === 'true'
      : e.NODE_ENV === 'production',
    trustedProxies: e.TRUSTED_PROXIES.split(',')
      .map((a) => a.trim())
      .filter(Boolean),
    worker: {
      heartbeatMs: e.WORKER_HEARTBEAT_MS,
      staleMs: e.WORKER_STALE_MS ?? e.WORKER_HEARTBEAT_MS * 3,
      leaseMs: e.INDEXER_LEASE_MS,
      pollMs: e.INDEXER_POLL_MS,
    },
    jobs: { retryDelayMs: e.JOB_RETRY_DELAY_MS ?? null },
    zorgkaart: e.ZORGKAART_URL ? { url: e.ZORGKAART_URL, timeoutMs: e.ZORGKAART_TIMEOUT_MS } : null,
    mail: {
      smtpUrl: e.SMTP_URL || null,
      outboxDir: path.join(dataDir, 'outbox'),
      fromAddress: e.MAIL_FROM_ADDRESS,
      fromName: e.MAIL_FROM_NAME,
    },
  }
  if (config.database.kind === 'sqlite') fs.mkdirSync(dataDir, { recursive: true })
  if (env === process.env) cached = config
  return config
}
