/**
 * Bad input at the HTTP level, each case found by an attack run (malformed requests that answered
 * 500, or English): invalid UTF-8 in the path, query strings Payload cannot read (`where=abc`,
 * a parameter twice, huge or deeply nested values), odd GraphQL bodies, and the English texts
 * Payload makes without its translations. Each answers a 4xx with a Dutch message that names the
 * field where there is one. Through the same guarded route handlers as the Next.js routes.
 */
import { symbols } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DbKind } from './helpers/database'
import { createWorld, PASSWORD, type World } from './helpers/fixtures'
import { startCms, type RestResponse, type TestCms } from './helpers/payload'

/** The test for "this is not English" (and not empty). */
const ENGELS =
  /\b(the|not allowed|invalid|field|error|not found|unauthorized|something|no user|token|limit|has been|expired|must|cannot|route|please|request|file|size|expected|received|input)\b/i

/** The message of an error answer, wherever Payload or we put it. */
export const boodschap = (res: RestResponse): string => {
  const b = res.body as {
    errors?: { message?: unknown }[]
    fout?: unknown
    message?: unknown
  } | null
  const m = b?.errors?.[0]?.message ?? b?.fout ?? b?.message
  return typeof m === 'string' ? m : ''
}

/** Status as expected, a non-empty Dutch message, naming `veld` when given. */
export function expectDutch(res: RestResponse, status: number, veld?: string, label = '') {
  const message = boodschap(res)
  const context = `${label} → ${res.status} ${JSON.stringify(res.body)?.slice(0, 300)}`
  expect(res.status, context).toBe(status)
  expect(message.trim(), context).not.toBe('')
  // quoted parts are field names or input ("limit"), not the language of the message
  expect(message.replace(/"[^"]*"/g, '""'), context).not.toMatch(ENGELS)
  if (veld) expect(message, context).toContain(veld)
}

export function httpInvoerSuite(kind: DbKind) {
  describe(`bad input at the HTTP level on ${kind}`, () => {
    let cms: TestCms
    let world: World
    let aanbieder = ''
    let beheerder = ''

    beforeAll(async () => {
      cms = await startCms(kind)
      world = await createWorld(cms.payload)
      aanbieder = await cms.rest.login('aanbieder@test.nl', PASSWORD)
      beheerder = await cms.rest.login('beheer@test.nl', PASSWORD)
    })
    afterAll(async () => cms?.close())

    it('a path that is not UTF-8 answers 400, for every route and method', async () => {
      const cases: [string, string][] = [
        ['GET', '/%C0%AF'],
        ['GET', '/organisaties/%C0%AF'],
        ['GET', '/locaties/%C0%AF'],
        ['GET', '/media/file/%C0%AF'],
        ['GET', '/organisaties/%C0%AF/versions'],
        ['GET', '/%E0%A4%A'],
        ['GET', '/organisaties/%FF%FE'],
        ['POST', '/organisaties/%C0%AF/versturen'],
        ['PATCH', '/locaties/%C0%AF'],
        ['DELETE', '/zorgaanbod/%C0%AF'],
        ['PUT', '/users/%C0%AF'],
      ]
      for (const [method, path] of cases) {
        for (const token of [undefined, aanbieder]) {
          const res = await cms.rest.request(method, path, {
            token,
            body: method === 'GET' ? undefined : {},
          })
          expectDutch(res, 400, 'adres', `${method} ${path}`)
        }
      }
    })

    it('a query string Payload cannot read answers 400 and names the parameter', async () => {
      const cases: [string, string][] = [
        ['/organisaties?where=abc', 'where'],
        ['/locaties?where=abc', 'where'],
        ['/zorgaanbod?where=abc', 'where'],
        ['/organisaties?where=[1]', 'where'],
        ['/organisaties?where={"naam":{"equals":"x"}}&where[id][equals]=1', 'where'],
        ['/organisaties?limit=1&limit=2', 'limit'],
        ['/organisaties?depth=1&depth=2', 'depth'],
        ['/organisaties?page=1&page=2', 'page'],
        ['/organisaties?sort=naam&sort=id', 'sort'],
        ['/organisaties?draft=true&draft=false', 'draft'],
        ['/organisaties?locale=nl&locale=en', 'locale'],
        [`/organisaties?limit=${'9'.repeat(400)}`, 'limit'],
        ['/organisaties?limit=-5', 'limit'],
        ['/organisaties?limit=abc', 'limit'],
        [`/organisaties?depth=${'9'.repeat(400)}`, 'depth'],
        ['/organisaties?depth=1000', 'depth'],
        [`/organisaties?page=${'9'.repeat(400)}`, 'page'],
        ['/organisaties?page=0', 'page'],
        [`/organisaties?sort=${'a'.repeat(500)}`, 'sort'],
        ['/organisaties?sort=__proto__;drop', 'sort'],
        ['/organisaties?draft=maybe', 'draft'],
        [`/organisaties?locale=${'x'.repeat(300)}`, 'locale'],
        ['/organisaties?select=abc', 'select'],
        ['/organisaties?populate=abc', 'populate'],
        ['/organisaties?joins=abc', 'joins'],
        ['/organisaties?data=abc', 'data'],
        ['/organisaties/mijn-overzicht?limit=1&limit=2', 'limit'],
      ]
      for (const [path, veld] of cases) {
        for (const token of [undefined, aanbieder]) {
          expectDutch(await cms.rest.request('GET', path, { token }), 400, `"${veld}"`, path)
        }
      }
      // the same for the bulk routes, which would change data
      for (const method of ['PATCH', 'DELETE']) {
        const res = await cms.rest.request(method, '/locaties?where=abc', {
          token: beheerder,
          body: method === 'PATCH' ? { naam: 'Overal' } : undefined,
        })
        expectDutch(res, 400, '"where"', `${method} /locaties?where=abc`)
      }
    })

    it('a where clause nested deeply answers 400', async () => {
      const deepJson = `${'{"or":['.repeat(40)}{"naam":{"equals":"x"}}${']}'.repeat(40)}`
      const cases = [
        `/organisaties?where${'[a]'.repeat(100)}=1`,
        `/organisaties?${'where[or][0][and][0]'}${'[or][0][and][0]'.repeat(20)}[naam][equals]=x`,
        `/organisaties?where=${encodeURIComponent(deepJson)}`,
        `/locaties?where[naam][equals][$ne]=1`,
      ]
      for (const path of cases) {
        expectDutch(await cms.rest.request('GET', path, { token: aanbieder }), 400, undefined, path)
      }
    })

    it('a query string over 8 kB answers 414', async () => {
      const res = await cms.rest.request('GET', `/organisaties?q=${'x'.repeat(9000)}`)
      expectDutch(res, 414, 'adres', 'long query')
    })

    it("an id of the wrong shape in any of Payload's id places answers 404, never 500", async () => {
      for (const [method, pad] of [
        ['POST', '/media/access/Infinity'],
        ['POST', '/locaties/access/abc'],
        ['GET', '/organisaties/versions/1e3'],
        ['POST', '/locaties/Infinity/duplicate'],
      ] as const) {
        const res = await cms.rest.request(method, pad, {
          token: aanbieder,
          body: method === 'GET' ? undefined : { focalX: true, thumbnailURL: [[[]]] },
        })
        expect(res.status, `${method} ${pad}: ${JSON.stringify(res.body)}`).toBe(404)
      }
      // a valid id there still reaches Payload
      const ok = await cms.rest.request('POST', `/locaties/access/${world.locatie.a1}`, {
        token: aanbieder,
        body: {},
      })
      expect(ok.status).toBe(200)
    })

    it('an editor whose zorgkantoor has no organisations is refused, never a 500', async () => {
      const zk = await cms.payload.create({
        collection: 'zorgkantoren',
        data: { naam: 'Leeg zorgkantoor', code: 'leeg', email: 'leeg@zk.test' },
        overrideAccess: true,
      })
      await cms.payload.create({
        collection: 'users',
        data: {
          email: 'redacteur.leeg@test.nl',
          password: PASSWORD,
          naam: 'Lege Redacteur',
          rol: 'zorgkantoor',
          zorgkantoor: zk.id,
        },
        overrideAccess: true,
      })
      const token = await cms.rest.login('redacteur.leeg@test.nl', PASSWORD)
      const patch = await cms.rest.request('PATCH', `/locaties/${world.locatie.a1}`, {
        token,
        body: { naam: 'Niet van mij' },
      })
      expect([403, 404], JSON.stringify(patch.body)).toContain(patch.status)
      const contracten = await cms.rest.request('GET', '/contracten', { token })
      expect(contracten.status).toBe(200)
      expect(contracten.body.docs).toEqual([])
      const versies = await cms.rest.request('GET', '/locaties/versions', { token })
      expect(versies.status).toBe(200)
      expect(versies.body.docs).toEqual([])
    })

    it('ordinary queries still work: empty values, one of each parameter, a JSON where', async () => {
      for (const path of [
        '/organisaties?limit=&depth=&page=&sort=',
        '/organisaties?limit=2&depth=0&page=1&sort=-naam&draft=false&locale=nl',
        // as Payload's admin asks (SaveDraftButton, Status)
        '/organisaties?locale=undefined&depth=0&fallback-locale=null&draft=true',
        `/organisaties?where=${encodeURIComponent('{"naam":{"like":"Stichting"}}')}`,
        '/organisaties?where[naam][like]=Stichting&select[naam]=true',
      ]) {
        const res = await cms.rest.request('GET', path, { token: beheerder })
        expect(res.status, `${path}: ${JSON.stringify(res.body).slice(0, 300)}`).toBe(200)
      }
    })

    it('GraphQL: subscriptions, batches, non-JSON, huge and introspection queries answer 4xx', async () => {
      const cases: [string, number][] = [
        [JSON.stringify({ query: 'subscription { Locaties { docs { id } } }' }), 400],
        [JSON.stringify({ query: 'subscription S { x }' }), 400],
        [JSON.stringify([{ query: '{ Organisaties { docs { id } } }' }]), 400],
        ['{"query": ', 400],
        ['query { Organisaties { docs { id } } }', 400],
        ['null', 400],
        ['"x"', 400],
        [JSON.stringify({ query: 5 }), 400],
        [JSON.stringify({ query: '{ Organisaties { docs { id } } }', variables: 'x' }), 400],
        [JSON.stringify({ query: '{ Organisaties { docs { id } ' }), 400],
        [JSON.stringify({ query: `{ ${'Organisaties { docs { id } } '.repeat(5000)} }` }), 413],
        [JSON.stringify({ query: `{ ${'a '.repeat(30_000)} }` }), 400],
        [JSON.stringify({ query: '{ __schema { types { name } } }' }), 403],
        [JSON.stringify({ query: '{ __type(name: "Organisatie") { name } }' }), 403],
        [
          JSON.stringify({
            query: '{ Organisaties { docs { id x: __schema { types { name } } } } }',
          }),
          403,
        ],
      ]
      for (const [body, status] of cases) {
        for (const token of [undefined, beheerder]) {
          const res = await cms.rest.graphqlRaw(body, { token })
          expectDutch(res, status, undefined, `graphql ${body.slice(0, 80)}`)
        }
      }
      // GraphQL's own validation errors: Dutch, the English detail kept aside
      const wrongField = await cms.rest.graphql('{ Organisaties { docs { bestaatNiet } } }')
      expect(wrongField.status).toBeGreaterThanOrEqual(400)
      expect(wrongField.status).toBeLessThan(500)
      expectDutch(wrongField, wrongField.status, undefined, 'unknown field')
      expect(wrongField.body.errors[0].extensions.detail).toContain('bestaatNiet')
      // an ordinary query still works, with __typename
      const ok = await cms.rest.graphql('{ Organisaties { docs { id __typename } } }', beheerder)
      expect(ok.status).toBe(200)
      expect(ok.body.data.Organisaties.docs.length).toBeGreaterThan(0)
    })

    it('a refused GraphQL mutation is logged as a refusal (info, as through REST), not as an error', async () => {
      // Payload's logger as the test config makes it (level warn): what reaches its stream
      const logger = cms.payload.logger as unknown as Record<symbol, { write(s: string): boolean }>
      const stream = logger[symbols.streamSym]!
      const write = stream.write
      const written: string[] = []
      stream.write = function (this: unknown, chunk: string) {
        written.push(String(chunk))
        return write.call(this, chunk)
      }
      try {
        const aanbieder2 = await cms.rest.login('aanbieder2@test.nl', PASSWORD)
        const res = await cms.rest.graphql(
          `mutation { updateLocaty(id: ${world.locatie.a1}, data: { naam: "Overgenomen" }) { id } }`,
          aanbieder2,
        )
        expect(res.body.errors?.[0]?.extensions?.statusCode, JSON.stringify(res.body)).toBe(403)
        // the capture sees error lines: a server fault still is one
        cms.payload.logger.error({ err: new Error('proef: een echte fout') })
      } finally {
        stream.write = write
      }
      const lines = written.map(
        (l) => JSON.parse(l) as { level: number; err?: { message?: string } },
      )
      expect(lines.map((l) => [l.level, l.err?.message])).toEqual([[50, 'proef: een echte fout']])
    })

    it("Payload's own English texts answer in Dutch", async () => {
      // "No User"
      expectDutch(await cms.rest.request('POST', '/users/logout'), 400, undefined, 'logout')
      // "Token is either invalid or has expired."
      expectDutch(
        await cms.rest.request('POST', '/users/reset-password', {
          body: { token: 'x'.repeat(40), password: 'Een-nieuw-wachtwoord-1' },
        }),
        403,
        undefined,
        'reset-password',
      )
      // "You are not allowed to perform this action."
      expectDutch(
        await cms.rest.request('POST', '/zorgkantoren', {
          token: aanbieder,
          body: { naam: 'Nieuw', code: 'nieuw', email: 'a@b.nl' },
        }),
        403,
        undefined,
        'create zorgkantoor',
      )
      // "Not Found"
      expectDutch(await cms.rest.request('GET', '/organisaties/987654321'), 404, undefined, 'find')
      // "Route not found"
      expectDutch(
        await cms.rest.request('GET', `/organisaties/${world.org.a}/bestaat-niet`, {
          token: aanbieder,
        }),
        404,
        undefined,
        'unknown route',
      )
      // "The following field is invalid: file" (a ValidationError made without req.t)
      const form = new FormData()
      form.append(
        'file',
        new Blob(['<html><script>alert(1)</script>'], { type: 'image/jpeg' }),
        'x.jpg',
      )
      form.append('_payload', JSON.stringify({ alt: 'Iets' }))
      const upload = await cms.rest.request('POST', '/media', { token: aanbieder, form })
      expectDutch(upload, 400, 'Bestand', 'upload html as jpeg')
      // "File size limit has been reached" (a body without Content-Length, past Payload's limit)
      const groot = new Uint8Array(21 * 1024 * 1024)
      const multipart = new FormData()
      multipart.append('file', new Blob([groot], { type: 'image/jpeg' }), 'groot.jpg')
      multipart.append('_payload', JSON.stringify({ alt: 'Groot' }))
      const encoded = new Response(multipart)
      const stream = await cms.rest.request('POST', '/media', {
        token: aanbieder,
        rawBody: await encoded.text(),
        headers: { 'Content-Type': encoded.headers.get('content-type') ?? '' },
      })
      expectDutch(stream, 413, undefined, 'upload over the limit')
    })

    it("zod's default messages in our endpoints are Dutch and name the field", async () => {
      const res = await cms.rest.request(
        'POST',
        `/locaties/${world.locatie.a1}/kopieer-zorgaanbod`,
        { token: aanbieder, body: 'x' },
      )
      expectDutch(res, 400, undefined, 'kopieer-zorgaanbod "x"')
      expect(res.body.velden._).not.toMatch(ENGELS)
      expect(res.body.velden._).toMatch(/groep velden/)
    })
  })
}
