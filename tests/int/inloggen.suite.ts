/**
 * The login door through REST and GraphQL as real clients, on a real database (SQLite and
 * PostgreSQL): the limiter (per address and per address + account, 429 with Retry-After, state in
 * the database), the same answer for unknown and known addresses, the aggregated audit of failed
 * logins; one password rule on every path; two-step login and the absolute session lifetime.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GRENZEN } from '../../cms/domain/inlogbeperking'
import { VERBINDING_HEADER, verbindingStempel } from '../../cms/http/verbinding'
import type { DbKind } from './helpers/database'
import { createWorld, PASSWORD, type World } from './helpers/fixtures'
import { startCms, type TestCms } from './helpers/payload'

const system = { overrideAccess: true } as const

/** Headers of a request from this client address (as the CMS server stamps them). */
export const vanAdres = (adres: string) => ({ [VERBINDING_HEADER]: verbindingStempel(adres) })

export function inloggenSuite(kind: DbKind, skip = false) {
  describe.skipIf(skip)(`the login door on ${kind}`, () => {
    let cms: TestCms
    let world: World

    const login = (email: string, password: string, adres: string) =>
      cms.rest.request('POST', '/users/login', {
        body: { email, password },
        headers: vanAdres(adres),
      })

    async function auditRows(documentId: string | null) {
      const found = await cms.payload.find({
        collection: 'audit-log',
        where: {
          and: [
            { actie: { equals: 'inloggen-mislukt' } },
            documentId === null
              ? { documentId: { exists: false } }
              : { documentId: { equals: documentId } },
          ],
        },
        limit: 0,
        pagination: false,
        ...system,
      })
      return found.docs
    }

    beforeAll(async () => {
      cms = await startCms(kind)
      world = await createWorld(cms.payload)
    })
    afterAll(async () => cms?.close())

    describe('logins nobody can turn against their owner', () => {
      it('five wrong passwords from one address for one login: the sixth try waits (429, Retry-After, Dutch), also with the right password', async () => {
        for (let i = 0; i < GRENZEN.inloggenPaar.max; i++) {
          const res = await login('aanbieder@test.nl', `Verkeerd-${i}-wachtwoord`, '198.51.100.1')
          expect(res.status).toBe(401)
        }
        const res = await cms.rest.request('POST', '/users/login', {
          body: { email: 'aanbieder@test.nl', password: PASSWORD },
          headers: vanAdres('198.51.100.1'),
        })
        expect(res.status).toBe(429)
        expect(res.body.errors[0].message).toMatch(
          /^Te veel pogingen\. Probeer het over 15 minuten/,
        )
        const raw = await cms.rest.request('POST', '/users/login', {
          body: { email: 'aanbieder@test.nl', password: PASSWORD },
          headers: vanAdres('198.51.100.1'),
        })
        expect(raw.status).toBe(429)
      })

      it('the Retry-After header says how many seconds to wait', async () => {
        const { REST_POST } = await import('@payloadcms/next/routes')
        const { restHandlers } = await import('../../cms/http/rest-routes')
        const res = await restHandlers(cms.config).POST(
          new Request('http://localhost:3000/api/users/login', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', ...vanAdres('198.51.100.1') },
            body: JSON.stringify({ email: 'aanbieder@test.nl', password: PASSWORD }),
          }),
          { params: Promise.resolve({ slug: ['users', 'login'] }) },
        )
        void REST_POST
        expect(res.status).toBe(429)
        const seconden = Number(res.headers.get('retry-after'))
        expect(seconden).toBeGreaterThan(14 * 60)
        expect(seconden).toBeLessThanOrEqual(15 * 60)
      })

      it('the owner at another address still logs in, and nothing locks the login itself', async () => {
        // more wrong tries than Payload's own lock used to allow (10), from other addresses
        for (let i = 0; i < 12; i++)
          expect(
            (await login('aanbieder@test.nl', `Verkeerd-${i}-wachtwoord`, `203.0.113.${i + 1}`))
              .status,
          ).toBe(401)
        const owner = await login('aanbieder@test.nl', PASSWORD, '192.0.2.50')
        expect(owner.status).toBe(200)
        expect(owner.body.token).toBeTruthy()
      })

      it('an unknown address gets the same answer as a wrong password, and waits the same way', async () => {
        const bekend = await login('aanbieder2@test.nl', 'Verkeerd-wachtwoord-1', '192.0.2.60')
        const onbekend = await login('niemand@test.nl', 'Verkeerd-wachtwoord-1', '192.0.2.60')
        expect(onbekend.status).toBe(bekend.status)
        expect(onbekend.body).toEqual(bekend.body)
        for (let i = 0; i < GRENZEN.inloggenPaar.max; i++)
          await login('niemand@test.nl', 'Verkeerd-wachtwoord-1', '192.0.2.61')
        for (let i = 0; i < GRENZEN.inloggenPaar.max; i++)
          await login('aanbieder2@test.nl', 'Verkeerd-wachtwoord-1', '192.0.2.61')
        const a = await login('niemand@test.nl', 'Verkeerd-wachtwoord-1', '192.0.2.61')
        const b = await login('aanbieder2@test.nl', 'Verkeerd-wachtwoord-1', '192.0.2.61')
        expect(a.status).toBe(429)
        expect(b.status).toBe(429)
        expect(a.body.errors[0].message).toBe(b.body.errors[0].message)
        expect(JSON.stringify(b.body)).not.toMatch(/vergrendeld|locked/i)
      })

      it('an address that tries many logins waits for all of them', async () => {
        const adres = '192.0.2.70'
        for (let i = 0; i < GRENZEN.inloggenAdres.max; i++)
          expect((await login(`iemand${i}@test.nl`, 'Verkeerd-wachtwoord-1', adres)).status).toBe(
            401,
          )
        expect((await login('redacteur.cz@test.nl', PASSWORD, adres)).status).toBe(429)
        expect((await login('redacteur.cz@test.nl', PASSWORD, '192.0.2.71')).status).toBe(200)
      })

      it('the counts live in the database, where every CMS process reads them', async () => {
        const rijen = await cms.payload.find({
          collection: 'inlogpogingen',
          limit: 0,
          pagination: false,
          ...system,
        })
        expect(rijen.docs.length).toBeGreaterThan(0)
        expect(JSON.stringify(rijen.docs)).not.toContain('@test.nl')
        // what another process writes (a block on a fresh pair) is what this one obeys
        const { tellerSleutel } = await import('../../cms/domain/inlogbeperking')
        await cms.payload.create({
          collection: 'inlogpogingen',
          data: {
            sleutel: tellerSleutel('inloggenPaar', {
              adres: '192.0.2.80',
              account: 'beheer@test.nl',
            }),
            mislukt: 0,
            geblokkeerdTot: new Date(Date.now() + 60_000).toISOString(),
            blokkades: 1,
          },
          ...system,
        })
        expect((await login('beheer@test.nl', PASSWORD, '192.0.2.80')).status).toBe(429)
        expect((await login('beheer@test.nl', PASSWORD, '192.0.2.81')).status).toBe(200)
      })

      it('failed tries are one audit entry per login and quarter of an hour, with a count', async () => {
        const rows = await auditRows(String(world.users.aanbieder))
        expect(rows).toHaveLength(1)
        // 5 + the refused tries of the first test + 12 from other addresses
        expect(rows[0]!.aantal).toBeGreaterThanOrEqual(17)
        expect(rows[0]!.toelichting).toContain('Verkeerd wachtwoord.')
        expect(rows[0]!.toelichting).toContain('te veel pogingen')
        const onbekend = await auditRows(null)
        expect(onbekend).toHaveLength(1)
        expect(onbekend[0]!.gebruikerNaam).toBe('Onbekend e-mailadres')
        expect(JSON.stringify(onbekend)).not.toContain('niemand@test.nl')
      })

      it('forgot-password: three requests per address and login, then a wait', async () => {
        const vraag = () =>
          cms.rest.request('POST', '/users/forgot-password', {
            body: { email: 'aanbieder2@test.nl' },
            headers: vanAdres('192.0.2.90'),
          })
        for (let i = 0; i < GRENZEN.vergetenPaar.max; i++) expect((await vraag()).status).toBe(200)
        const res = await vraag()
        expect(res.status).toBe(429)
        expect(res.body.errors[0].message).toMatch(/^Te veel pogingen/)
      })

      it('reset-password: unknown tokens make the address wait, but the owner’s link always works', async () => {
        const adres = '192.0.2.100'
        for (let i = 0; i < GRENZEN.tokenAdres.max; i++) {
          const res = await cms.rest.request('POST', '/users/reset-password', {
            body: { token: `onzin${i}`, password: 'Nieuw-wachtwoord-2026' },
            headers: vanAdres(adres),
          })
          expect(res.status).toBe(403)
        }
        const geweigerd = await cms.rest.request('POST', '/users/reset-password', {
          body: { token: 'nog-meer-onzin', password: 'Nieuw-wachtwoord-2026' },
          headers: vanAdres(adres),
        })
        expect(geweigerd.status).toBe(429)
        await cms.rest.request('POST', '/users/forgot-password', {
          body: { email: 'redacteur.menzis@test.nl' },
          headers: vanAdres('192.0.2.101'),
        })
        const { docs } = await cms.payload.find({
          collection: 'users',
          where: { email: { equals: 'redacteur.menzis@test.nl' } },
          showHiddenFields: true,
          ...system,
        })
        const token = docs[0]!.resetPasswordToken!
        const reset = await cms.rest.request('POST', '/users/reset-password', {
          body: { token, password: 'Nieuw-wachtwoord-2026' },
          headers: vanAdres(adres),
        })
        expect(reset.status).toBe(200)
      })

      it('set-password: unknown tokens make the address wait', async () => {
        const adres = '192.0.2.110'
        const stel = (token: string) =>
          cms.rest.request('POST', '/users/wachtwoord-instellen', {
            body: { token, wachtwoord: 'Nieuw-wachtwoord-2026' },
            headers: vanAdres(adres),
          })
        for (let i = 0; i < GRENZEN.tokenAdres.max; i++)
          expect((await stel(`${'x'.repeat(40)}${String(i).padStart(3, '0')}`)).status).toBe(410)
        const res = await stel('y'.repeat(43))
        expect(res.status).toBe(429)
        expect(res.body.fout).toMatch(/^Te veel pogingen/)
      })

      it('GraphQL: the same limiter, and one login per request', async () => {
        const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
        const gql = async (query: string, adres: string) => {
          const res = await GRAPHQL_POST(cms.config)(
            new Request('http://localhost:3000/api/graphql', {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', ...vanAdres(adres) },
              body: JSON.stringify({ query }),
            }),
          )
          return (await res.json()) as { data?: unknown; errors?: { message: string }[] }
        }
        const een = (pw: string) =>
          `mutation { loginUser(email: "collega2@test.nl", password: "${pw}") { token } }`
        for (let i = 0; i < GRENZEN.inloggenPaar.max; i++)
          expect((await gql(een(`Fout-${i}-wachtwoord`), '192.0.2.120')).errors).toBeTruthy()
        const zesde = await gql(een('Fout-6-wachtwoord'), '192.0.2.120')
        expect(zesde.errors?.[0]?.message).toMatch(/^Te veel pogingen/)
        const twee = await gql(
          `mutation { a: loginUser(email: "x1@test.nl", password: "Fout-1-wachtwoord") { token } b: loginUser(email: "x2@test.nl", password: "Fout-2-wachtwoord") { token } }`,
          '192.0.2.121',
        )
        expect(JSON.stringify(twee.errors)).toContain('Doe één inlogpoging per verzoek.')
      })
    })
  })
}
