/**
 * Trustworthy core: every delete, crash, role and bad request leaves the data and the
 * public index right. Each numbered item of the issue has its tests here, through REST as real
 * users, on a real database (SQLite and PostgreSQL) and the real embedded search engine.
 */
import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { INDEX_QUEUE, queueReindexJob, REINDEX_TASK } from '../../cms/jobs/queue'
import { queueFigures, releaseStaleJobs } from '../../cms/jobs/worker'
import { MEDIA_MESSAGES, OWNERSHIP_MESSAGES } from '../../cms/domain/eigendom'
import { MESSAGES } from '../../cms/domain/workflow'
import { readSnapshot } from '../helpers/search-index'
import { readStatus } from '../../search-indexer/engine/embedded/side-files'
import type { DbKind } from './helpers/database'
import { createWorld, PASSWORD, VV_AANBOD, type Id, type World } from './helpers/fixtures'
import { runQueue, startCms, type TestCms } from './helpers/payload'

const SYSTEM = {
  overrideAccess: true,
  context: { workflowStatus: 'definitief', skipIndex: true },
} as const

/** A small real JPEG, to store media. */
const JPEG = await sharp({
  create: { width: 16, height: 12, channels: 3, background: '#7a9a5a' },
})
  .jpeg()
  .toBuffer()

export function kernSuite(kind: DbKind, skip = false) {
  describe.skipIf(skip)(`trustworthy core on ${kind}`, () => {
    let cms: TestCms
    let world: World
    const tokens: Record<string, string> = {}
    let agb = 40000000

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
      await queueReindexJob(cms.payload, 'test')
      await runJobs()
    })
    afterAll(async () => cms?.close())
    afterEach(() => {
      delete process.env.ZORGATLAS_TEST_FAIL_AT
    })

    /** Runs the worker's queue to the end, in this process (one job at a time, as the worker). */
    const runJobs = () => runQueue(cms.payload)

    /** Ids of the documents in the public index on disk. */
    async function publicIds(): Promise<Set<string>> {
      const current = await readSnapshot(path.join(cms.dataDir, 'search'))
      return new Set((current?.snapshot.entries ?? []).map((e) => e.id))
    }
    async function publicDoc(locatieId: Id) {
      const current = await readSnapshot(path.join(cms.dataDir, 'search'))
      const entry = current?.snapshot.entries.find((e) => e.id === `locatie-${locatieId}`)
      return entry
        ? (JSON.parse(entry.json) as { naam: string; organisatie: { naam: string } })
        : null
    }

    async function queuedLocatieIds(): Promise<string[]> {
      const jobs = await cms.payload.find({
        collection: 'payload-jobs',
        where: { queue: { equals: INDEX_QUEUE } },
        limit: 0,
        pagination: false,
        overrideAccess: true,
      })
      return jobs.docs.flatMap((j) =>
        ((j.input as { locatieIds?: string[] })?.locatieIds ?? []).map(String),
      )
    }

    /** A Definitief, public location with a filled care offer, written as the system. */
    async function definitieveLocatie(org: Id, naam: string, extra: Record<string, unknown> = {}) {
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
          status: 'definitief',
          _status: 'published',
          ...extra,
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

    async function organisatie(naam: string, zk: Id, extra: Record<string, unknown> = {}) {
      const doc = await cms.payload.create({
        collection: 'organisaties',
        data: {
          naam,
          nzaCode: String(agb++),
          type: 'zorgaanbieder',
          zorgkantoren: [zk],
          status: 'definitief',
          _status: 'published',
          ...extra,
        },
        draft: false,
        ...SYSTEM,
      })
      return doc.id as Id
    }

    async function media(org: Id, alt = 'Tuin met bankjes') {
      const doc = await cms.payload.create({
        collection: 'media',
        data: { alt, organisatie: org },
        file: { data: JPEG, mimetype: 'image/jpeg', name: `foto-${agb++}.jpg`, size: JPEG.length },
        overrideAccess: true,
      })
      return doc.id as Id
    }

    const counts = async (collection: 'organisaties' | 'locaties' | 'zorgaanbod', where: object) =>
      (
        await cms.payload.count({
          collection,
          where: where as never,
          overrideAccess: true,
        })
      ).totalDocs

    // --- 1. Deleted but still public ---------------------------------------------------------

    describe('1. every delete path takes the location out of the public index', () => {
      it('an editor’s DELETE /api/locaties/:id queues index work and the location leaves the index', async () => {
        const { locatie } = await definitieveLocatie(world.org.a, 'Weg Door Redacteur')
        await queueReindexJob(cms.payload, 'test')
        await runJobs()
        expect(await publicIds()).toContain(`locatie-${locatie}`)

        const res = await cms.rest.request('DELETE', `/locaties/${locatie}`, { token: tokens.cz })
        expect(res.status, JSON.stringify(res.body)).toBe(200)
        expect(await queuedLocatieIds()).toContain(String(locatie))
        await runJobs()
        expect(await publicIds()).not.toContain(`locatie-${locatie}`)
        expect(await counts('zorgaanbod', { locatie: { equals: locatie } })).toBe(0)
      })

      it('a beheerder’s Payload delete (DELETE /api/locaties?where…) does the same', async () => {
        const { locatie } = await definitieveLocatie(world.org.a, 'Weg Door Beheer')
        await queueReindexJob(cms.payload, 'test')
        await runJobs()
        expect(await publicIds()).toContain(`locatie-${locatie}`)
        const res = await cms.rest.request('DELETE', `/locaties?where[id][equals]=${locatie}`, {
          token: tokens.beheer,
        })
        expect(res.status, JSON.stringify(res.body)).toBe(200)
        expect(res.body.docs).toHaveLength(1)
        await runJobs()
        expect(await publicIds()).not.toContain(`locatie-${locatie}`)
      })

      it('deleting only a care offer re-indexes its location (no filled offer → not public)', async () => {
        const { locatie, aanbod } = await definitieveLocatie(world.org.a, 'Zonder Aanbod')
        await queueReindexJob(cms.payload, 'test')
        await runJobs()
        expect(await publicIds()).toContain(`locatie-${locatie}`)
        const res = await cms.rest.request('DELETE', `/zorgaanbod/${aanbod}`, { token: tokens.cz })
        expect(res.status, JSON.stringify(res.body)).toBe(200)
        await runJobs()
        expect(await publicIds()).not.toContain(`locatie-${locatie}`)
      })

      it('a context flag of a nested call does not reach the outer operation', async () => {
        // The cascade deletes care offers with skipIndex; the location’s own afterDelete must
        // still see a clean context. Checked on the request the editor’s delete ran in.
        const { locatie } = await definitieveLocatie(world.org.a, 'Schone Context')
        const res = await cms.rest.request('DELETE', `/locaties/${locatie}`, { token: tokens.cz })
        expect(res.status).toBe(200)
        const queued = await queuedLocatieIds()
        expect(queued.filter((id) => id === String(locatie)).length).toBeGreaterThanOrEqual(1)
        await runJobs()
      })
    })

    // --- 2. Stale jobs ----------------------------------------------------------------------

    describe('2. a job held by a dead worker is taken again after its lease', () => {
      it('releases a job left processing, counts the try, and the queue then runs it', async () => {
        const { locatie } = await definitieveLocatie(world.org.a, 'Na Een Crash')
        const job = await cms.payload.jobs.queue({
          task: 'indexeerLocaties',
          queue: INDEX_QUEUE,
          input: { locatieIds: [String(locatie)] },
        })
        // What a worker killed mid-batch leaves behind.
        await cms.payload.update({
          collection: 'payload-jobs',
          id: job.id,
          data: { processing: true },
          overrideAccess: true,
        })
        const notYet = await releaseStaleJobs(cms.payload, { leaseMs: 60_000 })
        expect(notYet.released).not.toContain(String(job.id))
        const later = new Date(Date.now() + 61_000)
        const { released } = await releaseStaleJobs(cms.payload, { leaseMs: 60_000, now: later })
        expect(released).toContain(String(job.id))
        const again = await cms.payload.findByID({
          collection: 'payload-jobs',
          id: job.id,
          overrideAccess: true,
        })
        expect(again.processing).toBe(false)
        expect(again.totalTried).toBe(1)
        await runJobs()
        expect(await publicIds()).toContain(`locatie-${locatie}`)
      })

      it('a job that keeps killing its worker ends as failed instead of looping', async () => {
        const job = await cms.payload.jobs.queue({
          task: 'indexeerLocaties',
          queue: INDEX_QUEUE,
          input: { locatieIds: ['999999'] },
        })
        const retries = cms.payload.config.jobs.tasks?.find(
          (t) => t.slug === 'indexeerLocaties',
        )?.retries
        const attempts = typeof retries === 'number' ? retries : (retries?.attempts ?? 0)
        await cms.payload.update({
          collection: 'payload-jobs',
          id: job.id,
          data: { processing: true, totalTried: attempts },
          overrideAccess: true,
        })
        const { failed } = await releaseStaleJobs(cms.payload, {
          leaseMs: 1000,
          now: new Date(Date.now() + 5000),
        })
        expect(failed).toContain(String(job.id))
        const figures = await queueFigures(cms.payload)
        expect(figures.failed).toBeGreaterThanOrEqual(1)
        // A failed job keeps health degraded until a beheerder retries or removes it (taken suite).
        await cms.payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true })
      })

      it('health says degraded without a worker heartbeat', async () => {
        const res = await cms.rest.request('GET', '/health')
        expect(res.status).toBe(200)
        expect(res.body.status).toBe('degraded')
        expect(res.body.worker.status).toBe('niet-actief')
        expect(res.body.wachtrij).toHaveProperty('aantal')
        expect(res.body.wachtrij).toHaveProperty('oudsteWachtendeSinds')
      })
    })

    // --- 3. All or nothing ------------------------------------------------------------------

    describe('3. multi-step operations are all or nothing, also on SQLite', () => {
      it('an approval that fails halfway publishes nothing and keeps the request open', async () => {
        const org = await organisatie('Stichting Halverwege', world.zk.cz)
        await cms.payload.update({
          collection: 'users',
          id: world.users.aanbieder,
          data: { organisaties: [world.org.a, world.org.b, org] },
          overrideAccess: true,
        })
        const token = await cms.rest.login('aanbieder@test.nl', PASSWORD)
        const created = await cms.rest.request('POST', '/locaties', {
          token,
          body: {
            organisatie: org,
            agbCode: String(agb++),
            hoofdlocatie: true,
            soortZorg: world.soort.verpleeghuis,
            voorziening: 'Verpleeghuis',
            naam: 'Het Midden',
            bezoekadres: {
              straat: 'Laan',
              huisnummer: '1',
              postcode: '5038 AB',
              plaats: 'Tilburg',
            },
          },
        })
        expect(created.status, JSON.stringify(created.body)).toBe(201)
        const patch = await cms.rest.request('PATCH', `/organisaties/${org}`, {
          token,
          body: { verkorteNaam: 'Midden' },
        })
        expect(patch.status, JSON.stringify(patch.body)).toBe(200)
        const sent = await cms.rest.request('POST', `/organisaties/${org}/versturen`, { token })
        expect(sent.status, JSON.stringify(sent.body)).toBe(200)

        process.env.ZORGATLAS_TEST_FAIL_AT = 'goedkeuren-midden'
        const failed = await cms.rest.request('POST', `/organisaties/${org}/goedkeuren`, {
          token: tokens.cz,
        })
        expect(failed.status).toBe(500)
        delete process.env.ZORGATLAS_TEST_FAIL_AT

        const pubOrg = await cms.rest.request('GET', `/organisaties/${org}`)
        expect(pubOrg.body.verkorteNaam ?? null).toBeNull()
        const pubLoc = await cms.rest.request('GET', `/locaties/${created.body.doc.id}`)
        expect(pubLoc.status).toBe(404)
        const draft = await cms.rest.request('GET', `/locaties/${created.body.doc.id}?draft=true`, {
          token,
        })
        expect(draft.body.status).toBe('in-behandeling')

        const ok = await cms.rest.request('POST', `/organisaties/${org}/goedkeuren`, {
          token: tokens.cz,
        })
        expect(ok.status, JSON.stringify(ok.body)).toBe(200)
        expect((await cms.rest.request('GET', `/organisaties/${org}`)).body.verkorteNaam).toBe(
          'Midden',
        )
      })

      it('a rejection that fails halfway changes no status', async () => {
        const edit = await cms.rest.request('PATCH', `/locaties/${world.locatie.b1}`, {
          token: tokens.aanbieder,
          body: { telefoon: '053 111 22 33' },
        })
        expect(edit.status, JSON.stringify(edit.body)).toBe(200)
        await cms.rest.request('PATCH', `/organisaties/${world.org.b}`, {
          token: tokens.aanbieder,
          body: { telefoon: '053 111 22 34' },
        })
        const sent = await cms.rest.request('POST', `/organisaties/${world.org.b}/versturen`, {
          token: tokens.aanbieder,
        })
        expect(sent.status, JSON.stringify(sent.body)).toBe(200)
        process.env.ZORGATLAS_TEST_FAIL_AT = 'afwijzen-midden'
        const failed = await cms.rest.request('POST', `/organisaties/${world.org.b}/afwijzen`, {
          token: tokens.menzis,
          body: { reden: 'Telefoonnummer klopt niet.' },
        })
        expect(failed.status).toBe(500)
        delete process.env.ZORGATLAS_TEST_FAIL_AT
        for (const [collection, id] of [
          ['locaties', world.locatie.b1],
          ['organisaties', world.org.b],
        ] as const) {
          const draft = await cms.rest.request('GET', `/${collection}/${id}?draft=true`, {
            token: tokens.aanbieder,
          })
          expect(draft.body.status, collection).toBe('in-behandeling')
        }
        const ok = await cms.rest.request('POST', `/organisaties/${world.org.b}/afwijzen`, {
          token: tokens.menzis,
          body: { reden: 'Telefoonnummer klopt niet.' },
        })
        expect(ok.status, JSON.stringify(ok.body)).toBe(200)
      })

      it('a copy to several woonplaatsen that fails halfway creates nothing', async () => {
        const thuis = await cms.payload.create({
          collection: 'locaties',
          data: {
            organisatie: world.org.c,
            agbCode: String(agb++),
            hoofdlocatie: true,
            soortZorg: world.soort.thuis,
            voorziening: 'Thuiszorgteam',
            gebruikVolledigeNaam: true,
            bezoekadres: { straat: 'Markt', huisnummer: '2', postcode: '4811 AA', plaats: 'Breda' },
          },
          draft: true,
          overrideAccess: true,
        })
        const aanbod = await cms.payload.create({
          collection: 'zorgaanbod',
          data: { locatie: thuis.id, woonplaats: world.wp.breda, vv: VV_AANBOD },
          draft: true,
          overrideAccess: true,
        })
        const before = await counts('zorgaanbod', { locatie: { equals: thuis.id } })
        process.env.ZORGATLAS_TEST_FAIL_AT = 'kopieer-midden'
        const failed = await cms.rest.request('POST', `/zorgaanbod/${aanbod.id}/kopieer`, {
          token: tokens.aanbieder2,
          body: { woonplaatsen: [world.wp.tilburg, world.wp.enschede] },
        })
        expect(failed.status).toBe(500)
        delete process.env.ZORGATLAS_TEST_FAIL_AT
        expect(await counts('zorgaanbod', { locatie: { equals: thuis.id } })).toBe(before)
      })

      it('deleting a location that fails halfway keeps its care offers', async () => {
        const { locatie, aanbod } = await definitieveLocatie(world.org.a, 'Blijft Heel')
        process.env.ZORGATLAS_TEST_FAIL_AT = 'locatie-verwijderen-midden'
        const failed = await cms.rest.request('DELETE', `/locaties/${locatie}`, {
          token: tokens.cz,
        })
        expect(failed.status).toBe(500)
        delete process.env.ZORGATLAS_TEST_FAIL_AT
        expect(await counts('locaties', { id: { equals: locatie } })).toBe(1)
        expect(await counts('zorgaanbod', { id: { equals: aanbod } })).toBe(1)
      })

      it('deleting an organisation that fails halfway keeps everything', async () => {
        const org = await organisatie('Stichting Bijna Weg', world.zk.cz)
        const { locatie, aanbod } = await definitieveLocatie(org, 'Nog Hier')
        process.env.ZORGATLAS_TEST_FAIL_AT = 'organisatie-verwijderen-midden'
        const failed = await cms.rest.request('DELETE', `/organisaties/${org}`, {
          token: tokens.cz,
        })
        expect(failed.status).toBe(500)
        delete process.env.ZORGATLAS_TEST_FAIL_AT
        expect(await counts('organisaties', { id: { equals: org } })).toBe(1)
        expect(await counts('locaties', { id: { equals: locatie } })).toBe(1)
        expect(await counts('zorgaanbod', { id: { equals: aanbod } })).toBe(1)
        const versions = await cms.payload.countVersions({
          collection: 'locaties',
          where: { parent: { equals: locatie } },
          overrideAccess: true,
        })
        expect(versions.totalDocs).toBeGreaterThan(0)
      })
    })

    // --- 4. Names follow the approved organisation -----------------------------------------

    describe('4. public names follow the approved organisation', () => {
      it('an approved new short name shows on the public names of its locations', async () => {
        const org = await organisatie('Stichting Oude Naam', world.zk.cz, { verkorteNaam: 'Oud' })
        const { locatie } = await definitieveLocatie(org, 'De Eik', {
          volledigeNaam: 'Oud – Verpleeghuis De Eik',
        })
        const eigen = await definitieveLocatie(org, 'De Beuk', {
          gebruikVolledigeNaam: false,
          volledigeNaam: 'Huize De Beuk',
        })
        await cms.payload.update({
          collection: 'users',
          id: world.users.aanbieder2,
          data: { organisaties: [world.org.c, org] },
          overrideAccess: true,
        })
        const token = await cms.rest.login('aanbieder2@test.nl', PASSWORD)
        const patch = await cms.rest.request('PATCH', `/organisaties/${org}`, {
          token,
          body: { verkorteNaam: 'Nieuw' },
        })
        expect(patch.status, JSON.stringify(patch.body)).toBe(200)
        expect(
          (await cms.rest.request('POST', `/organisaties/${org}/versturen`, { token })).status,
        ).toBe(200)
        const ok = await cms.rest.request('POST', `/organisaties/${org}/goedkeuren`, {
          token: tokens.cz,
        })
        expect(ok.status, JSON.stringify(ok.body)).toBe(200)
        await runJobs()
        expect((await publicDoc(locatie))?.naam).toBe('Nieuw – Verpleeghuis De Eik')
        expect((await publicDoc(eigen.locatie))?.naam).toBe('Huize De Beuk')
      })
    })

    // --- 5. Failed lookups fail the request ---------------------------------------------------

    describe('5. a failed lookup never passes for "not found"', () => {
      it('the code has no catch-all that turns a failure into null', () => {
        const root = path.resolve(import.meta.dirname, '../..')
        const offenders: string[] = []
        const walk = (dir: string) => {
          for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
            if (['node_modules', '.next', 'migrations'].includes(entry.name)) continue
            const full = path.join(dir, entry.name)
            if (entry.isDirectory()) walk(full)
            else if (/\.(ts|tsx)$/.test(entry.name)) {
              const text = fs.readFileSync(full, 'utf8')
              if (/\.catch\(\(\) => null\)/.test(text)) offenders.push(path.relative(root, full))
            }
          }
        }
        walk(path.join(root, 'cms'))
        walk(path.join(root, 'search-indexer'))
        expect(offenders).toEqual([])
      })

      it('an id of the wrong shape is a 404, not a 500 or a skipped check', async () => {
        for (const p of ['/locaties/abc', '/locaties/1.5', '/organisaties/-1', '/zorgaanbod/1e3']) {
          const res = await cms.rest.request('GET', p, { token: tokens.aanbieder })
          expect(res.status, p).toBe(404)
        }
        const del = await cms.rest.request('DELETE', '/locaties/abc', { token: tokens.aanbieder })
        expect(del.status).toBe(404)
      })
    })

    // --- 6. Reindex as a job ---------------------------------------------------------------

    describe('6. a full reindex is a job on the same queue and loses no change', () => {
      it('a change approved while a reindex waits is in the index after both ran', async () => {
        const { locatie } = await definitieveLocatie(world.org.c, 'Tijdens Herindexeren')
        const reindex = await queueReindexJob(cms.payload, 'test')
        // Approved after the reindex was queued: its job runs after the reindex, never beside it.
        const edit = await cms.rest.request('PATCH', `/locaties/${locatie}`, {
          token: tokens.aanbieder2,
          body: { naam: 'Na Herindexeren' },
        })
        expect(edit.status, JSON.stringify(edit.body)).toBe(200)
        await cms.rest.request('POST', `/organisaties/${world.org.c}/versturen`, {
          token: tokens.aanbieder2,
        })
        const ok = await cms.rest.request('POST', `/organisaties/${world.org.c}/goedkeuren`, {
          token: tokens.cz,
        })
        expect(ok.status, JSON.stringify(ok.body)).toBe(200)
        const jobs = await cms.payload.find({
          collection: 'payload-jobs',
          where: { queue: { equals: INDEX_QUEUE } },
          sort: 'createdAt',
          limit: 0,
          pagination: false,
          overrideAccess: true,
        })
        const order = jobs.docs.map((j) => j.taskSlug)
        expect(order.indexOf(REINDEX_TASK)).toBeLessThan(order.lastIndexOf('indexeerLocaties'))
        expect(jobs.docs.some((j) => String(j.id) === String(reindex))).toBe(true)
        await runJobs()
        expect((await publicDoc(locatie))?.naam).toContain('Na Herindexeren')
      })
    })

    // --- 7. Organisation deletion -------------------------------------------------------------

    describe('7. only a contracting editor (or a beheerder) deletes an organisation', () => {
      it('another zorgkantoor’s editor and providers cannot, also not with a where', async () => {
        const org = await organisatie('Stichting Niet Van Jou', world.zk.cz)
        for (const token of [tokens.menzis, tokens.aanbieder]) {
          const byId = await cms.rest.request('DELETE', `/organisaties/${org}`, { token })
          expect([403, 404]).toContain(byId.status)
          const byWhere = await cms.rest.request(
            'DELETE',
            `/organisaties?where[id][equals]=${org}`,
            { token },
          )
          expect(byWhere.status === 403 || (byWhere.body.docs ?? []).length === 0).toBe(true)
        }
        expect(await counts('organisaties', { id: { equals: org } })).toBe(1)
      })

      it('the contracting editor deletes it with its locations; history stays; the index follows', async () => {
        const org = await organisatie('Stichting Opgeheven', world.zk.cz)
        await cms.payload.update({
          collection: 'users',
          id: world.users.aanbieder2,
          data: { organisaties: [world.org.c, org] },
          overrideAccess: true,
        })
        const token = await cms.rest.login('aanbieder2@test.nl', PASSWORD)
        const { locatie, aanbod } = await definitieveLocatie(org, 'Sluit')
        const foto = await media(org)
        await cms.rest.request('PATCH', `/organisaties/${org}`, {
          token,
          body: { telefoon: '013 123 45 67' },
        })
        expect(
          (await cms.rest.request('POST', `/organisaties/${org}/versturen`, { token })).status,
        ).toBe(200)
        expect(
          (
            await cms.rest.request('POST', `/organisaties/${org}/afwijzen`, {
              token: tokens.cz,
              body: { reden: 'Nog niet compleet.' },
            })
          ).status,
        ).toBe(200)
        await queueReindexJob(cms.payload, 'test')
        await runJobs()
        expect(await publicIds()).toContain(`locatie-${locatie}`)

        const res = await cms.rest.request('DELETE', `/organisaties/${org}`, { token: tokens.cz })
        expect(res.status, JSON.stringify(res.body)).toBe(200)
        expect(await counts('organisaties', { id: { equals: org } })).toBe(0)
        expect(await counts('locaties', { id: { equals: locatie } })).toBe(0)
        expect(await counts('zorgaanbod', { id: { equals: aanbod } })).toBe(0)
        const photo = await cms.payload.find({
          collection: 'media',
          where: { id: { equals: foto } },
          overrideAccess: true,
        })
        expect(photo.totalDocs).toBe(0)
        const history = await cms.payload.find({
          collection: 'wijzigingsverzoeken',
          where: { organisatieNaam: { equals: 'Stichting Opgeheven' } },
          overrideAccess: true,
        })
        expect(history.totalDocs).toBe(1)
        expect(history.docs[0]?.organisatie ?? null).toBeNull()
        await runJobs()
        expect(await publicIds()).not.toContain(`locatie-${locatie}`)
      })

      it('an editor registers organisations only for their own zorgkantoor', async () => {
        const other = await cms.rest.request('POST', '/organisaties', {
          token: tokens.cz,
          body: {
            naam: 'Stichting Verkeerd Loket',
            nzaCode: String(agb++),
            type: 'zorgaanbieder',
            zorgkantoren: [world.zk.menzis],
          },
        })
        expect(other.status, JSON.stringify(other.body)).toBe(403)
        const own = await cms.rest.request('POST', '/organisaties', {
          token: tokens.cz,
          body: {
            naam: 'Stichting Goed Loket',
            nzaCode: String(agb++),
            type: 'zorgaanbieder',
            zorgkantoren: [world.zk.cz],
          },
        })
        expect(own.status, JSON.stringify(own.body)).toBe(201)
      })
    })

    // --- 8. Media ownership ---------------------------------------------------------------

    describe('8. media belong to one organisation', () => {
      it('an upload through REST gets the provider’s organisation; others cannot reach it', async () => {
        const form = new FormData()
        form.append('file', new Blob([JPEG], { type: 'image/jpeg' }), 'tuin.jpg')
        form.append('_payload', JSON.stringify({ alt: 'De tuin' }))
        // aanbieder2 has organisations c (and maybe more): choose explicitly
        form.set('_payload', JSON.stringify({ alt: 'De tuin', organisatie: world.org.c }))
        const up = await cms.rest.request('POST', '/media', { token: tokens.aanbieder2, form })
        expect(up.status, JSON.stringify(up.body)).toBe(201)
        const id = up.body.doc.id
        expect(String(up.body.doc.organisatie?.id ?? up.body.doc.organisatie)).toBe(
          String(world.org.c),
        )
        for (const token of [tokens.aanbieder, tokens.menzis]) {
          expect((await cms.rest.request('GET', `/media/${id}`, { token })).status).toBe(404)
          const patch = await cms.rest.request('PATCH', `/media/${id}`, {
            token,
            body: { alt: 'Overgenomen' },
          })
          expect([403, 404]).toContain(patch.status)
          const del = await cms.rest.request('DELETE', `/media/${id}`, { token })
          expect([403, 404]).toContain(del.status)
        }
        expect((await cms.rest.request('GET', `/media/${id}`, { token: tokens.cz })).status).toBe(
          200,
        )
      })

      it('an upload for another organisation is refused; without a choice it needs one', async () => {
        const form = new FormData()
        form.append('file', new Blob([JPEG], { type: 'image/jpeg' }), 'x.jpg')
        form.append('_payload', JSON.stringify({ alt: 'X', organisatie: world.org.a }))
        const res = await cms.rest.request('POST', '/media', { token: tokens.aanbieder2, form })
        expect(res.status, JSON.stringify(res.body)).toBe(403)
        expect(JSON.stringify(res.body)).toContain(MEDIA_MESSAGES.andereOrganisatie)
        const none = new FormData()
        none.append('file', new Blob([JPEG], { type: 'image/jpeg' }), 'y.jpg')
        none.append('_payload', JSON.stringify({ alt: 'Y' }))
        const multi = await cms.rest.request('POST', '/media', {
          token: tokens.aanbieder,
          form: none,
        })
        expect(multi.status, JSON.stringify(multi.body)).toBe(400)
        expect(JSON.stringify(multi.body)).toContain(MEDIA_MESSAGES.kiesOrganisatie)
      })

      it('a photo of a Definitief location is not changed in place; a new version is a new item', async () => {
        const foto = await media(world.org.a, 'Voorgevel')
        const { locatie } = await definitieveLocatie(world.org.a, 'Met Foto', { fotos: [foto] })
        const patch = await cms.rest.request('PATCH', `/media/${foto}`, {
          token: tokens.aanbieder,
          body: { alt: 'Iets anders' },
        })
        expect(patch.status, JSON.stringify(patch.body)).toBe(409)
        expect(JSON.stringify(patch.body)).toContain(MEDIA_MESSAGES.inGebruik)
        const del = await cms.rest.request('DELETE', `/media/${foto}`, { token: tokens.cz })
        expect(del.status, JSON.stringify(del.body)).toBe(409)
        const copy = await cms.rest.request('POST', `/media/${foto}/nieuwe-versie`, {
          token: tokens.aanbieder,
          body: { alt: 'Voorgevel in de zomer' },
        })
        expect(copy.status, JSON.stringify(copy.body)).toBe(201)
        expect(String(copy.body.media)).not.toBe(String(foto))
        const original = await cms.payload.findByID({
          collection: 'media',
          id: foto,
          overrideAccess: true,
        })
        expect(original.alt).toBe('Voorgevel')
        const use = await cms.rest.request('PATCH', `/locaties/${locatie}`, {
          token: tokens.aanbieder,
          body: { fotos: [copy.body.media] },
        })
        expect(use.status, JSON.stringify(use.body)).toBe(200)
        expect(use.body.doc.status).toBe('voorgesteld')
      })

      it('a location cannot show another organisation’s photo', async () => {
        const vreemd = await media(world.org.c)
        const res = await cms.rest.request('PATCH', `/locaties/${world.locatie.a1}`, {
          token: tokens.aanbieder,
          body: { fotos: [vreemd] },
        })
        expect(res.status, JSON.stringify(res.body)).toBe(400)
        expect(JSON.stringify(res.body)).toContain(OWNERSHIP_MESSAGES.fotoVanAndereOrganisatie)
      })
    })

    // --- 9. Unlock ------------------------------------------------------------------------

    describe('9. only a beheerder unlocks a login', () => {
      it('providers and editors get 403; a beheerder unlocks', async () => {
        for (const token of [tokens.aanbieder, tokens.cz, undefined]) {
          const res = await cms.rest.request('POST', '/users/unlock', {
            token,
            body: { email: 'aanbieder2@test.nl' },
          })
          expect(res.status, JSON.stringify(res.body)).toBe(403)
        }
        const ok = await cms.rest.request('POST', '/users/unlock', {
          token: tokens.beheer,
          body: { email: 'aanbieder2@test.nl' },
        })
        expect(ok.status, JSON.stringify(ok.body)).toBe(200)
      })
    })

    // --- 10. Moving between owners -----------------------------------------------------------

    describe('10. a provider does not move items between owners', () => {
      it('moving a location to another (locked) organisation is refused', async () => {
        const { locatie } = await definitieveLocatie(world.org.a, 'Blijft Bij A')
        const res = await cms.rest.request('PATCH', `/locaties/${locatie}`, {
          token: tokens.aanbieder,
          body: { organisatie: world.org.b },
        })
        expect(res.status, JSON.stringify(res.body)).toBe(403)
        expect(JSON.stringify(res.body)).toContain(OWNERSHIP_MESSAGES.locatieVerplaatsen)
        const draft = await cms.rest.request('GET', `/locaties/${locatie}?draft=true`, {
          token: tokens.aanbieder,
        })
        expect(String(draft.body.organisatie?.id ?? draft.body.organisatie)).toBe(
          String(world.org.a),
        )
      })

      it('moving a care offer to another location is refused', async () => {
        const een = await definitieveLocatie(world.org.a, 'Aanbod Blijft')
        const twee = await definitieveLocatie(world.org.a, 'Andere Plek')
        const res = await cms.rest.request('PATCH', `/zorgaanbod/${een.aanbod}`, {
          token: tokens.aanbieder,
          body: { locatie: twee.locatie },
        })
        expect(res.status, JSON.stringify(res.body)).toBe(403)
      })

      it('an editor cannot move a location into a locked organisation', async () => {
        const locked = await organisatie('Stichting Op Slot', world.zk.cz)
        await cms.payload.create({
          collection: 'wijzigingsverzoeken',
          data: { organisatie: locked, status: 'in-behandeling', items: [] },
          overrideAccess: true,
        })
        const { locatie } = await definitieveLocatie(world.org.c, 'Naar Slot')
        const res = await cms.rest.request('PATCH', `/locaties/${locatie}`, {
          token: tokens.cz,
          body: { organisatie: locked },
        })
        expect(res.status, JSON.stringify(res.body)).toBe(409)
        expect(JSON.stringify(res.body)).toContain(MESSAGES.inBehandeling)
      })
    })

    // --- 11. Duplicate --------------------------------------------------------------------

    describe('11. no duplicating workflow records', () => {
      it('POST /api/locaties/:id/duplicate is not offered', async () => {
        for (const [slug, id] of [
          ['locaties', world.locatie.a1],
          ['organisaties', world.org.a],
        ] as const) {
          const res = await cms.rest.request('POST', `/${slug}/${id}/duplicate`, {
            token: tokens.aanbieder,
          })
          expect(res.status, JSON.stringify(res.body)).toBeGreaterThanOrEqual(400)
          expect(res.status).toBeLessThan(500)
        }
        const before = await counts('locaties', {})
        expect(await counts('locaties', {})).toBe(before)
      })
    })

    // --- Bad input: the 26 requests of the issue ---------------------------------------------

    describe('bad input gets a Dutch 400 (or 404) naming the field, and changes nothing', () => {
      it('wrong types, unknown ids, deep JSON and malformed queries', async () => {
        const L = world.locatie.a1
        const zelfdeOrganisatie = (await definitieveLocatie(world.org.a, 'Kopieerdoel')).locatie
        const before = await cms.rest.request('GET', `/locaties/${L}?draft=true`, {
          token: tokens.aanbieder,
        })
        const zaId = (
          await cms.payload.find({
            collection: 'zorgaanbod',
            where: { locatie: { equals: L } },
            overrideAccess: true,
          })
        ).docs[0]!.id
        const cases: [string, string, unknown, string | undefined, string][] = [
          ['PATCH', `/locaties/${L}`, { naam: 123 }, tokens.aanbieder, 'naam'],
          ['PATCH', `/locaties/${L}`, { naam: { $gt: '' } }, tokens.aanbieder, 'naam'],
          [
            'PATCH',
            `/locaties/${L}`,
            { bezoekadres: { postcode: 123 } },
            tokens.aanbieder,
            'Postcode',
          ],
          ['PATCH', `/locaties/${L}`, { soortZorg: 99999 }, tokens.aanbieder, 'Soort zorg'],
          ['PATCH', `/locaties/${L}`, { fotos: [99999] }, tokens.aanbieder, 'Foto'],
          ['PATCH', `/locaties/${L}`, { video: 123 }, tokens.aanbieder, 'YouTube-video'],
          ['PATCH', `/locaties/${L}`, { coordinaten: 'x' }, tokens.aanbieder, 'Kaartpunt'],
          ['PATCH', `/zorgaanbod/${zaId}`, { vv: 'x' }, tokens.aanbieder, 'Ouderenzorg'],
          [
            'POST',
            '/zorgaanbod',
            { locatie: L, woonplaats: 99999 },
            tokens.aanbieder,
            'Woonplaats',
          ],
          [
            'POST',
            '/zorgaanbod',
            { locatie: L, woonplaats: world.wp.breda, zachteInformatie: [99999] },
            tokens.aanbieder,
            'Zachte informatie',
          ],
          [
            'POST',
            '/locaties',
            { organisatie: 'abc', agbCode: '12121212' },
            tokens.aanbieder,
            'Organisatie',
          ],
          [
            'POST',
            '/locaties',
            { organisatie: [1, 2], agbCode: '12121212' },
            tokens.aanbieder,
            'Organisatie',
          ],
          [
            'POST',
            `/locaties/${L}/kopieer-zorgaanbod`,
            { naarLocatie: zelfdeOrganisatie, woonplaats: 99999 },
            tokens.aanbieder,
            'Woonplaats',
          ],
          ['GET', '/locaties?where[naam][near]=1,2', undefined, undefined, 'naam'],
          [
            'GET',
            '/locaties?where[createdAt][greater_than]=notadate',
            undefined,
            undefined,
            'createdAt',
          ],
          ['GET', '/locaties?where[id][equals][$ne]=1', undefined, undefined, 'id'],
          ['POST', '/users/verify/abc', {}, undefined, 'link'],
          ['GET', '/locaties/abc', undefined, undefined, ''],
        ]
        for (const [method, p, body, token, field] of cases) {
          const res = await cms.rest.request(method, p, { token, body })
          const label = `${method} ${p} ${JSON.stringify(body)}`
          expect([400, 404], `${label}: ${JSON.stringify(res.body)}`).toContain(res.status)
          if (field) expect(JSON.stringify(res.body), label).toContain(field)
        }
        const deep = '{"naam":' + '{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000) + '}'
        const deepRes = await cms.rest.request('PATCH', `/locaties/${L}`, {
          token: tokens.aanbieder,
          rawBody: deep,
        })
        expect(deepRes.status).toBe(400)
        const after = await cms.rest.request('GET', `/locaties/${L}?draft=true`, {
          token: tokens.aanbieder,
        })
        expect(after.body.naam).toBe(before.body.naam)
        expect(after.body.video ?? null).toBe(before.body.video ?? null)
        expect(after.body.coordinaten).toEqual(before.body.coordinaten)
      })

      it('an id with trailing text is not read as the number in front (found by the fuzz test)', async () => {
        const zk = await cms.payload.create({
          collection: 'zorgkantoren',
          data: { naam: 'Zorgkantoor Proef', code: `proef-${agb++}` },
          overrideAccess: true,
        })
        for (const [method, suffix] of [
          ['DELETE', ';DROP TABLE users'],
          ['DELETE', 'abc'],
          ['PATCH', 'x'],
          ['GET', '.0'],
        ] as const) {
          const res = await cms.rest.request(
            method,
            `/zorgkantoren/${zk.id}${encodeURIComponent(suffix)}`,
            {
              token: tokens.beheer,
              body: method === 'PATCH' ? { naam: 'Veranderd' } : undefined,
            },
          )
          expect(res.status, `${method} ${suffix}`).toBe(404)
        }
        const still = await cms.payload.findByID({
          collection: 'zorgkantoren',
          id: zk.id,
          overrideAccess: true,
        })
        expect(still.naam).toBe('Zorgkantoor Proef')
      })

      it('a wrong type does not wipe a care offer: {"vv":"x"} leaves the sector as it was', async () => {
        const za = (
          await cms.payload.find({
            collection: 'zorgaanbod',
            where: { locatie: { equals: world.locatie.a1 } },
            overrideAccess: true,
            draft: true,
          })
        ).docs[0]!
        const res = await cms.rest.request('PATCH', `/zorgaanbod/${za.id}`, {
          token: tokens.aanbieder,
          body: { vv: 'x' },
        })
        expect(res.status).toBe(400)
        const again = await cms.payload.findByID({
          collection: 'zorgaanbod',
          id: za.id,
          draft: true,
          overrideAccess: true,
        })
        expect((again.vv as { zorgprofielen?: string[] }).zorgprofielen).toEqual(
          (za.vv as { zorgprofielen?: string[] }).zorgprofielen,
        )
      })
    })

    describe('an index of another shape is rebuilt when the worker starts', () => {
      it('asks for a reindex when empty or published under another contract version', async () => {
        const { EmbeddedSearchWriter } = await import('../../search-indexer/engine/embedded/writer')
        const { herindexerenNodig, reindexAll } = await import('../../search-indexer/sync')
        const { CONTRACT_VERSIE } = await import('../../search-indexer/contract')
        const writer = new EmbeddedSearchWriter({ dir: path.join(cms.dataDir, 'search-versie') })
        expect(await herindexerenNodig(writer)).toContain('lege')
        await reindexAll(cms.payload, writer)
        expect(await herindexerenNodig(writer)).toBeNull()
        await writer.publishLabels({ contractVersie: CONTRACT_VERSIE - 1, lijsten: {} })
        expect(await herindexerenNodig(writer)).toContain(`nu ${CONTRACT_VERSIE}`)
        await writer.close()
      })
    })

    describe('health with a worker heartbeat', () => {
      it('says ok once a worker wrote a heartbeat, and the engine carries its status', async () => {
        const { JobWorker } = await import('../../cms/jobs/worker')
        const { sharedWriter } = await import('../../search-indexer/sync')
        const writer = sharedWriter()
        const worker = new JobWorker(cms.payload, {
          heartbeatMs: 60_000,
          leaseMs: 60_000,
          pollMs: 50,
          log: { info: () => undefined, warn: () => undefined, error: () => undefined },
          onStatus: (s) =>
            writer.publishStatus({
              heartbeatAt: s.heartbeatAt,
              startedAt: s.startedAt,
              queue: s.queue,
              running: s.running.length,
              lastErrorAt: s.lastError?.op ?? null,
            }),
        })
        const loop = worker.run()
        try {
          let status = ''
          for (let i = 0; i < 50 && status !== 'ok'; i++) {
            status = (await cms.rest.request('GET', '/health')).body.status
            if (status !== 'ok') await new Promise((r) => setTimeout(r, 100))
          }
          expect(status).toBe('ok')
          // The heartbeat writes the database row (health) first and publishes through the engine
          // after it, so the published status may be a moment behind.
          let published = await readStatus(path.join(cms.dataDir, 'search'))
          for (let i = 0; i < 50 && !published; i++) {
            await new Promise((r) => setTimeout(r, 100))
            published = await readStatus(path.join(cms.dataDir, 'search'))
          }
          expect(published?.queue.depth).toBeGreaterThanOrEqual(0)
        } finally {
          worker.stop()
          await loop
        }
      })
    })
  })
}
