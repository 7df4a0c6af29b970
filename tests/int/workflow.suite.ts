/**
 * The walking-skeleton loop through REST and the Local API as real users (overrideAccess: false),
 * on a real database. Shared by the SQLite and PostgreSQL test files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DbKind } from './helpers/database'
import { createWorld, PASSWORD, VV_AANBOD, type World } from './helpers/fixtures'
import { startCms, type TestCms } from './helpers/payload'

export function workflowSuite(kind: DbKind, skip = false) {
  describe.skipIf(skip)(`workflow on ${kind}`, () => {
    let cms: TestCms
    let world: World
    const tokens: Record<string, string> = {}
    let nieuweLocatie: string | number = ''
    let nieuwAanbod: string | number = ''

    beforeAll(async () => {
      cms = await startCms(kind)
      world = await createWorld(cms.payload)
      for (const [key, email] of Object.entries({
        aanbieder: 'aanbieder@test.nl',
        aanbieder2: 'aanbieder2@test.nl',
        cz: 'redacteur.cz@test.nl',
        menzis: 'redacteur.menzis@test.nl',
        beheer: 'beheer@test.nl',
      })) {
        tokens[key] = await cms.rest.login(email, PASSWORD)
      }
    })
    afterAll(async () => cms?.close())

    const nieuweLocatieData = () => ({
      organisatie: world.org.a,
      agbCode: '11223344',
      hoofdlocatie: true,
      soortZorg: world.soort.verpleeghuis,
      voorziening: 'Woonzorgcentrum',
      naam: 'De Nieuwe Linde',
      gebruikVolledigeNaam: true,
      bezoekadres: { straat: 'Lindelaan', huisnummer: '4', postcode: '4811ab', plaats: 'Breda' },
    })

    it('a provider creates a location as a proposal (nieuw, draft) with derived fields', async () => {
      const res = await cms.rest.request('POST', '/locaties', {
        token: tokens.aanbieder,
        body: nieuweLocatieData(),
      })
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      nieuweLocatie = res.body.doc.id
      expect(res.body.doc.status).toBe('nieuw')
      expect(res.body.doc._status).toBe('draft')
      expect(res.body.doc.volgnummer).toBe(0)
      expect(res.body.doc.volledigeNaam).toBe('Zorgstroom – Woonzorgcentrum De Nieuwe Linde')
      expect(res.body.doc.bezoekadres.postcode).toBe('4811 AB')
    })

    it('a provider cannot publish, even when asking for it', async () => {
      const res = await cms.rest.request('PATCH', `/locaties/${nieuweLocatie}`, {
        token: tokens.aanbieder,
        body: { _status: 'published', naam: 'De Nieuwe Linde' },
      })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(res.body.doc._status).toBe('draft')
      expect(res.body.doc.status).toBe('nieuw')
    })

    it('adds a care offer in a woonplaats; a second woonplaats for residential care is refused', async () => {
      const res = await cms.rest.request('POST', '/zorgaanbod', {
        token: tokens.aanbieder,
        body: {
          locatie: nieuweLocatie,
          woonplaats: world.wp.breda,
          zachteInformatie: [world.zi.huisdieren, world.zi.islamitisch],
          vv: VV_AANBOD,
        },
      })
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      nieuwAanbod = res.body.doc.id
      expect(String(res.body.doc.organisatie?.id ?? res.body.doc.organisatie)).toBe(
        String(world.org.a),
      )
      const second = await cms.rest.request('POST', '/zorgaanbod', {
        token: tokens.aanbieder,
        body: { locatie: nieuweLocatie, woonplaats: world.wp.tilburg },
      })
      expect(second.status, JSON.stringify(second.body)).toBe(400)
      expect(JSON.stringify(second.body)).toContain('precies één woonplaats')
    })

    it('the public sees nothing of the proposal: REST, drafts and GraphQL', async () => {
      const one = await cms.rest.request('GET', `/locaties/${nieuweLocatie}`)
      expect([403, 404]).toContain(one.status)
      const list = await cms.rest.request('GET', '/locaties?limit=100')
      expect(list.status, JSON.stringify(list.body)).toBe(200)
      expect(list.body.docs.map((d: { id: unknown }) => String(d.id))).not.toContain(
        String(nieuweLocatie),
      )
      expect(list.body.docs.every((d: { status: string }) => d.status === 'definitief')).toBe(true)
      const drafts = await cms.rest.request('GET', '/locaties?draft=true&limit=100')
      expect(drafts.body.docs.map((d: { id: unknown }) => String(d.id))).not.toContain(
        String(nieuweLocatie),
      )
      const aanbod = await cms.rest.request('GET', '/zorgaanbod?draft=true&limit=100')
      expect(aanbod.body.docs.map((d: { id: unknown }) => String(d.id))).not.toContain(
        String(nieuwAanbod),
      )
      const gql = await cms.rest.graphql(
        '{ Locaties(limit: 100, draft: true) { docs { id status } } }',
      )
      const ids = (gql.body.data?.Locaties?.docs ?? []).map((d: { id: unknown }) => String(d.id))
      expect(ids).not.toContain(String(nieuweLocatie))
      expect(ids.length).toBeGreaterThan(0)
      const users = await cms.rest.request('GET', '/users')
      expect(users.status, JSON.stringify(users.body)).toBe(403)
    })

    it('a provider never sees another provider’s organisation', async () => {
      const res = await cms.rest.request('GET', `/organisaties/${world.org.c}?draft=true`, {
        token: tokens.aanbieder,
      })
      expect([403, 404]).toContain(res.status)
      const write = await cms.rest.request('POST', '/locaties', {
        token: tokens.aanbieder2,
        body: { ...nieuweLocatieData(), agbCode: '55667788' },
      })
      expect(write.status, JSON.stringify(write.body)).toBe(403)
    })

    it('bad input gets clear Dutch messages and saves nothing', async () => {
      const before = await cms.payload.count({ collection: 'locaties', overrideAccess: true })
      const postbus = await cms.rest.request('POST', '/locaties', {
        token: tokens.aanbieder,
        body: {
          ...nieuweLocatieData(),
          agbCode: '99887766',
          bezoekadres: {
            straat: 'Postbus 123',
            huisnummer: '1',
            postcode: '4811 AB',
            plaats: 'Breda',
          },
        },
      })
      expect(postbus.status, JSON.stringify(postbus.body)).toBe(400)
      expect(JSON.stringify(postbus.body)).toContain('geen postbus')
      const agb = await cms.rest.request('POST', '/locaties', {
        token: tokens.aanbieder,
        body: { ...nieuweLocatieData(), agbCode: '1234' },
      })
      expect(agb.status, JSON.stringify(agb.body)).toBe(400)
      expect(JSON.stringify(agb.body)).toContain('8 cijfers')
      const after = await cms.payload.count({ collection: 'locaties', overrideAccess: true })
      expect(after.totalDocs).toBe(before.totalDocs)
    })

    it('sends the proposals; the organisation is locked, other organisations stay editable', async () => {
      const sent = await cms.rest.request('POST', `/organisaties/${world.org.a}/versturen`, {
        token: tokens.aanbieder,
      })
      expect(sent.status, JSON.stringify(sent.body)).toBe(200)
      expect(sent.body.aantal).toBe(2)
      const again = await cms.rest.request('POST', `/organisaties/${world.org.a}/versturen`, {
        token: tokens.aanbieder,
      })
      expect(again.status, JSON.stringify(again.body)).toBe(409)
      const locked = await cms.rest.request('PATCH', `/locaties/${nieuweLocatie}`, {
        token: tokens.aanbieder,
        body: { naam: 'Anders' },
      })
      expect(locked.status, JSON.stringify(locked.body)).toBe(409)
      expect(JSON.stringify(locked.body)).toContain('tijdelijk geen wijzigingen')
      const lockedA1 = await cms.rest.request('PATCH', `/locaties/${world.locatie.a1}`, {
        token: tokens.aanbieder,
        body: { telefoon: '013 123 45 67' },
      })
      expect(lockedA1.status, JSON.stringify(lockedA1.body)).toBe(409)
      const other = await cms.rest.request('PATCH', `/locaties/${world.locatie.b1}`, {
        token: tokens.aanbieder,
        body: { telefoon: '053 123 45 67' },
      })
      expect(other.status, JSON.stringify(other.body)).toBe(200)
      expect(other.body.doc.status).toBe('voorgesteld')
    })

    it('only an editor of the organisation’s zorgkantoor approves', async () => {
      const provider = await cms.rest.request('POST', `/organisaties/${world.org.a}/goedkeuren`, {
        token: tokens.aanbieder,
      })
      expect(provider.status, JSON.stringify(provider.body)).toBe(403)
      const wrongZk = await cms.rest.request('POST', `/organisaties/${world.org.a}/goedkeuren`, {
        token: tokens.menzis,
      })
      expect([403, 404]).toContain(wrongZk.status)
      const ok = await cms.rest.request('POST', `/organisaties/${world.org.a}/goedkeuren`, {
        token: tokens.cz,
      })
      expect(ok.status, JSON.stringify(ok.body)).toBe(200)
      const pub = await cms.rest.request('GET', `/locaties/${nieuweLocatie}`)
      expect(pub.status, JSON.stringify(pub.body)).toBe(200)
      expect(pub.body.status).toBe('definitief')
      expect(pub.body.volledigeNaam).toBe('Zorgstroom – Woonzorgcentrum De Nieuwe Linde')
      const jobs = await cms.payload.find({ collection: 'payload-jobs', overrideAccess: true })
      const queued = jobs.docs.flatMap(
        (j) => (j.input as { locatieIds?: string[] })?.locatieIds ?? [],
      )
      expect(queued.map(String)).toContain(String(nieuweLocatie))
      const edit = await cms.rest.request('PATCH', `/locaties/${nieuweLocatie}`, {
        token: tokens.aanbieder,
        body: { telefoon: '076 123 45 67' },
      })
      expect(edit.status, JSON.stringify(edit.body)).toBe(200)
    })

    it('an edit of a Definitief item is a proposal; the public keeps the Definitief version; rejection unlocks', async () => {
      const edit = await cms.rest.request('PATCH', `/locaties/${world.locatie.a1}`, {
        token: tokens.aanbieder,
        body: { naam: 'Hof Kandinsky' },
      })
      expect(edit.status, JSON.stringify(edit.body)).toBe(200)
      expect(edit.body.doc.status).toBe('voorgesteld')
      const pub = await cms.rest.request('GET', `/locaties/${world.locatie.a1}`)
      expect(pub.body.volledigeNaam).toBe('Zorgstroom – Verpleeghuis Hof Mondriaan')
      expect(pub.body.status).toBe('definitief')
      expect(
        (
          await cms.rest.request('POST', `/organisaties/${world.org.a}/versturen`, {
            token: tokens.aanbieder,
          })
        ).status,
      ).toBe(200)
      const noReason = await cms.rest.request('POST', `/organisaties/${world.org.a}/afwijzen`, {
        token: tokens.cz,
        body: {},
      })
      expect(noReason.status, JSON.stringify(noReason.body)).toBe(400)
      expect(JSON.stringify(noReason.body)).toContain('reden')
      const rejected = await cms.rest.request('POST', `/organisaties/${world.org.a}/afwijzen`, {
        token: tokens.cz,
        body: { reden: 'De naam klopt niet met onze gegevens.' },
      })
      expect(rejected.status, JSON.stringify(rejected.body)).toBe(200)
      const draft = await cms.rest.request('GET', `/locaties/${world.locatie.a1}?draft=true`, {
        token: tokens.aanbieder,
      })
      expect(draft.body.status).toBe('voorgesteld')
      expect(draft.body.naam).toBe('Hof Kandinsky')
      const stillPublic = await cms.rest.request('GET', `/locaties/${world.locatie.a1}`)
      expect(stillPublic.body.naam).toBe('Hof Mondriaan')
      const editable = await cms.rest.request('PATCH', `/locaties/${world.locatie.a1}`, {
        token: tokens.aanbieder,
        body: { naam: 'Hof Mondriaan' },
      })
      expect(editable.status, JSON.stringify(editable.body)).toBe(200)
    })

    it('a provider cannot restore an old version (that would skip the review)', async () => {
      const versions = await cms.rest.request(
        'GET',
        `/locaties/versions?where[parent][equals]=${world.locatie.a1}&limit=5`,
        { token: tokens.aanbieder },
      )
      expect(versions.status, JSON.stringify(versions.body)).toBe(200)
      const oldest = versions.body.docs.at(-1)
      expect(oldest).toBeTruthy()
      const res = await cms.rest.request('POST', `/locaties/versions/${oldest.id}`, {
        token: tokens.aanbieder,
      })
      expect(res.status, JSON.stringify(res.body)).toBe(403)
    })

    it('anonymous readers get nothing from internal collections', async () => {
      for (const slug of [
        'users',
        'wijzigingsverzoeken',
        'media',
        'payload-jobs',
        'payload-preferences',
        'payload-locked-documents',
        'worker-status',
      ]) {
        const res = await cms.rest.request('GET', `/${slug}`)
        expect(res.status, `${slug}: ${JSON.stringify(res.body).slice(0, 200)}`).toBe(403)
      }
      for (const slug of ['organisaties', 'locaties', 'zorgaanbod']) {
        const res = await cms.rest.request('GET', `/${slug}?limit=0&draft=true`)
        expect(res.status).toBe(200)
        expect(res.body.docs.every((d: { _status: string }) => d._status === 'published')).toBe(
          true,
        )
        const versions = await cms.rest.request('GET', `/${slug}/versions`)
        expect(versions.status).toBe(403)
      }
    })

    it('the CMS health endpoint answers (degraded: no worker runs in this test)', async () => {
      const res = await cms.rest.request('GET', '/health')
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(res.body.status).toBe('degraded')
      expect(res.body.database.status).toBe('ok')
    })
  })
}
