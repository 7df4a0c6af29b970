/**
 * Payload job handlers of the index tasks (see cms/jobs/tasks.ts); they run in the worker process.
 *
 * Newer work supersedes older work: an index job converges the current state of its locations, so
 * one run also does the work of every index job for the same or other locations that was already
 * queued (visible) before it read the database. Those jobs are removed after the run succeeded
 * (`meeliften`). A full rebuild supersedes every index job queued before it.
 */
import type { Payload, TaskHandler } from 'payload'
import { reportProgress, runHeld } from '../cms/jobs/worker'
import {
  CONTROLE_TASK,
  INDEX_QUEUE,
  INDEX_TASK,
  REINDEX_TASK,
  type IndexInvoer,
} from '../cms/jobs/queue'
import { bewaarControle } from '../cms/jobs/controle'
import { JOBS } from '../cms/jobs/mislukt'
import { controleer } from './reconcile'
import { getLogger } from './runtime/logger'
import {
  mediaDoelFromEnv,
  publiceerLabels,
  reindexAll,
  sharedMediaStore,
  sharedWriter,
  syncLocaties,
} from './sync'
import { ruimMediaOp } from './media/publish'
import { failAt, testDelay } from '../cms/lib/test-switches'

/** At most this many locations in one run that takes over queued jobs. */
const MEELIFTEN_MAX = 500

interface WachtendeJob {
  id: string | number
  input: IndexInvoer
}

/**
 * Index jobs that wait (not running, not failed, never tried) and that one run can do as well.
 * Read before the run reads the database: their changes are committed, so the run sees them.
 * With `alle`, every waiting index job (a full rebuild), else only plain location jobs, up to
 * MEELIFTEN_MAX locations in all.
 */
async function wachtendeIndexJobs(
  payload: Payload,
  eigen: string | number | undefined,
  opties: { alle: boolean; ruimte: number },
): Promise<WachtendeJob[]> {
  const found = await payload.find({
    collection: JOBS,
    where: {
      and: [
        { queue: { equals: INDEX_QUEUE } },
        { taskSlug: { equals: INDEX_TASK } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        // a job in its retries runs alone: one location that fails never fails others' work
        { or: [{ totalTried: { exists: false } }, { totalTried: { equals: 0 } }] },
        ...(eigen !== undefined ? [{ id: { not_equals: eigen } }] : []),
      ],
    },
    sort: 'createdAt',
    depth: 0,
    limit: opties.alle ? 0 : 200,
    pagination: false,
    select: { input: true },
    overrideAccess: true,
  })
  const out: WachtendeJob[] = []
  let ruimte = opties.ruimte
  for (const job of found.docs as { id: string | number; input?: IndexInvoer }[]) {
    const input = job.input
    if (!input || !Array.isArray(input.locatieIds)) continue
    if (!opties.alle) {
      if (input.labels || input.verwijderen?.length || input.mediaMappen?.length) continue
      if (input.locatieIds.length > ruimte) break
      ruimte -= input.locatieIds.length
    }
    out.push({ id: job.id, input })
  }
  return out
}

/** Removes jobs whose work was done by another run (only those still waiting). */
async function verwijderGedaan(payload: Payload, jobs: WachtendeJob[]): Promise<void> {
  if (!jobs.length) return
  await payload.delete({
    collection: JOBS,
    where: {
      and: [
        { id: { in: jobs.map((j) => j.id) } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
      ],
    },
    overrideAccess: true,
  })
}

export const indexeerLocaties: TaskHandler<{
  input: IndexInvoer
  output: { upserted: number; deleted: number }
}> = async ({ input, job, req }) =>
  runHeld(job, INDEX_TASK, async () => {
    const payload = req.payload
    const eigen = input.locatieIds.map(String)
    const eersteKeer = !job?.totalTried
    const mee = eersteKeer
      ? await wachtendeIndexJobs(payload, job?.id, {
          alle: false,
          ruimte: Math.max(0, MEELIFTEN_MAX - eigen.length),
        })
      : []
    await testDelay()
    failAt('indexeren')
    const alle = [...new Set([...eigen, ...mee.flatMap((j) => j.input.locatieIds.map(String))])]
    let output: Awaited<ReturnType<typeof syncLocaties>>
    let overgenomen = mee
    try {
      output = await syncLocaties(payload, alle)
    } catch (error) {
      if (!mee.length) throw error
      // Another job's location may be what fails: do this job's own work; the others run alone.
      getLogger('worker').warn(
        { taak: job?.id, meegenomen: mee.length },
        'Samen indexeren mislukt; alleen de eigen locaties',
      )
      overgenomen = []
      output = await syncLocaties(payload, eigen)
    }
    if (input.verwijderen?.length) await sharedWriter().delete(input.verwijderen)
    for (const map of input.mediaMappen ?? []) await ruimMediaOp(sharedMediaStore(), map, [])
    // After the documents: the site never names a code with a label its documents do not show yet.
    if (input.labels) await publiceerLabels(payload)
    await verwijderGedaan(payload, overgenomen)
    return { output: { upserted: output.upserted, deleted: output.deleted } }
  })

export const herindexeren: TaskHandler<{
  input: { reden: string }
  output: { locaties: number; publiek: number }
}> = async ({ job, req }) =>
  runHeld(job, REINDEX_TASK, async () => {
    const vervangen = await wachtendeIndexJobs(req.payload, undefined, { alle: true, ruimte: 0 })
    await testDelay()
    const output = await reindexAll(req.payload, undefined, undefined, (verwerkt, totaal) =>
      reportProgress({ taak: REINDEX_TASK, verwerkt, totaal }),
    )
    await verwijderGedaan(req.payload, vervangen)
    return { output: { locaties: output.locaties, publiek: output.publiek } }
  })

export const controleren: TaskHandler<{
  input: { bron?: string }
  output: { verschillen: number }
}> = async ({ input, job, req }) =>
  runHeld(job, CONTROLE_TASK, async () => {
    const controle = await controleer(req.payload, {
      writer: sharedWriter(),
      media: mediaDoelFromEnv(),
    })
    await bewaarControle(req.payload, controle, input?.bron || 'nachtelijk')
    if (controle.verschillen.length)
      getLogger('worker').warn(
        { verschillen: controle.verschillen.length },
        `Controle van de zoekindex: ${controle.verschillen.length} verschil(len); herstel met npm run reindex -- --repair`,
      )
    return { output: { verschillen: controle.verschillen.length } }
  })

export default indexeerLocaties
