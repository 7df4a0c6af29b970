/**
 * Every way a location can leave the database ends with the public side matching it: after the
 * index queue has run, the public engine has no document for a deleted location and the public
 * media store none of its photos; whatever stays in the database stays public. Through REST as
 * real users and through the Local API, on a real database and the real embedded engine and
 * public media store. Includes the attack that found the leak: an organisation with three
 * Definitief locations deleted, and two locations deleted in one bulk REST call, whose hooks
 * Payload runs at the same time on one shared request.
 */
import path from 'node:path'
import { createLocalReq, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { INDEX_QUEUE, queueReindexJob } from '../../cms/jobs/queue'
import { withScopedRequest } from '../../cms/queries/records'
import type { PublicDocument } from '../../search-indexer/contract'
import { createSearchReader } from '../../search-indexer/engine'
import { readSnapshot } from '../helpers/search-index'
import { LocalMediaStore } from '../../search-indexer/media/local'
import type { DbKind } from './helpers/database'
import { createWorld, PASSWORD, VV_AANBOD, type Id, type World } from './helpers/fixtures'
import { runQueue, startCms, type TestCms } from './helpers/payload'

const SYSTEM = {
  overrideAccess: true,
  context: { workflowStatus: 'definitief', skipIndex: true },
} as const

/** A small real JPEG: one public size (never enlarged), so three files per photo. */
const JPEG = await sharp({
  create: { width: 320, height: 240, channels: 3, background: '#5a7a9a' },
})
  .jpeg()
  .toBuffer()

const PROVIDER = 'aanbieder.verwijder@test.nl'

export function verwijderpadenSuite(kind: DbKind, skip = false) {
  describe.skipIf(skip)(`every delete path reaches the public side on ${kind}`, () => {
    let cms: TestCms
    let world: World
    let store: LocalMediaStore
    let agb = 61000000
    const tokens: Record<string, string> = {}
    /** organisations of the provider login of this suite */
    const eigen: { herstel: Id; goedkeuring: Id; nieuw: Id } = {
      herstel: 0,
      goedkeuring: 0,
      nieuw: 0,
    }

    beforeAll(async () => {
      cms = await startCms(kind)
      world = await createWorld(cms.payload)
      store = new LocalMediaStore(path.join(cms.dataDir, 'publieke-media'))
      eigen.herstel = await organisatie('Stichting Bijna Weg')
      eigen.goedkeuring = await organisatie('Stichting Opruimen')
      eigen.nieuw = await organisatie('Stichting Nog Niet Goedgekeurd')
      await cms.payload.create({
        collection: 'users',
        data: {
          email: PROVIDER,
          password: PASSWORD,
          naam: 'Vera Verwijder',
          rol: 'zorgaanbieder',
          organisaties: Object.values(eigen),
        },
        overrideAccess: true,
      })
      tokens.aanbieder = await cms.rest.login(PROVIDER, PASSWORD)
      tokens.cz = await cms.rest.login('redacteur.cz@test.nl', PASSWORD)
      tokens.beheer = await cms.rest.login('beheer@test.nl', PASSWORD)
      await queueReindexJob(cms.payload, 'test')
      await runJobs()
    })
    afterAll(async () => cms?.close())

    const runJobs = () => runQueue(cms.payload)
    const show = (res: { body: unknown }) => JSON.stringify(res.body)

    /** A Definitief organisation contracted by CZ, written as the system. */
    async function organisatie(naam: string) {
      const doc = await cms.payload.create({
        collection: 'organisaties',
        data: {
          naam,
          nzaCode: String(agb++),
          type: 'zorgaanbieder',
          zorgkantoren: [world.zk.cz],
          status: 'definitief',
          _status: 'published',
        },
        draft: false,
        ...SYSTEM,
      })
      return doc.id as Id
    }

    async function foto(org: Id) {
      const doc = await cms.payload.create({
        collection: 'media',
        data: { alt: 'De tuin', organisatie: org },
        file: { data: JPEG, mimetype: 'image/jpeg', name: `tuin-${agb++}.jpg`, size: JPEG.length },
        overrideAccess: true,
      })
      return doc.id as Id
    }

    /**
     * A Definitief location with a photo and a filled care offer, written as the system; not yet
     * indexed (see `publiceer`).
     */
    async function definitieveLocatie(org: Id, naam: string) {
      const locatie = await cms.payload.create({
        collection: 'locaties',
        data: {
          organisatie: org,
          agbCode: String(agb++),
          hoofdlocatie: true,
          soortZorg: world.soort.verpleeghuis,
          voorziening: 'Verpleeghuis',
          naam,
          gebruikVolledigeNaam: true,
          bezoekadres: {
            straat: 'Kerkstraat',
            huisnummer: '3',
            postcode: '5038 CD',
            plaats: 'Tilburg',
          },
          coordinaten: { lat: 51.56, lng: 5.08 },
          fotos: [await foto(org)],
          status: 'definitief',
          _status: 'published',
        },
        draft: false,
        ...SYSTEM,
      })
      const aanbod = await cms.payload.create({
        collection: 'zorgaanbod',
        data: {
          locatie: locatie.id,
          woonplaats: world.wp.tilburg,
          vv: VV_AANBOD,
          status: 'definitief',
          _status: 'published',
        },
        draft: false,
        ...SYSTEM,
      })
      return { locatie: locatie.id as Id, aanbod: aanbod.id as Id }
    }

    /** Indexes the given locations and checks that each is public with its photo. */
    async function publiceer(...locaties: Id[]) {
      await cms.payload.jobs.queue({
        task: 'indexeerLocaties',
        queue: INDEX_QUEUE,
        input: { locatieIds: locaties.map(String) },
      })
      await runJobs()
      for (const id of locaties) await verwachtPubliek(id)
    }

    async function publicDoc(locatie: Id): Promise<PublicDocument | null> {
      const current = await readSnapshot(path.join(cms.dataDir, 'search'))
      const entry = current?.snapshot.entries.find((e) => e.id === `locatie-${locatie}`)
      return entry ? (JSON.parse(entry.json) as PublicDocument) : null
    }

    /** What the public search finds for a text (location ids). */
    async function zoek(tekst: string): Promise<string[]> {
      const reader = createSearchReader({
        engine: 'embedded',
        dir: path.join(cms.dataDir, 'search'),
      })
      try {
        const found = await reader.search({ text: tekst, page: 1, perPage: 50 })
        return found.hits.map((h) => String(h.document.locatieId))
      } finally {
        await reader.close()
      }
    }

    async function verwachtPubliek(locatie: Id) {
      const doc = await publicDoc(locatie)
      expect(doc, `location ${locatie} is public`).not.toBeNull()
      expect(doc!.fotos, `location ${locatie} shows its photo`).toHaveLength(1)
      expect(await store.list(String(locatie)), `photos of ${locatie} are public`).not.toHaveLength(
        0,
      )
    }

    /** After the queue ran: no public document, no search hit, no public photo of these locations. */
    async function verwachtWeg(tekst: string, ...locaties: Id[]) {
      await runJobs()
      for (const id of locaties) {
        expect(await publicDoc(id), `location ${id} left the public engine`).toBeNull()
        expect(await store.list(String(id)), `photos of ${id} left the public store`).toEqual([])
      }
      const hits = await zoek(tekst)
      for (const id of locaties) expect(hits, `search "${tekst}"`).not.toContain(String(id))
    }

    const bestaat = async (collection: 'organisaties' | 'locaties', id: Id) =>
      (await cms.payload.count({ collection, where: { id: { equals: id } }, overrideAccess: true }))
        .totalDocs > 0

    const user = async (email: string) => {
      const found = await cms.payload.find({
        collection: 'users',
        where: { email: { equals: email } },
        overrideAccess: true,
      })
      return { ...found.docs[0]!, collection: 'users' as const }
    }

    describe('the attack: deletes whose hooks run at the same time', () => {
      it('an organisation with three Definitief locations with photos, deleted by its editor, leaves the public side', async () => {
        const org = await organisatie('Stichting Drie Huizen')
        const locaties = [
          (await definitieveLocatie(org, 'Driehuis Noord')).locatie,
          (await definitieveLocatie(org, 'Driehuis Midden')).locatie,
          (await definitieveLocatie(org, 'Driehuis Zuid')).locatie,
        ]
        await publiceer(...locaties)
        expect(await zoek('Driehuis')).toHaveLength(3)

        const res = await cms.rest.request('DELETE', `/organisaties/${org}`, { token: tokens.cz })
        expect(res.status, show(res)).toBe(200)
        for (const id of locaties) expect(await bestaat('locaties', id)).toBe(false)
        await verwachtWeg('Driehuis', ...locaties)
      })

      it('two locations deleted in one bulk REST call (where[id][in]) leave the public side', async () => {
        const org = await organisatie('Stichting Twee Tegelijk')
        const a = (await definitieveLocatie(org, 'Tweeling Oost')).locatie
        const b = (await definitieveLocatie(org, 'Tweeling West')).locatie
        const blijft = (await definitieveLocatie(org, 'Tweeling Blijft')).locatie
        await publiceer(a, b, blijft)

        const res = await cms.rest.request(
          'DELETE',
          `/locaties?where[id][in][0]=${a}&where[id][in][1]=${b}`,
          { token: tokens.cz },
        )
        expect(res.status, show(res)).toBe(200)
        expect(res.body.docs).toHaveLength(2)
        await verwachtWeg('Tweeling', a, b)
        await verwachtPubliek(blijft)
      })
    })

    describe('one location', () => {
      it('an editor’s DELETE /api/locaties/:id (the custom delete endpoint)', async () => {
        const org = await organisatie('Stichting Een Weg')
        const { locatie } = await definitieveLocatie(org, 'Eenling Rest')
        await publiceer(locatie)
        const res = await cms.rest.request('DELETE', `/locaties/${locatie}`, { token: tokens.cz })
        expect(res.status, show(res)).toBe(200)
        expect(res.body.actie).toBe('verwijderd')
        await verwachtWeg('Eenling', locatie)
      })

      it('the Local API as the editor (overrideAccess: false)', async () => {
        const org = await organisatie('Stichting Lokaal Weg')
        const { locatie } = await definitieveLocatie(org, 'Lokaalhuis Rest')
        await publiceer(locatie)
        await cms.payload.delete({
          collection: 'locaties',
          id: locatie,
          overrideAccess: false,
          user: await user('redacteur.cz@test.nl'),
        })
        await verwachtWeg('Lokaalhuis', locatie)
      })
      it('a caller’s skipIndex never keeps a deleted location public', async () => {
        const org = await organisatie('Stichting Overgeslagen')
        const { locatie } = await definitieveLocatie(org, 'Overslaghuis')
        await publiceer(locatie)
        await cms.payload.delete({
          collection: 'locaties',
          id: locatie,
          overrideAccess: true,
          context: { skipIndex: true },
        })
        await verwachtWeg('Overslaghuis', locatie)
      })
    })

    describe('in bulk', () => {
      it('the Local API deleting several locations by a where', async () => {
        const org = await organisatie('Stichting Lokaal Bulk')
        const a = (await definitieveLocatie(org, 'Bulkhof Een')).locatie
        const b = (await definitieveLocatie(org, 'Bulkhof Twee')).locatie
        const c = (await definitieveLocatie(org, 'Bulkhof Drie')).locatie
        await publiceer(a, b, c)
        const result = await cms.payload.delete({
          collection: 'locaties',
          where: { id: { in: [a, b, c] } },
          overrideAccess: true,
        })
        expect(result.errors).toEqual([])
        await verwachtWeg('Bulkhof', a, b, c)
      })

      it('care offers in bulk (DELETE /api/zorgaanbod?where[id][in]…): locations without a filled offer leave', async () => {
        const org = await organisatie('Stichting Zonder Aanbod')
        const a = await definitieveLocatie(org, 'Aanbodloos Een')
        const b = await definitieveLocatie(org, 'Aanbodloos Twee')
        await publiceer(a.locatie, b.locatie)
        const res = await cms.rest.request(
          'DELETE',
          `/zorgaanbod?where[id][in][0]=${a.aanbod}&where[id][in][1]=${b.aanbod}`,
          { token: tokens.cz },
        )
        expect(res.status, show(res)).toBe(200)
        expect(res.body.docs).toHaveLength(2)
        await verwachtWeg('Aanbodloos', a.locatie, b.locatie)
      })

      it('organisations in bulk (DELETE /api/organisaties?where[id][in]…) take all their locations off the public side', async () => {
        const een = await organisatie('Stichting Bulk Een')
        const twee = await organisatie('Stichting Bulk Twee')
        const locaties = [
          (await definitieveLocatie(een, 'Samenweg Een A')).locatie,
          (await definitieveLocatie(een, 'Samenweg Een B')).locatie,
          (await definitieveLocatie(twee, 'Samenweg Twee A')).locatie,
          (await definitieveLocatie(twee, 'Samenweg Twee B')).locatie,
        ]
        await publiceer(...locaties)
        const res = await cms.rest.request(
          'DELETE',
          `/organisaties?where[id][in][0]=${een}&where[id][in][1]=${twee}`,
          { token: tokens.cz },
        )
        expect(res.status, show(res)).toBe(200)
        expect(res.body.docs).toHaveLength(2)
        expect(await bestaat('organisaties', een)).toBe(false)
        expect(await bestaat('organisaties', twee)).toBe(false)
        await verwachtWeg('Samenweg', ...locaties)
      })

      it('a bulk delete leaves the context of the request it ran in as it was', async () => {
        const org = await organisatie('Stichting Schone Context')
        const a = (await definitieveLocatie(org, 'Schoon Een')).locatie
        const b = (await definitieveLocatie(org, 'Schoon Twee')).locatie
        const req: PayloadRequest = await createLocalReq(
          { user: await user('beheer@test.nl'), context: {} },
          cms.payload,
        )
        await cms.payload.delete({
          collection: 'organisaties',
          where: { id: { equals: org } },
          overrideAccess: true,
          req,
        })
        expect(await bestaat('locaties', a)).toBe(false)
        expect(await bestaat('locaties', b)).toBe(false)
        // no flag of a nested call (skipIndex, auditBeheer, …) is left on the request
        expect(req.context).toEqual({})
        await runJobs()
      })
    })

    describe('the mechanism: flags for one nested call', () => {
      it('reach neither the outer request nor a sibling call running at the same time', async () => {
        const req = await createLocalReq({ context: { buiten: true } }, cms.payload)
        const genest = (vlag: string, wachten: number) =>
          withScopedRequest(req, { [vlag]: true }, async (scoped) => {
            // a nested Local API call that adds its own context, as hooks do
            await cms.payload.find({
              collection: 'zorgkantoren',
              context: { [`${vlag}-genest`]: true },
              overrideAccess: true,
              req: scoped,
            })
            await new Promise((resolve) => setTimeout(resolve, wachten))
            return { ...scoped.context }
          })
        const [a, b] = await Promise.all([genest('a', 30), genest('b', 5)])
        expect(a).toEqual({ buiten: true, a: true, 'a-genest': true })
        expect(b).toEqual({ buiten: true, b: true, 'b-genest': true })
        expect(req.context).toEqual({ buiten: true })
      })

      it.skipIf(kind !== 'postgres')(
        'run in the transaction of the outer request (rolled back with it)',
        async () => {
          const req = await createLocalReq({}, cms.payload)
          expect(await initTransaction(req)).toBe(true)
          const zk = await withScopedRequest(req, { skipIndex: true }, (scoped) =>
            cms.payload.create({
              collection: 'zorgkantoren',
              data: { naam: 'Teruggedraaid', code: 'terug', email: 'terug@zk.test' },
              overrideAccess: true,
              req: scoped,
            }),
          )
          await killTransaction(req)
          const count = await cms.payload.count({
            collection: 'zorgkantoren',
            where: { id: { equals: zk.id } },
            overrideAccess: true,
          })
          expect(count.totalDocs).toBe(0)
        },
      )
    })

    describe('the workflow', () => {
      it('approving requested removals takes exactly those locations off the public side', async () => {
        const org = eigen.goedkeuring
        const a = (await definitieveLocatie(org, 'Opruim Een')).locatie
        const b = (await definitieveLocatie(org, 'Opruim Twee')).locatie
        const blijft = (await definitieveLocatie(org, 'Opruim Blijft')).locatie
        await publiceer(a, b, blijft)
        for (const id of [a, b]) {
          const res = await cms.rest.request('DELETE', `/locaties/${id}`, {
            token: tokens.aanbieder,
          })
          expect(res.status, show(res)).toBe(200)
          expect(res.body.actie).toBe('verwijdering-voorstellen')
        }
        await runJobs()
        for (const id of [a, b, blijft]) await verwachtPubliek(id) // public until approved
        const sent = await cms.rest.request('POST', `/organisaties/${org}/versturen`, {
          token: tokens.aanbieder,
        })
        expect(sent.status, show(sent)).toBe(200)
        const ok = await cms.rest.request('POST', `/organisaties/${org}/goedkeuren`, {
          token: tokens.cz,
          body: {},
        })
        expect(ok.status, show(ok)).toBe(200)
        expect(await bestaat('locaties', a)).toBe(false)
        await verwachtWeg('Opruim', a, b)
        await verwachtPubliek(blijft)
      })

      it('undoing a requested removal (herstel) keeps the location public with its photo', async () => {
        const { locatie } = await definitieveLocatie(eigen.herstel, 'Herstelhuis')
        await publiceer(locatie)
        const weg = await cms.rest.request('DELETE', `/locaties/${locatie}`, {
          token: tokens.aanbieder,
        })
        expect(weg.body.actie, show(weg)).toBe('verwijdering-voorstellen')
        const terug = await cms.rest.request('POST', `/locaties/${locatie}/herstel`, {
          token: tokens.aanbieder,
          body: {},
        })
        expect(terug.status, show(terug)).toBe(200)
        await runJobs()
        await verwachtPubliek(locatie)
        expect(await zoek('Herstelhuis')).toContain(String(locatie))
      })

      it('a provider deleting never-approved items: nothing public goes, nothing new appears', async () => {
        const org = eigen.nieuw
        const { locatie: bestaand } = await definitieveLocatie(org, 'Vaste Plek')
        await publiceer(bestaand)
        const nieuw = await cms.rest.request('POST', '/locaties', {
          token: tokens.aanbieder,
          body: {
            organisatie: org,
            agbCode: String(agb++),
            hoofdlocatie: true,
            soortZorg: world.soort.verpleeghuis,
            voorziening: 'Verpleeghuis',
            naam: 'Nooit Goedgekeurd',
            bezoekadres: {
              straat: 'Laan',
              huisnummer: '2',
              postcode: '5038 AB',
              plaats: 'Tilburg',
            },
            fotos: [await foto(org)],
          },
        })
        expect(nieuw.status, show(nieuw)).toBe(201)
        const nieuwId = nieuw.body.doc.id as Id
        const nieuwAanbod = await cms.rest.request('POST', '/zorgaanbod', {
          token: tokens.aanbieder,
          body: { locatie: nieuwId, woonplaats: world.wp.tilburg, vv: VV_AANBOD },
        })
        expect(nieuwAanbod.status, show(nieuwAanbod)).toBe(201)
        for (const [collection, id] of [
          ['zorgaanbod', nieuwAanbod.body.doc.id],
          ['locaties', nieuwId],
        ] as const) {
          const res = await cms.rest.request('DELETE', `/${collection}/${id}`, {
            token: tokens.aanbieder,
          })
          expect(res.status, show(res)).toBe(200)
          expect(res.body.actie).toBe('verwijderen')
        }
        await verwachtWeg('Nooit Goedgekeurd', nieuwId)
        await verwachtPubliek(bestaand)
      })

      it('a merger keeps the moved locations public with their photos, under the surviving name', async () => {
        const van = await organisatie('Stichting Opgaand Huis')
        const naar = await organisatie('Stichting Blijvend Huis')
        const a = (await definitieveLocatie(van, 'Fusiehof Een')).locatie
        const b = (await definitieveLocatie(van, 'Fusiehof Twee')).locatie
        await publiceer(a, b)
        const res = await cms.rest.request('POST', `/organisaties/${van}/fusie`, {
          token: tokens.cz,
          body: { naar },
        })
        expect(res.status, show(res)).toBe(200)
        expect(await bestaat('organisaties', van)).toBe(false)
        await runJobs()
        for (const id of [a, b]) {
          await verwachtPubliek(id)
          expect((await publicDoc(id))?.organisatie.naam).toBe('Stichting Blijvend Huis')
        }
        expect(await zoek('Opgaand')).toEqual([])
      })
    })
  })
}
