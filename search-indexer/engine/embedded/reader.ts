/**
 * The read side of the embedded engine. Queries run in a worker thread that loads the snapshot
 * and follows it; when no worker can be started the same code runs in-thread (with a warning).
 *
 * Finding the worker code at runtime:
 *  1. `workerFile` option or SEARCH_WORKER_FILE: a plain JS file (the bundle below);
 *  2. running from TypeScript source (tsx, vitest, astro dev): `worker.ts` loaded with tsx;
 *  3. the bundle `search-worker.mjs` next to this module, or `dist/search-worker/search-worker.mjs`
 *     under the working directory (made by `npm run build:search-worker`);
 *  4. otherwise in-thread.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { GazetteerEntry, IndexerStatus, LabelTabel, PublicDocument } from '../../contract'
import type { EngineHealth, SearchQuery, SearchReader, SearchResult } from '../port'
import { emptyResult } from '../shared/results'
import type { WorkerInit, WorkerRequest, WorkerResponse } from './protocol'
import { SnapshotServer } from './serving'
import { readLabels, readStatus } from './side-files'

export const WORKER_BUNDLE = 'dist/search-worker/search-worker.mjs'

export interface EmbeddedReaderOptions {
  dir: string
  /** 'auto' (default): worker, in-thread if that fails; 'worker': fail if no worker; 'inline' */
  mode?: 'auto' | 'worker' | 'inline'
  /** path of the bundled worker (see module comment) */
  workerFile?: string
  /** snapshot poll interval in ms (default 1000) */
  pollMs?: number
  log?: (level: 'info' | 'warn' | 'error', message: string) => void
}

type Method = WorkerRequest['method']
type Args<M extends Method> = Extract<WorkerRequest, { method: M }>['args']

interface Backend {
  readonly kind: 'worker' | 'inline'
  call<M extends Method>(method: M, args: Args<M>): Promise<unknown>
  close(): Promise<void>
}

const defaultLog = (level: 'info' | 'warn' | 'error', message: string) => {
  if (level !== 'info') console[level](`[search] ${message}`)
}

class InlineBackend implements Backend {
  readonly kind = 'inline'
  private constructor(private readonly server: SnapshotServer) {}

  static async start(options: EmbeddedReaderOptions): Promise<InlineBackend> {
    const server = new SnapshotServer({
      dir: options.dir,
      pollMs: options.pollMs,
      log: options.log ?? defaultLog,
    })
    await server.start()
    return new InlineBackend(server)
  }

  async call<M extends Method>(method: M, args: Args<M>): Promise<unknown> {
    const s = this.server
    const a = args as unknown[]
    switch (method) {
      case 'search':
        return s.search(a[0] as SearchQuery)
      case 'getDocument':
        return s.getDocument(a[0] as string)
      case 'findWoonplaatsen':
        return s.findWoonplaatsen(a[0] as string, a[1] as number | undefined)
      case 'getGazetteer':
        return s.getGazetteer()
      case 'health':
        return s.health()
      case 'refresh':
        return s.refresh()
    }
    throw new Error(`unknown method ${String(method)}`)
  }

  async close(): Promise<void> {
    this.server.stop()
  }
}

interface WorkerEntry {
  url: URL
  execArgv?: string[]
}

export const resolveWorkerEntry = (workerFile?: string): WorkerEntry | null => {
  const explicit = workerFile ?? process.env.SEARCH_WORKER_FILE
  if (explicit) return { url: pathToFileURL(resolve(explicit)) }
  const here = import.meta.url
  if (here.endsWith('.ts')) {
    return { url: new URL('./worker.ts', here), execArgv: ['--import', 'tsx'] }
  }
  const candidates = [new URL('./search-worker.mjs', here), pathToFileURL(resolve(WORKER_BUNDLE))]
  for (const url of candidates) {
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return { url }
  }
  return null
}

class WorkerBackend implements Backend {
  readonly kind = 'worker'
  private nextId = 1
  private readonly pending = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: Error) => void }
  >()
  private exited: Error | null = null
  private closing = false

  private constructor(
    private readonly worker: Worker,
    private readonly onCrash: (error: Error) => void,
  ) {}

  static start(
    entry: WorkerEntry,
    options: EmbeddedReaderOptions,
    onCrash: (error: Error) => void,
  ): Promise<WorkerBackend> {
    const log = options.log ?? defaultLog
    const init: WorkerInit = { dir: resolve(options.dir), pollMs: options.pollMs }
    const worker = new Worker(entry.url, {
      workerData: init,
      ...(entry.execArgv && { execArgv: entry.execArgv }),
    })
    const backend = new WorkerBackend(worker, onCrash)
    return new Promise((resolvePromise, reject) => {
      let ready = false
      worker.on('message', (message: WorkerResponse) => {
        if (message.type === 'ready') {
          ready = true
          worker.unref()
          resolvePromise(backend)
        } else if (message.type === 'log') {
          log(message.level, message.message)
        } else {
          backend.settle(message)
        }
      })
      worker.on('error', (error) => {
        if (!ready) reject(error)
        else backend.crashed(error)
      })
      worker.on('exit', (code) => {
        const error = new Error(`search worker exited with code ${code}`)
        if (!ready) reject(error)
        else backend.crashed(error)
      })
    })
  }

  call<M extends Method>(method: M, args: Args<M>): Promise<unknown> {
    if (this.exited) return Promise.reject(this.exited)
    const id = this.nextId++
    // keep the process alive while an answer is due, not while idle
    if (this.pending.size === 0) this.worker.ref()
    return new Promise((resolvePromise, reject) => {
      this.pending.set(id, { resolve: resolvePromise, reject })
      this.worker.postMessage({ id, method, args } as WorkerRequest)
    })
  }

  async close(): Promise<void> {
    this.closing = true
    await this.worker.terminate()
  }

  private settle(message: Extract<WorkerResponse, { type: 'result' }>): void {
    const waiter = this.pending.get(message.id)
    if (!waiter) return
    this.pending.delete(message.id)
    if (this.pending.size === 0) this.worker.unref()
    if (message.ok) waiter.resolve(message.value)
    else waiter.reject(new Error(`search worker: ${message.error}`))
  }

  private crashed(error: Error): void {
    if (this.exited) return
    this.exited = error
    for (const waiter of this.pending.values()) waiter.reject(error)
    this.pending.clear()
    if (!this.closing) this.onCrash(error)
  }
}

export class EmbeddedSearchReader implements SearchReader {
  private backend: Promise<Backend>
  private closed = false
  /** the first snapshot load is done (until then health says 'starting' without waiting) */
  private loaded = false

  /** Starts loading at once; queries wait for the first load. Prefer `open` to await it. */
  constructor(private readonly options: EmbeddedReaderOptions) {
    this.backend = this.startBackend()
    // after a failed start, health asks the backend and reports its error
    const settled = () => {
      this.loaded = true
    }
    this.backend.then(settled, settled)
  }

  /** Start a reader; resolves once the current snapshot (if any) is loaded. */
  static async open(options: EmbeddedReaderOptions): Promise<EmbeddedSearchReader> {
    const reader = new EmbeddedSearchReader(options)
    await reader.backend
    return reader
  }

  /** 'worker' or 'inline': where queries run. */
  async mode(): Promise<'worker' | 'inline'> {
    return (await this.backend).kind
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    return ((await this.call('search', [query])) as SearchResult | undefined) ?? emptyResult()
  }

  async getDocument(id: string): Promise<PublicDocument | null> {
    return ((await this.call('getDocument', [id])) as PublicDocument | null) ?? null
  }

  async findWoonplaatsen(naam: string, limit?: number): Promise<GazetteerEntry[]> {
    return ((await this.call('findWoonplaatsen', [naam, limit])) as GazetteerEntry[]) ?? []
  }

  async getGazetteer(): Promise<GazetteerEntry[]> {
    return ((await this.call('getGazetteer', [])) as GazetteerEntry[]) ?? []
  }

  /** Answers at once while the first snapshot is still loading ('starting'). */
  async health(): Promise<EngineHealth> {
    if (!this.loaded && !this.closed) {
      return {
        engine: 'embedded',
        status: 'starting',
        documents: 0,
        message: 'the search index is loading',
      }
    }
    return (await this.call('health', [])) as EngineHealth
  }

  /** Read in this thread: a small file, and it must answer even while a query is slow. */
  async indexerStatus(): Promise<IndexerStatus | null> {
    return readStatus(this.options.dir)
  }

  /** Read in this thread; the site caches it (see site/lib/server/labels.ts). */
  async labels(): Promise<LabelTabel | null> {
    return readLabels(this.options.dir)
  }

  /** Resolves once the snapshot on disk now is being served (tests, scripts). */
  async refresh(): Promise<void> {
    await this.call('refresh', [])
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await (await this.backend).close()
  }

  private async call<M extends Method>(method: M, args: Args<M>): Promise<unknown> {
    if (this.closed) throw new Error('search reader is closed')
    return (await this.backend).call(method, args)
  }

  private async startBackend(): Promise<Backend> {
    const { mode = 'auto' } = this.options
    const log = this.options.log ?? defaultLog
    if (mode === 'inline') return InlineBackend.start(this.options)
    const entry = resolveWorkerEntry(this.options.workerFile)
    if (!entry) {
      const message = `no search worker found (run \`npm run build:search-worker\` or set SEARCH_WORKER_FILE)`
      if (mode === 'worker') throw new Error(message)
      log('warn', `${message}; queries run in the main thread`)
      return InlineBackend.start(this.options)
    }
    try {
      return await WorkerBackend.start(entry, this.options, (error) => this.fallBack(error))
    } catch (error) {
      if (mode === 'worker') throw error
      log('warn', `search worker did not start (${String(error)}); queries run in the main thread`)
      return InlineBackend.start(this.options)
    }
  }

  /** The worker died after starting: serve in-thread from now on. */
  private fallBack(error: Error): void {
    if (this.closed) return
    const log = this.options.log ?? defaultLog
    log('error', `search worker crashed (${error.message}); queries run in the main thread now`)
    this.backend = InlineBackend.start(this.options)
  }
}
