/**
 * `npm run reindex`: queues a full rebuild of the public index on the worker's queue and follows it
 * with a progress bar. The rebuild runs in the worker, one job at a time with the index work, so a
 * change approved meanwhile is indexed after the swap instead of being lost by it.
 *   --niet-wachten   only queue the job
 * Messages go through the `reindex` logger; the progress bar on a terminal is UI and stays a bar.
 */
import './runtime/load-env'
import { getPayload } from 'payload'
import config from '../payload.config'
import { loadCmsConfig } from '../cms/config'
import { queueReindexJob, REINDEX_TASK } from '../cms/jobs/queue'
import { latestWorkerStatus } from '../cms/jobs/worker'
import { getLogger, scrub } from './runtime/logger'

const log = getLogger('reindex')
const settings = loadCmsConfig().worker
const wait = !process.argv.includes('--niet-wachten')
const payload = await getPayload({ config })
const started = Date.now()
const jobId = await queueReindexJob(payload, 'npm run reindex')
log.info({ taak: jobId }, `Herindexeren staat in de wachtrij (taak ${jobId}).`)

const bar = (done: number, total: number) => {
  const width = 30
  const filled = total > 0 ? Math.round((done / total) * width) : 0
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`
}
const tty = process.stdout.isTTY
/** Whether the bar is on screen without a line end (a log line must start on a new line). */
let barShown = false
const show = (line: string, figures: { verwerkt?: number; totaal?: number } = {}) => {
  if (!tty) return log.info(figures, line)
  process.stdout.write(`\r${line.padEnd(70)}`)
  barShown = true
}
const endBar = () => {
  if (barShown) process.stdout.write('\n')
  barShown = false
}

let exitCode = 0
let warnedNoWorker = false
let lastLine = ''
while (wait) {
  const job = (
    await payload.find({
      collection: 'payload-jobs',
      where: { id: { equals: jobId } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0] as { hasError?: boolean; error?: unknown; processing?: boolean } | undefined
  if (!job) {
    endBar()
    const seconden = (Date.now() - started) / 1000
    log.info({ seconden }, `Herindexeren klaar in ${seconden.toFixed(1)} s.`)
    break
  }
  if (job.hasError) {
    endBar()
    log.error({ fout: scrub(JSON.stringify(job.error)) }, 'Herindexeren mislukt')
    exitCode = 1
    break
  }
  const worker = await latestWorkerStatus(payload)
  const alive =
    worker?.heartbeatAt && Date.now() - Date.parse(worker.heartbeatAt) < settings.staleMs
  if (!alive && !warnedNoWorker) {
    warnedNoWorker = true
    endBar()
    log.warn(
      'Let op: de worker draait niet. Start `npm run start:indexer` (of `npm start`); de taak wacht in de wachtrij.',
    )
  }
  const p = worker?.progress
  const line =
    job.processing && p?.taak === REINDEX_TASK
      ? `Herindexeren ${bar(p.verwerkt, p.totaal)}`
      : job.processing
        ? 'Herindexeren loopt…'
        : 'Wacht op de worker…'
  if (line !== lastLine || tty)
    show(line, p?.taak === REINDEX_TASK ? { verwerkt: p.verwerkt, totaal: p.totaal } : {})
  lastLine = line
  await new Promise((resolve) => setTimeout(resolve, 500))
}
await payload.destroy()
process.exit(exitCode)
