/**
 * The indexer worker (`npm run start:indexer`): runs the `zoekindex` jobs queue in a loop. Each job
 * converges some locations to their Definitief state in the search engine. On start, an empty
 * engine is filled by a full reindex. Single writer of the embedded engine.
 */
import { getPayload } from 'payload'
import config from '../payload.config'
import { INDEX_QUEUE } from '../cms/jobs/queue'
import { reindexAll, sharedWriter } from './sync'

const POLL_MS = Number(process.env.INDEXER_POLL_MS ?? 500)
const log = (msg: string) => console.log(`${new Date().toISOString()} ${msg}`)

const payload = await getPayload({ config })
const writer = sharedWriter()
let stopping = false

async function shutdown(signal: string) {
  if (stopping) return
  stopping = true
  log(`${signal}: stoppen…`)
}
process.on('SIGINT', () => void shutdown('SIGINT'))
process.on('SIGTERM', () => void shutdown('SIGTERM'))

if ((await writer.count()) === 0) {
  const started = Date.now()
  const result = await reindexAll(payload, writer)
  log(
    `Zoekindex opgebouwd: ${result.publiek} openbare locaties van ${result.locaties} (${Date.now() - started} ms)`,
  )
}
log(`Indexer draait; wachtrij "${INDEX_QUEUE}" elke ${POLL_MS} ms`)

while (!stopping) {
  try {
    const result = await payload.jobs.run({ queue: INDEX_QUEUE, limit: 50 })
    const ran = Object.keys(result.jobStatus ?? {}).length
    if (ran > 0)
      log(`${ran} indexeertaak/taken uitgevoerd; nog ${result.remainingJobsFromQueried} over`)
    if (ran === 0 || result.noJobsRemaining) await new Promise((r) => setTimeout(r, POLL_MS))
  } catch (error) {
    // Not swallowed: logged loudly, and the jobs stay in the queue to be retried.
    console.error('Indexer: fout bij het uitvoeren van de wachtrij', error)
    await new Promise((r) => setTimeout(r, POLL_MS * 4))
  }
}
await writer.close()
await payload.destroy()
process.exit(0)
