/**
 * `npm run reindex`: queues a full rebuild of the public index on the worker's queue and follows it
 * with a progress bar. The rebuild runs in the worker, one job at a time with the index work, so a
 * change approved meanwhile is indexed after the swap instead of being lost by it.
 *   --niet-wachten   only queue the job
 *   --check          reconcile: compare the database's public projection with the index and the
 *                    public media store (search-indexer/reconcile.ts), print every difference, exit 1
 *                    when there is any; the result is stored for health and indexer:status
 *   --repair         the same, then queue one index job for exactly those differences (the worker
 *                    stays the single writer), wait for it and check again
 *   --json           with --check or --repair: the result as JSON on stdout
 * Messages go through the `reindex` logger; the progress bar on a terminal is UI and stays a bar.
 */
import './runtime/load-env'
import { getPayload } from 'payload'
import config from '../payload.config'
import { loadCmsConfig } from '../cms/config'
import { bewaarControle } from '../cms/jobs/controle'
import { INDEX_QUEUE, INDEX_TASK, queueReindexJob, REINDEX_TASK } from '../cms/jobs/queue'
import { latestWorkerStatus } from '../cms/jobs/worker'
import { createSearchWriter, engineConfigFromEnv } from './engine'
import { beschrijf, controleer, herstelInvoer, telVerschillen, type Controle } from './reconcile'
import { getLogger, scrub } from './runtime/logger'
import { mediaDoelFromEnv } from './sync'

const log = getLogger('reindex')
const settings = loadCmsConfig().worker
const args = process.argv.slice(2)
const wait = !args.includes('--niet-wachten')
const check = args.includes('--check')
const repair = args.includes('--repair')
const asJson = args.includes('--json')
const payload = await getPayload({ config })

const bar = (done: number, total: number) => {
  const width = 30
  const filled = total > 0 ? Math.round((done / total) * width) : 0
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`
}
const tty = process.stdout.isTTY && !asJson
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

/** Follows a job of the worker until it is done (true) or failed for good (false). */
async function volg(jobId: string | number, wat: string, taak: string): Promise<boolean> {
  const started = Date.now()
  let warnedNoWorker = false
  let lastLine = ''
  for (;;) {
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
      log.info({ seconden }, `${wat} klaar in ${seconden.toFixed(1)} s.`)
      return true
    }
    if (job.hasError) {
      endBar()
      log.error({ fout: scrub(JSON.stringify(job.error)) }, `${wat} mislukt`)
      return false
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
      job.processing && p?.taak === taak
        ? `${wat} ${bar(p.verwerkt, p.totaal)}`
        : job.processing
          ? `${wat} loopt…`
          : 'Wacht op de worker…'
    if (line !== lastLine || tty)
      show(line, p?.taak === taak ? { verwerkt: p.verwerkt, totaal: p.totaal } : {})
    lastLine = line
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

/** Compares, stores the result and prints it. */
async function vergelijk(bron: string): Promise<Controle> {
  const writer = createSearchWriter(engineConfigFromEnv())
  try {
    const controle = await controleer(payload, { writer, media: mediaDoelFromEnv() })
    await bewaarControle(payload, controle, bron)
    return controle
  } finally {
    await writer.close()
  }
}

function druk(controle: Controle, voor?: Controle) {
  if (asJson) {
    process.stdout.write(
      `${JSON.stringify({ ...controle, soorten: telVerschillen(controle.verschillen), ...(voor && { voorHerstel: { ...voor, soorten: telVerschillen(voor.verschillen) } }) }, null, 2)}\n`,
    )
    return
  }
  const t = telVerschillen(controle.verschillen)
  const regels = [
    `Controle van de zoekindex (${controle.op}, ${controle.duurMs} ms)`,
    `  openbaar volgens de database: ${controle.verwacht}, in de zoekindex: ${controle.inIndex}`,
    `  verschillen: ${t.totaal} (ontbreekt ${t.ontbreekt}, over ${t.over}, verouderd ${t.verouderd}; foto’s: ontbreekt ${t.mediaOntbreekt}, over ${t.mediaOver})`,
  ]
  if (controle.wachtend.length)
    regels.push(
      controle.wachtend[0] === 'alles'
        ? '  een volledige herindexering staat in de wachtrij: verschillen worden daarna opgelost'
        : `  nog in de wachtrij (niet meegeteld): ${controle.wachtend.length} locatie(s)`,
    )
  for (const v of controle.verschillen) regels.push(`  ${beschrijf(v)}`)
  process.stdout.write(`${regels.join('\n')}\n`)
}

let exitCode = 0
if (check || repair) {
  const voor = await vergelijk('handmatig')
  if (!repair || voor.verschillen.length === 0) {
    druk(voor)
    exitCode = voor.verschillen.length ? 1 : 0
  } else {
    if (!asJson) druk(voor)
    const job = await payload.jobs.queue({
      task: INDEX_TASK,
      queue: INDEX_QUEUE,
      input: herstelInvoer(voor.verschillen),
    })
    log.info({ taak: job.id }, `Herstel staat in de wachtrij (taak ${job.id}).`)
    const gelukt = await volg(job.id, 'Herstellen', INDEX_TASK)
    const na = await vergelijk('herstel')
    druk(na, voor)
    exitCode = gelukt && na.verschillen.length === 0 ? 0 : 1
  }
} else {
  const jobId = await queueReindexJob(payload, 'npm run reindex')
  log.info({ taak: jobId }, `Herindexeren staat in de wachtrij (taak ${jobId}).`)
  if (wait && !(await volg(jobId, 'Herindexeren', REINDEX_TASK))) exitCode = 1
}
await payload.destroy()
process.exit(exitCode)
