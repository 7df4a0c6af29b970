import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { REGELS } from '../../../cms/access/regels'
import { endpoint, isStrikt, verklaringVan } from '../../../cms/http/endpoint'

/** A request as Payload hands it to an endpoint: only what the wrapper reads. */
function request(opts: { user?: Record<string, unknown> | null; body?: string; query?: string }) {
  return {
    user: opts.user ? { collection: 'users', id: 1, actief: true, ...opts.user } : null,
    searchParams: new URLSearchParams(opts.query ?? ''),
    text: async () => opts.body ?? '',
    payload: { logger: { info: () => undefined, error: () => undefined } },
  } as unknown as PayloadRequest
}

const Body = z.object({ reden: z.string({ error: 'Vul een reden in.' }) }).strict()

const ok = endpoint({
  path: '/:id/iets',
  method: 'post',
  regel: REGELS.beoordelaar,
  weigering: 'Alleen het zorgkantoor kan dit afwijzen.',
  body: Body,
  transactie: false,
  handler: async (_req, { body }) => Response.json({ gekregen: body.reden }),
})

async function call(e: ReturnType<typeof endpoint>, req: PayloadRequest) {
  const res = await e.handler(req)
  return { status: res.status, body: (await res.json()) as Record<string, any> }
}

describe('endpoint(): the rule, then the strict body, then the handler', () => {
  it('refuses without a login (401) before reading the body', async () => {
    const res = await call(ok, request({ body: '{not json' }))
    expect(res.status).toBe(401)
    expect(res.body.fout).toBe('Log eerst in.')
  })

  it('refuses a login without the right (403) with the endpoint’s own words', async () => {
    const res = await call(ok, request({ user: { rol: 'zorgaanbieder' }, body: '{}' }))
    expect(res.status).toBe(403)
    expect(res.body.fout).toBe('Alleen het zorgkantoor kan dit afwijzen.')
  })

  it('refuses a deactivated login like no login', async () => {
    const res = await call(ok, request({ user: { rol: 'beheerder', actief: false }, body: '{}' }))
    expect(res.status).toBe(401)
  })

  it('names an unknown field of the body, in Dutch', async () => {
    const res = await call(
      ok,
      request({
        user: { rol: 'beheerder' },
        body: JSON.stringify({ reden: 'x', rol: 'beheerder' }),
      }),
    )
    expect(res.status).toBe(400)
    expect(res.body.velden).toEqual({ rol: 'Dit veld hoort hier niet bij. Laat het weg.' })
  })

  it('runs the handler with the parsed body', async () => {
    const res = await call(
      ok,
      request({ user: { rol: 'zorgkantoor' }, body: JSON.stringify({ reden: 'klopt niet' }) }),
    )
    expect(res).toEqual({ status: 200, body: { gekregen: 'klopt niet' } })
  })

  it('refuses a query parameter given twice, and an unknown one', async () => {
    const e = endpoint({
      path: '/lijst',
      method: 'get',
      regel: REGELS.ingelogd,
      query: z.object({ jaar: z.string().optional() }).strict(),
      handler: async (_req, { query }) => Response.json(query),
    })
    const user = { rol: 'zorgaanbieder' }
    expect((await call(e, request({ user, query: 'jaar=1&jaar=2' }))).status).toBe(400)
    expect((await call(e, request({ user, query: 'x=1' }))).body.velden).toEqual({
      x: 'Dit veld hoort hier niet bij. Laat het weg.',
    })
    expect((await call(e, request({ user, query: 'jaar=2027' }))).body).toEqual({ jaar: '2027' })
  })

  it('keeps its declaration on the endpoint for the access table', () => {
    expect(verklaringVan(ok)).toEqual({ regel: 'beoordelaar', body: 'strikt', query: 'geen' })
  })

  it('cannot be made for a write without a body, or with a body that is not strict', () => {
    const base = { path: '/x', regel: REGELS.ingelogd, handler: async () => new Response() }
    expect(() => endpoint({ ...base, method: 'post' })).toThrow(/declares its body/)
    expect(() => endpoint({ ...base, method: 'post', body: z.object({ a: z.string() }) })).toThrow(
      /strict/,
    )
  })
})

describe('isStrikt', () => {
  it('follows objects, unions, refinements and pipes', () => {
    const strict = z.object({ a: z.string() }).strict()
    expect(isStrikt(strict)).toBe(true)
    expect(isStrikt(strict.refine(() => true))).toBe(true)
    expect(isStrikt(z.union([strict, z.object({ b: z.number() }).strict()]))).toBe(true)
    expect(isStrikt(z.discriminatedUnion('s', [z.object({ s: z.literal('x') }).strict()]))).toBe(
      true,
    )
    expect(isStrikt(z.object({ a: z.string() }))).toBe(false)
    expect(isStrikt(z.object({ a: z.string() }).passthrough())).toBe(false)
    expect(isStrikt(z.union([strict, z.object({})]))).toBe(false)
    expect(isStrikt(z.any())).toBe(false)
  })
})
