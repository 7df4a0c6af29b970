/**
 * Search benchmark on 40,000 synthetic locations (synthetic.ts; BENCH_DOCS to change):
 *  1. the two candidates of ADR 0015 on the same documents and queries: our in-memory index with
 *     bitsets (core.ts) and SQLite FTS5 + R*Tree + GROUP BY (candidate-fts5.ts);
 *  2. the engine as the site uses it (the reader over the store: index, then the page's
 *     documents), p50/p95 per query kind, including 1–2 letter prefixes;
 *  3. `/api/zoeken` of the built site (`npm run build:site`) on the same store, one client, per
 *     kind, with its ratio to the engine; and requests per second under 50 connections.
 * Figures only, no pass/fail: the machine is shared, so the load average is printed with them.
 * Run: `npm run bench:search` (BENCH_DATA_DIR: a data directory to use or fill; BENCH_SITE=0
 * skips the site; BENCH_CANDIDATES=0 skips the two candidates; BENCH_QUERIES: queries per kind).
 */
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import autocannon from 'autocannon'
import { CONTRACT_VERSIE, type PublicDocument } from '../contract'
import { EmbeddedIndex } from '../engine/embedded/core'
import { indexFields } from '../engine/embedded/fields'
import { EmbeddedSearchReader } from '../engine/embedded/reader'
import { storePath } from '../engine/embedded/store'
import { EmbeddedSearchWriter } from '../engine/embedded/writer'
import { embeddedSearchDir } from '../engine/config'
import { Fts5Candidate } from './candidate-fts5'
import { header, mb, ms, percentile, rssOf, startSite, table, time, timedGets } from './common'
import { QUERY_KINDS } from './kinds'
import { syntheticDocuments, SYNTHETIC_GAZETTEER } from './synthetic'

const DOCS = Number(process.env.BENCH_DOCS ?? 40_000)
const N = Number(process.env.BENCH_QUERIES ?? 300)
const DATA_DIR = resolve(process.env.BENCH_DATA_DIR ?? '/tmp/zorgatlas-bench-search')
const TARGET = { engineP95: 10, siteRatio: 1.5, siteExtraMs: 5, reqPerSec: 300 }

const candidates = async (docs: PublicDocument[]) => {
  header('Candidates (engine core only, no documents read), p50 / p95 per kind')
  const [index, buildA] = await time(() =>
    EmbeddedIndex.build(docs.map(indexFields), SYNTHETIC_GAZETTEER),
  )
  const [fts, buildB] = await time(() => new Fts5Candidate(docs))
  const rowsC: string[][] = [['kind', 'A: own index p50', 'p95', 'B: FTS5 p50', 'p95', 'B/A p95']]
  for (const kind of QUERY_KINDS) {
    const a: number[] = []
    const b: number[] = []
    for (let i = 0; i < Math.max(20, N / 10); i++) {
      const { engine } = kind.make()
      const [, ta] = await time(() => index.search(engine))
      const [, tb] = await time(() => fts.search(engine))
      a.push(ta)
      b.push(tb)
    }
    rowsC.push([
      kind.name,
      ms(percentile(a, 50)),
      ms(percentile(a, 95)),
      ms(percentile(b, 50)),
      ms(percentile(b, 95)),
      `${(percentile(b, 95) / percentile(a, 95)).toFixed(1)}×`,
    ])
  }
  table(rowsC)
  console.log(`  build: A ${ms(buildA)}, B ${ms(buildB)}`)
}

const main = async () => {
  console.log(`Search benchmark: ${DOCS} synthetic locations, ${N} queries per kind`)
  // generated only when needed, and let go before the site is timed: 40,000 documents in this
  // process made its own garbage collection part of the one-client timings
  let docs: PublicDocument[] | null = null
  const documents = () => (docs ??= syntheticDocuments(DOCS))

  // 1. the candidates, in memory, same queries
  if (process.env.BENCH_CANDIDATES !== '0') await candidates(documents())

  // 2. the engine through the store, as the site reads it
  const dir = embeddedSearchDir(DATA_DIR)
  if (!existsSync(storePath(dir))) {
    await mkdir(dir, { recursive: true })
    const writer = new EmbeddedSearchWriter({ dir })
    const [, fill] = await time(async () => {
      await writer.replaceAll(documents(), SYNTHETIC_GAZETTEER)
      await writer.publishLabels({ contractVersie: CONTRACT_VERSIE, lijsten: {} })
    })
    await writer.close()
    console.log(`\n(filled ${dir} with ${DOCS} documents in ${ms(fill)})`)
  }
  const [reader, openMs] = await time(() => EmbeddedSearchReader.open({ dir, pollMs: 0 }))
  header(`Engine (reader over the store: index + the page's documents), opened in ${ms(openMs)}`)
  const engineP95 = new Map<string, number>()
  const all: number[] = []
  const allCpu: number[] = []
  // CPU time: what the query cost this process, without waiting for a core (the machine may be
  // shared: a busy machine inflates the wall-clock p95, not the CPU time)
  const rowsE: string[][] = [
    ['kind', 'p50', 'p95', 'CPU p50', 'CPU p95', 'avg hits', 'p95 ≤ 10 ms'],
  ]
  for (const kind of QUERY_KINDS) {
    for (let i = 0; i < 30; i++) await reader.search(kind.make().engine)
    const times: number[] = []
    const cpu: number[] = []
    let hits = 0
    for (let i = 0; i < N; i++) {
      const cpuStart = process.cpuUsage()
      const [result, t] = await time(() => reader.search(kind.make().engine))
      const used = process.cpuUsage(cpuStart)
      times.push(t)
      cpu.push((used.user + used.system) / 1000)
      hits += result.total
    }
    all.push(...times)
    allCpu.push(...cpu)
    engineP95.set(kind.name, percentile(times, 95))
    rowsE.push([
      kind.name,
      ms(percentile(times, 50)),
      ms(percentile(times, 95)),
      ms(percentile(cpu, 50)),
      ms(percentile(cpu, 95)),
      String(Math.round(hits / N)),
      percentile(times, 95) <= TARGET.engineP95 ? 'yes' : 'no',
    ])
  }
  rowsE.push([
    'all kinds',
    ms(percentile(all, 50)),
    ms(percentile(all, 95)),
    ms(percentile(allCpu, 50)),
    ms(percentile(allCpu, 95)),
    '',
    percentile(all, 95) <= TARGET.engineP95 ? 'yes' : 'no',
  ])
  table(rowsE)
  globalThis.gc?.()
  console.log(`  heap of this process with the reader: ${mb(process.memoryUsage().heapUsed)}`)
  await reader.close()
  docs = null
  globalThis.gc?.()

  if (process.env.BENCH_SITE === '0') return
  if (!existsSync(resolve('dist/site/server/entry.mjs'))) {
    console.log('\n(no built site: run `npm run build:site` for the /api/zoeken figures)')
    return
  }
  // 3. the site
  const site = await startSite(DATA_DIR)
  try {
    header(
      `/api/zoeken, one client (site pid ${site.child.pid}, RSS ${mb(rssOf(site.child.pid!))})`,
    )
    // a fresh process compiles its code paths as they come (V8 optimises a function after it
    // ran often): every kind is served 200 times before any is timed, as a site in use has been
    for (const kind of QUERY_KINDS) {
      for (let i = 0; i < 200; i++) await timedGets(site.url + kind.make().path, 1)
    }
    const rowsS: string[][] = [['kind', 'p50', 'p95', 'engine p95', 'ratio', 'target', 'met']]
    for (const kind of QUERY_KINDS) {
      const urls = Array.from({ length: N }, () => site.url + kind.make().path)
      const times: number[] = []
      for (const url of urls) times.push(...(await timedGets(url, 1)))
      const e = engineP95.get(kind.name)!
      const limit = TARGET.siteRatio * e + TARGET.siteExtraMs
      const p95 = percentile(times, 95)
      rowsS.push([
        kind.name,
        ms(percentile(times, 50)),
        ms(p95),
        ms(e),
        `${(p95 / e).toFixed(1)}×`,
        `≤ ${ms(limit)}`,
        p95 <= limit ? 'yes' : 'no',
      ])
    }
    table(rowsS)

    header('/api/zoeken under 50 connections, 8 s per kind (autocannon)')
    const rowsL: string[][] = [['kind', 'req/s', 'p50', 'p97.5', 'errors', '≥ 300 req/s']]
    for (const kind of QUERY_KINDS) {
      const requests = Array.from({ length: 200 }, () => ({ path: kind.make().path }))
      const result = await autocannon({
        url: site.url,
        connections: 50,
        duration: Number(process.env.BENCH_LOAD_SECONDS ?? 8),
        requests,
      })
      const errors = result.errors + result.timeouts + result.non2xx
      rowsL.push([
        kind.name,
        result.requests.average.toFixed(0),
        ms(result.latency.p50),
        ms(result.latency.p97_5),
        String(errors),
        result.requests.average >= TARGET.reqPerSec ? 'yes' : 'no',
      ])
    }
    const detail = await autocannon({ url: `${site.url}/locatie/1`, connections: 50, duration: 5 })
    rowsL.push([
      'detail page',
      detail.requests.average.toFixed(0),
      ms(detail.latency.p50),
      ms(detail.latency.p97_5),
      String(detail.errors + detail.non2xx),
      '',
    ])
    table(rowsL)
    console.log(`  site RSS after the load: ${mb(rssOf(site.child.pid!))}`)
  } finally {
    await site.stop()
  }
}

await main()
