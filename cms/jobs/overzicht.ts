/**
 * What `npm run indexer:status` shows (search-indexer/status.ts): per queue the jobs that wait, run
 * and failed for good, the oldest open job and its age, the worker's heartbeat and last error, the
 * oldest failure, and the last reconcile. Database work only; runs without the CMS.
 */
import type { Payload, Where } from 'payload'
import { foutVan, verbergAdressen } from '../domain/taken'
import { laatsteControle, type BewaardeControle } from './controle'
import { JOBS, mislukteTakenWhere, oudsteMislukteTaak, type OudsteMislukte } from './mislukt'
import { WORKER_QUEUES } from './queue'
import { latestWorkerStatus } from './worker'

export interface WachtrijOverzicht {
  wachtrij: string
  /** due, not running */
  wachtend: number
  /** held by a worker now */
  bezig: number
  /** failed for good (until a beheerder retries or removes them) */
  mislukt: number
  /** scheduled or waiting for a retry later */
  gepland: number
}

export interface IndexerOverzicht {
  op: string
  wachtrijen: WachtrijOverzicht[]
  totaal: { wachtend: number; bezig: number; mislukt: number }
  /** the oldest job that waits or runs (not scheduled for later, not failed) */
  oudsteOpen: { id: string; taak: string; sinds: string; leeftijdSeconden: number } | null
  worker: {
    hartslag: string | null
    hartslagLeeftijdSeconden: number | null
    bezig: { id: string; taak: string; sinds: string }[]
    voortgang: { taak: string; verwerkt: number; totaal: number } | null
  } | null
  /** the worker's last error (addresses hidden) */
  laatsteFout: { op: string | null; taak: string | null; bericht: string } | null
  oudsteMislukte: OudsteMislukte | null
  laatsteControle: BewaardeControle | null
}

const nu = () => new Date().toISOString()

export async function indexerOverzicht(
  payload: Payload,
  queues: readonly string[] = WORKER_QUEUES,
): Promise<IndexerOverzicht> {
  const op = nu()
  const open: Where[] = [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }]
  const due: Where = {
    or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than_equal: op } }],
  }
  const tel = (where: Where) =>
    payload.count({ collection: JOBS, where, overrideAccess: true }).then((r) => r.totalDocs)
  const wachtrijen = await Promise.all(
    queues.map(async (wachtrij): Promise<WachtrijOverzicht> => {
      const q: Where = { queue: { equals: wachtrij } }
      const [wachtend, bezig, mislukt, gepland] = await Promise.all([
        tel({ and: [q, ...open, due, { processing: { equals: false } }] }),
        tel({ and: [q, ...open, { processing: { equals: true } }] }),
        tel({ and: [q, mislukteTakenWhere([wachtrij])] }),
        tel({
          and: [q, ...open, { processing: { equals: false } }, { waitUntil: { greater_than: op } }],
        }),
      ])
      return { wachtrij, wachtend, bezig, mislukt, gepland }
    }),
  )
  const [oudste, worker, oudsteMislukte, controle] = await Promise.all([
    payload.find({
      collection: JOBS,
      where: {
        and: [
          { queue: { in: [...queues] } },
          ...open,
          { or: [{ processing: { equals: true } }, due] },
        ],
      },
      sort: 'createdAt',
      limit: 1,
      depth: 0,
      select: { taskSlug: true, createdAt: true },
      overrideAccess: true,
    }),
    latestWorkerStatus(payload),
    oudsteMislukteTaak(payload),
    laatsteControle(payload),
  ])
  const eerste = oudste.docs[0] as
    { id: string | number; taskSlug?: string; createdAt: string } | undefined
  const leeftijd = (iso: string | null | undefined) =>
    iso ? Math.max(0, Math.round((Date.parse(op) - Date.parse(iso)) / 1000)) : null
  const som = (k: 'wachtend' | 'bezig' | 'mislukt') => wachtrijen.reduce((n, w) => n + w[k], 0)
  return {
    op,
    wachtrijen,
    totaal: { wachtend: som('wachtend'), bezig: som('bezig'), mislukt: som('mislukt') },
    oudsteOpen: eerste
      ? {
          id: String(eerste.id),
          taak: eerste.taskSlug ?? 'onbekend',
          sinds: eerste.createdAt,
          leeftijdSeconden: leeftijd(eerste.createdAt) ?? 0,
        }
      : null,
    worker: worker
      ? {
          hartslag: worker.heartbeatAt ?? null,
          hartslagLeeftijdSeconden: leeftijd(worker.heartbeatAt),
          bezig: worker.running ?? [],
          voortgang: worker.progress ?? null,
        }
      : null,
    laatsteFout: worker?.lastErrorAt
      ? {
          op: worker.lastErrorAt,
          taak: worker.lastErrorTask ?? null,
          bericht: foutVan({ error: verbergAdressen(worker.lastError ?? '') }),
        }
      : oudsteMislukte
        ? { op: oudsteMislukte.op, taak: oudsteMislukte.taak, bericht: oudsteMislukte.bericht }
        : null,
    oudsteMislukte,
    laatsteControle: controle,
  }
}
