/**
 * One logger per process: `worker`, `reindex`, `seed`, `site` — pino, writing
 * JSON lines in production (NODE_ENV=production) and readable lines (pino-pretty) otherwise.
 * `LOG_FORMAT=json|pretty` overrides the choice (`npm start` runs its children with
 * NODE_ENV=production but keeps them readable unless it runs in production itself);
 * `LOG_LEVEL` sets the level (default `info`). Everything goes to stdout, synchronously, so nothing
 * is lost when a script ends with `process.exit`.
 *
 * No personal data: log what happened and ids, never e-mail addresses, names of people, tokens,
 * request bodies or what the public typed into the search. Errors go through `safeError` (type,
 * code, message and stack with e-mail addresses, tokens and SQL parameters masked; no other
 * fields, such as a database driver's `detail` with the row's values); where the message itself
 * may carry a visitor's query (search failures), log `errorKind(error)` (type and code only).
 * The redact list below is a safety net for objects passed by mistake.
 *
 * Under search-indexer/ for the same reason as env-file.ts: cms/, the indexer and site/ all use it.
 */
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino'
import pretty from 'pino-pretty'

export type { Logger } from 'pino'
export type ProcessName = 'worker' | 'reindex' | 'seed' | 'site'
export type LogFormat = 'json' | 'pretty'
/** An environment: `process.env` or a plain record (tests). */
type Env = Record<string, string | undefined>

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

/** `LOG_FORMAT` when set, else JSON in production and pretty otherwise. */
export function logFormat(env: Env = process.env): LogFormat {
  const format = env.LOG_FORMAT?.trim()
  if (format === 'json' || format === 'pretty') return format
  if (format) {
    throw new Error(`LOG_FORMAT moet "json" of "pretty" zijn / must be "json" or "pretty"`)
  }
  return env.NODE_ENV === 'production' ? 'json' : 'pretty'
}

/** `LOG_LEVEL` when set (fatal, error, warn, info, debug, trace, silent), else `info`. */
export function logLevel(env: Env = process.env): (typeof LEVELS)[number] {
  const level = env.LOG_LEVEL?.trim().toLowerCase()
  if (!level) return 'info'
  if (!(LEVELS as readonly string[]).includes(level)) {
    throw new Error(`LOG_LEVEL moet een van / must be one of ${LEVELS.join(', ')} zijn`)
  }
  return level as (typeof LEVELS)[number]
}

const EMAIL = /[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/gi
const JWT = /\beyJ[\w-]+\.[\w-]+\.[\w-]+/g
const AUTH = /\b(JWT|Bearer|Basic)\s+[\w.~+/=-]{8,}/gi
/** Drizzle: "Failed query: …\nparams: a,b,c"; MongoDB: "dup key: { email: "…" }" */
const SQL_PARAMS = /\bparams: .*/g
const DUP_KEY = /dup key: \{.*?\}/g

/** The text with e-mail addresses, tokens and query parameters masked. */
export function scrub(text: string): string {
  return text
    .replace(SQL_PARAMS, 'params: [verborgen]')
    .replace(DUP_KEY, 'dup key: { [verborgen] }')
    .replace(AUTH, '$1 [verborgen]')
    .replace(JWT, '[token]')
    .replace(EMAIL, '[e-mail]')
}

const codeOf = (error: object): string | number | undefined => {
  const code = (error as { code?: unknown }).code
  return typeof code === 'string' || typeof code === 'number' ? code : undefined
}

const statusOf = (error: object): number | undefined => {
  const e = error as { status?: unknown; statusCode?: unknown; httpStatus?: unknown }
  const status = e.status ?? e.statusCode ?? e.httpStatus
  return typeof status === 'number' ? status : undefined
}

export interface ErrorKind {
  type: string
  code?: string | number
  status?: number
}

/** What kind of failure, without its message (which may quote what a visitor typed). */
export function errorKind(error: unknown): ErrorKind {
  if (!(error instanceof Error)) return { type: typeof error }
  const code = codeOf(error)
  const status = statusOf(error)
  return {
    type: error.name || 'Error',
    ...(code !== undefined && { code }),
    ...(status !== undefined && { status }),
  }
}

export interface SafeError extends ErrorKind {
  message: string
  stack?: string
  cause?: SafeError
}

/** An error for the log: kind, masked message and stack, and its cause; nothing else. */
export function safeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error)) return { type: typeof error, message: scrub(String(error)) }
  const out: SafeError = { ...errorKind(error), message: scrub(error.message) }
  if (error.stack) out.stack = scrub(error.stack)
  if (error.cause !== undefined && depth < 3) out.cause = safeError(error.cause, depth + 1)
  return out
}

const REDACT = [
  'email',
  '*.email',
  'password',
  '*.password',
  'token',
  '*.token',
  'authorization',
  '*.authorization',
  'cookie',
  '*.cookie',
  'body',
  '*.body',
  'query',
  '*.query',
  'req.headers.authorization',
  'req.headers.cookie',
]

/** pino options for a process (also given to Payload's logger in json mode, payload.config.ts). */
export function loggerOptions(name: string, env: Env = process.env): LoggerOptions {
  return {
    name,
    level: logLevel(env),
    timestamp: pino.stdTimeFunctions.isoTime,
    serializers: { err: safeError, error: safeError },
    redact: { paths: REDACT, censor: '[verborgen]' },
  }
}

export interface CreateLoggerOptions {
  env?: Env
  /** where the lines go (default stdout) */
  destination?: DestinationStream | NodeJS.WritableStream
  /** pretty only: colours (default: when stdout is a colour terminal) */
  colorize?: boolean
}

/** A new logger; processes use `getLogger`. */
export function createLogger(name: ProcessName, options: CreateLoggerOptions = {}): Logger {
  const env = options.env ?? process.env
  const settings = loggerOptions(name, env)
  if (logFormat(env) === 'json') {
    return options.destination
      ? pino(settings, options.destination as DestinationStream)
      : pino(settings)
  }
  return pino(
    settings,
    pretty({
      ignore: 'pid,hostname',
      translateTime: 'SYS:HH:MM:ss',
      sync: true,
      destination: options.destination ?? 1,
      ...(options.colorize !== undefined && { colorize: options.colorize }),
    }),
  )
}

const loggers = new Map<ProcessName, Logger>()

/** The logger of this process (one per name, made on first use). */
export function getLogger(name: ProcessName): Logger {
  let logger = loggers.get(name)
  if (!logger) {
    logger = createLogger(name)
    loggers.set(name, logger)
  }
  return logger
}
