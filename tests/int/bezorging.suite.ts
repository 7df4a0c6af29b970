/**
 * Delivery of index work, proven on a real database with the real embedded engine and public media
 * store: reconcile finds exactly what differs between the database's public projection and the
 * index / media store (missing, extra, stale, by id and name) and a repair job fixes exactly that;
 * one index run does the work of every index job already queued (newer work supersedes older); a
 * full rebuild runs before older index jobs and supersedes them; the nightly check stores its
 * result, which health and the status overview show.
 */
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { laatsteControle } from '../../cms/jobs/controle'
import { JOBS } from '../../cms/jobs/mislukt'
import { indexerOverzicht } from '../../cms/jobs/overzicht'
import { CONTROLE_TASK, INDEX_QUEUE, INDEX_TASK, queueReindexJob } from '../../cms/jobs/queue'
import { JobWorker } from '../../cms/jobs/worker'
import type { PublicDocument } from '../../search-indexer/contract'
import { readSnapshot } from '../helpers/search-index'
import { EmbeddedSearchWriter } from '../../search-indexer/engine/embedded/writer'
import { LocalMediaStore } from '../../search-indexer/media/local'
import { controleer, herstelInvoer, type Controle } from '../../search-indexer/reconcile'
import type { DbKind } from './helpers/database'
import { createWorld, type Id, type World } from './helpers/fixtures'
import { runQueue, startCms, type TestCms } from './helpers/payload'

export function bezorgingSuite(kind: DbKind, skip = false) {
  describe.skipIf(skip)(`delivery of index work on ${kind}`, () => {
    let cms: TestCms
    let world: World
    let writer: EmbeddedSearchWriter
    let store: LocalMediaStore

    beforeAll(async () => {
      cms = await startCms(kind)
      world = await createWorld(cms.payload)
      writer = new EmbeddedSearchWriter({ dir: path.join(cms.dataDir, 'search') })
      store = new LocalMediaStore(path.join(cms.dataDir, 'publieke-media'))
      await queueReindexJob(cms.payload, 'test')
      await runQueue(cms.payload)
    })
    afterAll(async () => {
      await writer?.close()
      await cms?.close()
    })

    const check = (): Promise<Controle> =>
      controleer(cms.payload, { writer, media: { store, straatbeeld: null } })

    const openJobs = async () =>
      (
        await cms.payload.find({
          collection: JOBS,
          where: { completedAt: { exists: false } },
          depth: 0,
          limit: 0,
          pagination: false,
          overrideAccess: true,
        })
      ).docs as { id: Id; taskSlug: string; hasError?: boolean; input?: unknown }[]

    const queueIndex = (ids: Id[]) =>
      cms.payload.jobs.queue({
        task: INDEX_TASK,
        queue: INDEX_QUEUE,
        input: { locatieIds: ids.map(String) },
      })

    const storedDoc = async (id: string) => {
      const snap = await readSnapshot(path.join(cms.dataDir, 'search'))
      const entry = snap?.snapshot.entries.find((e) => e.id === id)
      return entry ? (JSON.parse(entry.json) as PublicDocument) : null
    }

    it('reconcile: no differences after a full rebuild', async () => {
      const controle = await check()
      expect(controle.verschillen).toEqual([])
      expect(controle.verwacht).toBe(2)
      expect(controle.inIndex).toBe(2)
    })

    it('reconcile finds exactly what is missing, extra and stale (ids and names); the repair job fixes exactly that', async () => {
      const a1 = `locatie-${world.locatie.a1}`
      const b1 = `locatie-${world.locatie.b1}`
      const docA = (await storedDoc(a1))!
      const naamB = (await storedDoc(b1))!.naam
      // the index drifts behind the database's back: one missing, one stale, two extra
      await writer.delete([b1])
      await writer.upsert([
        { ...docA, naam: 'Oude naam' },
        { ...docA, id: 'locatie-999999', locatieId: '999999', naam: 'Spookhuis' },
        { ...docA, id: 'locatie-geen', locatieId: 'geen', naam: 'Geen locatie' },
      ])
      await store.put(
        `${world.locatie.b1}/f-0123456789abcdef0123-480.jpg`,
        new Uint8Array([1, 2, 3]),
        'image/jpeg',
      )
      await store.put('zwerver/f-0123456789abcdef0123-480.jpg', new Uint8Array([1]), 'image/jpeg')

      const controle = await check()
      const kort = controle.verschillen.map((v) => `${v.waar} ${v.soort} ${v.id} ${v.naam}`).sort()
      expect(kort).toEqual(
        [
          `zoekindex ontbreekt ${b1} ${naamB}`,
          `zoekindex verouderd ${a1} ${docA.naam}`,
          `zoekindex over locatie-999999 null`,
          `zoekindex over locatie-geen null`,
          `media over ${world.locatie.b1} ${naamB}`,
          `media over zwerver null`,
        ].sort(),
      )
      const invoer = herstelInvoer(controle.verschillen)
      expect(invoer.locatieIds.sort()).toEqual(
        [String(world.locatie.a1), String(world.locatie.b1), '999999'].sort(),
      )
      expect(invoer.verwijderen).toEqual(['locatie-geen'])
      expect(invoer.mediaMappen).toEqual(['zwerver'])

      await cms.payload.jobs.queue({ task: INDEX_TASK, queue: INDEX_QUEUE, input: invoer })
      await runQueue(cms.payload)
      expect((await check()).verschillen).toEqual([])
      expect((await storedDoc(a1))?.naam).toBe(docA.naam)
      expect(await store.locaties()).not.toContain('zwerver')
    })

    it('a difference whose location still has index work queued is reported apart, not as a difference', async () => {
      const b1 = `locatie-${world.locatie.b1}`
      await writer.delete([b1])
      await queueIndex([world.locatie.b1])
      const controle = await check()
      expect(controle.verschillen).toEqual([])
      expect(controle.wachtend).toEqual([String(world.locatie.b1)])
      await runQueue(cms.payload)
      expect((await check()).verschillen).toEqual([])
    })

    it('one index run does the work of every index job already queued, and removes them', async () => {
      const { a1, b1 } = world.locatie
      for (const ids of [[a1], [b1], [a1], [a1, b1]]) await queueIndex(ids)
      expect((await openJobs()).filter((j) => j.taskSlug === INDEX_TASK)).toHaveLength(4)
      await writer.delete([`locatie-${a1}`, `locatie-${b1}`])
      const result = await cms.payload.jobs.run({ queue: INDEX_QUEUE, limit: 1, sequential: true })
      expect(Object.keys(result.jobStatus ?? {})).toHaveLength(1)
      expect(await openJobs()).toEqual([])
      expect((await check()).verschillen).toEqual([])
    })

    it('a job in its retries is not taken over (one failing location never fails other work)', async () => {
      const retrying = await queueIndex([world.locatie.a1])
      await cms.payload.update({
        collection: JOBS,
        id: retrying.id,
        data: { totalTried: 1 },
        overrideAccess: true,
      })
      await queueIndex([world.locatie.b1])
      // the newer job runs first only if the older one waits for its retry: make it wait
      await cms.payload.update({
        collection: JOBS,
        id: retrying.id,
        data: { waitUntil: new Date(Date.now() + 60_000).toISOString() },
        overrideAccess: true,
      })
      await cms.payload.jobs.run({ queue: INDEX_QUEUE, limit: 1, sequential: true })
      expect((await openJobs()).map((j) => j.id)).toEqual([retrying.id])
      await cms.payload.delete({ collection: JOBS, id: retrying.id, overrideAccess: true })
    })

    it('a full rebuild runs before older index jobs and supersedes them (no partial index)', async () => {
      const { a1, b1 } = world.locatie
      await writer.replaceAll([], [])
      await queueIndex([a1])
      await queueIndex([b1])
      await queueReindexJob(cms.payload, 'test')
      const worker = new JobWorker(cms.payload, {
        heartbeatMs: 60_000,
        leaseMs: 60_000,
        pollMs: 10,
      })
      // the worker's own choice of the next job
      const ran = await (worker as unknown as { runOne: () => Promise<boolean> }).runOne()
      expect(ran).toBe(true)
      // one job ran: the rebuild, with both locations, and the older index jobs are gone
      expect(await writer.count()).toBe(2)
      expect(await openJobs()).toEqual([])
    })

    it('the nightly check is a scheduled task on the index queue; its result shows in health and the status overview', async () => {
      const task = cms.payload.config.jobs.tasks?.find((t) => t.slug === CONTROLE_TASK)
      expect(task?.schedule).toEqual([{ cron: '30 3 * * *', queue: INDEX_QUEUE }])

      await writer.delete([`locatie-${world.locatie.b1}`])
      await cms.payload.jobs.queue({ task: CONTROLE_TASK, queue: INDEX_QUEUE, input: {} })
      await runQueue(cms.payload)
      const bewaard = await laatsteControle(cms.payload)
      expect(bewaard).toMatchObject({
        bron: 'nachtelijk',
        verschillen: 1,
        soorten: { ontbreekt: 1 },
      })

      const health = await cms.rest.request('GET', '/health')
      expect(health.status).toBe(200)
      expect(health.body.status).toBe('degraded')
      expect(health.body.reden).toMatch(/controle van de zoekindex vond 1 verschil/)
      expect(health.body.zoekindexControle).toMatchObject({ verschillen: 1, bron: 'nachtelijk' })

      const overzicht = await indexerOverzicht(cms.payload)
      expect(overzicht.laatsteControle?.verschillen).toBe(1)

      // repaired and checked again: health no longer names it
      await cms.payload.jobs.queue({
        task: INDEX_TASK,
        queue: INDEX_QUEUE,
        input: herstelInvoer((await check()).verschillen),
      })
      await runQueue(cms.payload)
      await cms.payload.jobs.queue({
        task: CONTROLE_TASK,
        queue: INDEX_QUEUE,
        input: { bron: 'handmatig' },
      })
      await runQueue(cms.payload)
      expect((await laatsteControle(cms.payload))?.verschillen).toBe(0)
      const after = await cms.rest.request('GET', '/health')
      expect(after.body.reden ?? '').not.toMatch(/controle van de zoekindex/)
    })

    it('the status overview counts waiting and failed jobs and gives the oldest open job’s age', async () => {
      await queueIndex([world.locatie.a1])
      const failed = await queueIndex([world.locatie.b1])
      await cms.payload.update({
        collection: JOBS,
        id: failed.id,
        data: { hasError: true, error: { message: 'Test: mislukt voor mail@example.org' } },
        overrideAccess: true,
      })
      const o = await indexerOverzicht(cms.payload)
      const index = o.wachtrijen.find((w) => w.wachtrij === INDEX_QUEUE)!
      expect(index).toMatchObject({ wachtend: 1, bezig: 0, mislukt: 1 })
      expect(o.totaal.mislukt).toBe(1)
      expect(o.oudsteOpen?.taak).toBe(INDEX_TASK)
      expect(o.oudsteOpen?.leeftijdSeconden).toBeGreaterThanOrEqual(0)
      expect(o.oudsteMislukte?.bericht).toBe('Test: mislukt voor [e-mailadres]')
      expect(JSON.stringify(o)).not.toContain('@example.org')
      await cms.payload.delete({ collection: JOBS, id: failed.id, overrideAccess: true })
      await runQueue(cms.payload)
    })
  })
}
