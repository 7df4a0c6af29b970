/**
 * GET /api/health — is the CMS up, does its database answer, is the worker running, and has any
 * job failed for good?
 * `ok`: the worker is alive and no job has failed; `degraded`: the CMS serves, but the worker's
 * heartbeat is missing or old (approved changes wait in the queue), or a job has failed for good
 * (an e-mail not sent, a change not public) until a beheerder retries or removes it (cms/domain/
 * taken.ts), or the last reconcile of the search index found differences (`zoekindexControle`;
 * cleared by the next check that finds none); `unavailable` (503): the database does not answer.
 * Error texts are only shown to a beheerder (they may name internals).
 */
import { userOf } from '../access'
import { REGELS } from '../access/regels'
import { loadCmsConfig } from '../config'
import { endpoint } from '../http/endpoint'
import { isBeheerder } from '../domain/roles'
import { gezondheid, verbergAdressen } from '../domain/taken'
import { laatsteControle } from '../jobs/controle'
import { oudsteMislukteTaak } from '../jobs/mislukt'
import { latestWorkerStatus, queueFigures } from '../jobs/worker'

export const healthEndpoint = endpoint({
  path: '/health',
  method: 'get',
  regel: REGELS.iedereen,
  handler: async (req) => {
    const started = Date.now()
    const { staleMs } = loadCmsConfig().worker
    try {
      const [{ totalDocs }, queue, worker, oudsteMislukte, controle] = await Promise.all([
        req.payload.count({ collection: 'organisaties', overrideAccess: true, req }),
        queueFigures(req.payload),
        latestWorkerStatus(req.payload),
        oudsteMislukteTaak(req.payload),
        laatsteControle(req.payload),
      ])
      const heartbeatAgeMs = worker?.heartbeatAt
        ? Date.now() - Date.parse(worker.heartbeatAt)
        : null
      const running = heartbeatAgeMs !== null && heartbeatAgeMs < staleMs
      const beheerder = isBeheerder(userOf(req))
      return Response.json({
        ...gezondheid({
          workerLoopt: running,
          mislukt: queue.failed,
          controleVerschillen: controle?.verschillen ?? null,
        }),
        database: {
          status: 'ok',
          adapter: req.payload.db.name,
          organisaties: totalDocs,
          ms: Date.now() - started,
        },
        worker: {
          status: running ? 'ok' : 'niet-actief',
          hartslag: worker?.heartbeatAt ?? null,
          hartslagLeeftijdMs: heartbeatAgeMs,
          bezig: worker?.running?.length ?? 0,
          voortgang: worker?.progress ?? null,
        },
        wachtrij: {
          aantal: queue.depth,
          oudsteWachtendeSinds: queue.oldestWaitingAt,
          mislukt: queue.failed,
          oudsteMislukte: oudsteMislukte
            ? {
                op: oudsteMislukte.op,
                taak: oudsteMislukte.taak,
                ...(beheerder ? { bericht: oudsteMislukte.bericht } : {}),
              }
            : null,
          laatsteFout: worker?.lastErrorAt
            ? {
                op: worker.lastErrorAt,
                taak: worker.lastErrorTask ?? null,
                ...(beheerder
                  ? { bericht: worker.lastError ? verbergAdressen(worker.lastError) : null }
                  : {}),
              }
            : null,
        },
        // the last reconcile of the search index and the media store with the database
        zoekindexControle: controle
          ? {
              op: controle.op,
              bron: controle.bron,
              verschillen: controle.verschillen,
              soorten: controle.soorten,
              wachtend: controle.wachtend,
            }
          : null,
      })
    } catch (error) {
      req.payload.logger.error({ err: error }, 'Health check failed')
      return Response.json(
        { status: 'unavailable', database: { status: 'unavailable' } },
        { status: 503 },
      )
    }
  },
})
