/**
 * The read side of the embedded engine, in the site's own thread (ADR 0015): an in-memory index
 * (core.ts) built from the store's index fields, kept current by polling the store's head and
 * applying the rows changed since (store.ts), and the store itself for the documents of a page.
 *
 * - A search is synchronous and takes about a millisecond, so it runs where the request is; no
 *   worker thread to queue behind, no documents to copy between threads.
 * - Health is `starting` until an index of a store with at least one write is built; a site
 *   answers 503 until then and never serves a half-loaded index.
 * - Small changes are applied to the live index in one synchronous step; many changes (a full
 *   reindex that changed most documents) build a new index aside while the old one serves, then
 *   swap.
 */
import {
  lijstDocument,
  type GazetteerEntry,
  type IndexerStatus,
  type LabelTabel,
  type LijstDocument,
  type PublicDocument,
} from '../../contract'
import type { EngineHealth, SearchHit, SearchQuery, SearchReader, SearchResult } from '../port'
import { emptyResult } from '../shared/results'
import { EmbeddedIndex } from './core'
import { readLabels, readStatus } from './side-files'
import { StoreReader, type StoreHead } from './store'

export interface EmbeddedReaderOptions {
  dir: string
  /** how often to look for changes, ms (default 200; 0: only on `refresh()`) */
  pollMs?: number
  /** more changed documents than this are built aside instead of applied in place (default 2000) */
  incrementalLimit?: number
  /** hits (the list part of their documents) kept for the next searches (default 300) */
  documentCache?: number
  log?: (level: 'info' | 'warn' | 'error', message: string) => void
}

const defaultLog = (level: 'info' | 'warn' | 'error', message: string) => {
  if (level !== 'info') console[level](`[search] ${message}`)
}

export class EmbeddedSearchReader implements SearchReader {
  private readonly store: StoreReader
  private index: EmbeddedIndex | null = null
  private head: StoreHead | null = null
  private lastError: string | null = null
  private loading: Promise<void> | null = null
  private again = false
  private timer: NodeJS.Timeout | null = null
  private closed = false
  private readonly log: NonNullable<EmbeddedReaderOptions['log']>
  /** the first load (queries wait for it; health does not) */
  private readonly first: Promise<void>
  /**
   * Recently shown hits, the list part of their documents (most recent last), forgotten when
   * they change. Whole documents kept here were thousands of objects per page that outlived the
   * young generation: with one client searching ever other places, the site collected its old
   * generation every ~150 requests and the p95 doubled.
   */
  private readonly cache = new Map<string, LijstDocument>()

  /** Starts loading at once; queries wait for the first load, `open` too. */
  constructor(private readonly options: EmbeddedReaderOptions) {
    this.store = new StoreReader(options.dir)
    this.log = options.log ?? defaultLog
    this.first = this.refresh().catch((error: unknown) => this.fail(error))
    const pollMs = options.pollMs ?? 200
    if (pollMs > 0) {
      this.timer = setInterval(() => {
        this.refresh().catch((error: unknown) => this.fail(error))
      }, pollMs)
      this.timer.unref()
    }
  }

  /** Start a reader; resolves once the store's current index (if any) is loaded. */
  static async open(options: EmbeddedReaderOptions): Promise<EmbeddedSearchReader> {
    const reader = new EmbeddedSearchReader(options)
    await reader.first
    return reader
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    await this.first
    const index = this.index
    if (!index) return emptyResult()
    const { hits, ...rest } = index.search(query)
    const read = this.documents(hits.map((hit) => hit.id))
    const documents: SearchHit[] = []
    for (const hit of hits) {
      const document = read.get(hit.id)
      // deleted after the index was last brought up to date: left out, and catch up
      if (!document) {
        void this.refresh().catch((error: unknown) => this.fail(error))
        continue
      }
      documents.push(
        hit.afstandKm === undefined ? { document } : { document, afstandKm: hit.afstandKm },
      )
    }
    return { ...rest, hits: documents }
  }

  async getDocument(id: string): Promise<PublicDocument | null> {
    await this.first
    if (!this.index?.has(id)) return null
    const document = this.document(id)
    // deleted since the last catch-up: catch up now, so health and search agree with this answer
    if (!document) await this.refresh()
    return document
  }

  /** The list part of the documents: from the cache, the others from the store in one read. */
  private documents(ids: string[]): Map<string, LijstDocument> {
    const out = new Map<string, LijstDocument>()
    const missing: string[] = []
    for (const id of ids) {
      const cached = this.cache.get(id)
      if (cached !== undefined) {
        this.cache.delete(id)
        this.cache.set(id, cached)
        out.set(id, cached)
      } else missing.push(id)
    }
    const max = this.options.documentCache ?? 300
    const keep = (id: string, lijst: LijstDocument) => {
      out.set(id, lijst)
      this.cache.set(id, lijst)
      if (this.cache.size > max) this.cache.delete(this.cache.keys().next().value!)
    }
    if (missing.length === 0) return out
    const listed = this.store.lijsten(missing)
    for (const [id, json] of listed) keep(id, JSON.parse(json) as LijstDocument)
    // stored before the list parts were: from the whole document
    const unlisted = missing.filter((id) => !listed.has(id))
    for (const [id, body] of this.store.bodies(unlisted)) {
      keep(id, lijstDocument(JSON.parse(body) as PublicDocument))
    }
    return out
  }

  /** A whole document, from the store (the location's page). */
  private document(id: string): PublicDocument | null {
    const body = this.store.body(id)
    return body === null ? null : (JSON.parse(body) as PublicDocument)
  }

  async findWoonplaatsen(naam: string, limit?: number): Promise<GazetteerEntry[]> {
    await this.first
    return this.index?.findWoonplaatsen(naam, limit) ?? []
  }

  async getGazetteer(): Promise<GazetteerEntry[]> {
    await this.first
    return this.index?.getGazetteer() ?? []
  }

  async health(): Promise<EngineHealth> {
    const base = { engine: 'embedded' as const, documents: this.index?.size ?? 0 }
    const updatedAt = this.head?.updatedAt ?? undefined
    const message = this.lastError ?? undefined
    if (this.index) {
      return { ...base, status: 'ok', ...(updatedAt && { updatedAt }), ...(message && { message }) }
    }
    return {
      ...base,
      status: this.lastError ? 'unavailable' : 'starting',
      message: message ?? 'no search index yet (run the indexer or `npm run reindex`)',
    }
  }

  async indexerStatus(): Promise<IndexerStatus | null> {
    return readStatus(this.options.dir)
  }

  async labels(): Promise<LabelTabel | null> {
    return readLabels(this.options.dir)
  }

  /** Resolves once everything committed to the store before the call is served. */
  refresh(): Promise<void> {
    if (this.closed) return Promise.resolve()
    if (this.loading) {
      this.again = true
      return this.loading
    }
    this.loading = (async () => {
      try {
        do {
          this.again = false
          await this.catchUp()
        } while (this.again && !this.closed)
      } finally {
        this.loading = null
      }
    })()
    return this.loading
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    if (this.timer) clearInterval(this.timer)
    await this.loading?.catch(() => undefined)
    this.store.close()
  }

  private async catchUp(): Promise<void> {
    if (this.store.replaced()) {
      // the file was replaced (restored from a backup, removed and rebuilt): start over
      this.store.close()
      this.head = null
    }
    if (!this.store.connect()) return
    const head = this.store.head()
    // nothing written yet: keep saying 'starting'
    if (!head || head.seq === 0) return
    const current = this.head
    if (current && this.index && head.seq === current.seq) return
    const limit = this.options.incrementalLimit ?? 2000
    if (
      this.index &&
      current &&
      current.seq >= head.floor &&
      this.store.changedCount(current.seq) <= limit
    ) {
      const changes = this.store.changesSince(current.seq)
      if (!changes) return
      // one synchronous step: no search sees half of it
      this.index.apply({ delete: changes.removed, upsert: changes.upserts })
      for (const id of changes.removed) this.cache.delete(id)
      for (const row of changes.upserts) this.cache.delete(row.id)
      if (changes.head.gazetteerSeq !== current.gazetteerSeq) {
        this.index.setGazetteer(this.store.gazetteer())
      }
      this.index.warm()
      this.head = changes.head
    } else {
      const started = Date.now()
      const snapshot = this.store.snapshot()
      if (!snapshot.head) {
        await snapshot.rows.return(undefined)
        return
      }
      const built = await EmbeddedIndex.build(snapshot.rows, snapshot.gazetteer)
      if (this.closed) return
      this.index = built
      this.cache.clear()
      this.head = snapshot.head
      this.log('info', `search index built: ${built.size} documents, ${Date.now() - started} ms`)
      // what was written during the build follows with the next call
      this.again = true
    }
    this.lastError = null
  }

  private fail(error: unknown): void {
    this.lastError = `search index could not be loaded: ${error instanceof Error ? error.message : String(error)}`
    this.log('error', this.lastError)
  }
}
