/**
 * The job worker: the one process that runs every queue (WORKER_QUEUES), one job at a time.
 *
 * Leases: a job is held by a worker while it runs; the worker touches the jobs it holds with every
 * heartbeat. A job left `processing` by a worker that died (SIGKILL, power loss) stops being touched,
 * and once its lease has run out any worker takes it again — counted as a try, so a job that kills
 * its worker every time ends as failed instead of looping for ever.
 *
 * Heartbeat: every few seconds the worker writes its row in `worker-status` (read by the CMS
 * health endpoint) and hands the same figures to `onStatus` (the indexer publishes them through the
 * search engine's write side, so the site can report them without the CMS database).
 */
import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import type { Payload, Where } from 'payload'
import { getLogger, type Logger } from '../../search-indexer/runtime/logger'
import { mislukteTakenWhere } from './mislukt'
import { VOORRANG, WORKER_QUEUES } from './queue'

export interface WorkerOptions {
  queues?: readonly string[]
  /** ms between heartbeats */
  heartbeatMs: number
  /** ms a held job may go without a heartbeat before another worker takes it again */
  leaseMs: number
  /** ms to wait when there is no work */
  pollMs: number
  /** called after every heartbeat with the figures it wrote */
  onStatus?: (status: WorkerStatusReport) => Promise<void> | void
  /** where the worker logs (default: the `worker` process logger); job ids only, no content */
  log?: Pick<Logger, 'info' | 'warn' | 'error'>
}

export interface QueueFigures {
  /** jobs waiting or running */
  depth: number
  /** ISO time of the oldest job that waits (not running) */
  oldestWaitingAt: string | null
  /** jobs that failed for good */
  failed: number
}

export interface WorkerStatusReport {
  workerId: string
  heartbeatAt: string
  startedAt: string
  queue: QueueFigures
  running: { id: string; taak: string; sinds: string }[]
  progress: Progress | null
  lastError: { taak: string; bericht: string; op: string } | null
}

export type Progress = {
  taak: string
  verwerkt: number
  totaal: number
}

const JOBS = 'payload-jobs'

// --- What the task handlers in this process report (one worker per process) -------------------

const held = new Map<string, { taak: string; sinds: string }>()
let progress: Progress | null = null
let lastError: WorkerStatusReport['lastError'] = null
/** Set by the running worker: how held jobs are touched and an early heartbeat is asked for. */
let running: { touch: (ids: string[]) => Promise<void>; heartbeatSoon: () => void } | null = null

/**
 * Runs a task handler as a held job: touched by the heartbeat while it runs, its failure recorded
 * as the worker's last error (and rethrown, so Payload retries it).
 */
export async function runHeld<T>(
  job: { id: string | number } | undefined,
  taak: string,
  work: () => Promise<T>,
): Promise<T> {
  const id = job ? String(job.id) : `local-${randomBytes(3).toString('hex')}`
  held.set(id, { taak, sinds: new Date().toISOString() })
  await running?.touch([id])
  try {
    return await work()
  } catch (error) {
    lastError = {
      taak,
      bericht: error instanceof Error ? error.message : String(error),
      op: new Date().toISOString(),
    }
    throw error
  } finally {
    held.delete(id)
    if (progress?.taak === taak) progress = null
  }
}

/** Progress of a long task; written with the next heartbeat (at most one extra write a second). */
export function reportProgress(next: Progress): void {
  progress = next
  running?.heartbeatSoon()
}

// --- Queue figures and stale jobs (pure database work, used by the worker and by health) ---------

export async function queueFigures(
  payload: Payload,
  queues: readonly string[] = WORKER_QUEUES,
): Promise<QueueFigures> {
  // Open: not done, not failed, and due (a scheduled job waiting for its time is not a backlog).
  const open: Where = {
    and: [
      { queue: { in: [...queues] } },
      { completedAt: { exists: false } },
      { hasError: { not_equals: true } },
      {
        or: [
          { waitUntil: { exists: false } },
          { waitUntil: { less_than_equal: new Date().toISOString() } },
        ],
      },
    ],
  }
  const [depth, oldest, failed] = await Promise.all([
    payload.count({ collection: JOBS, where: open, overrideAccess: true }),
    payload.find({
      collection: JOBS,
      where: { and: [open, { processing: { equals: false } }] },
      sort: 'createdAt',
      limit: 1,
      depth: 0,
      select: { createdAt: true },
      overrideAccess: true,
    }),
    payload.count({ collection: JOBS, where: mislukteTakenWhere(queues), overrideAccess: true }),
  ])
  const first = oldest.docs[0] as { createdAt?: string } | undefined
  return {
    depth: depth.totalDocs,
    oldestWaitingAt: first?.createdAt ?? null,
    failed: failed.totalDocs,
  }
}

/**
 * Takes back jobs whose worker stopped touching them for longer than the lease. Returns the ids
 * released (to run again) and the ids failed (no tries left).
 */
export async function releaseStaleJobs(
  payload: Payload,
  options: { leaseMs: number; queues?: readonly string[]; now?: Date },
): Promise<{ released: string[]; failed: string[] }> {
  const now = options.now ?? new Date()
  const stale = await payload.find({
    collection: JOBS,
    where: {
      and: [
        { queue: { in: [...(options.queues ?? WORKER_QUEUES)] } },
        { processing: { equals: true } },
        { updatedAt: { less_than: new Date(now.getTime() - options.leaseMs).toISOString() } },
      ],
    },
    depth: 0,
    limit: 100,
    overrideAccess: true,
  })
  const released: string[] = []
  const failed: string[] = []
  for (const job of stale.docs as {
    id: string | number
    taskSlug?: string
    totalTried?: number
  }[]) {
    const retries = payload.config.jobs.tasks?.find((t) => t.slug === job.taskSlug)?.retries
    const maxTries = typeof retries === 'number' ? retries : (retries?.attempts ?? 0)
    const tried = (job.totalTried ?? 0) + 1
    const givesUp = tried > maxTries
    await payload.update({
      collection: JOBS,
      id: job.id,
      data: {
        processing: false,
        totalTried: tried,
        ...(givesUp
          ? {
              hasError: true,
              error: { message: 'De worker stopte tijdens deze taak, te vaak achter elkaar.' },
            }
          : {}),
      },
      overrideAccess: true,
    })
    ;(givesUp ? failed : released).push(String(job.id))
  }
  return { released, failed }
}

// --- The worker ---------------------------------------------------------------------------------

export class JobWorker {
  readonly workerId = `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`
  private readonly startedAt = new Date().toISOString()
  private readonly queues: readonly string[]
  private stopping = false
  private heartbeatTimer: NodeJS.Timeout | undefined
  private soonTimer: NodeJS.Timeout | undefined
  private lastStaleCheck = 0
  private lastScheduleCheck = 0
  private processed = 0
  private statusRowId: string | number | null = null
  private beating: Promise<void> = Promise.resolve()

  constructor(
    private readonly payload: Payload,
    private readonly options: WorkerOptions,
  ) {
    this.queues = options.queues ?? WORKER_QUEUES
  }

  private get log(): Pick<Logger, 'info' | 'warn' | 'error'> {
    return this.options.log ?? getLogger('worker')
  }

  /** Runs until stop(); resolves when the loop has ended. */
  async run(): Promise<void> {
    running = { touch: (ids) => this.touch(ids), heartbeatSoon: () => this.heartbeatSoon() }
    // Rows of workers gone for a day are history, not status.
    await this.payload.delete({
      collection: 'worker-status',
      where: { heartbeatAt: { less_than: new Date(Date.now() - 86_400_000).toISOString() } },
      overrideAccess: true,
    })
    await this.heartbeat()
    this.heartbeatTimer = setInterval(() => void this.heartbeat(), this.options.heartbeatMs)
    this.log.info(
      { workerId: this.workerId, wachtrijen: this.queues, leaseMs: this.options.leaseMs },
      `Worker ${this.workerId} draait: wachtrij(en) ${this.queues.join(', ')}; lease ${this.options.leaseMs} ms`,
    )
    while (!this.stopping) {
      try {
        await this.recoverStaleJobs()
        await this.queueScheduledJobs()
        const ran = await this.runOne()
        if (!ran) await this.sleep(this.options.pollMs)
      } catch (error) {
        // Not swallowed: recorded as the last error, logged, and the jobs stay queued for a retry.
        lastError = {
          taak: 'wachtrij',
          bericht: error instanceof Error ? error.message : String(error),
          op: new Date().toISOString(),
        }
        this.log.error({ err: error }, 'Worker: fout bij het uitvoeren van de wachtrij')
        await this.sleep(this.options.pollMs * 4)
      }
    }
    clearInterval(this.heartbeatTimer)
    clearTimeout(this.soonTimer)
    await this.beating
    running = null
  }

  stop(): void {
    this.stopping = true
  }

  /** One job from the first queue that has work; false when all are empty. */
  private async runOne(): Promise<boolean> {
    for (const queue of this.queues) {
      const first = VOORRANG[queue] ?? []
      type Result = Awaited<ReturnType<Payload['jobs']['run']>>
      let result: Result = first.length
        ? await this.payload.jobs.run({
            queue,
            limit: 1,
            sequential: true,
            silent: true,
            where: { taskSlug: { in: [...first] } },
          })
        : { jobStatus: {}, noJobsRemaining: true, remainingJobsFromQueried: 0 }
      if (!Object.keys(result.jobStatus ?? {}).length)
        result = await this.payload.jobs.run({
          queue,
          limit: 1,
          sequential: true,
          silent: true,
        })
      const statuses = Object.entries(result.jobStatus ?? {})
      if (statuses.length) {
        this.processed += statuses.length
        // Ids only: a job's error may name an e-mail address (health and the beheerder's list
        // show it, with addresses hidden).
        for (const [id, { status }] of statuses) {
          if (status === 'error')
            this.log.warn(
              { taak: id, wachtrij: queue },
              `Taak ${id} mislukt; wordt later opnieuw geprobeerd`,
            )
          if (status === 'error-reached-max-retries')
            this.log.error(
              { taak: id, wachtrij: queue },
              `Taak ${id} mislukt na de laatste poging: zie Mislukte taken in het beheer`,
            )
        }
        return true
      }
    }
    return false
  }

  /** Queues the next run of scheduled tasks (Payload's schedules; checked once a minute). */
  private async queueScheduledJobs() {
    if (Date.now() - this.lastScheduleCheck < 60_000) return
    this.lastScheduleCheck = Date.now()
    const { queued, errored } = await this.payload.jobs.handleSchedules({ allQueues: true })
    if (errored.length) this.log.warn(`Geplande taken niet ingepland: ${errored.length}`)
    if (queued.length) this.log.info(`Geplande taken ingepland: ${queued.length}`)
  }

  private async recoverStaleJobs() {
    if (Date.now() - this.lastStaleCheck < Math.min(5000, this.options.leaseMs / 2)) return
    this.lastStaleCheck = Date.now()
    const { released, failed } = await releaseStaleJobs(this.payload, {
      leaseMs: this.options.leaseMs,
      queues: this.queues,
    })
    if (released.length)
      this.log.warn(
        { taken: released },
        `Taken van een gestopte worker opnieuw in de wachtrij: ${released.join(', ')}`,
      )
    if (failed.length)
      this.log.error({ taken: failed }, `Taken opgegeven na te veel pogingen: ${failed.join(', ')}`)
  }

  /** Keeps the lease of jobs this worker holds. */
  async touch(ids: string[]): Promise<void> {
    const real = ids.filter((id) => !id.startsWith('local-'))
    if (!real.length) return
    await this.payload.update({
      collection: JOBS,
      where: { id: { in: real } },
      data: {},
      overrideAccess: true,
    })
  }

  /** An extra heartbeat within a second (progress of a long task). */
  heartbeatSoon(): void {
    if (this.soonTimer) return
    this.soonTimer = setTimeout(() => {
      this.soonTimer = undefined
      void this.heartbeat()
    }, 1000)
  }

  /** Writes the heartbeat; never overlapping, never throwing (a failure is logged and retried). */
  heartbeat(): Promise<void> {
    this.beating = this.beating.then(async () => {
      try {
        await this.touch([...held.keys()])
        const report: WorkerStatusReport = {
          workerId: this.workerId,
          heartbeatAt: new Date().toISOString(),
          startedAt: this.startedAt,
          queue: await queueFigures(this.payload, this.queues),
          running: [...held].map(([id, h]) => ({ id, ...h })),
          progress,
          lastError,
        }
        await this.writeStatusRow(report)
        await this.options.onStatus?.(report)
      } catch (error) {
        this.log.error({ err: error }, 'Worker: hartslag niet geschreven')
      }
    })
    return this.beating
  }

  private async writeStatusRow(report: WorkerStatusReport) {
    const data = {
      workerId: this.workerId,
      pid: process.pid,
      host: hostname(),
      queues: [...this.queues],
      startedAt: report.startedAt,
      heartbeatAt: report.heartbeatAt,
      running: report.running,
      progress: report.progress,
      processed: this.processed,
      lastError: report.lastError?.bericht ?? null,
      lastErrorTask: report.lastError?.taak ?? null,
      lastErrorAt: report.lastError?.op ?? null,
    }
    if (this.statusRowId === null) {
      const existing = await this.payload.find({
        collection: 'worker-status',
        where: { workerId: { equals: this.workerId } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
      this.statusRowId =
        existing.docs[0]?.id ??
        (await this.payload.create({ collection: 'worker-status', data, overrideAccess: true })).id
      if (existing.docs[0]) await this.writeStatusRow(report)
      return
    }
    await this.payload.update({
      collection: 'worker-status',
      id: this.statusRowId,
      data,
      overrideAccess: true,
    })
  }

  private sleep(ms: number) {
    return new Promise((resolve) => setTimeout(resolve, ms))
  }
}

/** The newest heartbeat of any worker, from the database (CMS health). */
export async function latestWorkerStatus(payload: Payload) {
  const found = await payload.find({
    collection: 'worker-status',
    sort: '-heartbeatAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return (
    (found.docs[0] as
      | {
          workerId: string
          heartbeatAt?: string
          running?: WorkerStatusReport['running']
          progress?: Progress | null
          lastError?: string | null
          lastErrorTask?: string | null
          lastErrorAt?: string | null
        }
      | undefined) ?? null
  )
}
