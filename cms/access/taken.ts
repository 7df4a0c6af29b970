/**
 * Jobs are the worker's (ADR 0007): no login, a beheerder included, may run, queue or cancel them
 * or touch a job document over REST or GraphQL. Payload's defaults allow all of it to any login.
 *
 * - `jobs.access` (run, queue, cancel): `GET /api/payload-jobs/run` and `/handle-schedules` answer
 *   401, and Local API calls made for a user (`overrideAccess: false`) are refused. Our own calls
 *   (`payload.jobs.queue` with `req` in cms/jobs/queue.ts, the worker's `payload.jobs.run` and
 *   `handleSchedules`) leave `overrideAccess` at its default, true, so they do not ask.
 * - The `payload-jobs` collection: no REST or GraphQL access for anyone (its inputs hold e-mail
 *   addresses and texts, some with a set-password link); not in the GraphQL schema at all. A
 *   beheerder reads failed jobs through `GET /api/taken/mislukt`, which leaves addresses and texts
 *   out (cms/domain/taken.ts).
 * - The `payload-jobs-stats` global (when the scheduler last queued each task): Payload's default
 *   lets any login read and overwrite it; the scheduler itself writes it through the database
 *   adapter, without access control.
 */
import type { CollectionConfig, JobsConfig, SanitizedConfig } from 'payload'
import { nobody } from './index'

export const JOBS_ACCESS: NonNullable<JobsConfig['access']> = {
  run: () => false,
  queue: () => false,
  cancel: () => false,
}

export const JOB_STATS_GLOBAL = 'payload-jobs-stats'

/** Payload's jobs collection, closed to REST and GraphQL, with Dutch labels for the audit trail. */
export function takenCollectie({
  defaultJobsCollection,
}: {
  defaultJobsCollection: CollectionConfig
}): CollectionConfig {
  return {
    ...defaultJobsCollection,
    labels: { singular: 'Taak', plural: 'Taken' },
    graphQL: false,
    access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  }
}

/** After sanitising (the stats global exists only then): nobody reads or writes it over the API. */
export function sluitTaakstatistiek(config: SanitizedConfig): void {
  const global = config.globals.find((g) => g.slug === JOB_STATS_GLOBAL)
  if (global) global.access = { ...global.access, read: nobody, update: nobody }
}
