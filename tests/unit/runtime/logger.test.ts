import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import {
  createLogger,
  errorKind,
  logFormat,
  logLevel,
  safeError,
  scrub,
} from '../../../search-indexer/runtime/logger'

/** A logger writing into an array of lines. */
const capture = (env: Record<string, string | undefined>) => {
  let text = ''
  const destination = new Writable({
    write(chunk, _encoding, done) {
      text += chunk.toString()
      done()
    },
  })
  const logger = createLogger('worker', { env, destination, colorize: false })
  // pino-pretty writes through a stream pipeline: give it a turn
  const lines = async () => {
    await new Promise((resolve) => setTimeout(resolve, 20))
    return text.split('\n').filter(Boolean)
  }
  return { logger, lines }
}

/** What a Drizzle/PostgreSQL failure can carry: the row's values in `params` and `detail`. */
const databaseError = () => {
  const cause = Object.assign(
    new Error('duplicate key value violates unique constraint "users_email_idx"'),
    { code: '23505', detail: 'Key (email)=(jan.jansen@example.nl) already exists.' },
  )
  return Object.assign(
    new Error(
      'Failed query: insert into "users" ("email", "naam") values ($1, $2)\nparams: jan.jansen@example.nl,Jan Jansen',
      { cause },
    ),
    { query: 'insert …', params: ['jan.jansen@example.nl', 'Jan Jansen'] },
  )
}

describe('format and level', () => {
  it('JSON in production, pretty otherwise, LOG_FORMAT wins', () => {
    expect(logFormat({ NODE_ENV: 'production' })).toBe('json')
    expect(logFormat({ NODE_ENV: 'development' })).toBe('pretty')
    expect(logFormat({ NODE_ENV: 'test' })).toBe('pretty')
    expect(logFormat({})).toBe('pretty')
    expect(logFormat({ NODE_ENV: 'production', LOG_FORMAT: 'pretty' })).toBe('pretty')
    expect(logFormat({ LOG_FORMAT: 'json' })).toBe('json')
    expect(() => logFormat({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT/)
  })

  it('level info unless LOG_LEVEL says otherwise', () => {
    expect(logLevel({})).toBe('info')
    expect(logLevel({ LOG_LEVEL: 'DEBUG' })).toBe('debug')
    expect(() => logLevel({ LOG_LEVEL: 'luid' })).toThrow(/LOG_LEVEL/)
  })
})

describe('createLogger', () => {
  it('writes one JSON object per line in production, with the process name', async () => {
    const { logger, lines } = capture({ NODE_ENV: 'production' })
    logger.info({ taken: ['7'] }, 'Taken van een gestopte worker opnieuw in de wachtrij: 7')
    logger.debug('not at level info')
    const [line, ...rest] = await lines()
    expect(rest).toEqual([])
    const entry = JSON.parse(line!)
    expect(entry).toMatchObject({
      level: 30,
      name: 'worker',
      taken: ['7'],
      msg: 'Taken van een gestopte worker opnieuw in de wachtrij: 7',
    })
    expect(new Date(entry.time).toISOString()).toBe(entry.time)
  })

  it('writes readable lines outside production', async () => {
    const { logger, lines } = capture({ NODE_ENV: 'development' })
    logger.warn('Taken van een gestopte worker opnieuw in de wachtrij: 7')
    const [line] = await lines()
    expect(line).toMatch(/^\[\d\d:\d\d:\d\d\] WARN \(worker\): Taken van een gestopte worker/)
    expect(() => JSON.parse(line!)).toThrow()
  })

  it('logs no personal data from an error: masked message, no driver fields', async () => {
    const { logger, lines } = capture({ NODE_ENV: 'production' })
    logger.error({ err: databaseError() }, 'Worker: fout bij het uitvoeren van de wachtrij')
    const [line] = await lines()
    expect(line).not.toMatch(/jan\.jansen|Jan Jansen|Key \(email\)/)
    const { err } = JSON.parse(line!)
    expect(err).toMatchObject({
      type: 'Error',
      message: expect.stringContaining('params: [verborgen]'),
      cause: { code: '23505', message: expect.stringContaining('users_email_idx') },
    })
    expect(err).not.toHaveProperty('params')
    expect(err.cause).not.toHaveProperty('detail')
  })

  it('masks personal fields passed by mistake', async () => {
    const { logger, lines } = capture({ NODE_ENV: 'production' })
    logger.info(
      { email: 'a@example.nl', user: { email: 'b@example.nl', password: 'geheim' }, body: {} },
      'x',
    )
    const [line] = await lines()
    expect(JSON.parse(line!)).toMatchObject({
      email: '[verborgen]',
      user: { email: '[verborgen]', password: '[verborgen]' },
      body: '[verborgen]',
    })
  })
})

describe('errors', () => {
  it('scrub masks e-mail addresses, tokens and query parameters', () => {
    expect(scrub('login van piet@voorbeeld.nl mislukt')).toBe('login van [e-mail] mislukt')
    expect(scrub('Authorization: JWT eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.abcdefgh')).toBe(
      'Authorization: JWT [verborgen]',
    )
    expect(scrub('token eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.abcdefgh')).toBe('token [token]')
    expect(scrub('E11000 duplicate key error dup key: { email: "x@y.nl" }')).toBe(
      'E11000 duplicate key error dup key: { [verborgen] }',
    )
  })

  it('errorKind gives the kind of failure without its message', () => {
    const error = Object.assign(new Error('zoeken naar "dementie tilburg" mislukt'), {
      name: 'MeiliSearchApiError',
      code: 'invalid_search_filter',
      httpStatus: 400,
    })
    expect(errorKind(error)).toEqual({
      type: 'MeiliSearchApiError',
      code: 'invalid_search_filter',
      status: 400,
    })
    expect(errorKind('kapot')).toEqual({ type: 'string' })
  })

  it('safeError keeps type, code, masked message and stack, and the cause', () => {
    const safe = safeError(databaseError())
    expect(Object.keys(safe).sort()).toEqual(['cause', 'message', 'stack', 'type'])
    expect(safe.stack).not.toMatch(/jan\.jansen/)
    expect(safeError(42)).toEqual({ type: 'number', message: '42' })
  })
})
