/**
 * Serves queries from the newest snapshot in a directory and follows it: fs.watch on the
 * directory plus a cheap stat poll as fallback. Small changes are applied to the live index in
 * one synchronous step; large ones build a new index while the old one keeps serving, then swap.
 * Runs inside the reader's worker thread (or in-thread as a fallback).
 */
import { watch, type FSWatcher } from 'node:fs'
import type { GazetteerEntry, PublicDocument } from '../../contract'
import type { EngineHealth, SearchQuery, SearchResult } from '../port'
import { emptyResult } from '../shared/results'
import { EmbeddedIndex } from './core'
import {
  SNAPSHOT_FILE,
  readSnapshot,
  sameSignature,
  statSnapshot,
  type SnapshotHeader,
  type SnapshotSignature,
} from './snapshot'

export interface SnapshotServerOptions {
  dir: string
  /** stat poll interval, ms (default 1000; 0 disables polling and watching) */
  pollMs?: number
  /** changes up to this many documents are applied in place (default 2000) */
  incrementalLimit?: number
  log?: (level: 'info' | 'warn' | 'error', message: string) => void
}

/** The read API served by a worker; every method is safe to call before any snapshot exists. */
export interface ServingApi {
  search(query: SearchQuery): SearchResult
  getDocument(id: string): PublicDocument | null
  findWoonplaatsen(naam: string, limit?: number): GazetteerEntry[]
  getGazetteer(): GazetteerEntry[]
  health(): EngineHealth
  /** resolves once the snapshot on disk at call time is served */
  refresh(): Promise<void>
}

export class SnapshotServer implements ServingApi {
  private index: EmbeddedIndex | null = null
  private hashes = new Map<string, string>()
  private header: SnapshotHeader | null = null
  private signature: SnapshotSignature | null = null
  private lastError: string | null = null
  private loading: Promise<void> | null = null
  private again = false
  private watcher: FSWatcher | null = null
  private timer: NodeJS.Timeout | null = null
  private debounce: NodeJS.Timeout | null = null
  private stopped = false

  constructor(private readonly options: SnapshotServerOptions) {}

  /** Load what is there (a missing snapshot is fine) and start following changes. */
  async start(): Promise<void> {
    await this.refresh().catch((error: unknown) => this.fail(error))
    const pollMs = this.options.pollMs ?? 1000
    if (pollMs > 0 && !this.stopped) {
      this.timer = setInterval(() => {
        if (!this.watcher) this.startWatching()
        this.trigger()
      }, pollMs)
      this.timer.unref()
      this.startWatching()
    }
  }

  stop(): void {
    this.stopped = true
    if (this.timer) clearInterval(this.timer)
    if (this.debounce) clearTimeout(this.debounce)
    this.watcher?.close()
    this.watcher = null
  }

  search(query: SearchQuery): SearchResult {
    return this.index ? this.index.search(query) : emptyResult()
  }

  getDocument(id: string): PublicDocument | null {
    return this.index?.getDocument(id) ?? null
  }

  findWoonplaatsen(naam: string, limit?: number): GazetteerEntry[] {
    return this.index?.findWoonplaatsen(naam, limit) ?? []
  }

  getGazetteer(): GazetteerEntry[] {
    return this.index?.getGazetteer() ?? []
  }

  health(): EngineHealth {
    const base = { engine: 'embedded' as const, documents: this.index?.size ?? 0 }
    const updatedAt = this.header?.updatedAt
    const message = this.lastError ?? undefined
    if (this.index)
      return { ...base, status: 'ok', ...(updatedAt && { updatedAt }), ...(message && { message }) }
    return {
      ...base,
      status: this.lastError ? 'unavailable' : 'starting',
      message: message ?? 'no search snapshot yet (run the indexer or `npm run reindex`)',
    }
  }

  refresh(): Promise<void> {
    if (this.loading) {
      this.again = true
      return this.loading
    }
    this.loading = (async () => {
      try {
        do {
          this.again = false
          await this.reload()
        } while (this.again && !this.stopped)
      } finally {
        this.loading = null
      }
    })()
    return this.loading
  }

  private trigger(): void {
    this.refresh().catch((error: unknown) => this.fail(error))
  }

  private startWatching(): void {
    try {
      this.watcher = watch(this.options.dir, { persistent: false }, (_event, filename) => {
        if (filename && filename !== SNAPSHOT_FILE) return
        if (this.debounce) clearTimeout(this.debounce)
        this.debounce = setTimeout(() => this.trigger(), 20)
      })
      this.watcher.on('error', (error) => {
        this.log('warn', `search snapshot watcher failed, polling only: ${String(error)}`)
        this.watcher?.close()
        this.watcher = null
      })
    } catch (error) {
      // typically ENOENT: the directory does not exist yet; the poll retries
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        this.log('warn', `cannot watch ${this.options.dir}: ${String(error)}`)
      }
      this.watcher = null
    }
  }

  private async reload(): Promise<void> {
    const { dir } = this.options
    const signature = await statSnapshot(dir)
    if (sameSignature(signature, this.signature)) return
    if (!signature) {
      // the snapshot was removed: keep serving what we have
      this.signature = null
      return
    }
    let current
    try {
      current = await readSnapshot(dir)
    } catch (error) {
      this.signature = signature // do not retry the same broken file every second
      throw error
    }
    if (!current) return
    const { snapshot } = current
    if (snapshot.header.writeId === this.header?.writeId) {
      this.signature = current.signature
      return
    }
    const nextHashes = new Map(snapshot.entries.map((e) => [e.id, e.hash]))
    const changed = snapshot.entries.filter((e) => this.hashes.get(e.id) !== e.hash)
    const removed = [...this.hashes.keys()].filter((id) => !nextHashes.has(id))
    const limit = this.options.incrementalLimit ?? 2000

    if (this.index && changed.length + removed.length <= limit) {
      const docs = changed.map((e) => JSON.parse(e.json) as PublicDocument)
      // one synchronous step: no query sees half of it
      this.index.apply({ upsert: docs, delete: removed })
      this.index.setGazetteer(snapshot.gazetteer)
      this.index.warm()
    } else {
      const started = Date.now()
      const documents = function* () {
        for (const e of snapshot.entries) yield JSON.parse(e.json) as PublicDocument
      }
      const built = await EmbeddedIndex.build(documents(), snapshot.gazetteer)
      built.warm()
      if (this.stopped) return
      this.index = built
      this.log(
        'info',
        `search index built: ${built.size} documents, version ${snapshot.header.version}, ${Date.now() - started} ms`,
      )
    }
    this.hashes = nextHashes
    this.header = snapshot.header
    this.signature = current.signature
    this.lastError = null
  }

  private fail(error: unknown): void {
    this.lastError = `search snapshot could not be loaded: ${error instanceof Error ? error.message : String(error)}`
    this.log('error', this.lastError)
  }

  private log(level: 'info' | 'warn' | 'error', message: string): void {
    if (this.options.log) this.options.log(level, message)
    else if (level !== 'info') console[level](`[search] ${message}`)
  }
}
