/**
 * Jobs: only the worker runs them, a failed try is retried with backoff, and a job that failed for
 * good is visible (health, the beheerder's list) until a beheerder retries or removes it.
 * Real database (SQLite and PostgreSQL), real REST and GraphQL, real SMTP client against a port
 * where nothing listens (later a real SMTP server on loopback), real embedded search engine.
 */
import { createServer, type AddressInfo } from 'node:net'
import path from 'node:path'
import { createLocalReq } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  INDEX_QUEUE,
  INDEX_TASK,
  MAIL_QUEUE,
  MAIL_TASK,
  queueReindexJob,
  REINDEX_TASK,
} from '../../cms/jobs/queue'
import { indexTask, mailTask, reindexTask } from '../../cms/jobs/tasks'
import { JobWorker } from '../../cms/jobs/worker'
import { readSnapshot } from '../helpers/search-index'
import type { DbKind } from './helpers/database'
import { createWorld, PASSWORD, type Id, type World } from './helpers/fixtures'
import { runQueue, startCms, type TestCms } from './helpers/payload'

const JOBS = 'payload-jobs'
const SYSTEM = { overrideAccess: true } as const
const STIL = { info: () => undefined, warn: () => undefined, error: () => undefined }

/** A loopback port where nothing listens: SMTP connections to it are refused at once. */
const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const srv = createServer()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo
      srv.close(() => resolve(port))
    })
  })

type Job = {
  id: Id
  queue?: string | null
  taskSlug?: string | null
  input?: unknown
  processing?: boolean | null
  totalTried?: number | null
  hasError?: boolean | null
  error?: unknown
  completedAt?: string | null
  waitUntil?: string | null
  log?: unknown[] | null
}

export function takenSuite(kind: DbKind, skip = false) {
  describe.skipIf(skip)(
    `jobs on ${kind}: only the worker runs them; failures are retried and shown`,
    () => {
      let cms: TestCms
      let world: World
      let smtpPort: number
      let smtp: SMTPServer | null = null
      const ontvangen: { to: string[]; raw: string }[] = []
      const tokens: Record<string, string> = {}
      /** the logins that try the closed routes; `anoniem` has none */
      const WIE = ['anoniem', 'aanbieder', 'gebruikersbeheerder', 'redacteur', 'beheerder'] as const
      const token = (wie: (typeof WIE)[number]) => (wie === 'anoniem' ? undefined : tokens[wie])

      /** the address and the text of the invitation: never shown outside the job itself */
      const GEHEIM_ADRES = 'nieuwe.collega@test.nl'

      beforeAll(async () => {
        smtpPort = await freePort()
        process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`
        cms = await startCms(kind)
        world = await createWorld(cms.payload)
        await cms.payload.create({
          collection: 'users',
          data: {
            email: 'gb@test.nl',
            password: PASSWORD,
            naam: 'Gea Beheer',
            rol: 'zorgaanbieder',
            organisaties: [world.org.c],
            gebruikersbeheerder: true,
          } as never,
          ...SYSTEM,
        })
        for (const [key, email] of Object.entries({
          aanbieder: 'aanbieder@test.nl',
          gebruikersbeheerder: 'gb@test.nl',
          redacteur: 'redacteur.cz@test.nl',
          beheerder: 'beheer@test.nl',
        })) {
          tokens[key] = await cms.rest.login(email, PASSWORD)
        }
        await queueReindexJob(cms.payload, 'test')
        await runQueue(cms.payload)
      })
      afterAll(async () => {
        await cms?.close()
        if (smtp) await new Promise<void>((r) => smtp!.close(() => r()))
        delete process.env.SMTP_URL
      })
      afterEach(() => {
        delete process.env.ZORGATLAS_TEST_FAIL_AT
      })

      async function jobs(): Promise<Job[]> {
        const found = await cms.payload.find({
          collection: JOBS,
          sort: 'createdAt',
          limit: 0,
          pagination: false,
          depth: 0,
          ...SYSTEM,
        })
        return found.docs as Job[]
      }
      const job = async (id: Id) =>
        (await cms.payload.findByID({ collection: JOBS, id, depth: 0, ...SYSTEM })) as Job

      /** What a run or a write would change: every job's state. */
      async function wachtrijStand(): Promise<string> {
        return JSON.stringify(
          (await jobs()).map((j) => ({
            id: j.id,
            queue: j.queue,
            taskSlug: j.taskSlug,
            input: j.input,
            processing: j.processing ?? false,
            totalTried: j.totalTried ?? 0,
            hasError: j.hasError ?? false,
            completedAt: j.completedAt ?? null,
            waitUntil: j.waitUntil ?? null,
          })),
        )
      }

      async function uitnodiging(email: string): Promise<Id> {
        const voor = new Set((await jobs()).map((j) => String(j.id)))
        const res = await cms.rest.request('POST', '/users/uitnodigen', {
          token: tokens.beheerder,
          body: { email, naam: 'Nieuwe Collega', organisaties: [world.org.a] },
        })
        expect(res.status, JSON.stringify(res.body)).toBe(202) // an invitation: the same answer for every address
        const nieuw = (await jobs()).filter(
          (j) => !voor.has(String(j.id)) && j.queue === MAIL_QUEUE,
        )
        expect(nieuw).toHaveLength(1)
        return nieuw[0]!.id
      }

      const retriesVan = (slug: string) => {
        const retries = cms.payload.config.jobs.tasks?.find((t) => t.slug === slug)?.retries
        if (!retries || typeof retries !== 'object' || !retries.backoff)
          throw new Error(`${slug}: no retries with backoff`)
        return retries as { attempts: number; backoff: { type: string; delay: number } }
      }

      /**
       * Runs one job as the worker does, again and again, moving its backoff time forward each time
       * instead of waiting, until it has failed for good. Returns the pauses Payload asked for.
       */
      async function probeerTotMislukt(id: Id, queue: string) {
        const pauzes: number[] = []
        for (let i = 0; i < 20; i++) {
          const voor = Date.now()
          await cms.payload.jobs.run({
            queue,
            where: { id: { equals: id } },
            limit: 1,
            silent: true,
          })
          const na = await job(id)
          if (na.hasError) return { pauzes, job: na }
          expect(na.completedAt ?? null, 'the job must fail in this test').toBeNull()
          expect(na.waitUntil, `try ${i + 1} left no backoff time`).toBeTruthy()
          pauzes.push(Date.parse(na.waitUntil!) - voor)
          await cms.payload.update({
            collection: JOBS,
            id,
            data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
            ...SYSTEM,
          })
        }
        throw new Error('the job never failed for good')
      }

      /** Each pause about twice the one before, the first about the configured delay. */
      function verwachtBackoff(pauzes: number[], slug: string) {
        const { attempts, backoff } = retriesVan(slug)
        expect(backoff.type).toBe('exponential')
        expect(pauzes).toHaveLength(attempts)
        pauzes.forEach((pauze, i) => {
          const verwacht = backoff.delay * 2 ** i
          expect(pauze, `pause ${i + 1} of ${slug}`).toBeGreaterThan(verwacht - 3000)
          expect(pauze, `pause ${i + 1} of ${slug}`).toBeLessThan(verwacht + 3000)
        })
      }

      async function publiekeIds(): Promise<Set<string>> {
        const current = await readSnapshot(path.join(cms.dataDir, 'search'))
        return new Set((current?.snapshot.entries ?? []).map((e) => e.id))
      }

      // --- Payload's job routes and the jobs collection are closed to every login ---------------

      describe('only the worker runs jobs', () => {
        it('the job routes answer 401 to every login, beheerder included, and run nothing', async () => {
          await uitnodiging(GEHEIM_ADRES)
          await cms.payload.jobs.queue({
            task: INDEX_TASK,
            queue: INDEX_QUEUE,
            input: { locatieIds: [String(world.locatie.a1)] },
          })
          const voor = await wachtrijStand()
          for (const wie of WIE) {
            for (const route of [
              '/payload-jobs/run',
              '/payload-jobs/run?allQueues=true',
              `/payload-jobs/run?queue=${MAIL_QUEUE}&limit=10`,
              '/payload-jobs/handle-schedules',
              '/payload-jobs/handle-schedules?allQueues=true',
            ]) {
              const res = await cms.rest.request('GET', route, { token: token(wie) })
              expect([401, 403], `${wie} GET ${route}: ${JSON.stringify(res.body)}`).toContain(
                res.status,
              )
            }
          }
          expect(await wachtrijStand()).toBe(voor)
        })

        it('nobody reads, creates, changes or deletes job documents over REST', async () => {
          const [eerste] = await jobs()
          const voor = await wachtrijStand()
          const nieuweTaak = {
            taskSlug: MAIL_TASK,
            queue: MAIL_QUEUE,
            input: { aan: 'aanvaller@test.nl', onderwerp: 'x', tekst: 'x' },
          }
          for (const wie of WIE) {
            const t = token(wie)
            const pogingen: [string, string, unknown?][] = [
              ['GET', `/${JOBS}`],
              ['GET', `/${JOBS}?where[queue][equals]=${MAIL_QUEUE}&depth=0`],
              ['GET', `/${JOBS}/${eerste!.id}`],
              ['GET', `/${JOBS}/count`],
              ['POST', `/${JOBS}`, nieuweTaak],
              ['PATCH', `/${JOBS}/${eerste!.id}`, { hasError: true, processing: true }],
              ['PATCH', `/${JOBS}?where[id][exists]=true`, { waitUntil: '2099-01-01T00:00:00Z' }],
              ['DELETE', `/${JOBS}/${eerste!.id}`],
              ['DELETE', `/${JOBS}?where[queue][equals]=${MAIL_QUEUE}`],
              ['POST', `/${JOBS}/run`, {}],
              ['PATCH', `/${JOBS}/run`, { hasError: true }],
              ['DELETE', `/${JOBS}/handle-schedules`],
              ['GET', '/globals/payload-jobs-stats'],
              ['POST', '/globals/payload-jobs-stats', { stats: { scheduledRuns: {} } }],
            ]
            for (const [method, route, body] of pogingen) {
              const res = await cms.rest.request(method, route, { token: t, body })
              expect([401, 403, 404], `${wie} ${method} ${route}: ${res.status}`).toContain(
                res.status,
              )
              expect(JSON.stringify(res.body)).not.toContain(GEHEIM_ADRES)
            }
          }
          expect(await wachtrijStand()).toBe(voor)
        })

        it('nobody reads, creates, changes or deletes job documents over GraphQL', async () => {
          const [eerste] = await jobs()
          const voor = await wachtrijStand()
          const pogingen = [
            '{ PayloadJobs { docs { id input queue } } }',
            `{ PayloadJob(id: ${JSON.stringify(eerste!.id)}) { id input } }`,
            `mutation { createPayloadJob(data: { queue: "${MAIL_QUEUE}", taskSlug: ${MAIL_TASK} }) { id } }`,
            `mutation { updatePayloadJob(id: ${JSON.stringify(eerste!.id)}, data: { hasError: true }) { id } }`,
            `mutation { deletePayloadJob(id: ${JSON.stringify(eerste!.id)}) { id } }`,
            '{ PayloadJobsStat { stats } }',
            'mutation { updatePayloadJobsStat(data: { stats: {} }) { stats } }',
          ]
          for (const wie of WIE) {
            for (const query of pogingen) {
              const res = await cms.rest.graphql(query, token(wie))
              const text = JSON.stringify(res.body)
              expect(res.body.errors?.length ?? 0, `${wie} ${query}: ${text}`).toBeGreaterThan(0)
              expect(text).not.toContain(GEHEIM_ADRES)
            }
          }
          expect(await wachtrijStand()).toBe(voor)
        })

        it('a login may not queue, run or cancel jobs through the Local API either (overrideAccess: false)', async () => {
          const voor = await wachtrijStand()
          const beheerder = await cms.payload.findByID({
            collection: 'users',
            id: world.users.beheer,
            ...SYSTEM,
          })
          const req = await createLocalReq(
            { user: { ...beheerder, collection: 'users' } },
            cms.payload,
          )
          await expect(
            cms.payload.jobs.queue({
              task: MAIL_TASK,
              queue: MAIL_QUEUE,
              input: { aan: 'x@test.nl', onderwerp: 'x', tekst: 'x' },
              overrideAccess: false,
              req,
            }),
          ).rejects.toThrow()
          await expect(
            cms.payload.jobs.run({ queue: MAIL_QUEUE, overrideAccess: false, req }),
          ).rejects.toThrow()
          await expect(
            cms.payload.jobs.cancel({
              where: { queue: { equals: MAIL_QUEUE } },
              overrideAccess: false,
              req,
            }),
          ).rejects.toThrow()
          expect(await wachtrijStand()).toBe(voor)
        })

        it('our own code still queues jobs inside a request, and the worker still runs them', async () => {
          // The invitation above queued its mail through the request (REST), and the index job runs.
          await runQueue(cms.payload, INDEX_QUEUE)
          expect((await jobs()).filter((j) => j.queue === INDEX_QUEUE && !j.hasError)).toHaveLength(
            0,
          )
        })
      })

      // --- Retries with backoff ----------------------------------------------------------------

      describe('a failed try is retried with growing pauses; after the last try the job has failed', () => {
        it('a mail job whose server refuses the connection', async () => {
          const [mail] = (await jobs()).filter((j) => j.queue === MAIL_QUEUE)
          const { pauzes, job: mislukt } = await probeerTotMislukt(mail!.id, MAIL_QUEUE)
          verwachtBackoff(pauzes, MAIL_TASK)
          expect(mislukt.totalTried).toBe(retriesVan(MAIL_TASK).attempts + 1)
          expect(mislukt.processing).toBe(false)
        })

        it('an index job whose handler throws', async () => {
          process.env.ZORGATLAS_TEST_FAIL_AT = 'indexeren'
          const queued = await cms.payload.jobs.queue({
            task: INDEX_TASK,
            queue: INDEX_QUEUE,
            input: { locatieIds: [String(world.locatie.b1)] },
          })
          const { pauzes, job: mislukt } = await probeerTotMislukt(queued.id, INDEX_QUEUE)
          verwachtBackoff(pauzes, INDEX_TASK)
          expect(mislukt.totalTried).toBe(retriesVan(INDEX_TASK).attempts + 1)
          expect(JSON.stringify(mislukt.error)).toContain('indexeren')
        })

        it('a job whose handler cannot be loaded is retried the same way, not failed at once', async () => {
          // What the CMS process met: the task's module is not where the handler path points.
          const ontbreekt = path.join(cms.dataDir, 'bestaat-niet')
          const gevallen = [
            {
              taak: indexTask(ontbreekt),
              queue: INDEX_QUEUE,
              input: { locatieIds: [String(world.locatie.a1)] },
            },
            { taak: reindexTask(ontbreekt), queue: INDEX_QUEUE, input: { reden: 'test' } },
            {
              taak: mailTask(ontbreekt),
              queue: MAIL_QUEUE,
              input: { aan: GEHEIM_ADRES, onderwerp: 'Laadtest', tekst: 'Geheime tekst' },
            },
          ]
          for (const { taak, queue, input } of gevallen) {
            const task = cms.payload.config.jobs.tasks!.find((t) => t.slug === taak.slug)!
            const echt = task.handler
            task.handler = taak.handler as typeof echt
            try {
              const queued = await cms.payload.jobs.queue({
                task: taak.slug as typeof MAIL_TASK,
                queue,
                input: input as never,
              })
              const { pauzes, job: mislukt } = await probeerTotMislukt(queued.id, queue)
              verwachtBackoff(pauzes, taak.slug)
              expect(mislukt.totalTried).toBe(retriesVan(taak.slug).attempts + 1)
              expect(JSON.stringify(mislukt.error)).toContain('bestaat-niet')
            } finally {
              task.handler = echt
            }
          }
        })
      })

      describe('the worker logs a failed try', () => {
        it('with the job id and never the address', async () => {
          const queued = await cms.payload.jobs.queue({
            task: MAIL_TASK,
            queue: MAIL_QUEUE,
            input: { aan: 'log.test@test.nl', onderwerp: 'Log', tekst: 'Log' },
          })
          const regels: string[] = []
          const vang = (obj: unknown, msg?: string) => void regels.push(JSON.stringify([obj, msg]))
          const worker = new JobWorker(cms.payload, {
            heartbeatMs: 60_000,
            leaseMs: 60_000,
            pollMs: 20,
            queues: [MAIL_QUEUE],
            log: { info: () => undefined, warn: vang, error: vang },
          })
          const loop = worker.run()
          try {
            for (let i = 0; i < 200 && !((await job(queued.id)).totalTried ?? 0); i++)
              await new Promise((r) => setTimeout(r, 50))
          } finally {
            worker.stop()
            await loop
          }
          await cms.payload.delete({ collection: JOBS, id: queued.id, ...SYSTEM })
          expect(regels.join('\n')).toContain(`Taak ${queued.id} mislukt`)
          expect(regels.join('\n')).not.toContain('log.test@test.nl')
        })
      })

      // --- Health ------------------------------------------------------------------------------

      describe('health while a job has failed for good', () => {
        it('says degraded with the number of failed jobs and the oldest failure, also with a live worker', async () => {
          await new JobWorker(cms.payload, {
            heartbeatMs: 60_000,
            leaseMs: 60_000,
            pollMs: 50,
            log: STIL,
          }).heartbeat()
          const mislukt = (await jobs()).filter((j) => j.hasError)
          expect(mislukt.length).toBe(5)
          for (const wie of WIE) {
            const res = await cms.rest.request('GET', '/health', { token: token(wie) })
            expect(res.status).toBe(200)
            expect(res.body.status, wie).toBe('degraded')
            expect(res.body.worker.status).toBe('ok')
            expect(res.body.reden).toMatch(/mislukt/)
            expect(res.body.wachtrij.mislukt).toBe(5)
            const oudste = res.body.wachtrij.oudsteMislukte
            expect(oudste.taak).toBe(MAIL_TASK)
            expect(Date.parse(oudste.op)).toBeLessThanOrEqual(Date.now())
            // the error text only for a beheerder (it may name internals)
            if (wie === 'beheerder') expect(oudste.bericht).toEqual(expect.any(String))
            else expect(oudste).not.toHaveProperty('bericht')
            expect(JSON.stringify(res.body)).not.toContain(GEHEIM_ADRES)
          }
        })
      })

      // --- The beheerder's list, retry and removal ----------------------------------------------

      describe('failed jobs: the beheerder sees, retries and removes them', () => {
        const lijst = (wie: (typeof WIE)[number]) =>
          cms.rest.request('GET', '/taken/mislukt', { token: token(wie) })
        const opnieuw = (wie: (typeof WIE)[number], id: unknown, body: unknown = {}) =>
          cms.rest.request('POST', `/taken/${id}/opnieuw`, { token: token(wie), body })
        const verwijder = (wie: (typeof WIE)[number], id: unknown) =>
          cms.rest.request('DELETE', `/taken/${id}`, { token: token(wie) })

        it('the list names task, time, tries, last error, the locations of an index job and the subject of a mail job, never its address or text', async () => {
          const res = await lijst('beheerder')
          expect(res.status, JSON.stringify(res.body)).toBe(200)
          expect(res.body.aantal).toBe(5)
          const taken = res.body.taken as Record<string, any>[]
          expect(taken.map((t) => t.taak)).toEqual([
            MAIL_TASK,
            INDEX_TASK,
            INDEX_TASK,
            REINDEX_TASK,
            MAIL_TASK,
          ])
          for (const t of taken) {
            expect(t.naam).toEqual(expect.any(String))
            expect(Date.parse(t.misluktOp)).toBeGreaterThan(0)
            expect(t.pogingen).toBe(retriesVan(t.taak).attempts + 1)
            expect(t.fout).toEqual(expect.any(String))
          }
          expect(taken[0]!.onderwerp).toBe('Uw login voor de beheeromgeving van de Zorgatlas')
          expect(taken[1]!.locaties).toEqual([
            { id: String(world.locatie.b1), naam: expect.any(String) },
          ])
          expect(taken[1]!.locaties[0].naam.length).toBeGreaterThan(0)
          expect(taken[1]!.fout).toContain('indexeren')
          expect(taken[4]!.onderwerp).toBe('Laadtest')
          const text = JSON.stringify(res.body)
          expect(text).not.toContain(GEHEIM_ADRES)
          expect(text).not.toContain('Geheime tekst')
          expect(text).not.toContain('wachtwoord-instellen')
        })

        it('others may not see the list', async () => {
          for (const wie of WIE.filter((w) => w !== 'beheerder')) {
            const res = await lijst(wie)
            expect(res.status, wie).toBe(wie === 'anoniem' ? 401 : 403)
            expect(JSON.stringify(res.body)).not.toContain(MAIL_TASK)
          }
        })

        it('others may not retry or remove; unknown and garbage ids answer 404 or 400, never 500', async () => {
          const voor = await wachtrijStand()
          const [mislukt] = (await jobs()).filter((j) => j.hasError)
          for (const wie of WIE.filter((w) => w !== 'beheerder')) {
            expect((await opnieuw(wie, mislukt!.id)).status, wie).toBe(
              wie === 'anoniem' ? 401 : 403,
            )
            expect((await verwijder(wie, mislukt!.id)).status, wie).toBe(
              wie === 'anoniem' ? 401 : 403,
            )
          }
          for (const id of ['999999', 'abc', '0', '-1', '1.5', '1;DROP TABLE x', '9'.repeat(30)]) {
            for (const res of [await opnieuw('beheerder', id), await verwijder('beheerder', id)]) {
              expect([400, 404], `${id}: ${JSON.stringify(res.body)}`).toContain(res.status)
            }
          }
          expect((await opnieuw('beheerder', mislukt!.id, { nu: true })).status).toBe(400)
          expect((await opnieuw('beheerder', mislukt!.id, '[')).status).toBe(400)
          expect(await wachtrijStand()).toBe(voor)
        })

        it('a job that has not failed can be neither retried nor removed (409)', async () => {
          const wacht = await cms.payload.jobs.queue({
            task: MAIL_TASK,
            queue: MAIL_QUEUE,
            input: { aan: 'wacht@test.nl', onderwerp: 'Wacht', tekst: 'Wacht' },
          })
          try {
            expect((await opnieuw('beheerder', wacht.id)).status).toBe(409)
            expect((await verwijder('beheerder', wacht.id)).status).toBe(409)
            expect((await job(wacht.id)).totalTried ?? 0).toBe(0)
          } finally {
            await cms.payload.delete({ collection: JOBS, id: wacht.id, ...SYSTEM })
          }
        })

        it('retry: the job waits for the worker again (the CMS does not run it), the audit trail says who; the worker completes it', async () => {
          // The fault is gone (the module is back, the mail server answers again).
          smtp = new SMTPServer({
            authOptional: true,
            disabledCommands: ['STARTTLS', 'AUTH'],
            logger: false,
            onData(stream, session, callback) {
              const chunks: Buffer[] = []
              stream.on('data', (c: Buffer) => chunks.push(c))
              stream.on('end', () => {
                ontvangen.push({
                  to: session.envelope.rcptTo.map((r) => r.address),
                  raw: Buffer.concat(chunks).toString('utf8'),
                })
                callback()
              })
            },
          })
          await new Promise<void>((r) => smtp!.listen(smtpPort, '127.0.0.1', () => r()))

          const mislukt = (await jobs()).filter((j) => j.hasError)
          const index = mislukt.find(
            (j) =>
              j.taskSlug === INDEX_TASK &&
              (j.input as { locatieIds: string[] }).locatieIds[0] === String(world.locatie.b1),
          )!
          const uitnodigingMail = mislukt.find(
            (j) => (j.input as { aan?: string }).aan === GEHEIM_ADRES && j.taskSlug === MAIL_TASK,
          )!
          const publiekVoor = await publiekeIds()
          expect(publiekVoor).toContain(`locatie-${world.locatie.b1}`)

          for (const taak of [index, uitnodigingMail]) {
            const res = await opnieuw('beheerder', taak.id)
            expect(res.status, JSON.stringify(res.body)).toBe(200)
            expect(res.body.message).toEqual(expect.any(String))
            const na = await job(taak.id)
            // reset, with a full set of tries, and not run here
            expect(na.hasError).toBe(false)
            expect(na.processing).toBe(false)
            expect(na.totalTried ?? 0).toBe(0)
            expect(na.waitUntil ?? null).toBeNull()
            expect(na.completedAt ?? null).toBeNull()
            expect(na.log ?? []).toEqual([])
          }
          expect(ontvangen).toHaveLength(0)

          // twice is once: the second retry finds nothing failed
          expect((await opnieuw('beheerder', index.id)).status).toBe(409)

          const audit = await cms.payload.find({
            collection: 'audit-log',
            where: { actie: { equals: 'opnieuw-geprobeerd' } },
            sort: 'createdAt',
            ...SYSTEM,
          })
          expect(audit.docs).toHaveLength(2)
          expect(audit.docs[0]).toMatchObject({
            gebruikerNaam: 'Bea Beheer',
            collectie: JOBS,
            documentId: String(index.id),
          })
          expect(JSON.stringify(audit.docs)).not.toContain(GEHEIM_ADRES)

          // The real worker loop takes them.
          const worker = new JobWorker(cms.payload, {
            heartbeatMs: 60_000,
            leaseMs: 60_000,
            pollMs: 20,
            log: STIL,
          })
          const loop = worker.run()
          try {
            for (let i = 0; i < 200; i++) {
              const open = (await jobs()).filter((j) =>
                [index.id, uitnodigingMail.id].includes(j.id),
              )
              if (!open.length) break
              await new Promise((r) => setTimeout(r, 50))
            }
          } finally {
            worker.stop()
            await loop
          }
          const over = (await jobs()).map((j) => j.id)
          expect(over).not.toContain(index.id)
          expect(over).not.toContain(uitnodigingMail.id)
          expect(ontvangen.map((m) => m.to)).toEqual([[GEHEIM_ADRES]])
        })

        it('removal: a beheerder removes a failed job; it is gone and in the audit trail', async () => {
          const [eerste] = (await jobs()).filter((j) => j.hasError)
          const res = await verwijder('beheerder', eerste!.id)
          expect(res.status, JSON.stringify(res.body)).toBe(200)
          expect((await jobs()).map((j) => j.id)).not.toContain(eerste!.id)
          expect((await verwijder('beheerder', eerste!.id)).status).toBe(404)
          const audit = await cms.payload.find({
            collection: 'audit-log',
            where: {
              and: [{ actie: { equals: 'verwijderd' } }, { collectie: { equals: JOBS } }],
            },
            ...SYSTEM,
          })
          expect(audit.docs).toHaveLength(1)
          expect(audit.docs[0]!.documentId).toBe(String(eerste!.id))
        })

        it('health is ok again once no job has failed and the worker is alive', async () => {
          // the rest: retried and completed by the worker's queue
          for (const j of (await jobs()).filter((x) => x.hasError)) {
            expect((await opnieuw('beheerder', j.id)).status).toBe(200)
          }
          await runQueue(cms.payload, INDEX_QUEUE)
          await runQueue(cms.payload, MAIL_QUEUE)
          expect((await jobs()).filter((j) => j.hasError)).toHaveLength(0)
          await new JobWorker(cms.payload, {
            heartbeatMs: 60_000,
            leaseMs: 60_000,
            pollMs: 50,
            log: STIL,
          }).heartbeat()
          const res = await cms.rest.request('GET', '/health')
          expect(res.body.status, JSON.stringify(res.body)).toBe('ok')
          expect(res.body.wachtrij.mislukt).toBe(0)
          expect(res.body.wachtrij.oudsteMislukte).toBeNull()
          expect((await lijst('beheerder')).body).toMatchObject({ aantal: 0, taken: [] })
        })
      })
    },
  )
}
