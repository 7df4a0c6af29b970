/**
 * Load benchmark (`npm run bench:load`) against the built site on 40,000 synthetic documents:
 *  1. searches of every kind and detail pages at a fixed 200 requests per second for 60 s, while
 *     an editor's approval is written to the index every second: errors and latencies;
 *  2. searches while a full reindex replaces every document (a tenth of them removed, the rest
 *     changed): every answer must succeed and count either the old set or the new one, never a
 *     mix.
 * BENCH_RATE, BENCH_SECONDS change the first part; BENCH_DATA_DIR the data directory.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import autocannon from 'autocannon'
import { CONTRACT_VERSIE } from '../contract'
import { EmbeddedSearchWriter } from '../engine/embedded/writer'
import { header, mb, ms, percentile, rssOf, startSite, table } from './common'
import { QUERY_KINDS } from './kinds'
import { naDeHerindexering } from './load-set'
import { syntheticDocuments, SYNTHETIC_GAZETTEER } from './synthetic'

/** Run the full reindex in a child process (reindex-child.ts); its write time in ms. */
const herindexeerInEigenProces = (dir: string, n: number): Promise<number> =>
  new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', resolve('search-indexer/bench/reindex-child.ts'), dir, String(n)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`reindex-child exited with ${code}`))
      resolvePromise((JSON.parse(out) as { ms: number }).ms)
    })
  })

const DOCS = Number(process.env.BENCH_DOCS ?? 40_000)
const RATE = Number(process.env.BENCH_RATE ?? 200)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60)
const DATA_DIR = resolve(process.env.BENCH_DATA_DIR ?? '/tmp/zorgatlas-bench-load')

const main = async () => {
  if (!existsSync(resolve('dist/site/server/entry.mjs'))) {
    throw new Error('no built site: run `npm run build:site` first')
  }
  const docs = syntheticDocuments(DOCS)
  const dir = join(DATA_DIR, 'search')
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  const writer = new EmbeddedSearchWriter({ dir })
  await writer.replaceAll(docs, SYNTHETIC_GAZETTEER)
  await writer.publishLabels({ contractVersie: CONTRACT_VERSIE, lijsten: {} })
  const site = await startSite(DATA_DIR)
  try {
    // 1. steady load with an approval every second
    header(
      `${RATE} requests/s for ${SECONDS} s (every kind of search, detail pages), one approval per second`,
    )
    const requests = Array.from({ length: 400 }, (_, i) =>
      i % 5 === 4
        ? { path: `/locatie/${1 + ((i * 7919) % DOCS)}` }
        : { path: QUERY_KINDS[i % QUERY_KINDS.length]!.make().path },
    )
    let approvals = 0
    let approvalErrors = 0
    const editor = setInterval(() => {
      const doc = docs[(approvals * 1013) % docs.length]!
      approvals++
      writer.upsert([{ ...doc, naam: `${doc.naam} (${approvals})` }]).catch(() => approvalErrors++)
    }, 1000)
    const result = await autocannon({
      url: site.url,
      connections: 50,
      overallRate: RATE,
      duration: SECONDS,
      requests,
    })
    clearInterval(editor)
    table([
      [
        'requests',
        'req/s',
        'p50',
        'p97.5',
        'p99',
        'max',
        'errors',
        'non-2xx',
        'timeouts',
        'approvals',
      ],
      [
        String(result.requests.total),
        result.requests.average.toFixed(0),
        ms(result.latency.p50),
        ms(result.latency.p97_5),
        ms(result.latency.p99),
        ms(result.latency.max),
        String(result.errors),
        String(result.non2xx),
        String(result.timeouts),
        `${approvals} (${approvalErrors} failed)`,
      ],
    ])
    console.log(`  site RSS: ${mb(rssOf(site.child.pid!))}`)

    // 2. searches during a full reindex
    header('Searches during a full reindex of every document')
    const path = '/api/zoeken?soortZorg=dagbesteding&perPagina=1'
    const count = async () => {
      const response = await fetch(site.url + path)
      const body = (await response.json()) as { totaal?: number }
      return { status: response.status, totaal: body.totaal ?? -1 }
    }
    const next = naDeHerindexering(docs)
    const before = (await count()).totaal
    const after = next.filter((d) => d.soortZorg.code === 'dagbesteding').length
    let done = false
    const seen = new Map<number, number>()
    const statuses = new Map<number, number>()
    /** why a request got no answer (status 0): the error's name and message, counted */
    const failures = new Map<string, number>()
    const latencies: number[] = []
    const client = async () => {
      while (!done) {
        const started = performance.now()
        const { status, totaal } = await count().catch((error: unknown) => {
          const why = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
          const cause = error instanceof Error && error.cause ? ` (${String(error.cause)})` : ''
          failures.set(why + cause, (failures.get(why + cause) ?? 0) + 1)
          return { status: 0, totaal: -1 }
        })
        latencies.push(performance.now() - started)
        statuses.set(status, (statuses.get(status) ?? 0) + 1)
        seen.set(totaal, (seen.get(totaal) ?? 0) + 1)
      }
    }
    const clients = Array.from({ length: 8 }, client)
    const reindexStarted = performance.now()
    // in its own process, like the indexer: a synchronous write here would stop the clients
    const written = await herindexeerInEigenProces(dir, DOCS)
    // until the site serves the new set, and a little longer
    for (;;) {
      if ((await count()).totaal === after) break
      if (performance.now() - reindexStarted > 120_000) break
      await new Promise((r) => setTimeout(r, 100))
    }
    const served = performance.now() - reindexStarted
    await new Promise((r) => setTimeout(r, 1000))
    done = true
    await Promise.all(clients)
    const partial = [...seen].filter(([t]) => t !== before && t !== after)
    table([
      [
        'searches',
        'statuses',
        'old total',
        'new total',
        'other totals',
        'p50',
        'p95',
        'max',
        'written',
        'served',
      ],
      [
        String(latencies.length),
        [...statuses].map(([s, n]) => `${s}: ${n}`).join(', '),
        `${before} (${seen.get(before) ?? 0}×)`,
        `${after} (${seen.get(after) ?? 0}×)`,
        partial.length ? partial.map(([t, n]) => `${t} (${n}×)`).join(', ') : 'none',
        ms(percentile(latencies, 50)),
        ms(percentile(latencies, 95)),
        ms(Math.max(...latencies)),
        ms(written),
        ms(served),
      ],
    ])
    for (const [why, n] of failures) console.log(`  no answer ${n}×: ${why}`)
  } finally {
    await site.stop()
    await writer.close()
  }
}

await main()
