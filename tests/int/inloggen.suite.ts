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
import { loginMetCode, volgendeCode } from './helpers/tweestaps'

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
    })
    afterAll(async () => cms?.close())

    describe('first-register (an empty database)', () => {
      const registreer = (password: string) =>
        cms.rest.request('POST', '/users/first-register', {
          body: { email: 'eerste.beheerder@test.nl', password, naam: 'Eerste Beheerder' },
          headers: vanAdres('192.0.2.1'),
        })
      it('refuses a short, a common and an e-mail password, and takes a good one', async () => {
        for (const [password, melding] of [
          ['abc', /minstens 12 tekens/],
          ['qwerty123456', /veel gebruikt/],
          ['Eerste.Beheerder-2026', /e-mailadres/],
        ] as const) {
          const res = await registreer(password)
          expect(res.status, password).toBe(400)
          expect(JSON.stringify(res.body)).toMatch(melding)
        }
        expect((await registreer('Stevig-startpunt-2026')).status).toBe(200)
      })
    })

    describe('logins nobody can turn against their owner', () => {
      beforeAll(async () => {
        world = await createWorld(cms.payload)
      })

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

    describe('one password rule on every path', () => {
      const GOED = 'Heldere-morgen-2026'
      let id: number
      const adres = '192.0.2.200'
      const maak = async (email: string) =>
        (
          await cms.payload.create({
            collection: 'users',
            data: { email, naam: 'Wim Wijzig', password: PASSWORD, rol: 'zorgaanbieder' } as never,
            ...system,
          })
        ).id as number
      const patch = (token: string, body: Record<string, unknown>, doel = id) =>
        cms.rest.request('PATCH', `/users/${doel}`, { token, body, headers: vanAdres(adres) })
      const slecht = [
        ['abc', /minstens 12 tekens/],
        ['qwerty123456', /veel gebruikt/],
        ['Wim.Wijzig-2026x', /e-mailadres/],
      ] as const

      beforeAll(async () => {
        id = await maak('wim.wijzig@test.nl')
      })

      it('changing one’s own password (PATCH): the rule, and the current password is required', async () => {
        const token = await cms.rest.login('wim.wijzig@test.nl', PASSWORD)
        for (const [password, melding] of slecht) {
          const res = await patch(token, { password, huidigWachtwoord: PASSWORD })
          expect(res.status, password).toBe(400)
          expect(res.body.errors[0].data.errors[0]).toMatchObject({ path: 'password' })
          expect(JSON.stringify(res.body)).toMatch(melding)
        }
        const zonder = await patch(token, { password: GOED })
        expect(zonder.status).toBe(400)
        expect(zonder.body.errors[0].data.errors[0]).toMatchObject({
          path: 'huidigWachtwoord',
          message: 'Vul uw huidige wachtwoord in om uw wachtwoord of e-mailadres te wijzigen.',
        })
        const fout = await patch(token, {
          password: GOED,
          huidigWachtwoord: 'Niet-het-wachtwoord-1',
        })
        expect(fout.status).toBe(400)
        expect(JSON.stringify(fout.body)).toContain('Uw huidige wachtwoord klopt niet.')
        const email = await patch(token, { email: 'wim.anders@test.nl' })
        expect(email.status).toBe(400)
        expect((await cms.rest.login('wim.wijzig@test.nl', PASSWORD)).length).toBeGreaterThan(0)
      })

      it('a password change ends every other session of that login, and is in the audit trail', async () => {
        const eerste = await cms.rest.login('wim.wijzig@test.nl', PASSWORD)
        const tweede = await cms.rest.login('wim.wijzig@test.nl', PASSWORD)
        const res = await patch(eerste, { password: GOED, huidigWachtwoord: PASSWORD })
        expect(res.status, JSON.stringify(res.body)).toBe(200)
        const meEerste = await cms.rest.request('GET', '/users/me', { token: eerste })
        const meTweede = await cms.rest.request('GET', '/users/me', { token: tweede })
        expect(meEerste.body.user?.id).toBe(id)
        expect(meTweede.body.user).toBeNull()
        expect((await login('wim.wijzig@test.nl', GOED, adres)).status).toBe(200)
        const { docs } = await cms.payload.find({
          collection: 'audit-log',
          where: { actie: { equals: 'wachtwoord-gewijzigd' }, documentId: { equals: String(id) } },
          ...system,
        })
        expect(docs).toHaveLength(1)
        expect(JSON.stringify(docs)).not.toContain(GOED)
      })

      it('nobody sets someone else’s password, a beheerder neither', async () => {
        const beheer = await cms.rest.login('beheer@test.nl', PASSWORD)
        const res = await patch(beheer, { password: 'Overgenomen-door-2026' })
        expect(res.status).toBe(403)
        expect(res.body.errors[0].message).toMatch(/Wachtwoord vergeten/)
      })

      it('reset-password: the rule, then a good password works', async () => {
        const vraag = async () => {
          await cms.rest.request('POST', '/users/forgot-password', {
            body: { email: 'wim.wijzig@test.nl' },
            headers: vanAdres('192.0.2.201'),
          })
          const u = await cms.payload.findByID({
            collection: 'users',
            id,
            showHiddenFields: true,
            ...system,
          })
          return u.resetPasswordToken!
        }
        const token = await vraag()
        for (const [password, melding] of slecht) {
          const res = await cms.rest.request('POST', '/users/reset-password', {
            body: { token, password },
            headers: vanAdres('192.0.2.201'),
          })
          expect(res.status, password).toBe(400)
          expect(JSON.stringify(res.body)).toMatch(melding)
        }
        const ok = await cms.rest.request('POST', '/users/reset-password', {
          body: { token, password: 'Nieuwe-dageraad-2027' },
          headers: vanAdres('192.0.2.201'),
        })
        expect(ok.status).toBe(200)
      })

      it('set-password link: the rule with the e-mail address, then a good password works', async () => {
        // an invitation of a new address: its link makes the login when the password is set
        const { nieuwToken, geldigTot } = await import('../../cms/domain/uitnodiging')
        const t = nieuwToken()
        await cms.payload.create({
          collection: 'uitnodigingen',
          data: {
            email: 'ilse.instel@test.nl',
            naam: 'Ilse Instel',
            organisaties: [world.org.a],
            status: 'open',
            geldigTot: geldigTot(new Date()).toISOString(),
            tokenHash: t.hash,
          },
          ...system,
        })
        for (const [wachtwoord, melding] of [
          ['abc', /minstens 12 tekens/],
          ['qwerty123456', /veel gebruikt/],
          ['Ilse.Instel-2026', /e-mailadres/],
        ] as const) {
          const res = await cms.rest.request('POST', '/users/wachtwoord-instellen', {
            body: { token: t.token, wachtwoord },
            headers: vanAdres('192.0.2.202'),
          })
          expect(res.status, wachtwoord).toBe(400)
          expect(JSON.stringify(res.body)).toMatch(melding)
        }
        const ok = await cms.rest.request('POST', '/users/wachtwoord-instellen', {
          body: { token: t.token, wachtwoord: GOED },
          headers: vanAdres('192.0.2.202'),
        })
        expect(ok.status).toBe(200)
      })

      it('GraphQL: the same rule and the current password', async () => {
        const token = await cms.rest.login('wim.wijzig@test.nl', 'Nieuwe-dageraad-2027')
        const zet = (password: string, huidig = 'Nieuwe-dageraad-2027') =>
          cms.rest.graphql(
            `mutation { updateUser(id: ${id}, data: { password: "${password}", huidigWachtwoord: "${huidig}" }) { id } }`,
            token,
          )
        for (const [password, melding] of slecht) {
          const res = await zet(password)
          expect(JSON.stringify(res.body.errors), password).toMatch(melding)
        }
        const zonder = await zet(GOED, 'Verkeerd-huidig-2026')
        expect(JSON.stringify(zonder.body.errors)).toMatch(/huidige wachtwoord klopt niet/)
        const ok = await zet('Zomerse-avond-2027')
        expect(ok.body.errors).toBeUndefined()
        expect(ok.body.data.updateUser.id).toBe(id)
      })

      it('a beheerder creating a login is held to the rule too', async () => {
        const beheer = await cms.rest.login('beheer@test.nl', PASSWORD)
        const res = await cms.rest.request('POST', '/users', {
          token: beheer,
          body: {
            email: 'nieuw.login@test.nl',
            naam: 'Nieuw',
            password: 'abc',
            rol: 'zorgaanbieder',
          },
        })
        expect(res.status).toBe(400)
        expect(JSON.stringify(res.body)).toMatch(/minstens 12 tekens/)
      })
    })

    describe('two-step login and an absolute session lifetime', () => {
      let geheim: string
      let herstelcodes: string[]
      let conceptId: number
      const EMAIL = 'aanbieder@test.nl'
      const stapLogin = (adres: string) => login(EMAIL, PASSWORD, adres)
      const controleer = (token: string, code: string, adres: string) =>
        cms.rest.request('POST', '/users/tweestaps/controleren', {
          token,
          body: { code },
          headers: vanAdres(adres),
        })

      beforeAll(async () => {
        // a draft change of a published location: only logins of its organisation see it
        conceptId = world.locatie.a1
        await cms.payload.update({
          collection: 'locaties',
          id: conceptId,
          data: { agbCode: '12345679' } as never,
          draft: true,
          overrideAccess: true,
          context: { skipIndex: true },
        })
      })

      it('a login sets it up: a QR code made here, a code confirms, ten recovery codes once', async () => {
        const token = (await stapLogin('192.0.2.150')).body.token as string
        const start = await cms.rest.request('POST', '/users/tweestaps/instellen', {
          token,
          body: {},
        })
        expect(start.status).toBe(200)
        expect(start.body.qr).toMatch(/^<svg/)
        expect(start.body.link).toContain('otpauth://totp/Zorgatlas')
        geheim = start.body.geheim
        const fout = await cms.rest.request('POST', '/users/tweestaps/bevestigen', {
          token,
          body: { code: '000000' },
        })
        expect(fout.status).toBe(400)
        const ok = await cms.rest.request('POST', '/users/tweestaps/bevestigen', {
          token,
          body: { code: await volgendeCode(geheim, EMAIL) },
        })
        expect(ok.status).toBe(200)
        herstelcodes = ok.body.herstelcodes
        expect(herstelcodes).toHaveLength(10)
        const opgeslagen = await cms.payload.find({
          collection: 'users',
          where: { email: { equals: EMAIL } },
          showHiddenFields: true,
          ...system,
        })
        const u = opgeslagen.docs[0]!
        expect(u.tweestaps).toBe(true)
        expect(JSON.stringify(u)).not.toContain(geheim)
        expect(JSON.stringify(u)).not.toContain(herstelcodes[0])
      })

      it('after the password alone, the token reads nothing: not /users/me, not drafts, not GraphQL', async () => {
        const heel = await loginMetCode(cms.rest, EMAIL, PASSWORD, geheim, vanAdres('192.0.2.151'))
        const res = await stapLogin('192.0.2.151')
        expect(res.status).toBe(200)
        expect(res.body.tweedeStap).toBe('code')
        expect(res.body.user).toEqual({
          id: world.users.aanbieder,
          email: EMAIL,
          collection: 'users',
        })
        const half = res.body.token as string
        expect((await cms.rest.request('GET', '/users/me', { token: half })).body.user).toBeNull()
        const concept = async (token: string) =>
          (
            await cms.rest.request('GET', `/locaties?draft=true&where[id][equals]=${conceptId}`, {
              token,
            })
          ).body.docs.map((d: { agbCode: string }) => d.agbCode)
        expect(await concept(heel)).toEqual(['12345679'])
        expect(await concept(half)).not.toContain('12345679')
        const gql = await cms.rest.graphql('{ meUser { user { email } } }', half)
        expect(gql.body.data.meUser.user).toBeNull()
        expect(
          (await cms.rest.request('POST', '/users/refresh-token', { token: half })).status,
        ).toBeGreaterThanOrEqual(400)
        // the second step (here a recovery code) makes the same token whole
        expect((await controleer(half, herstelcodes[1]!, '192.0.2.151')).status).toBe(200)
        expect(await concept(half)).toEqual(['12345679'])
      })

      it('a code works once; wrong codes make the address wait, another address still gets in', async () => {
        const eerste = (await stapLogin('192.0.2.152')).body.token as string
        const code = await volgendeCode(geheim, EMAIL)
        expect((await controleer(eerste, code, '192.0.2.152')).status).toBe(200)
        const tweede = (await stapLogin('192.0.2.152')).body.token as string
        const nogmaals = await controleer(tweede, code, '192.0.2.152')
        expect(nogmaals.status).toBe(400)
        expect(nogmaals.body.fout).toMatch(/code klopt niet/)
        for (let i = 1; i < GRENZEN.codePaar.max; i++)
          expect((await controleer(tweede, '000000', '192.0.2.152')).status).toBe(400)
        const wacht = await controleer(tweede, herstelcodes[3]!, '192.0.2.152')
        expect(wacht.status).toBe(429)
        expect(wacht.body.fout).toMatch(/^Te veel verkeerde codes/)
        const elders = (await stapLogin('192.0.2.153')).body.token as string
        expect((await controleer(elders, herstelcodes[2]!, '192.0.2.153')).status).toBe(200)
      })

      it('a recovery code works once', async () => {
        const a = (await stapLogin('192.0.2.154')).body.token as string
        const ok = await controleer(a, herstelcodes[0]!.toUpperCase(), '192.0.2.154')
        expect(ok.status).toBe(200)
        expect(ok.body.herstelcodesOver).toBe(7)
        expect((await cms.rest.request('GET', '/users/me', { token: a })).body.user?.email).toBe(
          EMAIL,
        )
        const b = (await stapLogin('192.0.2.154')).body.token as string
        expect((await controleer(b, herstelcodes[0]!, '192.0.2.154')).status).toBe(400)
      })

      it('stopping halfway ends the waiting session (Payload’s logout cannot: it is anonymous)', async () => {
        const half = (await stapLogin('192.0.2.156')).body.token as string
        const stop = await cms.rest.request('POST', '/users/tweestaps/afbreken', {
          token: half,
          body: {},
        })
        expect(stop.status).toBe(200)
        expect(stop.body).toEqual({ afgebroken: true })
        expect((await controleer(half, herstelcodes[4]!, '192.0.2.156')).status).toBe(401)
      })

      it('failed codes are in the audit trail, aggregated', async () => {
        const { docs } = await cms.payload.find({
          collection: 'audit-log',
          where: {
            actie: { equals: 'inloggen-mislukt' },
            documentId: { equals: String(world.users.aanbieder) },
          },
          ...system,
        })
        expect(docs).toHaveLength(1)
        expect(docs[0]!.toelichting).toContain('Verkeerde code')
      })

      it('a beheerder resets someone’s two-step login (audited); nobody else can', async () => {
        const id = world.users.aanbieder
        const anders = await cms.rest.login('redacteur.cz@test.nl', PASSWORD)
        expect(
          (
            await cms.rest.request('POST', `/users/${id}/tweestaps-resetten`, {
              token: anders,
              body: {},
            })
          ).status,
        ).toBe(403)
        const beheer = await cms.rest.login('beheer@test.nl', PASSWORD)
        const res = await cms.rest.request('POST', `/users/${id}/tweestaps-resetten`, {
          token: beheer,
          body: {},
        })
        expect(res.status).toBe(200)
        const { docs } = await cms.payload.find({
          collection: 'audit-log',
          where: { actie: { equals: 'tweestaps-uitgezet' }, documentId: { equals: String(id) } },
          ...system,
        })
        expect(docs[0]?.gebruikerNaam).toBe('Bea Beheer')
        const weer = await stapLogin('192.0.2.155')
        expect(weer.body.tweedeStap).toBeUndefined()
        expect(weer.body.user.naam).toBe('Anna Aanbieder')
      })

      it('a session ends 12 hours after login, whatever the activity', async () => {
        const token = await cms.rest.login('aanbieder2@test.nl', PASSWORD)
        expect((await cms.rest.request('GET', '/users/me', { token })).body.user).not.toBeNull()
        const ruw = (await cms.payload.db.findOne({
          collection: 'users',
          where: { email: { equals: 'aanbieder2@test.nl' } },
        })) as { id: number; sessions: { id: string; createdAt: string; expiresAt: string }[] }
        const oud = new Date(Date.now() - 12 * 60 * 60 * 1000 - 1000).toISOString()
        await cms.payload.db.updateOne({
          collection: 'users',
          id: ruw.id,
          data: { sessions: ruw.sessions.map((s) => ({ ...s, createdAt: oud })) },
          returning: false,
        })
        expect((await cms.rest.request('GET', '/users/me', { token })).body.user).toBeNull()
        const refresh = await cms.rest.request('POST', '/users/refresh-token', { token })
        expect(refresh.status).toBeGreaterThanOrEqual(400)
      })
    })
  })
}
