/**
 * Rules of the manuals in the back office, through REST (and GraphQL) as real users on a real
 * database: the access request asks the employee's function and promises an answer within five
 * working days (seed 001, 002); the woonplaats of residential care is where the location is housed,
 * and home care gets a warning for a second location in a region (manual §4.1); an active login is
 * deactivated before it is deleted, and logins are found by name (seed 004).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { LOGIN_MELDINGEN } from '../../cms/domain/roles'
import { WOONPLAATS_ADRES_MESSAGES } from '../../cms/domain/woonplaats-regels'
import { MAIL_QUEUE } from '../../cms/jobs/queue'
import type { DbKind } from './helpers/database'
import { createWorld, PASSWORD, VV_AANBOD, type Id, type World } from './helpers/fixtures'
import { startCms, type TestCms } from './helpers/payload'

const SYSTEM = {
  overrideAccess: true,
  context: { workflowStatus: 'definitief', skipIndex: true },
} as const

export function handleidingenSuite(kind: DbKind, skip = false) {
  describe.skipIf(skip)(`rules of the manuals on ${kind}`, () => {
    let cms: TestCms
    let world: World
    const tokens: Record<string, string> = {}
    const EMAILS: Record<string, string> = {
      nieuw: 'nieuw@test.nl',
      aanbieder: 'aanbieder@test.nl',
      gb: 'gb@test.nl',
      cz: 'redacteur.cz@test.nl',
      menzis: 'redacteur.menzis@test.nl',
      beheer: 'beheer@test.nl',
    }
    let collega: Id
    let ander: Id

    const user = (email: string, data: Record<string, unknown>) =>
      cms.payload.create({
        collection: 'users',
        data: { email, password: PASSWORD, ...data } as never,
        overrideAccess: true,
      })

    beforeAll(async () => {
      cms = await startCms(kind)
      world = await createWorld(cms.payload)
      await user('nieuw@test.nl', { naam: 'Nina Nieuw', rol: 'zorgaanbieder', organisaties: [] })
      await user('gb@test.nl', {
        naam: 'Gea Beheer',
        rol: 'zorgaanbieder',
        gebruikersbeheerder: true,
        organisaties: [world.org.c],
      })
      collega = (
        await user('cees@test.nl', {
          naam: 'Cees Collega',
          rol: 'zorgaanbieder',
          organisaties: [world.org.c],
        })
      ).id
      ander = (
        await user('cees.elders@test.nl', {
          naam: 'Cees Elders',
          rol: 'zorgaanbieder',
          organisaties: [world.org.b],
        })
      ).id
      for (const [key, email] of Object.entries(EMAILS)) {
        tokens[key] = await cms.rest.login(email, PASSWORD)
      }
    })
    afterEach(async () => {
      if (vi.isFakeTimers()) {
        vi.useRealTimers()
        for (const [key, email] of Object.entries(EMAILS)) {
          tokens[key] = await cms.rest.login(email, PASSWORD)
        }
      }
    })
    afterAll(async () => cms?.close())

    const rest = (who: string, method: string, pad: string, body?: unknown) =>
      cms.rest.request(method, pad, { token: tokens[who], body })

    /** A fixed clock (only Date), with fresh logins for it. */
    async function klok(iso: string, ...wie: string[]) {
      vi.useFakeTimers({ toFake: ['Date'], now: new Date(iso) })
      for (const w of wie) tokens[w] = await cms.rest.login(EMAILS[w]!, PASSWORD)
    }

    // --- Access requests ------------------------------------------------------------------------
    describe('the access request: the function, its status and the answer within five working days', () => {
      const toegang = (extra: Record<string, unknown> = {}) => ({
        soort: 'toegang',
        organisatieNaam: 'Stichting Nog Niet Bekend',
        code: '999111',
        functie: 'Kwaliteitsmedewerker',
        toelichting: 'Onze organisatie staat nog niet in de Zorgatlas.',
        ...extra,
      })

      it('asks the function: without it the request is refused in Dutch', async () => {
        const { functie: _weg, ...zonder } = toegang()
        const res = await rest('nieuw', 'POST', '/verzoeken/indienen', zonder)
        expect(res.status).toBe(400)
        expect(res.body.velden.functie).toMatch(/Vul uw functie in/)
        const lang = await rest(
          'nieuw',
          'POST',
          '/verzoeken/indienen',
          toegang({ functie: 'x'.repeat(101) }),
        )
        expect(lang.status).toBe(400)
        expect(lang.body.velden.functie).toMatch(/te lang/)
      })

      it('sent on Christmas Eve: the answer is promised by Monday 4 January (holidays skipped)', async () => {
        await klok('2026-12-24T10:00:00Z', 'nieuw', 'cz')
        const mails = async () =>
          (
            await cms.payload.find({
              collection: 'payload-jobs',
              where: { queue: { equals: MAIL_QUEUE } },
              limit: 0,
              pagination: false,
              overrideAccess: true,
            })
          ).docs.map((d) => d.input as { aan: string; tekst: string })
        const voor = (await mails()).length
        const res = await rest('nieuw', 'POST', '/verzoeken/indienen', toegang())
        expect(res.status, JSON.stringify(res.body)).toBe(201)
        expect(res.body.verzoek).toMatchObject({
          soort: 'toegang',
          status: 'open',
          statusLabel: 'Open',
          antwoordUiterlijk: '2027-01-04T12:00:00.000Z',
        })
        expect(res.body.bericht).toContain('Status: Open.')
        expect(res.body.bericht).toContain('uiterlijk op maandag 4 januari 2027')
        const id = res.body.verzoek.id

        // the sender sees status and date on the request itself
        const eigen = await rest('nieuw', 'GET', `/verzoeken/${id}`)
        expect(eigen.body).toMatchObject({
          status: 'open',
          functie: 'Kwaliteitsmedewerker',
          antwoordUiterlijk: '2027-01-04T12:00:00.000Z',
        })
        // the reviewer (every zorgkantoor: the code is unknown) sees the function, in the queue
        // the date, and the mail names both
        const bijCz = await rest('cz', 'GET', `/verzoeken/${id}`)
        expect(bijCz.body.functie).toBe('Kwaliteitsmedewerker')
        const rij = (await rest('cz', 'GET', '/verzoeken/wachtrij')).body.verzoeken.find(
          (v: { id: Id }) => v.id === id,
        )
        expect(rij.antwoordUiterlijk).toBe('2027-01-04T12:00:00.000Z')
        const nieuw = (await mails()).slice(voor)
        expect(nieuw.length).toBeGreaterThan(0)
        expect(nieuw[0]!.tekst).toContain('Nina Nieuw (Kwaliteitsmedewerker)')
        expect(nieuw[0]!.tekst).toContain('maandag 4 januari 2027')
      })

      it('the sender cannot set or change the date or the function', async () => {
        const zelf = await rest(
          'nieuw',
          'POST',
          '/verzoeken/indienen',
          toegang({ antwoordUiterlijk: '2030-01-01T00:00:00.000Z' }),
        )
        expect(zelf.status).toBe(400)
        const lijst = await rest('nieuw', 'GET', '/verzoeken?limit=10')
        const id = lijst.body.docs[0].id
        const patch = await rest('nieuw', 'PATCH', `/verzoeken/${id}`, {
          functie: 'Directeur',
          antwoordUiterlijk: '2030-01-01T00:00:00.000Z',
        })
        expect(patch.status).toBe(403)
        // nor can the editor: the promise is the system's
        await rest('cz', 'PATCH', `/verzoeken/${id}`, {
          antwoordUiterlijk: '2030-01-01T00:00:00.000Z',
        })
        const na = await cms.payload.findByID({ collection: 'verzoeken', id, overrideAccess: true })
        expect(na.antwoordUiterlijk).not.toContain('2030')
        expect(na.functie).toBe('Kwaliteitsmedewerker')
      })

      it('a problem is answered as soon as possible: no date is promised', async () => {
        const res = await rest('aanbieder', 'POST', '/verzoeken/indienen', {
          soort: 'probleem',
          toelichting: 'De kaart laat onze locatie op de verkeerde plek zien.',
        })
        expect(res.status, JSON.stringify(res.body)).toBe(201)
        expect(res.body.verzoek.antwoordUiterlijk).toBeNull()
        expect(res.body.bericht).toContain('zo snel mogelijk')
      })
    })

    // --- Woonplaatsen (§4.1) --------------------------------------------------------------------
    describe('§4.1: the woonplaats where the location is housed; one home-care location per region', () => {
      let org: Id
      let huis: Id
      let goirle: Id
      let breda2: Id

      const locatie = async (data: Record<string, unknown>) => {
        const res = await rest('aanbieder', 'POST', '/locaties', {
          organisatie: org,
          hoofdlocatie: true,
          gebruikVolledigeNaam: true,
          ...data,
        })
        expect(res.status, JSON.stringify(res.body)).toBe(201)
        return res.body.doc.id as Id
      }
      const foutVan = (body: any): string =>
        body?.errors?.[0]?.data?.errors?.[0]?.message ?? body?.errors?.[0]?.message ?? ''

      beforeAll(async () => {
        const regio = (id: Id, zorgkantoorregio: string) =>
          cms.payload.update({
            collection: 'woonplaatsen',
            id,
            data: { zorgkantoorregio },
            overrideAccess: true,
          })
        await regio(world.wp.tilburg, 'Midden-Brabant')
        await regio(world.wp.breda, 'West-Brabant')
        goirle = (
          await cms.payload.create({
            collection: 'woonplaatsen',
            data: {
              naam: 'Goirle',
              code: 'goirle',
              gemeente: 'Goirle',
              provincie: 'Noord-Brabant',
              zorgkantoorregio: 'Midden-Brabant',
              lat: 51.52,
              lng: 5.06,
              zorgkantoor: world.zk.cz,
            },
            overrideAccess: true,
          })
        ).id as Id
        breda2 = world.wp.breda
        org = (
          await cms.payload.create({
            collection: 'organisaties',
            data: {
              naam: 'Stichting Woonplaats',
              nzaCode: '302001',
              type: 'zorgaanbieder',
              zorgkantoren: [world.zk.cz],
              status: 'definitief',
              _status: 'published',
            },
            draft: false,
            ...SYSTEM,
          })
        ).id as Id
        await cms.payload.update({
          collection: 'users',
          id: world.users.aanbieder,
          data: { organisaties: [world.org.a, world.org.b, org] },
          overrideAccess: true,
        })
        tokens.aanbieder = await cms.rest.login(EMAILS.aanbieder!, PASSWORD)
        huis = await locatie({
          agbCode: '61000001',
          soortZorg: world.soort.verpleeghuis,
          voorziening: 'Verpleeghuis',
          naam: 'De Vijver',
          bezoekadres: {
            straat: 'Vijverlaan',
            huisnummer: '5',
            postcode: '5038 AB',
            plaats: 'Tilburg',
          },
        })
      })

      it('residential care: another woonplaats than the address is refused, naming the place', async () => {
        const res = await rest('aanbieder', 'POST', '/zorgaanbod', {
          locatie: huis,
          woonplaats: world.wp.breda,
          vv: VV_AANBOD,
        })
        expect(res.status).toBe(400)
        expect(foutVan(res.body)).toBe(WOONPLAATS_ADRES_MESSAGES.anders('Breda', 'Tilburg'))
      })

      it('day care: a care offer with day care only is held to the same place', async () => {
        const res = await rest('aanbieder', 'POST', '/zorgaanbod', {
          locatie: huis,
          woonplaats: world.wp.breda,
          vv: { dagbesteding: { dagbesteding: true, doelgroepen: ['vv-dementie'] } },
        })
        expect(res.status, JSON.stringify(res.body)).toBe(400)
        expect(foutVan(res.body)).toBe(WOONPLAATS_ADRES_MESSAGES.anders('Breda', 'Tilburg'))
      })

      it('with an explanation it is accepted, and the reviewer reads the explanation', async () => {
        const res = await rest('aanbieder', 'POST', '/zorgaanbod', {
          locatie: huis,
          woonplaats: world.wp.breda,
          woonplaatsToelichting: 'De bewoners komen uit Breda; het gebouw staat net over de grens.',
          vv: VV_AANBOD,
        })
        expect(res.status, JSON.stringify(res.body)).toBe(201)
        // an explained difference is no warning any more
        expect(res.body.doc.waarschuwingen ?? []).toEqual([])
        const sent = await rest('aanbieder', 'POST', `/organisaties/${org}/versturen`)
        expect(sent.status, JSON.stringify(sent.body)).toBe(200)
        const verschillen = await rest(
          'cz',
          'GET',
          `/wijzigingsverzoeken/${sent.body.wijzigingsverzoek}/verschillen`,
        )
        expect(verschillen.status, JSON.stringify(verschillen.body)).toBe(200)
        const aanbod = verschillen.body.items.find(
          (i: { collectie: string }) => i.collectie === 'zorgaanbod',
        )
        expect(aanbod.velden).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              label: 'Toelichting bij de woonplaats',
              nieuw: 'De bewoners komen uit Breda; het gebouw staat net over de grens.',
            }),
          ]),
        )
        const goed = await rest(
          'cz',
          'POST',
          `/wijzigingsverzoeken/${sent.body.wijzigingsverzoek}/goedkeuren`,
          {},
        )
        expect(goed.status, JSON.stringify(goed.body)).toBe(200)
      })

      it('the matching woonplaats needs no explanation (case and spaces do not count)', async () => {
        const tweede = await locatie({
          agbCode: '61000002',
          soortZorg: world.soort.verpleeghuis,
          voorziening: 'Verpleeghuis',
          naam: 'Het Anker',
          bezoekadres: { straat: 'Haven', huisnummer: '1', postcode: '4811 AA', plaats: ' breda ' },
        })
        const res = await rest('aanbieder', 'POST', '/zorgaanbod', {
          locatie: tweede,
          woonplaats: breda2,
          vv: VV_AANBOD,
        })
        expect(res.status, JSON.stringify(res.body)).toBe(201)
        expect(res.body.doc.waarschuwingen ?? []).toEqual([])
        // the address moves afterwards: the care offer shows a warning (not a refusal)
        const verhuis = await rest('aanbieder', 'PATCH', `/locaties/${tweede}`, {
          bezoekadres: { straat: 'Markt', huisnummer: '2', postcode: '5038 AB', plaats: 'Tilburg' },
        })
        expect(verhuis.status, JSON.stringify(verhuis.body)).toBe(200)
        const lees = await rest('aanbieder', 'GET', `/zorgaanbod/${res.body.doc.id}?draft=true`)
        expect(lees.body.waarschuwingen).toEqual([
          WOONPLAATS_ADRES_MESSAGES.waarschuwing('Breda', 'Tilburg'),
        ])
        // and moving the woonplaats along is checked against the new address
        const mee = await rest('aanbieder', 'PATCH', `/zorgaanbod/${res.body.doc.id}`, {
          woonplaats: world.wp.tilburg,
        })
        expect(mee.status, JSON.stringify(mee.body)).toBe(200)
        expect(mee.body.doc.waarschuwingen ?? []).toEqual([])
      })

      it('home care: a second location in a region that has one gets a warning, not a refusal', async () => {
        const t1 = await locatie({
          agbCode: '62000001',
          soortZorg: world.soort.thuis,
          voorziening: 'Thuiszorgteam',
          naam: 'Thuiszorg Tilburg',
          bezoekadres: { straat: 'Laan', huisnummer: '3', postcode: '5038 AB', plaats: 'Tilburg' },
        })
        const eerste = await rest('aanbieder', 'POST', '/zorgaanbod', {
          locatie: t1,
          woonplaats: world.wp.tilburg,
          vv: VV_AANBOD,
        })
        expect(eerste.status, JSON.stringify(eerste.body)).toBe(201)
        expect(eerste.body.doc.waarschuwingen ?? []).toEqual([])
        // home care serves places other than its address: no address check
        const elders = await rest('aanbieder', 'POST', '/zorgaanbod', {
          locatie: t1,
          woonplaats: world.wp.breda,
          vv: VV_AANBOD,
        })
        expect(elders.status, JSON.stringify(elders.body)).toBe(201)

        const t2 = await locatie({
          agbCode: '62000002',
          soortZorg: world.soort.thuis,
          voorziening: 'Thuiszorgteam',
          naam: 'Thuiszorg Goirle',
          bezoekadres: { straat: 'Dorp', huisnummer: '4', postcode: '5051 AA', plaats: 'Goirle' },
        })
        const tweede = await rest('aanbieder', 'POST', '/zorgaanbod', {
          locatie: t2,
          woonplaats: goirle,
          vv: VV_AANBOD,
        })
        expect(tweede.status, JSON.stringify(tweede.body)).toBe(201)
        expect(tweede.body.doc.waarschuwingen).toEqual([
          WOONPLAATS_ADRES_MESSAGES.tweedeInRegio('Midden-Brabant', 'Ouderenzorg thuis', [
            'Stichting Woonplaats – Thuiszorgteam Thuiszorg Tilburg',
          ]),
        ])
        // the warning stays on the care offer while it applies, for the provider to read
        const lees = await rest('aanbieder', 'GET', `/zorgaanbod/${tweede.body.doc.id}?draft=true`)
        expect(lees.body.waarschuwingen).toHaveLength(1)
        // lists do not compute it
        const lijst = await rest(
          'aanbieder',
          'GET',
          `/zorgaanbod?where[locatie][equals]=${t2}&draft=true`,
        )
        expect(lijst.body.docs[0].waarschuwingen ?? null).toBeNull()
        // another organisation's home care in the region is not the provider's business
        const menzisLees = await rest(
          'menzis',
          'GET',
          `/zorgaanbod/${tweede.body.doc.id}?draft=true`,
        )
        expect(menzisLees.status).not.toBe(200)
      })
    })

    // --- Logins (seed 004) ----------------------------------------------------------------------
    describe('logins: deactivate before delete, on every path; found by name', () => {
      it('an active login is not deleted: by id, in bulk, through GraphQL, by a beheerder too', async () => {
        const perId = await rest('gb', 'DELETE', `/users/${collega}`)
        expect(perId.status).toBe(403)
        expect(perId.body.errors[0].message).toBe(LOGIN_MELDINGEN.nogActief)
        const bulk = await rest('beheer', 'DELETE', `/users?where[id][equals]=${collega}`)
        expect(JSON.stringify(bulk.body)).toContain(LOGIN_MELDINGEN.nogActief)
        const gql = await cms.rest.graphql(
          `mutation { deleteUser(id: ${collega}) { id } }`,
          tokens.beheer,
        )
        expect(JSON.stringify(gql.body)).toContain('nog actief')
        const nog = await cms.payload.count({
          collection: 'users',
          where: { id: { equals: collega } },
          overrideAccess: true,
        })
        expect(nog.totalDocs).toBe(1)
      })

      it('deactivated first, then deleted', async () => {
        const uit = await rest('gb', 'PATCH', `/users/${collega}`, { actief: false })
        expect(uit.status, JSON.stringify(uit.body)).toBe(200)
        expect(uit.body.doc).toMatchObject({ actief: false, rol: null })
        const weg = await rest('gb', 'DELETE', `/users/${collega}`)
        expect(weg.status, JSON.stringify(weg.body)).toBe(200)
        const nog = await cms.payload.count({
          collection: 'users',
          where: { id: { equals: collega } },
          overrideAccess: true,
        })
        expect(nog.totalDocs).toBe(0)
      })

      it('found by name as well as by e-mail, and only within one’s own organisations', async () => {
        const config = cms.config.collections.find((c) => c.slug === 'users')!
        expect(config.admin.listSearchableFields).toEqual(['naam', 'email'])
        // the admin list's search: an OR over those fields with "like"
        const zoek = (wie: string, q: string) =>
          rest(
            wie,
            'GET',
            `/users?depth=0&where[or][0][naam][like]=${encodeURIComponent(q)}&where[or][1][email][like]=${encodeURIComponent(q)}`,
          )
        const beheer = await zoek('beheer', 'Cees')
        expect(beheer.body.docs.map((d: { id: Id }) => d.id)).toEqual([ander])
        const gea = await zoek('beheer', 'Gea Beheer')
        expect(gea.body.docs.map((d: { email: string }) => d.email)).toEqual(['gb@test.nl'])
        const perMail = await zoek('beheer', 'gb@test')
        expect(perMail.body.docs.map((d: { email: string }) => d.email)).toEqual(['gb@test.nl'])
        // the user administrator of organisation c does not find Cees Elders (organisation b)
        const gb = await zoek('gb', 'Cees')
        expect(gb.status).toBe(200)
        expect(gb.body.docs).toEqual([])
      })
    })
  })
}
