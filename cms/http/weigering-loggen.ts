/**
 * A refusal through GraphQL is logged as the same refusal through REST: one `info` line with its
 * message, not an error with a stack. Payload picks the level of a logged error by its name
 * (`loggingLevels` in payload.config.ts); through GraphQL every error is named `GraphQLError`, so
 * each refused mutation (locked organisation, another organisation's id, a bad value) became an
 * error line that would wake whoever watches the error log. A GraphQLError whose original error
 * carries a 4xx status is the client's mistake; anything else (no status, 5xx) stays an error.
 */
import type { LoggerOptions } from 'pino'

/** A GraphQLError wrapping an error with an HTTP status 400–499 (APIError, Forbidden, …). */
export function isGraphqlWeigering(err: unknown): err is Error {
  if (typeof err !== 'object' || err === null) return false
  const { name, originalError } = err as { name?: unknown; originalError?: unknown }
  if (name !== 'GraphQLError' || typeof originalError !== 'object' || originalError === null) {
    return false
  }
  const status = (originalError as { status?: unknown }).status
  return typeof status === 'number' && status >= 400 && status < 500
}

const ERROR = 50

/** pino hooks for Payload's logger: a GraphQL refusal at error level becomes an info line. */
export const weigeringLogHooks: NonNullable<LoggerOptions['hooks']> = {
  logMethod(args, method, level) {
    const [first] = args as unknown[]
    const err =
      typeof first === 'object' && first !== null ? (first as { err?: unknown }).err : undefined
    if (level >= ERROR && isGraphqlWeigering(err)) {
      // as Payload logs a refusal it knows (utilities/logError.js): the message only
      this.info({ msg: err.message })
      return
    }
    method.apply(this, args)
  },
}
