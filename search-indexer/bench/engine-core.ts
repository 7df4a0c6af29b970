/**
 * The embedded engine's core (core.ts) on its own, per query kind, over synthetic locations
 * (BENCH_DOCS, default 40,000): p50 / p95 per kind, no documents read. For profiling
 * (`node --cpu-prof --import tsx search-indexer/bench/engine-core.ts`) and for comparing two
 * versions of the core on the same machine at the same moment:
 *
 *   BENCH_BASELINE=/path/to/old/search-indexer/engine/embedded/core.ts npm run bench:engine
 *
 * builds both indexes from the same rows, runs every query on both (alternating which goes
 * first), and checks that both answer exactly the same (hits, order, distances, totals, facets,
 * labels, map points) before it prints the timings side by side. A checkout of an older commit
 * works as a baseline: `git worktree add /tmp/old <commit>` (its own `node_modules` symlinked
 * to this one's).
 *
 * With BENCH_STORE=<data directory> (one `npm run bench:search` filled, e.g.
 * /tmp/zorgatlas-bench-search) it measures the reader instead (reader.ts: the index built from
 * that store, plus reading the page's documents), and with BENCH_BASELINE the old reader.ts
 * beside the old core.ts.
 *
 * BENCH_COLD=1 turns the new core's first-word cache off, for what a word costs the first
 * time after a change (the kinds repeat a few words, so they are cached after the first query).
 *
 * BENCH_QUERIES: queries per kind (default 300); BENCH_KINDS: a comma separated subset of kind
 * names (substring match); BENCH_VERIFY=0 skips the equality pass.
 */
import { isDeepStrictEqual } from 'node:util'
import { resolve } from 'node:path'
import { EmbeddedIndex, spatialOrder } from '../engine/embedded/core'
import { EmbeddedSearchReader } from '../engine/embedded/reader'
import { embeddedSearchDir } from '../engine/config'
import { indexFields, type IndexFields } from '../engine/embedded/fields'
import type { GazetteerEntry } from '../contract'
import type { MapPoint, SearchQuery } from '../engine/port'
import { header, ms, now, percentile, table } from './common'
import { QUERY_KINDS, VERIFY_KINDS } from './kinds'
import { syntheticDocuments, SYNTHETIC_GAZETTEER } from './synthetic'

const DOCS = Number(process.env.BENCH_DOCS ?? 40_000)
const N = Number(process.env.BENCH_QUERIES ?? 300)
const ONLY = (process.env.BENCH_KINDS ?? '').split(',').filter(Boolean)
const BASELINE = process.env.BENCH_BASELINE
const STORE = process.env.BENCH_STORE

interface Core {
  search: (query: SearchQuery) => unknown
}
type Builder = (rows: IndexFields[], gazetteer: GazetteerEntry[]) => Core

/** The two cores (or one), built from the same synthetic rows. */
const buildCores = async (): Promise<[string, Core][]> => {
  console.log(`Engine core: ${DOCS} synthetic locations, ${N} queries per kind`)
  // in the order a reader builds its index from the store (store.ts `snapshot`)
  const rows = spatialOrder(
    syntheticDocuments(DOCS).map((d, rowid) => ({ ...indexFields(d), rowid })),
  )
  const cold = process.env.BENCH_COLD === '1'
  const builders: [string, Builder][] = [
    [
      'new',
      (r, g) =>
        EmbeddedIndex.buildSync(r, g, cold ? { tokenCache: { maxTokens: 0, maxSlots: 0 } } : {}),
    ],
  ]
  if (cold) console.log('  (new: without the first-word cache)')
  if (BASELINE) {
    const old = (await import(BASELINE)) as { EmbeddedIndex: typeof EmbeddedIndex }
    builders.unshift(['old', (r, g) => old.EmbeddedIndex.buildSync(r, g)])
  }
  return builders.map(([name, build]) => {
    const start = now()
    const core = build(rows, SYNTHETIC_GAZETTEER)
    console.log(`  ${name}: built in ${ms(now() - start)}`)
    return [name, core]
  })
}

/** The two readers (or one) over the same store. */
const openReaders = async (dataDir: string): Promise<[string, Core][]> => {
  const dir = embeddedSearchDir(resolve(dataDir))
  console.log(`Engine reader over ${dir}, ${N} queries per kind`)
  const readers: [string, typeof EmbeddedSearchReader][] = [['new', EmbeddedSearchReader]]
  if (BASELINE) {
    const path = BASELINE.replace(/core\.ts$/, 'reader.ts')
    const old = (await import(path)) as { EmbeddedSearchReader: typeof EmbeddedSearchReader }
    readers.unshift(['old', old.EmbeddedSearchReader])
  }
  const out: [string, Core][] = []
  for (const [name, Reader] of readers) {
    const start = now()
    out.push([name, await Reader.open({ dir, pollMs: 0 })])
    console.log(`  ${name}: opened in ${ms(now() - start)}`)
  }
  return out
}

/** Map points come in no particular order (slot order): compared by id. */
const withSortedPoints = (answer: unknown): unknown => {
  const result = answer as { points?: MapPoint[] }
  return result.points
    ? { ...result, points: [...result.points].sort((x, y) => (x[0] < y[0] ? -1 : 1)) }
    : result
}

const main = async () => {
  const cores = STORE ? await openReaders(STORE) : await buildCores()

  if (cores.length === 2 && process.env.BENCH_VERIFY !== '0') {
    let checked = 0
    for (const kind of [...QUERY_KINDS, ...VERIFY_KINDS]) {
      for (let i = 0; i < 60; i++) {
        const { engine } = kind.make()
        for (const query of [engine, { ...engine, page: 3 }, { ...engine, withPoints: true }]) {
          const a = withSortedPoints(await cores[0]![1].search(query))
          const b = withSortedPoints(await cores[1]![1].search(query))
          if (!isDeepStrictEqual(a, b)) {
            console.error(`DIFFERENT ANSWER for ${kind.name}: ${JSON.stringify(query)}`)
            console.error(JSON.stringify(a).slice(0, 2000))
            console.error(JSON.stringify(b).slice(0, 2000))
            process.exitCode = 1
            return
          }
          checked++
        }
      }
    }
    console.log(`  both cores answered ${checked} queries identically`)
  }

  const kinds = QUERY_KINDS.filter((k) => !ONLY.length || ONLY.some((o) => k.name.includes(o)))
  const wall = cores.map(() => new Map<string, number[]>())
  const cpu = cores.map(() => new Map<string, number[]>())
  for (const kind of kinds) {
    for (let i = 0; i < 20; i++) for (const [, core] of cores) await core.search(kind.make().engine)
    for (const m of [...wall, ...cpu]) m.set(kind.name, [])
    for (let i = 0; i < N; i++) {
      const { engine } = kind.make()
      // alternate which core goes first, so neither always runs on a warmer cache
      const order = i % 2 === 0 ? cores.map((_, c) => c) : cores.map((_, c) => c).reverse()
      for (const c of order) {
        const cpuStart = process.cpuUsage()
        const start = now()
        await cores[c]![1].search(engine)
        const end = now()
        const used = process.cpuUsage(cpuStart)
        wall[c]!.get(kind.name)!.push(end - start)
        cpu[c]!.get(kind.name)!.push((used.user + used.system) / 1000)
      }
    }
  }
  const report = (title: string, times: Map<string, number[]>[]) => {
    header(title)
    const head = ['kind', ...cores.flatMap(([name]) => [`${name} p50`, `${name} p95`])]
    if (cores.length === 2) head.push('p50 old/new', 'p95 old/new')
    const rows: string[][] = [head]
    for (const name of [...kinds.map((k) => k.name), 'all kinds']) {
      const series = times.map((m) =>
        name === 'all kinds' ? [...m.values()].flat() : m.get(name)!,
      )
      const row = [name, ...series.flatMap((t) => [ms(percentile(t, 50)), ms(percentile(t, 95))])]
      if (cores.length === 2) {
        const [a, b] = series as [number[], number[]]
        row.push(
          `${(percentile(a, 50) / percentile(b, 50)).toFixed(1)}×`,
          `${(percentile(a, 95) / percentile(b, 95)).toFixed(1)}×`,
        )
      }
      rows.push(row)
    }
    table(rows)
  }
  report(
    STORE
      ? "Engine reader per kind (the index, then the page's documents), wall time p50 / p95"
      : 'Engine core per kind (no documents read), wall time p50 / p95',
    wall,
  )
  // CPU time of this process during the query: what the query itself costs, without the time it
  // waited for a core another process had (the machine may be shared)
  report('The same queries, CPU time p50 / p95', cpu)
}

await main()
