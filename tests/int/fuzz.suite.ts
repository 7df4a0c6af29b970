/**
 * Fuzz test: seeded malformed requests across every REST route of the CMS, enumerated the same way
 * as the access table (cms/access/routes.ts: the built config's collection, global and root
 * endpoints, Payload's own and ours), plus GraphQL and auth, anonymous and as each role. None may
 * answer 5xx, every refusal is Dutch, and the workflow data (organisations, locations, care offers,
 * media, users' profiles) must be exactly as before. Set FUZZ_SEED to replay a run; FUZZ_CASES to
 * change the number of cases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { alleRoutes, type Route } from '../../cms/access/routes'
import type { DbKind } from './helpers/database'
import { createWorld, PASSWORD, type World } from './helpers/fixtures'
import {
  anyWrong,
  BAD_IDS,
  badAddress,
  badGraphqlBody,
  badQuery,
  deepJson,
  MISSING_ID,
  rng,
  wrongFor,
  type FuzzCase,
  type Rng,
} from './helpers/fuzz'
import { startCms, type TestCms } from './helpers/payload'

const WHO = ['anoniem', 'aanbieder', 'redacteur', 'beheerder'] as const

type FieldInfo = { name: string; kind: Parameters<typeof wrongFor>[0] }

/** English words none of our Dutch messages has (quoted field names and input left out). */
const ENGELS =
  /\b(the|not allowed|invalid|field|error|not found|unauthorized|something|no user|token|limit|has been|expired|must|cannot|route|please|request|expected|received)\b/i

/** Does an error answer carry a non-empty Dutch message? */
function isDutch(body: unknown): boolean {
  const b = body as { errors?: { message?: unknown }[]; message?: unknown } | null
  const messages = (b?.errors ?? []).map((e) => e?.message)
  if (!messages.length) messages.push(b?.message)
  return messages.every(
    (m) => typeof m === 'string' && m.trim() !== '' && !ENGELS.test(m.replace(/"[^"]*"/g, '""')),
  )
}

/** The first records that differ between two snapshots, for the failure message. */
function difference(before: string, after: string): string {
  const a = JSON.parse(before) as Record<string, unknown>
  const b = JSON.parse(after) as Record<string, unknown>
  const lines: string[] = []
  for (const key of Object.keys({ ...a, ...b })) {
    const x = JSON.stringify(a[key])
    const y = JSON.stringify(b[key])
    if (x === y) continue
    const xs = Array.isArray(a[key]) ? (a[key] as unknown[]).map((d) => JSON.stringify(d)) : [x]
    const ys = Array.isArray(b[key]) ? (b[key] as unknown[]).map((d) => JSON.stringify(d)) : [y]
    lines.push(
      `${key}: before ${xs
        .filter((d) => !ys.includes(d))
        .join(' ')
        .slice(0, 600)}`,
    )
    lines.push(
      `${key}: after  ${ys
        .filter((d) => !xs.includes(d))
        .join(' ')
        .slice(0, 600)}`,
    )
  }
  return lines.join('\n')
}

export function fuzzSuite(kind: DbKind, cases: number, skip = false) {
  describe.skipIf(skip)(`fuzz on ${kind}`, () => {
    let cms: TestCms
    let world: World
    const tokens: Record<string, string | undefined> = {}
    /** every collection of the built config, and every reachable route of the CMS */
    let COLLECTIONS: string[] = []
    let ROUTES: Route[] = []

    beforeAll(async () => {
      cms = await startCms(kind)
      COLLECTIONS = cms.config.collections.map((c) => c.slug)
      ROUTES = alleRoutes(cms.config).filter(
        (route) => !route.overschaduwd && !route.sleutel.startsWith('site '),
      )
      world = await createWorld(cms.payload)
      tokens.aanbieder = await cms.rest.login('aanbieder@test.nl', PASSWORD)
      tokens.redacteur = await cms.rest.login('redacteur.cz@test.nl', PASSWORD)
      tokens.beheerder = await cms.rest.login('beheer@test.nl', PASSWORD)
    })
    afterAll(async () => cms?.close())

    async function auditLog() {
      const found = await cms.payload.find({
        collection: 'audit-log',
        limit: 0,
        pagination: false,
        sort: 'id',
        overrideAccess: true,
      })
      return found.docs
    }

    /** The workflow data as a comparable text (login counters and sessions left out). */
    async function snapshot(): Promise<string> {
      const out: Record<string, unknown> = {}
      for (const collection of ['organisaties', 'locaties', 'zorgaanbod'] as const) {
        for (const draft of [false, true]) {
          const found = await cms.payload.find({
            collection,
            draft,
            depth: 0,
            limit: 0,
            pagination: false,
            sort: 'id',
            overrideAccess: true,
          })
          out[`${collection}:${draft}`] = found.docs
        }
      }
      const media = await cms.payload.find({
        collection: 'media',
        depth: 0,
        limit: 0,
        pagination: false,
        sort: 'id',
        overrideAccess: true,
      })
      out.media = media.docs
      const users = await cms.payload.find({
        collection: 'users',
        depth: 0,
        limit: 0,
        pagination: false,
        sort: 'id',
        overrideAccess: true,
        showHiddenFields: true,
      })
      out.users = users.docs.map((u) => {
        const { sessions: _s, tweestapsOpen: _o, updatedAt: _t, ...profile } = u
        return profile
      })
      out.versions = await cms.payload.countVersions({
        collection: 'locaties',
        overrideAccess: true,
      })
      return JSON.stringify(out)
    }

    function fieldsOf(slug: string): FieldInfo[] {
      const config = cms.payload.collections[slug as 'locaties']?.config
      if (!config) return []
      const infos: FieldInfo[] = []
      for (const f of config.flattenedFields) {
        const k: FieldInfo['kind'] | null =
          f.type === 'text' || f.type === 'textarea' || f.type === 'email' || f.type === 'select'
            ? 'text'
            : f.type === 'number'
              ? 'number'
              : f.type === 'checkbox'
                ? 'checkbox'
                : f.type === 'relationship' || f.type === 'upload'
                  ? 'relation'
                  : f.type === 'group' || f.type === 'tab'
                    ? 'group'
                    : f.type === 'array'
                      ? 'list'
                      : null
        if (k) infos.push({ name: f.name, kind: k })
      }
      return infos
    }

    /** A body with at least one value that must be refused, plus some noise. */
    function badBody(r: Rng, slug: string): { body?: unknown; rawBody?: string } {
      const fields = fieldsOf(slug)
      const roll = r.int(10)
      if (roll === 0)
        return { rawBody: r.pick(['{', '{"a":', 'null', '[]', '"x"', '12', '\u0000']) }
      if (roll === 1) return { rawBody: deepJson(r.pick([40, 500, 20_000])) }
      if (roll === 2 || !fields.length) return { body: r.pick([[], 'x', 5, null, [{ a: 1 }]]) }
      const body: Record<string, unknown> = {}
      const bad = r.pick(fields)
      body[bad.name] = wrongFor(bad.kind, r)
      for (let i = 0; i < r.int(3); i++) {
        const f = r.pick(fields)
        if (f.name !== bad.name) body[f.name] = r.chance(0.5) ? anyWrong(r) : wrongFor(f.kind, r)
      }
      if (r.chance(0.1)) body.__proto__ = { rol: 'beheerder' }
      return { body }
    }

    /** Ids of existing records, for cases where only the body is malformed. */
    function realId(r: Rng, slug: string): string {
      const ids: Record<string, unknown[]> = {
        organisaties: Object.values(world.org),
        locaties: Object.values(world.locatie),
        woonplaatsen: Object.values(world.wp),
        'soorten-zorg': Object.values(world.soort),
        'zachte-informatie': Object.values(world.zi),
        zorgkantoren: Object.values(world.zk),
        users: Object.values(world.users),
      }
      const list = ids[slug]
      return list?.length ? String(r.pick(list)) : r.pick(BAD_IDS)
    }

    /** A where clause that is malformed for sure (used where a valid one could change data). */
    const badMutationWhere = (r: Rng) =>
      r.pick([
        'where[id][equals]=abc',
        'where[id][in][0][a]=1',
        'where[naam][equals][$ne]=1',
        'where[and]=x',
        'where[createdAt][greater_than]=notadate',
        'where[id][near]=1,2',
      ])

    /**
     * Any enumerated route with everything that can be wrong: ids of the wrong shape or missing in
     * every parameter, a malformed query (where clauses, repeated or huge parameters, invalid
     * UTF-8), and a body that must be refused — for our endpoints always with a field they do not
     * know (their bodies are strict), for Payload's with values of the wrong type. A bulk route
     * gets a where clause that cannot match. No case may change data.
     */
    function elkeRoute(r: Rng, who: FuzzCase['who'], route = r.pick(ROUTES)): FuzzCase {
      // ending or renewing the session of a test login would leave the rest of the run anonymous
      if (['POST /api/users/logout', 'POST /api/users/refresh-token'].includes(route.sleutel))
        who = 'anoniem'
      const sub = route.pad
        .replace(/\/:[A-Za-z]+\?/g, () => (r.chance(0.5) ? '' : `/${r.pick(BAD_IDS)}`))
        .replace(/:[A-Za-z]+/g, () => (r.chance(0.7) ? r.pick(BAD_IDS) : String(MISSING_ID)))
      const basis = route.collectie
        ? `/${route.collectie}${sub === '/' ? '' : sub}`
        : route.global
          ? `/globals/${route.global}${sub === '/' ? '' : sub}`
          : sub
      const fields = route.collectie ? fieldsOf(route.collectie).map((f) => f.name) : []
      const bulk = route.collectie !== undefined && route.pad === '/'
      const query = bulk
        ? badMutationWhere(r)
        : r.pick([
            '',
            badQuery(r, fields),
            `limit=1&limit=2`,
            `depth=${'9'.repeat(300)}`,
            `q=${r.pick(['%C0%AF', '%FF%FE', '%ED%A0%80'])}`,
            `where${'[a]'.repeat(60)}=1`,
          ])
      const path = query ? `${basis}?${query}` : basis
      if (route.methode === 'GET') return { who, method: 'GET', path }
      if (route.verklaring) {
        const roll = r.int(3)
        if (roll === 0)
          return {
            who,
            method: route.methode,
            path,
            rawBody: r.pick(['{', '[1]', '"x"', deepJson(500)]),
          }
        return {
          who,
          method: route.methode,
          path,
          body: {
            __onbekend__: anyWrong(r),
            ...(roll === 1 ? {} : { reden: anyWrong(r), token: anyWrong(r) }),
          },
        }
      }
      return {
        who,
        method: route.methode,
        path,
        ...(route.collectie
          ? badBody(r, route.collectie)
          : { body: r.pick([[], 'x', 5, { a: anyWrong(r) }]) }),
      }
    }

    function generate(r: Rng): FuzzCase {
      const who = r.pick(WHO)
      const slug = r.pick(COLLECTIONS)
      const bad = r.pick(BAD_IDS)
      const fields = fieldsOf(slug).map((f) => f.name)
      const keuze = r.int(35)
      // about a third of the cases: any enumerated route (custom endpoints included)
      if (keuze >= 25) return elkeRoute(r, who)
      switch (keuze) {
        case 0:
        case 1:
          return { who, method: 'GET', path: `/${slug}?${badQuery(r, fields)}` }
        case 2:
          return { who, method: 'GET', path: `/${slug}/${bad}` }
        case 3:
          return { who, method: 'GET', path: `/${slug}/versions?${badQuery(r, fields)}` }
        case 4:
          return { who, method: 'GET', path: `/${slug}/versions/${bad}` }
        case 5:
        case 6:
          return { who, method: 'POST', path: `/${slug}`, ...badBody(r, slug) }
        case 7:
        case 8:
          return {
            who,
            method: 'PATCH',
            path: `/${slug}/${r.chance(0.7) ? realId(r, slug) : bad}`,
            ...badBody(r, slug),
          }
        case 9:
          return {
            who,
            method: 'PATCH',
            path: `/${slug}?${badMutationWhere(r)}`,
            ...badBody(r, slug),
          }
        case 10:
          return { who, method: 'DELETE', path: `/${slug}/${bad}` }
        case 11:
          return { who, method: 'DELETE', path: `/${slug}?${badMutationWhere(r)}` }
        case 12:
          return { who, method: 'POST', path: `/${slug}/${bad}/duplicate`, body: {} }
        case 13:
          return { who, method: 'POST', path: `/${slug}/versions/${bad}`, body: {} }
        case 14: {
          const action = r.pick(['versturen', 'goedkeuren', 'afwijzen'])
          // A real organisation only with a malformed body (afwijzen), else an id that cannot exist.
          return action === 'afwijzen' && r.chance(0.5)
            ? {
                who,
                method: 'POST',
                path: `/organisaties/${realId(r, 'organisaties')}/afwijzen`,
                body: { reden: r.pick([123, { $gt: '' }, ['x'], '', 'abc', null]) },
              }
            : {
                who,
                method: 'POST',
                path: `/organisaties/${bad}/${action}`,
                body: badBody(r, 'organisaties').body,
              }
        }
        case 15: {
          const target = r.pick([
            `/locaties/${bad}/overzicht`,
            `/locaties/${bad}/herstel`,
            `/zorgaanbod/${bad}/herstel`,
            `/media/${bad}/nieuwe-versie`,
            `/organisaties/mijn-overzicht?${badQuery(r, [])}`,
            `/health?${badQuery(r, [])}`,
          ])
          return {
            who,
            method: target.includes('overzicht') || target.startsWith('/health') ? 'GET' : 'POST',
            path: target,
            body: r.chance(0.5) ? { alt: 5, toestemming: 'ja' } : undefined,
          }
        }
        case 16:
          return {
            who,
            method: 'POST',
            path: `/locaties/${realId(r, 'locaties')}/kopieer-zorgaanbod`,
            body: r.pick([
              {
                naarLocatie: r.pick(['abc', -1, { $ne: 1 }, MISSING_ID]),
                woonplaats: world.wp.breda,
              },
              { naarLocatie: world.locatie.a1, woonplaats: r.pick(['abc', MISSING_ID, [1], null]) },
              'x',
              [],
            ]),
          }
        case 17:
          return {
            who,
            method: 'POST',
            path: `/zorgaanbod/${r.chance(0.5) ? MISSING_ID : bad}/kopieer`,
            body: {
              woonplaatsen: r.pick([[], 'x', [{ a: 1 }], [MISSING_ID], new Array(600).fill(1)]),
            },
          }
        case 18: {
          const auth = r.pick([
            'login',
            'logout',
            'me',
            'refresh-token',
            'forgot-password',
            'reset-password',
            'unlock',
            'first-register',
            'access',
            'init',
          ])
          return {
            who,
            method: auth === 'me' || auth === 'init' || auth === 'access' ? 'GET' : 'POST',
            path: `/users/${auth}`,
            body: r.pick([
              { email: { $gt: '' }, password: 1 },
              { email: ['a@b.nl'], password: { $ne: 1 } },
              { token: 5, password: ['x'] },
              { email: 12 },
              'x',
              [],
            ]),
          }
        }
        case 19:
          return { who, method: 'POST', path: `/users/verify/${bad}`, body: {} }
        case 20:
          return {
            who,
            method: r.pick(['PUT', 'POST', 'PATCH', 'DELETE'] as const),
            path: r.pick([
              `/${slug}/${bad}/${bad}`,
              `/onbekend/${bad}`,
              `/${slug}/${bad}/herstel/x`,
            ]),
            body: {},
          }
        case 21: {
          // The review desk: only malformed ids and bodies, never a valid decision.
          const id = r.chance(0.5) ? bad : MISSING_ID
          return r.pick([
            { who, method: 'GET', path: `/wijzigingsverzoeken/wachtrij?${badQuery(r, [])}` },
            { who, method: 'GET', path: `/wijzigingsverzoeken/${id}/verschillen` },
            {
              who,
              method: 'POST',
              path: `/wijzigingsverzoeken/${r.chance(0.5) ? id : '1'}/goedkeuren`,
              body: { controle: r.pick([5, ['x'], { $ne: 1 }, 'x'.repeat(200)]) },
            },
            {
              who,
              method: 'POST',
              path: `/wijzigingsverzoeken/${r.chance(0.5) ? id : '1'}/afwijzen`,
              body: { reden: r.pick([5, '', 'kort', ['x'], { $ne: 1 }, 'x'.repeat(3000)]) },
            },
            {
              who,
              method: 'POST',
              path: `/organisaties/${realId(r, 'organisaties')}/goedkeuren`,
              rawBody: r.pick(['{', 'null', '[1]', '"x"']),
            },
          ] satisfies FuzzCase[])
        }
        case 23:
        case 24: {
          // an address Payload cannot read, with any method (a bulk route never with a valid one)
          const method = r.pick(['GET', 'GET', 'PATCH', 'DELETE', 'POST'] as const)
          return { who, method, path: badAddress(r, slug), body: method === 'GET' ? undefined : {} }
        }
        default:
          return {
            who,
            method: 'POST',
            path: `/${slug}`,
            rawBody: JSON.stringify(badBody(r, slug).body ?? {}),
            headers: {
              'Content-Type': r.pick(['text/plain', 'multipart/form-data', 'application/xml']),
            },
          }
      }
    }

    it(`every route once, then ${cases} seeded malformed requests: no 5xx, workflow data unchanged`, async () => {
      const seed = Number(process.env.FUZZ_SEED ?? (kind === 'sqlite' ? 20261129 : 20261130))
      const r = rng(seed)
      const before = await snapshot()
      const logBefore = await auditLog()
      const failures: string[] = []
      const byStatus = new Map<number, number>()
      // every enumerated route at least once, then the seeded mix
      const alle = ROUTES.map((route) => () => elkeRoute(r, r.pick(WHO), route))
      for (let i = 0; i < alle.length + cases; i++) {
        const c = i < alle.length ? alle[i]!() : generate(r)
        if (c.method === 'GET') {
          c.body = undefined
          c.rawBody = undefined
        }
        const res = await cms.rest.request(c.method, c.path, {
          token: c.who === 'anoniem' ? undefined : tokens[c.who],
          body: c.body,
          rawBody: c.rawBody,
          headers: c.headers,
        })
        byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1)
        // FUZZ_TRACE=1: find the case that changed data (slow: a snapshot after every request).
        if (process.env.FUZZ_TRACE && (await snapshot()) !== before) {
          failures.push(
            `#${i} changed data: ${c.who} ${c.method} ${c.path} ${JSON.stringify(c.body)?.slice(0, 200)} → ${res.status}`,
          )
          break
        }
        if (res.status >= 400 && res.status < 500 && !isDutch(res.body)) {
          failures.push(
            `#${i} ${c.who} ${c.method} ${c.path.slice(0, 120)} → ${res.status} not Dutch: ${JSON.stringify(res.body).slice(0, 200)}`,
          )
        }
        if (res.status >= 500) {
          failures.push(
            `#${i} ${c.who} ${c.method} ${c.path} ${c.rawBody?.slice(0, 80) ?? JSON.stringify(c.body)?.slice(0, 120)} → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`,
          )
        }
      }
      // GraphQL: malformed documents and variables.
      const gql = [
        '{',
        'query { Locaties(where: { naam: { near: "1,2" } }) { docs { id } } }',
        'query { Locatie(id: "abc") { id } }',
        'mutation { updateLocatie(id: 1, data: { naam: 123 }) { id } }',
        // Payload names the single location `Locaty` (its singular of "Locaties")
        'query { Locaty(id: "abc") { id } }',
        'mutation { updateLocaty(id: 1, data: { naam: 123 }) { id } }',
        'mutation { updateLocaty(id: 999999, data: { naam: "Bestaat niet" }) { id } }',
        'query { Locaties(limit: -1, page: 0) { docs { id } } }',
        'query { Organisaties(where: { createdAt: { greater_than: "notadate" } }) { docs { id } } }',
        `query { ${'a { '.repeat(300)}${'}'.repeat(300)} }`,
      ]
      for (const [i, q] of gql.entries()) {
        for (const who of WHO) {
          const res = await cms.rest.graphql(q, who === 'anoniem' ? undefined : tokens[who])
          byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1)
          if (res.status >= 500) failures.push(`graphql #${i} ${who} → ${res.status}`)
          if (res.status >= 400 && !isDutch(res.body))
            failures.push(`graphql #${i} ${who} → ${res.status} not Dutch`)
        }
      }
      // GraphQL bodies that are not one query: batches, subscriptions, non-JSON, huge, introspection
      const gqlBodies = Math.max(20, Math.round(cases / 20))
      for (let i = 0; i < gqlBodies; i++) {
        const who = r.pick(WHO)
        const body = badGraphqlBody(r)
        const res = await cms.rest.graphqlRaw(body, {
          token: who === 'anoniem' ? undefined : tokens[who],
        })
        byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1)
        if (res.status < 400 || res.status >= 500 || !isDutch(res.body)) {
          failures.push(
            `graphql body #${i} ${who} ${body.slice(0, 80)} → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`,
          )
        }
      }
      const after = await snapshot()
      console.log(
        `fuzz ${kind} (seed ${seed}): ${cases + gql.length * WHO.length + gqlBodies} verzoeken; statussen ${JSON.stringify(Object.fromEntries([...byStatus].sort()))}`,
      )
      expect(failures, failures.slice(0, 20).join('\n')).toEqual([])
      expect(
        after === before,
        `workflow data changed by malformed requests:\n${difference(before, after)}`,
      ).toBe(true)
      // The audit log only grows (failed logins are logged): no entry changed or went away.
      const logAfter = new Map((await auditLog()).map((e) => [e.id, JSON.stringify(e)]))
      for (const entry of logBefore) expect(logAfter.get(entry.id)).toBe(JSON.stringify(entry))
    })
  })
}
