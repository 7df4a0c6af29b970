/**
 * Sending a change (§5) as a provider sees it, through REST as real users on a real database: the
 * overview of everything that will go before sending (per location, per field, old → new), sending
 * exactly what was shown, and the status of every sent record afterwards ("In behandeling" in the
 * record itself and in lists).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAIL_QUEUE } from '../../cms/jobs/queue'
import type { DbKind } from './helpers/database'
import { createWorld, PASSWORD, type World } from './helpers/fixtures'
import { startCms, type TestCms } from './helpers/payload'

type Veld = { veld: string; label: string; soort: string; oud: unknown; nieuw: unknown }
type Item = {
  collectie: string
  id: string
  titel: string
  soort: string
  velden: Veld[]
  locatie?: { id: string; titel: string } | null
}

export function verzendenSuite(kind: DbKind, skip = false) {
  describe.skipIf(skip)(`send overview on ${kind}`, () => {
    let cms: TestCms
    let world: World
    const tokens: Record<string, string> = {}
    let aanbodA1: string | number
    let verzoek: string | number = ''

    /** The e-mails queued so far, oldest first. */
    async function mails() {
      const found = await cms.payload.find({
        collection: 'payload-jobs',
        where: { queue: { equals: MAIL_QUEUE } },
        sort: 'id',
        limit: 0,
        pagination: false,
        overrideAccess: true,
      })
      return found.docs.map((d) => d.input as { aan: string; tekst: string })
    }

    beforeAll(async () => {
      cms = await startCms(kind)
      world = await createWorld(cms.payload)
      for (const [key, email] of Object.entries({
        aanbieder: 'aanbieder@test.nl',
        aanbieder2: 'aanbieder2@test.nl',
        cz: 'redacteur.cz@test.nl',
        beheer: 'beheer@test.nl',
      })) {
        tokens[key] = await cms.rest.login(email, PASSWORD)
      }
      const aanbod = await cms.payload.find({
        collection: 'zorgaanbod',
        where: { locatie: { equals: world.locatie.a1 } },
        overrideAccess: true,
      })
      aanbodA1 = aanbod.docs[0]!.id
    })
    afterAll(async () => cms?.close())

    const overzicht = (token: string | undefined, org: unknown = world.org.a) =>
      cms.rest.request('GET', `/organisaties/${org}/te-versturen`, { token })

    it('with nothing changed, the overview says so and sending is not offered', async () => {
      const res = await overzicht(tokens.aanbieder)
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(res.body.items).toEqual([])
      expect(res.body.kanVersturen).toBe(false)
    })

    it('lists every unsent change of the organisation, per field, old → new, before sending', async () => {
      const loc = await cms.rest.request('PATCH', `/locaties/${world.locatie.a1}?draft=true`, {
        token: tokens.aanbieder,
        body: { naam: 'Hof Mondriaan Oost', telefoon: '013 123 45 67' },
      })
      expect(loc.status, JSON.stringify(loc.body)).toBe(200)
      const aanbod = await cms.rest.request('PATCH', `/zorgaanbod/${aanbodA1}?draft=true`, {
        token: tokens.aanbieder,
        body: { zachteInformatie: [world.zi.huisdieren, world.zi.islamitisch] },
      })
      expect(aanbod.status, JSON.stringify(aanbod.body)).toBe(200)

      const res = await overzicht(tokens.aanbieder)
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(res.body.kanVersturen).toBe(true)
      expect(res.body.organisatie.naam).toBe('Stichting Zorgstroom')
      const items = res.body.items as Item[]
      expect(items.map((i) => i.collectie).sort()).toEqual(['locaties', 'zorgaanbod'])
      const locatie = items.find((i) => i.collectie === 'locaties')!
      expect(locatie.soort).toBe('gewijzigd')
      const naam = locatie.velden.find((v) => v.veld === 'naam')!
      expect(naam).toMatchObject({ oud: 'Hof Mondriaan', nieuw: 'Hof Mondriaan Oost' })
      const zorg = items.find((i) => i.collectie === 'zorgaanbod')!
      // A care offer is shown under its location.
      expect(zorg.locatie).toMatchObject({ id: String(world.locatie.a1) })
      const zi = zorg.velden.find((v) => v.veld === 'zachteInformatie')!
      expect(zi.nieuw).toEqual(['Huisdieren welkom', 'Islamitische identiteit'])
      expect(res.body.aantallen).toEqual({ nieuw: 0, gewijzigd: 2, verwijderd: 0 })
      expect(typeof res.body.controle).toBe('string')
    })

    it('is read as the user: another provider, an editor and anonymous get nothing', async () => {
      const ander = await overzicht(tokens.aanbieder2)
      expect(ander.status).toBe(404)
      const anoniem = await overzicht(undefined)
      expect(anoniem.status).toBe(401)
      const redacteur = await overzicht(tokens.cz)
      expect(redacteur.status).toBe(403)
      const onbekend = await overzicht(tokens.aanbieder, 999999)
      expect(onbekend.status).toBe(404)
      const raar = await overzicht(tokens.aanbieder, 'abc')
      expect([400, 404]).toContain(raar.status)
      const extra = await cms.rest.request('GET', `/organisaties/${world.org.a}/te-versturen?x=1`, {
        token: tokens.aanbieder,
      })
      expect(extra.status).toBe(400)
    })

    it('sends exactly what was shown: a change made after the overview is refused (409)', async () => {
      const voor = await overzicht(tokens.aanbieder)
      await cms.rest.request('PATCH', `/locaties/${world.locatie.a1}?draft=true`, {
        token: tokens.aanbieder,
        body: { naam: 'Hof Mondriaan Noord' },
      })
      const res = await cms.rest.request('POST', `/organisaties/${world.org.a}/versturen`, {
        token: tokens.aanbieder,
        body: { controle: voor.body.controle },
      })
      expect(res.status, JSON.stringify(res.body)).toBe(409)
      expect(res.body.fout ?? res.body.errors?.[0]?.message).toMatch(/veranderd|gewijzigd/i)
      const open = await cms.payload.count({
        collection: 'wijzigingsverzoeken',
        overrideAccess: true,
      })
      expect(open.totalDocs).toBe(0)
    })

    it('after sending, every sent record reads "In behandeling": the record and the lists', async () => {
      const voor = await overzicht(tokens.aanbieder)
      const res = await cms.rest.request('POST', `/organisaties/${world.org.a}/versturen`, {
        token: tokens.aanbieder,
        body: { controle: voor.body.controle },
      })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(res.body.aantal).toBe(2)
      // The document header reads the status like this (cms/components/WorkflowStatus.tsx).
      for (const [slug, id] of [
        ['locaties', world.locatie.a1],
        ['zorgaanbod', aanbodA1],
      ] as const) {
        const one = await cms.rest.request(
          'GET',
          `/${slug}/${id}?draft=true&depth=0&select[status]=true`,
          { token: tokens.aanbieder },
        )
        expect(one.body.status, `${slug} header`).toBe('in-behandeling')
        const full = await cms.rest.request('GET', `/${slug}/${id}?draft=true&depth=0`, {
          token: tokens.aanbieder,
        })
        expect(full.body.status, `${slug} document`).toBe('in-behandeling')
        // The admin's list reads the newest versions.
        const list = await cms.rest.request(
          'GET',
          `/${slug}?draft=true&depth=0&where[id][equals]=${id}`,
          { token: tokens.aanbieder },
        )
        expect(list.body.docs[0]?.status, `${slug} list`).toBe('in-behandeling')
      }
      const leeg = await overzicht(tokens.aanbieder)
      expect(leeg.body.kanVersturen).toBe(false)
      expect(leeg.body.openVerzoek).toBeTruthy()
      verzoek = res.body.wijzigingsverzoek
    })

    it('a decision on a request without a known sender is mailed to the organisation’s logins', async () => {
      // As a request of the demo import, or one whose sender's login was removed.
      await cms.payload.update({
        collection: 'wijzigingsverzoeken',
        id: verzoek,
        data: { verstuurdDoor: null, verstuurdDoorNaam: 'Contactpersoon Zorgstroom' },
        overrideAccess: true,
      })
      const before = await mails()
      const res = await cms.rest.request('POST', `/wijzigingsverzoeken/${verzoek}/afwijzen`, {
        token: tokens.cz,
        body: { reden: 'Het telefoonnummer klopt niet.' },
      })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      const nieuw = (await mails()).slice(before.length)
      // aanbieder@ is the only provider login of organisation a (aanbieder2@ works for c)
      expect(nieuw.map((m) => m.aan)).toEqual(['aanbieder@test.nl'])
      expect(nieuw[0]!.tekst).toContain('Het telefoonnummer klopt niet.')
    })
  })
}
