/** Small helpers shared by the benchmark scripts: timing, percentiles, tables, the machine. */
import http from 'node:http'
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { SITE_NODE_ENV, SITE_NODE_FLAGS } from '../../site/server/node-flags'

export const now = (): number => performance.now()

export const time = async <T>(fn: () => T | Promise<T>): Promise<[T, number]> => {
  const start = performance.now()
  const value = await fn()
  return [value, performance.now() - start]
}

export const ms = (n: number): string =>
  Number.isFinite(n) ? `${n.toFixed(n < 10 ? 2 : 0)} ms` : '–'
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`

export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}

/** The machine's load right now: other work on the same cores changes every figure. */
export const loadavg = (): string => {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
  } catch {
    return 'unknown'
  }
}

export const header = (title: string): void => {
  console.log(`\n${title}`)
  console.log(`  (Node ${process.version}, load average ${loadavg()})`)
}

export const table = (rows: string[][]): void => {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)))
  for (const row of rows) {
    console.log(
      `  ${row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')}`,
    )
  }
}

/** RSS of a process in bytes (Linux), or NaN. */
export const rssOf = (pid: number): number => {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1]
    return kb ? Number(kb) * 1024 : NaN
  } catch {
    return NaN
  }
}

export const freePort = (): Promise<number> =>
  new Promise((resolvePort, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0))
    })
  })

export interface RunningSite {
  url: string
  child: ChildProcess
  stop: () => Promise<void>
}

/**
 * Start the built site (`npm run build:site`) on a data directory and wait until its search
 * answers (not 503 "starting").
 */
export const startSite = async (
  dataDir: string,
  port?: number,
  timeoutMs = 120_000,
): Promise<RunningSite> => {
  const p = port ?? (await freePort())
  const entry = resolve('dist/site/server/entry.mjs')
  // BENCH_SITE_FLAGS: other V8 flags for the site, to compare them ('' for Node's defaults)
  const flags =
    process.env.BENCH_SITE_FLAGS === undefined
      ? SITE_NODE_FLAGS
      : process.env.BENCH_SITE_FLAGS.split(' ').filter(Boolean)
  const child = spawn(process.execPath, [...flags, entry], {
    env: {
      ...SITE_NODE_ENV,
      ...process.env,
      DATA_DIR: dataDir,
      SITE_PORT: String(p),
      PORT: String(p),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const url = `http://127.0.0.1:${p}`
  const started = now()
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the site exited with code ${child.exitCode}`)
    try {
      const response = await fetch(`${url}/api/zoeken?q=zorg`)
      await response.arrayBuffer()
      if (response.status === 200) break
    } catch {
      // not listening yet
    }
    if (now() - started > timeoutMs) throw new Error('the site did not become ready in time')
    await new Promise((r) => setTimeout(r, 200))
  }
  return {
    url,
    child,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done()
        child.once('exit', () => done())
        child.kill('SIGTERM')
      }),
  }
}

/** Sequential GETs (one client): latencies in ms; throws on a non-200 answer. */
/** One keep-alive connection for the one-client timings, as a browser keeps one. */
const oneClient = new http.Agent({ keepAlive: true, maxSockets: 1 })

/**
 * GETs `url` `n` times in a row and returns each time. Asks for brotli or gzip as a browser does,
 * but reads the bytes as they come, without decompressing them: `fetch` decompresses through a
 * web-stream pipeline, which cost this client about 2.5 ms per 25 KB answer and was counted as
 * the site's time.
 */
export const timedGets = async (url: string, n: number): Promise<number[]> => {
  const times: number[] = []
  for (let i = 0; i < n; i++) {
    const start = now()
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.get(
        url,
        { agent: oneClient, headers: { 'Accept-Encoding': 'br, gzip' } },
        (response) => {
          response.on('data', () => undefined)
          response.on('end', () => resolve(response.statusCode ?? 0))
          response.on('error', reject)
        },
      )
      request.on('error', reject)
    })
    if (status !== 200) throw new Error(`${url} answered ${status}`)
    times.push(now() - start)
  }
  return times
}
