/**
 * Free capacity and waiting times: reported by the provider through
 * REST, public at once without review, refused for another organisation or with bad dates, and
 * gone from the public index after the end date (the scheduled expiry task). Real database, real
 * embedded search engine.
 */
import path from 'node:path'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CAPACITEIT_MESSAGES, dagVan } from '../../cms/domain/capaciteit'
import { CAPACITEIT_TASK, markeerVerlopenCapaciteit } from '../../cms/jobs/capaciteit'
import { queueReindexJob } from '../../cms/jobs/queue'
import { queueFigures } from '../../cms/jobs/worker'
import type { PublicDocument } from '../../search-indexer/contract'
import { readSnapshot } from '../helpers/search-index'
import type { DbKind } from './helpers/database'
import { createWorld, PASSWORD, type Id, type World } from './helpers/fixtures'
import { runQueue, startCms, type TestCms } from './helpers/payload'

const DAG = 86_400_000
const dag = (offset: number) => dagVan(new Date(Date.now() + offset * DAG))

export function capaciteitSuite(kind: DbKind, skip = false) {
  describe.skipIf(skip)(`free capacity on ${kind}`, () => {
    let cms: TestCms
    let world: World
    const tokens: Record<string, string> = {}

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
      await queueReindexJob(cms.payload, 'test')
      await runJobs()
    })
    afterAll(async () => cms?.close())

    const runJobs = () => runQueue(cms.payload)

    async function publicDoc(locatieId: Id): Promise<PublicDocument | null> {
      const current = await readSnapshot(path.join(cms.dataDir, 'search'))
      const entry = current?.snapshot.entries.find((e) => e.id === `locatie-${locatieId}`)
      return entry ? (JSON.parse(entry.json) as PublicDocument) : null
    }

    const melding = (extra: Record<string, unknown> = {}) => ({
      locatie: world.locatie.a1,
      sector: 'VV',
      zorgprofiel: 'VV-5',
      soortPlaats: 'verblijf',
      aantal: 2,
      toelichting: 'Kamer met eigen badkamer.',
      ...extra,
    })

    const post = (token: string | undefined, body: unknown) =>
      cms.rest.request('POST', '/vrije-capaciteit', { token, body })

    it('a provider reports free places of its own location; they are public at once', async () => {
      const res = await post(tokens.aanbieder, melding())
      expect(res.status).toBe(201)
      const doc = res.body.doc
      expect(doc.organisatie).toEqual(expect.objectContaining({ id: world.org.a }))
      expect(doc.gemeldDoor).toEqual(expect.objectContaining({ id: world.users.aanbieder }))
      expect(Date.now() - Date.parse(doc.gemeldOp)).toBeLessThan(60_000)
      // 30 days by default, stored as days
      expect(dagVan(doc.beschikbaarVanaf)).toBe(dag(0))
      expect(dagVan(doc.geldigTot)).toBe(dag(30))
      expect(doc.verlopen).toBe(false)

      await runJobs()
      const publiek = await publicDoc(world.locatie.a1)
      expect(publiek?.vrijePlaatsen).toBe(2)
      expect(publiek?.vrijeCapaciteit).toEqual([
        expect.objectContaining({
          aantal: 2,
          sector: { code: 'VV', naam: 'Ouderenzorg (verpleging en verzorging)' },
          zorgprofiel: expect.objectContaining({ code: 'VV-5' }),
          soortPlaats: { code: 'verblijf', naam: 'Wonen (verblijf)' },
          geldigTot: dag(30),
          toelichting: 'Kamer met eigen badkamer.',
        }),
      ])
      // who reported is not public
      expect(JSON.stringify(publiek)).not.toContain('aanbieder@test.nl')
      expect(JSON.stringify(publiek?.vrijeCapaciteit)).not.toContain('gemeldDoor')
    })

    it('refuses another organisation’s location, and moving a report to it', async () => {
      const vreemd = await post(tokens.aanbieder2, melding())
      expect(vreemd.status).toBe(403)
      expect(vreemd.body.errors[0].message).toBe(
        'U kunt alleen meldingen doen bij uw eigen locaties.',
      )
      const eigen = await post(tokens.aanbieder, melding({ aantal: 1 }))
      expect(eigen.status).toBe(201)
      const verhuis = await cms.rest.request('PATCH', `/vrije-capaciteit/${eigen.body.doc.id}`, {
        token: tokens.aanbieder,
        body: { locatie: world.locatie.b1 },
      })
      expect(verhuis.status).toBe(403)
      // a client-sent organisation, reporter or expiry mark is overwritten by the server
      const vals = await post(tokens.aanbieder, {
        ...melding(),
        organisatie: world.org.c,
        gemeldDoor: world.users.beheer,
        gemeldOp: '2020-01-01T00:00:00.000Z',
        verlopen: true,
      })
      expect(vals.status).toBe(201)
      expect(vals.body.doc.organisatie.id).toBe(world.org.a)
      expect(vals.body.doc.gemeldDoor.id).toBe(world.users.aanbieder)
      expect(vals.body.doc.gemeldOp).not.toContain('2020')
      expect(vals.body.doc.verlopen).toBe(false)
      // the other provider neither reads nor changes nor deletes it
      const id = vals.body.doc.id
      for (const [method, body] of [
        ['GET', undefined],
        ['PATCH', { aantal: 9 }],
        ['DELETE', undefined],
      ] as const) {
        const res = await cms.rest.request(method, `/vrije-capaciteit/${id}`, {
          token: tokens.aanbieder2,
          body,
        })
        expect([403, 404]).toContain(res.status)
      }
      const list = await cms.rest.request('GET', '/vrije-capaciteit', { token: tokens.aanbieder2 })
      expect(list.body.docs).toEqual([])
      // the public reads nothing through REST or GraphQL
      expect((await cms.rest.request('GET', '/vrije-capaciteit')).status).toBe(403)
      const gql = await cms.rest.graphql('{ VrijeCapaciteits { docs { aantal } } }')
      expect(JSON.stringify(gql.body)).not.toContain('"aantal"')
    })

    it('bad input gets a Dutch message per field and stores nothing', async () => {
      const before = await cms.payload.count({
        collection: 'vrije-capaciteit',
        overrideAccess: true,
      })
      const cases: [Record<string, unknown>, string, string][] = [
        [{ aantal: 0 }, 'aantal', CAPACITEIT_MESSAGES.aantal],
        [{ aantal: 2.5 }, 'aantal', CAPACITEIT_MESSAGES.aantal],
        [{ aantal: 'twee' }, 'aantal', ''],
        [{ zorgprofiel: 'GGZ-B-3' }, 'zorgprofiel', CAPACITEIT_MESSAGES.zorgprofielSector],
        [{ geldigTot: dag(100) }, 'geldigTot', CAPACITEIT_MESSAGES.geldigTotTeVer],
        [
          { beschikbaarVanaf: dag(10), geldigTot: dag(5) },
          'geldigTot',
          CAPACITEIT_MESSAGES.geldigTotVoorVanaf,
        ],
        [
          { beschikbaarVanaf: dag(-20), geldigTot: dag(-1) },
          'geldigTot',
          CAPACITEIT_MESSAGES.verlopen,
        ],
        [{ soortPlaats: 'kamer' }, 'soortPlaats', ''],
        [{ locatie: 999999 }, 'locatie', ''],
      ]
      for (const [extra, veld, bericht] of cases) {
        const res = await post(tokens.aanbieder, melding(extra))
        expect(res.status, JSON.stringify(extra)).toBe(400)
        const fouten = JSON.stringify(res.body.errors)
        expect(fouten, JSON.stringify(extra)).toContain(veld)
        if (bericht) expect(fouten).toContain(bericht)
        expect(fouten).not.toMatch(/\b(Error|undefined|null)\b/)
      }
      const after = await cms.payload.count({
        collection: 'vrije-capaciteit',
        overrideAccess: true,
      })
      expect(after.totalDocs).toBe(before.totalDocs)
    })

    it('the contracting zorgkantoor removes a report but does not change it', async () => {
      const res = await post(tokens.aanbieder, melding({ aantal: 3 }))
      const id = res.body.doc.id
      const wijzig = await cms.rest.request('PATCH', `/vrije-capaciteit/${id}`, {
        token: tokens.cz,
        body: { aantal: 30 },
      })
      expect(wijzig.status).toBe(403)
      const weg = await cms.rest.request('DELETE', `/vrije-capaciteit/${id}`, { token: tokens.cz })
      expect(weg.status).toBe(200)
      await runJobs()
      expect(
        (await publicDoc(world.locatie.a1))?.vrijeCapaciteit.map((v) => v.aantal),
      ).not.toContain(3)
    })

    it('only the location’s provider and a beheerder report; the zorgkantoor only removes (REST, bulk, GraphQL, Local API)', async () => {
      const aantal = async () =>
        Object.fromEntries(
          await Promise.all(
            (['vrije-capaciteit', 'wachttijden'] as const).map(
              async (collection) =>
                [
                  collection,
                  (await cms.payload.count({ collection, overrideAccess: true })).totalDocs,
                ] as const,
            ),
          ),
        )
      const voor = await aantal()
      // the editor of the zorgkantoor that contracts the location reports nothing
      const cap = await post(tokens.cz, melding({ aantal: 11 }))
      expect(cap.status, JSON.stringify(cap.body)).toBe(403)
      const wacht = await cms.rest.request('POST', '/wachttijden', {
        token: tokens.cz,
        body: { locatie: world.locatie.a1, zorgprofiel: 'VV-6', weken: 3 },
      })
      expect(wacht.status, JSON.stringify(wacht.body)).toBe(403)
      const gqlCap = await cms.rest.graphql(
        `mutation { createVrijeCapaciteit(data: { locatie: ${world.locatie.a1}, sector: VV, soortPlaats: verblijf, aantal: 12 }) { id } }`,
        tokens.cz,
      )
      expect(gqlCap.body.errors?.length, JSON.stringify(gqlCap.body)).toBeGreaterThan(0)
      const gqlWacht = await cms.rest.graphql(
        `mutation { createWachttijd(data: { locatie: ${world.locatie.a1}, zorgprofiel: VV_6, weken: 4 }) { id } }`,
        tokens.cz,
      )
      expect(gqlWacht.body.errors?.length, JSON.stringify(gqlWacht.body)).toBeGreaterThan(0)
      const cz = await cms.payload.findByID({
        collection: 'users',
        id: world.users.redacteurCz,
        overrideAccess: true,
      })
      await expect(
        cms.payload.create({
          collection: 'wachttijden',
          data: { locatie: world.locatie.a1, zorgprofiel: 'VV-6', weken: 5 },
          overrideAccess: false,
          user: { ...cz, collection: 'users' },
        }),
      ).rejects.toThrow()
      expect(await aantal()).toEqual(voor)

      // the provider reports; the editor changes nothing of it, by id, in bulk or through GraphQL
      const eigen = await post(tokens.aanbieder, melding({ aantal: 5 }))
      expect(eigen.status).toBe(201)
      const eigenWacht = await cms.rest.request('POST', '/wachttijden', {
        token: tokens.aanbieder,
        body: { locatie: world.locatie.a1, zorgprofiel: 'VV-6', weken: 8 },
      })
      expect(eigenWacht.status).toBe(201)
      const id = eigen.body.doc.id
      const wachtId = eigenWacht.body.doc.id
      for (const [collection, doc, body] of [
        ['vrije-capaciteit', id, { aantal: 50 }],
        ['wachttijden', wachtId, { weken: 50 }],
      ] as const) {
        const perId = await cms.rest.request('PATCH', `/${collection}/${doc}`, {
          token: tokens.cz,
          body,
        })
        expect(perId.status, `${collection} by id`).toBe(403)
        const bulk = await cms.rest.request('PATCH', `/${collection}?where[id][equals]=${doc}`, {
          token: tokens.cz,
          body,
        })
        expect(bulk.status, `${collection} in bulk`).toBe(403)
      }
      const gqlUpdate = await cms.rest.graphql(
        `mutation { updateVrijeCapaciteit(id: ${id}, data: { aantal: 51 }) { id aantal } }`,
        tokens.cz,
      )
      expect(gqlUpdate.body.errors?.length).toBeGreaterThan(0)
      const na = await cms.payload.findByID({
        collection: 'vrije-capaciteit',
        id,
        overrideAccess: true,
      })
      expect(na.aantal).toBe(5)
      expect(
        (
          await cms.payload.findByID({
            collection: 'wachttijden',
            id: wachtId,
            overrideAccess: true,
          })
        ).weken,
      ).toBe(8)

      // a beheerder reports and changes for any location
      const beheer = await post(tokens.beheer, melding({ aantal: 6 }))
      expect(beheer.status, JSON.stringify(beheer.body)).toBe(201)
      const beheerWacht = await cms.rest.request('PATCH', `/wachttijden/${wachtId}`, {
        token: tokens.beheer,
        body: { weken: 9 },
      })
      expect(beheerWacht.status).toBe(200)

      // the zorgkantoor may still remove both (§3.2.9: "Zorgadvies kan ... ook verwijderen")
      for (const [collection, doc] of [
        ['vrije-capaciteit', id],
        ['wachttijden', wachtId],
        ['vrije-capaciteit', beheer.body.doc.id],
      ] as const) {
        const weg = await cms.rest.request('DELETE', `/${collection}/${doc}`, { token: tokens.cz })
        expect(weg.status, `${collection} ${doc}`).toBe(200)
      }
    })

    it('after the end date a report leaves the public site by itself (scheduled task)', async () => {
      const res = await post(tokens.aanbieder, melding({ aantal: 7, geldigTot: dag(0) }))
      expect(res.status).toBe(201)
      await runJobs()
      expect((await publicDoc(world.locatie.a1))?.vrijeCapaciteit.map((v) => v.aantal)).toContain(7)

      // The schedule queues the task for its next time, which is not a backlog in the figures.
      const { queued } = await cms.payload.jobs.handleSchedules({ allQueues: true })
      expect(queued.map((q) => q.taskConfig?.slug)).toContain(CAPACITEIT_TASK)
      const geplande = await cms.payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: CAPACITEIT_TASK } },
        overrideAccess: true,
      })
      expect(geplande.docs).toHaveLength(1)
      expect(Date.parse(String(geplande.docs[0]!.waitUntil))).toBeGreaterThan(Date.now())
      const figures = await queueFigures(cms.payload)
      expect(figures.depth).toBe(0)

      // Tomorrow: the task marks it ended and its location is reindexed without it.
      const req = await createLocalReq({}, cms.payload)
      const morgen = new Date(Date.now() + DAG)
      expect(await markeerVerlopenCapaciteit(req, morgen)).toBeGreaterThanOrEqual(1)
      expect(await markeerVerlopenCapaciteit(req, morgen)).toBe(0) // marked ones are not touched again
      await runJobs()
      const publiek = await publicDoc(world.locatie.a1)
      expect(publiek?.vrijeCapaciteit.map((v) => v.aantal)).not.toContain(7)
      const eigen = await cms.payload.findByID({
        collection: 'vrije-capaciteit',
        id: res.body.doc.id,
        overrideAccess: true,
      })
      expect(eigen.verlopen).toBe(true)
      expect(eigen.gemeldDoor).toEqual(expect.objectContaining({ id: world.users.aanbieder }))

      // Extending it makes it current again.
      const verleng = await cms.rest.request('PATCH', `/vrije-capaciteit/${res.body.doc.id}`, {
        token: tokens.aanbieder,
        body: { geldigTot: dag(14) },
      })
      expect(verleng.status).toBe(200)
      expect(verleng.body.doc.verlopen).toBe(false)
      await runJobs()
      expect((await publicDoc(world.locatie.a1))?.vrijeCapaciteit.map((v) => v.aantal)).toContain(7)
    })

    it('waiting times are public per care profile; a location’s delete takes its reports', async () => {
      const wacht = await cms.rest.request('POST', '/wachttijden', {
        token: tokens.aanbieder,
        body: { locatie: world.locatie.b1, zorgprofiel: 'VV-6', weken: 6 },
      })
      expect(wacht.status).toBe(201)
      const cap = await post(tokens.aanbieder, melding({ locatie: world.locatie.b1, aantal: 4 }))
      expect(cap.status).toBe(201)
      const fout = await cms.rest.request('POST', '/wachttijden', {
        token: tokens.aanbieder,
        body: { locatie: world.locatie.b1, zorgprofiel: 'VV-6', weken: -1 },
      })
      expect(fout.status).toBe(400)
      await runJobs()
      const publiek = await publicDoc(world.locatie.b1)
      expect(publiek?.wachttijden).toEqual([
        expect.objectContaining({
          zorgprofiel: expect.objectContaining({ code: 'VV-6' }),
          weken: 6,
        }),
      ])
      expect(publiek?.vrijePlaatsen).toBe(4)

      await cms.payload.delete({
        collection: 'locaties',
        id: world.locatie.b1,
        overrideAccess: true,
      })
      await runJobs()
      expect(await publicDoc(world.locatie.b1)).toBeNull()
      for (const collection of ['vrije-capaciteit', 'wachttijden'] as const) {
        const rest = await cms.payload.count({
          collection,
          where: { locatie: { equals: world.locatie.b1 } },
          overrideAccess: true,
        })
        expect(rest.totalDocs).toBe(0)
      }
    })
  })
}
