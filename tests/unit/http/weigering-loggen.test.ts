import { Writable } from 'node:stream'
import { GraphQLError } from 'graphql'
import { APIError, Forbidden, ValidationError } from 'payload'
import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import { isWeigering, weigeringLogHooks } from '../../../cms/http/weigering-loggen'
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

describe('a refusal is logged as an info line, through REST and GraphQL alike', () => {
  it('knows a refusal by its 4xx status, thrown directly or through GraphQL', () => {
    expect(isWeigering(new APIError(LOCKED, 403))).toBe(true)
    expect(isWeigering(new Forbidden())).toBe(true)
    expect(isWeigering(new ValidationError({ errors: [] }))).toBe(true)
    expect(isWeigering(viaGraphql(new APIError(LOCKED, 403)))).toBe(true)
    expect(isWeigering(viaGraphql(new Forbidden()))).toBe(true)
    expect(isWeigering(viaGraphql(new ValidationError({ errors: [] })))).toBe(true)
    // the production build minifies class names: the status still tells
    const minified = Object.assign(new Error(LOCKED), { name: 'a', status: 403 })
    expect(isWeigering(minified)).toBe(true)
    expect(isWeigering(viaGraphql(minified))).toBe(true)
    // a server fault, a plain error, a GraphQL syntax error, not an error at all: no refusals
    expect(isWeigering(new APIError('kapot', 500))).toBe(false)
    expect(isWeigering(viaGraphql(new APIError('kapot', 500)))).toBe(false)
    expect(isWeigering(viaGraphql(new Error('database weg')))).toBe(false)
    expect(isWeigering(new Error('database weg'))).toBe(false)
    expect(isWeigering(Object.assign(new Error('x'), { status: '403' }))).toBe(false)
    expect(isWeigering(new GraphQLError('Syntax Error: Unexpected Name'))).toBe(false)
    expect(isWeigering({ status: 403, message: 'geen Error' })).toBe(false)
    expect(isWeigering(null)).toBe(false)
    expect(isWeigering('GraphQLError')).toBe(false)
  })

  it('writes a refusal as one info line with its message, without a stack', () => {
    const { logger, lines } = capture()
    logger.error({ err: viaGraphql(new APIError(LOCKED, 403)) })
    logger.error({ err: Object.assign(new Error(LOCKED), { name: 'a', status: 403 }) })
    expect(lines).toHaveLength(2)
    for (const line of lines) {
      expect(line).toMatchObject({ level: 30, msg: LOCKED, name: 'payload' })
      expect(line).not.toHaveProperty('err')
    }
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
