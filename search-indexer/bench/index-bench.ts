/**
 * Index benchmark (`npm run bench:index`):
 *  1. full reindex from the database of BENCH_DATA_DIR (filled by `npm run bench:data`), on
 *     SQLite and, with TEST_POSTGRES_URL and BENCH_POSTGRES=1, on PostgreSQL: time, with a
 *     progress bar, and its ratio to the engine's raw bulk insert of the same documents;
 *  2. the engine's write side alone on 40,000 synthetic documents: validate + fingerprint +
 *     index fields, the raw bulk insert, a replace that changes nothing, one approval;
 *  3. approval → searchable: 100 single-document writes into an index of 40,000 while the built
 *     site serves it; the time until `/api/zoeken` finds the change, p50/p95;
 *  4. memory (RSS) of one site process and of this process (the indexer's side).
 * Figures only; the load average is printed with them. `-- --database` runs only step 1.
 */
import { existsSync } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { CONTRACT_VERSIE, PublicDocumentSchema } from '../contract'
import { readStoredDocuments, toStoredRow } from '../engine/embedded/store'
import { EmbeddedSearchWriter } from '../engine/embedded/writer'
import { header, mb, ms, percentile, rssOf, startSite, table, time } from './common'
import { syntheticDocuments, SYNTHETIC_GAZETTEER } from './synthetic'

const DOCS = Number(process.env.BENCH_DOCS ?? 40_000)
const APPROVALS = Number(process.env.BENCH_APPROVALS ?? 100)
const DATA_DIR = resolve(process.env.BENCH_DATA_DIR ?? '/tmp/zorgatlas-bench-data')

const bar = (done: number, total: number) => {
  const width = 30
  const filled = total > 0 ? Math.round((done / total) * width) : 0
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`
}

/** Full reindex from the CMS database of a data directory, into a fresh store. */
const reindexFromDatabase = async (
  label: string,
  env: Record<string, string>,
): Promise<{ seconds: number; documents: number; rawSeconds: number } | null> => {
  Object.assign(process.env, env)
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const { reindexAll } = await import('../sync')
  const payload = await getPayload({ config })
  try {
    const dir = join(DATA_DIR, `search-bench-${label}`)
    await rm(dir, { recursive: true, force: true })
    const writer = new EmbeddedSearchWriter({ dir })
    let shown = false
    const [result, total] = await time(() =>
      reindexAll(payload, writer, 500, (done, all) => {
        process.stdout.write(`\r  ${label}: ${bar(done, all)}`)
        shown = true
      }),
    )
    if (shown) process.stdout.write('\n')
    // the raw bulk insert of the same documents (prepared rows, one transaction)
    const docs = readStoredDocuments(dir) ?? []
    const rows = docs.map((d) => toStoredRow(JSON.parse(d.json)))
    await rm(dir, { recursive: true, force: true })
    const raw = new EmbeddedSearchWriter({ dir })
    const [, rawMs] = await time(() => raw.replaceAllRows(rows, SYNTHETIC_GAZETTEER))
    await raw.close()
    await writer.close()
    await rm(dir, { recursive: true, force: true })
    return { seconds: total / 1000, documents: result.publiek, rawSeconds: rawMs / 1000 }
  } finally {
    await payload.destroy()
  }
}

const main = async () => {
  console.log(`Index benchmark: ${DOCS} synthetic documents, ${APPROVALS} approvals`)

  // 1. from the database
  header('Full reindex from the database (reindexAll: read, project, write, swap)')
  const sqlite = join(DATA_DIR, 'zorgatlas.db')
  if (existsSync(sqlite)) {
    const r = await reindexFromDatabase('sqlite', { DATA_DIR, DATABASE_URL: `file:${sqlite}` })
    if (r) {
      table([
        ['database', 'documents', 'reindex', 'raw bulk insert', 'ratio', '≤ 30 s'],
        [
          'SQLite',
          String(r.documents),
          `${r.seconds.toFixed(1)} s`,
          `${r.rawSeconds.toFixed(1)} s`,
          `${(r.seconds / r.rawSeconds).toFixed(1)}×`,
          r.seconds <= 30 ? 'yes' : 'no',
        ],
      ])
    }
  } else {
    console.log(`  (no database in ${DATA_DIR}: run \`npm run bench:data -- 40000\` first)`)
  }
  if (process.env.BENCH_POSTGRES === '1' && process.env.TEST_POSTGRES_URL) {
    const r = await reindexFromDatabase('postgres', {
      DATA_DIR,
      DATABASE_URL: process.env.TEST_POSTGRES_URL,
    })
    if (r)
      console.log(
        `  PostgreSQL: ${r.documents} documents in ${r.seconds.toFixed(1)} s (raw ${r.rawSeconds.toFixed(1)} s)`,
      )
  }

  if (process.argv.includes('--database')) return

  // 2. the write side alone
  const docs = syntheticDocuments(DOCS)
  const siteDataDir = join(DATA_DIR, 'engine-bench')
  const dir = join(siteDataDir, 'search')
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  header("The engine's write side (40,000 documents)")
  const [rows, prepareMs] = await time(() =>
    docs.map((d) => toStoredRow(PublicDocumentSchema.parse(d))),
  )
  const writer = new EmbeddedSearchWriter({ dir })
  const [, rawMs] = await time(() => writer.replaceAllRows(rows, SYNTHETIC_GAZETTEER))
  const [, sameMs] = await time(() => writer.replaceAll(docs, SYNTHETIC_GAZETTEER))
  const changed = docs.map((d) => ({ ...d, bijgewerktOp: '2026-12-01T00:00:00.000Z' }))
  const [, allChangedMs] = await time(() => writer.replaceAll(changed, SYNTHETIC_GAZETTEER))
  const [, oneMs] = await time(() => writer.upsert([{ ...changed[5]!, naam: 'Eén wijziging' }]))
  await writer.publishLabels({ contractVersie: CONTRACT_VERSIE, lijsten: {} })
  table([
    ['step', 'time'],
    ['validate + fingerprint + index fields (40,000)', ms(prepareMs)],
    ['raw bulk insert, one transaction', ms(rawMs)],
    ['replaceAll, nothing changed', ms(sameMs)],
    ['replaceAll, every document changed', ms(allChangedMs)],
    ['upsert of one document', ms(oneMs)],
  ])
  console.log(`  this process (the indexer's side) RSS: ${mb(rssOf(process.pid))}`)

  // 3. approval → searchable, through the built site
  if (!existsSync(resolve('dist/site/server/entry.mjs'))) {
    console.log('\n(no built site: run `npm run build:site` for approval → searchable)')
    await writer.close()
    return
  }
  const site = await startSite(siteDataDir)
  try {
    header(`Approval → searchable (${APPROVALS} writes, the site polls the store)`)
    const latencies: number[] = []
    for (let i = 0; i < APPROVALS; i++) {
      const word = `goedgekeurd${i}x${Date.now().toString(36)}`
      const doc = { ...changed[(i * 397) % changed.length]!, naam: `Huize ${word}` }
      const started = performance.now()
      await writer.upsert([doc])
      for (;;) {
        const response = await fetch(`${site.url}/api/zoeken?q=${word}`)
        const body = (await response.json()) as { totaal?: number }
        if (body.totaal === 1) break
        if (performance.now() - started > 10_000)
          throw new Error(`approval ${i} not searchable in 10 s`)
        await new Promise((r) => setTimeout(r, 10))
      }
      latencies.push(performance.now() - started)
      await new Promise((r) => setTimeout(r, 50 + (i % 7) * 30))
    }
    table([
      ['', 'p50', 'p95', 'max', '≤ 1 s at p95'],
      [
        'approval → searchable',
        ms(percentile(latencies, 50)),
        ms(percentile(latencies, 95)),
        ms(Math.max(...latencies)),
        percentile(latencies, 95) <= 1000 ? 'yes' : 'no',
      ],
    ])
    header('Memory')
    table([
      ['process', 'RSS', '≤ 250 MB'],
      [
        'site (40,000 documents)',
        mb(rssOf(site.child.pid!)),
        rssOf(site.child.pid!) <= 250 * 1024 * 1024 ? 'yes' : 'no',
      ],
      ['this process (indexer side, documents of the bench in memory)', mb(rssOf(process.pid)), ''],
    ])
  } finally {
    await site.stop()
    await writer.close()
  }
}

await main()
// an open PostgreSQL pool would keep the process alive after the figures
process.exit(0)
