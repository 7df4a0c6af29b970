/**
 * Jobs that failed for good (their last try failed): read for health and for the beheerder's list
 * (cms/domain/taken.ts says what is shown), reset for a retry, removed. Database work only; who may
 * do it is decided by the endpoint's rule and the use case (cms/workflow/taken.ts).
 */
import type { Payload, PayloadRequest, Where } from 'payload'
import {
  beschrijfMislukteTaak,
  foutVan,
  locatieIdsVan,
  type MislukteTaak,
  type TaakDocument,
} from '../domain/taken'
import { isValidId } from '../validation/malformed-input'
import { WORKER_QUEUES } from './queue'

export const JOBS = 'payload-jobs'

/** The kind of id this database gives documents (numbers on SQL, ObjectIds on MongoDB). */
export const idSoort = (payload: Payload): 'number' | 'objectid' =>
  payload.db.defaultIDType === 'number' ? 'number' : 'objectid'

/** Failed for good, on a queue the worker runs. */
export const mislukteTakenWhere = (queues: readonly string[] = WORKER_QUEUES): Where => ({
  and: [{ queue: { in: [...queues] } }, { hasError: { equals: true } }],
})

/** The task's label from the config (`E-mail versturen`), or its slug. */
export function taakNaamVan(payload: Payload): (slug: string) => string {
  return (slug) => {
    const label = payload.config.jobs.tasks?.find((t) => t.slug === slug)?.label
    return typeof label === 'string' && label ? label : slug
  }
}

/** The oldest failure: when, which task, and its error (without addresses). */
export interface OudsteMislukte {
  op: string | null
  taak: string
  bericht: string
}

export async function oudsteMislukteTaak(payload: Payload): Promise<OudsteMislukte | null> {
  const found = await payload.find({
    collection: JOBS,
    where: mislukteTakenWhere(),
    sort: 'updatedAt',
    limit: 1,
    depth: 0,
    select: { taskSlug: true, error: true, updatedAt: true },
    overrideAccess: true,
  })
  const job = found.docs[0] as TaakDocument | undefined
  if (!job) return null
  return { op: job.updatedAt ?? null, taak: job.taskSlug ?? 'onbekend', bericht: foutVan(job) }
}

/** The current names of these locations (newest version); a removed one is missing. */
async function locatieNamen(req: PayloadRequest, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map()
  const geldig = ids.filter((id) => isValidId(id, idSoort(req.payload)))
  if (!geldig.length) return new Map()
  const found = await req.payload.find({
    collection: 'locaties',
    where: { id: { in: geldig } },
    draft: true,
    depth: 0,
    limit: 0,
    pagination: false,
    select: { naam: true },
    overrideAccess: true,
    req,
  })
  return new Map(found.docs.map((d) => [String(d.id), String(d.naam ?? '')]))
}

/** Failed jobs, oldest failure first (at most `limit`), with their total. */
export async function mislukteTaken(
  req: PayloadRequest,
  limit = 100,
): Promise<{ aantal: number; taken: MislukteTaak[] }> {
  const found = await req.payload.find({
    collection: JOBS,
    where: mislukteTakenWhere(),
    sort: 'updatedAt',
    limit,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const jobs = found.docs as TaakDocument[]
  const namen = await locatieNamen(req, [...new Set(jobs.flatMap(locatieIdsVan))])
  const naam = taakNaamVan(req.payload)
  return {
    aantal: found.totalDocs,
    taken: jobs.map((job) => beschrijfMislukteTaak(job, naam, namen)),
  }
}

/** One job of the worker's queues, or null when there is none with this id. */
export async function vindTaak(req: PayloadRequest, id: string): Promise<TaakDocument | null> {
  const found = await req.payload.find({
    collection: JOBS,
    where: { and: [{ id: { equals: id } }, { queue: { in: [...WORKER_QUEUES] } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return (found.docs[0] as TaakDocument | undefined) ?? null
}

/** Its description as the beheerder's list shows it. */
export async function beschrijfTaak(req: PayloadRequest, job: TaakDocument): Promise<MislukteTaak> {
  return beschrijfMislukteTaak(
    job,
    taakNaamVan(req.payload),
    await locatieNamen(req, locatieIdsVan(job)),
  )
}

/**
 * Puts a failed job back in its queue with a fresh set of tries (its log of failed tries cleared),
 * for the worker to take; only while it is still failed. Returns false when it no longer was.
 */
export async function zetTerugInWachtrij(req: PayloadRequest, id: string): Promise<boolean> {
  const result = await req.payload.update({
    collection: JOBS,
    where: { and: [{ id: { equals: id } }, mislukteTakenWhere()] },
    data: {
      hasError: false,
      error: null,
      processing: false,
      totalTried: 0,
      waitUntil: null,
      completedAt: null,
      log: [],
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (result.errors.length) throw new Error(result.errors[0]!.message)
  return result.docs.length === 1
}

/** Removes a failed job; false when it no longer was one. */
export async function verwijderMislukteTaak(req: PayloadRequest, id: string): Promise<boolean> {
  const result = await req.payload.delete({
    collection: JOBS,
    where: { and: [{ id: { equals: id } }, mislukteTakenWhere()] },
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (result.errors.length) throw new Error(result.errors[0]!.message)
  return result.docs.length === 1
}
