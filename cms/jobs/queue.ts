/**
 * Queueing work for the worker process: the jobs table in the same database is our outbox, so a
 * job queued inside a request's transaction exists exactly when the change it follows does.
 */
import type { Payload, PayloadRequest } from 'payload'
import type { Bericht } from '../domain/berichten'

/** Index work: converge locations to their Definitief state, and full rebuilds. */
export const INDEX_QUEUE = 'zoekindex'
export const INDEX_TASK = 'indexeerLocaties'
export const REINDEX_TASK = 'herindexeren'
/** Reconcile: compare the index and the media store with the database (nightly). */
export const CONTROLE_TASK = 'zoekindexControleren'

/** E-mail of the review desk: one job per message, retried with backoff (cms/jobs/tasks.ts). */
export const MAIL_QUEUE = 'mail'
export const MAIL_TASK = 'verstuurMail'

/**
 * Every queue the worker process runs, in order of priority. Later queues (scheduled jobs) are
 * added here and need no new process.
 */
export const WORKER_QUEUES = [INDEX_QUEUE, MAIL_QUEUE] as const

/**
 * Tasks a queue runs before its other jobs, whatever their age: a full rebuild supersedes every
 * index job queued before it (search-indexer/task-handler.ts), so on a fresh start the index goes
 * from empty to complete in one swap instead of filling up job by job.
 */
export const VOORRANG: Readonly<Record<string, readonly string[]>> = {
  [INDEX_QUEUE]: [REINDEX_TASK],
}

/**
 * Queues one e-mail in the request's transaction: it is sent (by the worker) exactly when the
 * decision it reports is stored, and a failing mail server never blocks or undoes a decision.
 */
export async function queueMail(req: PayloadRequest, bericht: Bericht): Promise<void> {
  await req.payload.jobs.queue({ task: MAIL_TASK, queue: MAIL_QUEUE, input: bericht, req })
}

/** What an index job converges: locations, and what a repair removes that names no location. */
export interface IndexInvoer {
  locatieIds: string[]
  /** publish the code → label table again afterwards */
  labels?: boolean
  /** documents to remove whose id names no location of this database (reconcile) */
  verwijderen?: string[]
  /** folders of the public media store to empty that name no location (reconcile) */
  mediaMappen?: string[]
}

export async function queueIndexJob(req: PayloadRequest, locatieIds: string[]): Promise<void> {
  const unique = [...new Set(locatieIds.map(String))]
  if (!unique.length) return
  await req.payload.jobs.queue({
    task: INDEX_TASK,
    queue: INDEX_QUEUE,
    input: { locatieIds: unique },
    req,
  })
}

/**
 * A reference list's label changed: re-index exactly these locations and publish the
 * code → label table again, in one job on the index queue.
 */
export async function queueLabelJob(req: PayloadRequest, locatieIds: string[]): Promise<void> {
  await req.payload.jobs.queue({
    task: INDEX_TASK,
    queue: INDEX_QUEUE,
    input: { locatieIds: [...new Set(locatieIds.map(String))], labels: true },
    req,
  })
}

/**
 * A full rebuild of the public index, on the same queue as the index work: the worker runs one job
 * at a time, so a change approved during the rebuild is indexed after its swap, never lost by it.
 */
export async function queueReindexJob(payload: Payload, reden: string): Promise<string | number> {
  const job = await payload.jobs.queue({
    task: REINDEX_TASK,
    queue: INDEX_QUEUE,
    input: { reden },
  })
  return job.id
}
