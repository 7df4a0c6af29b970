import { Writable } from 'node:stream'
import { GraphQLError } from 'graphql'
import { APIError, Forbidden, ValidationError } from 'payload'
import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import { isGraphqlWeigering, weigeringLogHooks } from '../../../cms/http/weigering-loggen'
import { loggerOptions } from '../../../search-indexer/runtime/logger'

/** The error Payload's GraphQL handler logs: graphql-js wraps what the resolver threw. */
const viaGraphql = (original: Error) =>
  new GraphQLError(original.message, { originalError: original, path: ['updateLocatie'] })

/** Payload's logger as payload.config.ts makes it in production, writing into lines. */
const capture = () => {
  const lines: Record<string, unknown>[] = []
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>)
      done()
    },
  })
  const logger = pino({ ...loggerOptions('payload', {}), hooks: weigeringLogHooks }, destination)
  return { logger, lines }
}

const LOCKED = 'U kunt tijdelijk geen wijzigingen doorvoeren.'

describe('a refusal through GraphQL is logged as through REST', () => {
  it('knows a refusal by the 4xx status of the error the resolver threw', () => {
    expect(isGraphqlWeigering(viaGraphql(new APIError(LOCKED, 403)))).toBe(true)
    expect(isGraphqlWeigering(viaGraphql(new Forbidden()))).toBe(true)
    expect(isGraphqlWeigering(viaGraphql(new ValidationError({ errors: [] })))).toBe(true)
    // a server fault, a plain error without status, an error not through GraphQL: not refusals
    expect(isGraphqlWeigering(viaGraphql(new APIError('kapot', 500)))).toBe(false)
    expect(isGraphqlWeigering(viaGraphql(new Error('database weg')))).toBe(false)
    expect(isGraphqlWeigering(new GraphQLError('Syntax Error: Unexpected Name'))).toBe(false)
    expect(isGraphqlWeigering(new APIError(LOCKED, 403))).toBe(false)
    expect(isGraphqlWeigering(null)).toBe(false)
    expect(isGraphqlWeigering('GraphQLError')).toBe(false)
  })

  it('writes a refusal as one info line with its message, without a stack', () => {
    const { logger, lines } = capture()
    logger.error({ err: viaGraphql(new APIError(LOCKED, 403)) })
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({ level: 30, msg: LOCKED, name: 'payload' })
    expect(lines[0]).not.toHaveProperty('err')
  })

  it('keeps a server fault through GraphQL an error line with its error', () => {
    const { logger, lines } = capture()
    logger.error({ err: viaGraphql(new Error('database weg')) })
    logger.error({ err: viaGraphql(new APIError('kapot', 500)) })
    expect(lines.map((l) => l.level)).toEqual([50, 50])
    expect(lines[0]!.err).toMatchObject({ type: 'GraphQLError', message: 'database weg' })
  })

  it('leaves every other call as it was: other levels, messages, plain errors', () => {
    const { logger, lines } = capture()
    logger.warn({ err: viaGraphql(new APIError(LOCKED, 403)) }, 'gewaarschuwd')
    logger.error('alleen tekst')
    logger.error(new Error('los'))
    logger.info({ aantal: 2 }, 'klaar')
    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      [40, 'gewaarschuwd'],
      [50, 'alleen tekst'],
      [50, 'los'],
      [30, 'klaar'],
    ])
  })
})
