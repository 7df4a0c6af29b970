/**
 * `npm run reindex`: queues a full rebuild of the public index on the worker's queue and follows it
 * with a progress bar. The rebuild runs in the worker, one job at a time with the index work, so a
 * change approved meanwhile is indexed after the swap instead of being lost by it.
 *   --niet-wachten   only queue the job
 */
import { getPayload } from 'payload'
import config from '../payload.config'
import { loadCmsConfig } from '../cms/config'
import { queueReindexJob, REINDEX_TASK } from '../cms/jobs/queue'
import { latestWorkerStatus } from '../cms/jobs/worker'

const settings = loadCmsConfig().worker
const wait = !process.argv.includes('--niet-wachten')
const payload = await getPayload({ config })
const started = Date.now()
const jobId = await queueReindexJob(payload, 'npm run reindex')
console.log(`Herindexeren staat in de wachtrij (taak ${jobId}).`)

const bar = (done: number, total: number) => {
  const width = 30
  const filled = total > 0 ? Math.round((done / total) * width) : 0
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`
}
const tty = process.stdout.isTTY
const show = (line: string) =>
  tty ? process.stdout.write(`\r${line.padEnd(70)}`) : console.log(line)

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
    if (tty) process.stdout.write('\n')
    console.log(`Herindexeren klaar in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
    break
  }
  if (job.hasError) {
    if (tty) process.stdout.write('\n')
    console.error('Herindexeren mislukt:', JSON.stringify(job.error))
    exitCode = 1
    break
  }
  const worker = await latestWorkerStatus(payload)
  const alive =
    worker?.heartbeatAt && Date.now() - Date.parse(worker.heartbeatAt) < settings.staleMs
  if (!alive && !warnedNoWorker) {
    warnedNoWorker = true
    console.log(
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
  if (line !== lastLine || tty) show(line)
  lastLine = line
  await new Promise((resolve) => setTimeout(resolve, 500))
}
await payload.destroy()
process.exit(exitCode)
