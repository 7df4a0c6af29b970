/**
 * GET /api/health — is the CMS up, does its database answer, and is the worker running?
 * `ok`: all well; `degraded`: the CMS serves, but the worker's heartbeat is missing or old, so
 * approved changes wait in the queue; `unavailable` (503): the database does not answer.
 * The last error's text is only shown to a beheerder (it may name internals).
 */
import { userOf } from '../access'
import { REGELS } from '../access/regels'
import { loadCmsConfig } from '../config'
import { endpoint } from '../http/endpoint'
import { isBeheerder } from '../domain/roles'
import { latestWorkerStatus, queueFigures } from '../jobs/worker'

export const healthEndpoint = endpoint({
  path: '/health',
  method: 'get',
  regel: REGELS.iedereen,
  handler: async (req) => {
    const started = Date.now()
    const { staleMs } = loadCmsConfig().worker
    try {
      const [{ totalDocs }, queue, worker] = await Promise.all([
        req.payload.count({ collection: 'organisaties', overrideAccess: true, req }),
        queueFigures(req.payload),
        latestWorkerStatus(req.payload),
      ])
      const heartbeatAgeMs = worker?.heartbeatAt
        ? Date.now() - Date.parse(worker.heartbeatAt)
        : null
      const running = heartbeatAgeMs !== null && heartbeatAgeMs < staleMs
      return Response.json({
        status: running ? 'ok' : 'degraded',
        ...(running ? {} : { reden: 'De worker draait niet: goedgekeurde wijzigingen wachten.' }),
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
          laatsteFout: worker?.lastErrorAt
            ? {
                op: worker.lastErrorAt,
                taak: worker.lastErrorTask ?? null,
                ...(isBeheerder(userOf(req)) ? { bericht: worker.lastError ?? null } : {}),
              }
            : null,
        },
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
