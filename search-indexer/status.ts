/**
 * `npm run indexer:status`: the worker's queues from the database, without the CMS — jobs that
 * wait, run and failed for good per queue, the oldest open job and its age, the worker's heartbeat
 * and last error, and the last reconcile (cms/jobs/overzicht.ts).
 *   --json   the same as JSON, for monitoring
 * Exits 0; 2 when the database cannot be read.
 */
import './runtime/load-env'
import { getPayload } from 'payload'
import config from '../payload.config'
import { indexerOverzicht, type IndexerOverzicht } from '../cms/jobs/overzicht'

const asJson = process.argv.includes('--json')

const duur = (s: number | null | undefined) =>
  s === null || s === undefined
    ? '-'
    : s < 120
      ? `${s} s`
      : s < 7200
        ? `${Math.round(s / 60)} min`
        : `${(s / 3600).toFixed(1)} uur`

export function tekst(o: IndexerOverzicht): string {
  const r: string[] = [`Status van de worker en zijn wachtrijen (${o.op})`, '']
  r.push('  wachtrij     wachtend  bezig  mislukt  gepland')
  for (const w of o.wachtrijen)
    r.push(
      `  ${w.wachtrij.padEnd(12)} ${String(w.wachtend).padStart(8)} ${String(w.bezig).padStart(6)} ${String(w.mislukt).padStart(8)} ${String(w.gepland).padStart(8)}`,
    )
  r.push('')
  r.push(
    o.oudsteOpen
      ? `  oudste open taak: ${o.oudsteOpen.taak} (taak ${o.oudsteOpen.id}), ${duur(o.oudsteOpen.leeftijdSeconden)} oud`
      : '  oudste open taak: geen',
  )
  r.push(
    o.worker
      ? `  worker: laatste hartslag ${duur(o.worker.hartslagLeeftijdSeconden)} geleden${o.worker.bezig.length ? `, bezig met ${o.worker.bezig.map((b) => b.taak).join(', ')}` : ''}${o.worker.voortgang ? ` (${o.worker.voortgang.verwerkt}/${o.worker.voortgang.totaal})` : ''}`
      : '  worker: nooit gestart',
  )
  r.push(
    o.laatsteFout
      ? `  laatste fout: ${o.laatsteFout.op ?? '?'} ${o.laatsteFout.taak ?? ''}: ${o.laatsteFout.bericht}`
      : '  laatste fout: geen',
  )
  if (o.oudsteMislukte)
    r.push(`  oudste mislukte taak: ${o.oudsteMislukte.taak} op ${o.oudsteMislukte.op ?? '?'}`)
  const c = o.laatsteControle
  r.push(
    c
      ? `  laatste controle van de zoekindex: ${c.op} (${c.bron}): ${c.verschillen} verschil(len)${c.verschillen ? ` ${JSON.stringify(c.soorten)}` : ''}`
      : '  laatste controle van de zoekindex: nog nooit (npm run reindex -- --check)',
  )
  return `${r.join('\n')}\n`
}

let exitCode = 0
try {
  const payload = await getPayload({ config })
  const overzicht = await indexerOverzicht(payload)
  process.stdout.write(asJson ? `${JSON.stringify(overzicht, null, 2)}\n` : tekst(overzicht))
  await payload.destroy()
} catch (error) {
  process.stderr.write(
    `De status kon niet worden gelezen: ${error instanceof Error ? error.message : String(error)}\n`,
  )
  exitCode = 2
}
process.exit(exitCode)
