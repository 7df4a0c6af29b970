/**
 * Requests to the zorgkantoor through REST as real users, on SQLite and
 * PostgreSQL: access requests of a login without organisations reach exactly the zorgkantoren that
 * contract the organisation of the code (all when unknown); providers read only their own
 * organisations' requests and cannot handle them; editors read and answer only their zorgkantoor's,
 * and never change the sender's text; the sender gets the answer (and an e-mail).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAIL_QUEUE } from '../../cms/jobs/queue'
import type { DbKind } from './helpers/database'
import { createWorld, PASSWORD, type Id, type World } from './helpers/fixtures'
import { startCms, type TestCms } from './helpers/payload'

export function verzoekenSuite(kind: DbKind, skip = false) {
  describe.skipIf(skip)(`verzoeken on ${kind}`, () => {
    let cms: TestCms
    let world: World
    let zilveren: Id
    const tokens: Record<string, string> = {}
    let probleem: Id

    beforeAll(async () => {
      cms = await startCms(kind)
      world = await createWorld(cms.payload)
      zilveren = (
        await cms.payload.create({
          collection: 'zorgkantoren',
          data: { naam: 'Zilveren Kruis zorgkantoor', code: 'zk', email: 'zorgatlas@zk.test' },
          overrideAccess: true,
        })
      ).id
      const user = (email: string, data: Record<string, unknown>) =>
        cms.payload.create({
          collection: 'users',
          data: { email, password: PASSWORD, ...data } as never,
          overrideAccess: true,
        })
      await user('nieuw@test.nl', { naam: 'Nina Nieuw', rol: 'zorgaanbieder', organisaties: [] })
      await user('collega@test.nl', {
        naam: 'Cees Collega',
        rol: 'zorgaanbieder',
        organisaties: [world.org.a],
      })
      await user('redacteur.zk@test.nl', {
        naam: 'Zara Redacteur',
        rol: 'zorgkantoor',
        zorgkantoor: zilveren,
      })
      for (const [key, email] of Object.entries({
        nieuw: 'nieuw@test.nl',
        aanbieder: 'aanbieder@test.nl',
        aanbieder2: 'aanbieder2@test.nl',
        collega: 'collega@test.nl',
        cz: 'redacteur.cz@test.nl',
        menzis: 'redacteur.menzis@test.nl',
        zk: 'redacteur.zk@test.nl',
        beheer: 'beheer@test.nl',
      })) {
        tokens[key] = await cms.rest.login(email, PASSWORD)
      }
    })
    afterAll(async () => cms?.close())

    const indienen = (who: string, body: unknown) =>
      cms.rest.request('POST', '/verzoeken/indienen', { token: tokens[who], body })

    const lees = (who: string, id: Id) =>
      cms.rest.request('GET', `/verzoeken/${id}?depth=0`, { token: tokens[who] })

    const wachtrijIds = async (who: string) => {
      const res = await cms.rest.request('GET', '/verzoeken/wachtrij', { token: tokens[who] })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(res.body.aantal).toBe(res.body.verzoeken.length)
      return res.body.verzoeken.map((v: { id: Id }) => v.id) as Id[]
    }

    async function mails() {
      const found = await cms.payload.find({
        collection: 'payload-jobs',
        where: { queue: { equals: MAIL_QUEUE } },
        sort: 'id',
        limit: 0,
        pagination: false,
        overrideAccess: true,
      })
      return found.docs.map((d) => d.input as { aan: string; onderwerp: string; tekst: string })
    }

    const toegang = (code: string, naam = 'Stichting Twentse Zorg') => ({
      soort: 'toegang',
      organisatieNaam: naam,
      code,
      functie: 'Kwaliteitsmedewerker',
      toelichting: 'Ik ben de nieuwe kwaliteitsmedewerker en houd onze gegevens bij.',
    })

    it('an access request with an NZa code reaches only the zorgkantoor contracting it', async () => {
      const voor = (await mails()).length
      const res = await indienen('nieuw', toegang(' 300 202 '))
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      const id = res.body.verzoek.id as Id
      expect(res.body.verzoek).toMatchObject({ soort: 'toegang', status: 'open' })
      // organisation b (NZa 300202) is contracted by Menzis only
      expect(await wachtrijIds('menzis')).toContain(id)
      expect(await wachtrijIds('cz')).not.toContain(id)
      expect(await wachtrijIds('zk')).not.toContain(id)
      expect(await wachtrijIds('beheer')).toContain(id)
      expect((await lees('menzis', id)).status).toBe(200)
      expect((await lees('cz', id)).status).toBe(404)
      const doc = (await lees('nieuw', id)).body
      expect(doc).toMatchObject({
        code: '300202',
        organisatieNaam: 'Stichting Twentse Zorg',
        onderwerp: 'Aanvraag toegang voor Stichting Twentse Zorg',
        verstuurdDoorNaam: 'Nina Nieuw',
        verstuurdDoorEmail: 'nieuw@test.nl',
        zorgkantoren: [world.zk.menzis],
      })
      const nieuw = (await mails()).slice(voor)
      expect(nieuw.map((m) => m.aan)).toEqual(['zorgatlas@menzis.test'])
      expect(nieuw[0]!.tekst).toContain(`/admin/collections/verzoeken/${id}`)
    })

    it('an AGB code of a location routes to the zorgkantoor of its organisation', async () => {
      const res = await indienen('nieuw', toegang('12345678', 'Zorgstroom'))
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      const doc = (await lees('beheer', res.body.verzoek.id)).body
      expect(doc.zorgkantoren).toEqual([world.zk.cz])
      expect(await wachtrijIds('cz')).toContain(res.body.verzoek.id)
      expect(await wachtrijIds('menzis')).not.toContain(res.body.verzoek.id)
    })

    it('an unknown code reaches every zorgkantoor', async () => {
      const res = await indienen('nieuw', toegang('999999', 'Stichting Onbekend'))
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      const id = res.body.verzoek.id as Id
      const doc = (await lees('beheer', id)).body
      expect([...doc.zorgkantoren].sort()).toEqual([world.zk.cz, world.zk.menzis, zilveren].sort())
      for (const who of ['cz', 'menzis', 'zk']) expect(await wachtrijIds(who)).toContain(id)
    })

    it('at most three open access requests per login (a Dutch 429)', async () => {
      const res = await indienen('nieuw', toegang('888888'))
      expect(res.status).toBe(429)
      expect(res.body.fout).toMatch(/al 3 aanvragen voor toegang/)
    })

    it('refuses bad input with a Dutch 400 naming the field, and strangers', async () => {
      const geen = await indienen('aanbieder', { soort: 'toegang', organisatieNaam: 'X' })
      expect(geen.status).toBe(400)
      expect(geen.body.velden.code).toMatch(/NZa-code of de AGB-code/)
      expect(geen.body.velden.toelichting).toMatch(/waarom u toegang/)
      const fout = await indienen('aanbieder', toegang("1'; DROP--"))
      expect(fout.status).toBe(400)
      expect(fout.body.velden.code).toMatch(/geldige NZa-code/)
      const extra = await indienen('aanbieder', { ...toegang('300101'), status: 'afgehandeld' })
      expect(extra.status).toBe(400)
      const soort = await indienen('aanbieder', { soort: 'iets', toelichting: 'x' })
      expect(soort.status).toBe(400)
      expect(soort.body.fout).toBeTruthy()
      const typen = await indienen('aanbieder', { soort: 'probleem', toelichting: { $gt: '' } })
      expect(typen.status).toBe(400)
      expect(typen.body.velden.toelichting).toBeTruthy()
      const lang = await indienen('aanbieder', { soort: 'probleem', toelichting: 'x'.repeat(4001) })
      expect(lang.status).toBe(400)
      expect(lang.body.velden.toelichting).toMatch(/te lang/)
      const kapot = await cms.rest.request('POST', '/verzoeken/indienen', {
        token: tokens.aanbieder,
        rawBody: '{"soort":',
      })
      expect(kapot.status).toBe(400)
      const anoniem = await cms.rest.request('POST', '/verzoeken/indienen', {
        body: toegang('300101'),
      })
      expect(anoniem.status).toBe(401)
      const redacteur = await indienen('cz', toegang('300101'))
      expect(redacteur.status).toBe(403)
      // no organisation yet: only an access request
      const zonder = await indienen('nieuw', { soort: 'probleem', toelichting: 'Het werkt niet.' })
      expect(zonder.status).toBe(403)
      // Payload's own create is closed: requests are only sent through the checked endpoint
      const direct = await cms.rest.request('POST', '/verzoeken', {
        token: tokens.aanbieder,
        body: { soort: 'probleem', onderwerp: 'x', toelichting: 'y', status: 'afgehandeld' },
      })
      expect(direct.status).toBe(403)
    })

    it('a provider reports a problem about one of their organisations: its zorgkantoor gets it', async () => {
      const res = await indienen('aanbieder', {
        soort: 'probleem',
        onderwerp: 'Foto wordt niet getoond',
        toelichting: 'Na het opslaan zie ik de foto van Hof Mondriaan niet meer.',
        organisatie: world.org.a,
      })
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      probleem = res.body.verzoek.id
      expect(await wachtrijIds('cz')).toContain(probleem)
      expect(await wachtrijIds('menzis')).not.toContain(probleem)
      const doc = (await lees('aanbieder', probleem)).body
      expect(doc).toMatchObject({
        soort: 'probleem',
        status: 'open',
        organisatie: world.org.a,
        organisatieNaam: 'Stichting Zorgstroom',
        zorgkantoren: [world.zk.cz],
      })
    })

    it('a provider cannot send a request about another organisation', async () => {
      const ander = await indienen('aanbieder', {
        soort: 'voorziening',
        toelichting: 'Graag de voorziening Hofje.',
        organisatie: world.org.c,
      })
      expect(ander.status).toBe(403)
      const raar = await indienen('aanbieder', {
        soort: 'voorziening',
        toelichting: 'Graag de voorziening Hofje.',
        organisatie: '1 OR 1=1',
      })
      expect(raar.status).toBe(400)
      const onbekend = await indienen('aanbieder', {
        soort: 'voorziening',
        toelichting: 'Graag de voorziening Hofje.',
        organisatie: 987654321,
      })
      expect(onbekend.status).toBe(403)
    })

    it('the sender and colleagues of the organisation read it; other providers do not', async () => {
      expect((await lees('collega', probleem)).status).toBe(200)
      expect((await lees('aanbieder2', probleem)).status).toBe(404)
      const lijst = await cms.rest.request('GET', '/verzoeken?depth=0&limit=100', {
        token: tokens.aanbieder2,
      })
      expect(lijst.status).toBe(200)
      expect(lijst.body.docs).toEqual([])
      // the sender's access requests are theirs alone
      const nieuw = await cms.rest.request('GET', '/verzoeken?depth=0&limit=100', {
        token: tokens.nieuw,
      })
      expect(nieuw.body.docs.map((d: { soort: string }) => d.soort)).toEqual([
        'toegang',
        'toegang',
        'toegang',
      ])
      const zoek = await cms.rest.request(
        'GET',
        `/verzoeken?depth=0&where[organisatie][equals]=${world.org.a}`,
        { token: tokens.aanbieder2 },
      )
      expect(zoek.body.docs ?? []).toEqual([])
      const anoniem = await cms.rest.request('GET', '/verzoeken')
      expect(anoniem.status).toBe(403)
      const wachtrij = await cms.rest.request('GET', '/verzoeken/wachtrij', {
        token: tokens.aanbieder,
      })
      expect(wachtrij.status).toBe(403)
    })

    it('a provider cannot set status or answer, nor change or delete a sent request', async () => {
      for (const body of [
        { status: 'afgehandeld' },
        { antwoord: 'Opgelost.' },
        { toelichting: 'Andere tekst' },
      ]) {
        const res = await cms.rest.request('PATCH', `/verzoeken/${probleem}`, {
          token: tokens.aanbieder,
          body,
        })
        expect(res.status).toBe(403)
      }
      const weg = await cms.rest.request('DELETE', `/verzoeken/${probleem}`, {
        token: tokens.aanbieder,
      })
      expect(weg.status).toBe(403)
      const doc = (await lees('aanbieder', probleem)).body
      expect(doc).toMatchObject({ status: 'open', toelichting: expect.stringContaining('foto') })
      expect(doc.antwoord ?? null).toBeNull()
    })

    it('an editor of another zorgkantoor neither sees nor answers it', async () => {
      expect((await lees('menzis', probleem)).status).toBe(404)
      const res = await cms.rest.request('PATCH', `/verzoeken/${probleem}`, {
        token: tokens.menzis,
        body: { antwoord: 'Niet van ons.', status: 'afgehandeld' },
      })
      expect([403, 404]).toContain(res.status)
      const lijst = await cms.rest.request(
        'GET',
        `/verzoeken?depth=0&where[id][equals]=${probleem}`,
        { token: tokens.menzis },
      )
      expect(lijst.body.docs).toEqual([])
    })

    it('closing without an answer is refused in Dutch', async () => {
      const res = await cms.rest.request('PATCH', `/verzoeken/${probleem}`, {
        token: tokens.cz,
        body: { status: 'afgehandeld' },
      })
      expect(res.status).toBe(400)
      expect(JSON.stringify(res.body)).toContain('Schrijf eerst een antwoord')
    })

    it('the editor answers: the sender’s text stays, the sender reads the answer and gets an e-mail', async () => {
      const voor = (await mails()).length
      const res = await cms.rest.request('PATCH', `/verzoeken/${probleem}`, {
        token: tokens.cz,
        body: {
          antwoord: 'De foto is hersteld. Ververs de pagina.',
          toelichting: 'Door de redacteur veranderd',
          onderwerp: 'Ander onderwerp',
          soort: 'toegang',
          verstuurdDoorNaam: 'Iemand anders',
          zorgkantoren: [world.zk.menzis],
        },
      })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      const doc = (await lees('aanbieder', probleem)).body
      expect(doc).toMatchObject({
        soort: 'probleem',
        status: 'in-behandeling',
        onderwerp: 'Foto wordt niet getoond',
        toelichting: 'Na het opslaan zie ik de foto van Hof Mondriaan niet meer.',
        verstuurdDoorNaam: 'Anna Aanbieder',
        zorgkantoren: [world.zk.cz],
        antwoord: 'De foto is hersteld. Ververs de pagina.',
        beantwoordDoorNaam: 'Cor Redacteur',
        beantwoordNamens: 'CZ zorgkantoor',
      })
      expect(typeof doc.beantwoordOp).toBe('string')
      const nieuw = (await mails()).slice(voor)
      expect(nieuw.map((m) => m.aan)).toEqual(['aanbieder@test.nl'])
      expect(nieuw[0]!.onderwerp).toBe('Antwoord op uw verzoek: Foto wordt niet getoond')
      expect(nieuw[0]!.tekst).toContain('De foto is hersteld.')

      const klaar = await cms.rest.request('PATCH', `/verzoeken/${probleem}`, {
        token: tokens.cz,
        body: { status: 'afgehandeld' },
      })
      expect(klaar.status, JSON.stringify(klaar.body)).toBe(200)
      expect(klaar.body.doc.status).toBe('afgehandeld')
      expect(typeof klaar.body.doc.afgehandeldOp).toBe('string')
      expect(await wachtrijIds('cz')).not.toContain(probleem)
    })

    it('answers are in the audit trail', async () => {
      const found = await cms.payload.find({
        collection: 'audit-log',
        where: { collectie: { equals: 'verzoeken' } },
        limit: 0,
        pagination: false,
        overrideAccess: true,
      })
      expect(found.docs.length).toBeGreaterThanOrEqual(3)
    })

    it('malformed ids and queries never give a 500 nor leak', async () => {
      for (const pad of [
        '/verzoeken/abc',
        '/verzoeken/987654321',
        '/verzoeken/-1',
        '/verzoeken?where[zorgkantoren][in]=abc',
        '/verzoeken?where[verstuurdDoor][equals]=abc',
        '/verzoeken?where[organisatie][in][0][$gt]=',
      ]) {
        const res = await cms.rest.request('GET', pad, { token: tokens.aanbieder2 })
        expect(res.status, pad).toBeLessThan(500)
        expect(res.body.docs ?? [], pad).toEqual([])
      }
      const patch = await cms.rest.request('PATCH', '/verzoeken/abc', {
        token: tokens.cz,
        body: { antwoord: 'x' },
      })
      expect(patch.status).toBeLessThan(500)
      expect(patch.status).toBeGreaterThanOrEqual(400)
    })

    it('an editor of a zorgkantoor that contracts the organisation reads requests routed before', async () => {
      // a request of organisation b (Menzis) without organisation chosen is routed to all the
      // sender's zorgkantoren (a: CZ, b: Menzis)
      const res = await indienen('aanbieder', {
        soort: 'zachte-informatie',
        toelichting: 'Graag een optie "Moestuin".',
      })
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      const doc = (await lees('aanbieder', res.body.verzoek.id)).body
      expect([...doc.zorgkantoren].sort()).toEqual([world.zk.cz, world.zk.menzis].sort())
      expect((await lees('zk', res.body.verzoek.id)).status).toBe(404)
    })
  })
}
