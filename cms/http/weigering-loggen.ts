/**
 * A refusal is logged as a refusal: one `info` line with its message, not an error with a stack.
 * A refusal is an error with an HTTP status 400–499 (APIError, Forbidden, ValidationError, …),
 * thrown directly (REST) or wrapped in a GraphQLError (`originalError`).
 *
 * Payload picks the level of a logged error by its class name (`loggingLevels`), which fails
 * twice: through GraphQL every error is named `GraphQLError`, and the production build of the CMS
 * minifies class names (a Forbidden is named `a` there), so every refusal became an error line
 * that would wake whoever watches the error log. The status survives both. Anything without a
 * 4xx status (a 5xx, a plain Error) stays an error line.
 */
import type { LoggerOptions } from 'pino'

const statusOf = (value: unknown): unknown =>
  typeof value === 'object' && value !== null ? (value as { status?: unknown }).status : undefined

const is4xx = (status: unknown): boolean =>
  typeof status === 'number' && status >= 400 && status < 500

/** An error with a 4xx status, or a GraphQLError around one. */
export function isWeigering(err: unknown): err is Error {
  if (typeof err !== 'object' || err === null || !(err instanceof Error)) return false
  if (is4xx(statusOf(err))) return true
  return (
    err.name === 'GraphQLError' &&
    is4xx(statusOf((err as { originalError?: unknown }).originalError))
  )
}

const ERROR = 50

/** pino hooks for Payload's logger: a refusal logged at error level becomes an info line. */
export const weigeringLogHooks: NonNullable<LoggerOptions['hooks']> = {
  logMethod(args, method, level) {
    const [first] = args as unknown[]
    const err =
      typeof first === 'object' && first !== null ? (first as { err?: unknown }).err : undefined
    if (level >= ERROR && isWeigering(err)) {
      // as Payload logs a refusal it knows by name (utilities/logError.js): the message only
      this.info({ msg: err.message })
      return
    }
    method.apply(this, args)
  },
}
