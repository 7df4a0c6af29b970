/**
 * The worker process (`npm run start:indexer`): runs every job queue (cms/jobs/queue.ts) one job
 * at a time, with leases and a heartbeat (cms/jobs/worker.ts). It is the single writer of the
 * search index; its heartbeat goes to the database (CMS health) and through the engine's write
 * side (site health). An empty index is rebuilt by a reindex job on the same queue.
 * Logs through the `worker` logger (search-indexer/runtime/logger.ts).
 */
import './runtime/load-env'
import { getPayload } from 'payload'
import config from '../payload.config'
import { loadCmsConfig } from '../cms/config'
import { queueReindexJob, REINDEX_TASK } from '../cms/jobs/queue'
import { JobWorker } from '../cms/jobs/worker'
import { getLogger } from './runtime/logger'
import { herindexerenNodig, sharedWriter } from './sync'

const settings = loadCmsConfig().worker
const log = getLogger('worker')

const payload = await getPayload({ config })
const writer = sharedWriter()

const worker = new JobWorker(payload, {
  ...settings,
  log,
  onStatus: (status) =>
    writer.publishStatus({
      heartbeatAt: status.heartbeatAt,
      startedAt: status.startedAt,
      queue: status.queue,
      running: status.running.length,
      lastErrorAt: status.lastError?.op ?? null,
    }),
})

const stop = (signal: string) => {
  log.info(`${signal}: stoppen na de lopende taak…`)
  worker.stop()
}
process.on('SIGINT', () => stop('SIGINT'))
process.on('SIGTERM', () => stop('SIGTERM'))

// Changed index settings reach a running engine now, not with the first approval after a start.
// An engine that is down is not fatal here: every write prepares again before it writes.
try {
  await writer.prepare()
} catch (error) {
  log.warn({ err: error }, 'Zoekindex niet voorbereid; de eerste schrijfactie probeert het opnieuw')
}

const reden = await herindexerenNodig(writer)
if (reden) {
  const pending = await payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: REINDEX_TASK } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    overrideAccess: true,
  })
  if (pending.totalDocs === 0) {
    await queueReindexJob(payload, reden)
    log.info(`Herindexeren staat in de wachtrij: ${reden}`)
  }
}

await worker.run()
await writer.close()
await payload.destroy()
process.exit(0)
