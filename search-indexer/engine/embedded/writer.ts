/**
 * The write side of the embedded engine: validates documents and writes them to the store
 * (store.ts), one SQLite transaction per call. Keeps nothing in memory; several writing
 * processes are safe (SQLite's write lock). node:sqlite is synchronous, so a long busy timeout
 * would freeze the process (the worker's heartbeat and leases with it) while another writer holds
 * the lock: each try waits at most BUSY_STEP_MS, and the wait between tries is asynchronous, up
 * to `busyMs` (30 s) in all.
 */
import { existsSync } from 'node:fs'
import { rename } from 'node:fs/promises'
import {
  GazetteerEntrySchema,
  PublicDocumentSchema,
  type GazetteerEntry,
  type IndexerStatus,
  type LabelTabel,
  type PublicDocument,
} from '../../contract'
import type { SearchWriter } from '../port'
import { readLabels, writeLabels, writeStatus } from './side-files'
import { readSnapshot, snapshotPath } from './snapshot'
import { StoreWriter, toStoredRow, type StoredRow } from './store'

export interface EmbeddedWriterOptions {
  /** directory of the store, e.g. `${DATA_DIR}/search` */
  dir: string
  /** how long a write waits for another process's write (default 30 s) */
  busyMs?: number
}

/** Longest synchronous wait for the store's write lock in one try. */
const BUSY_STEP_MS = 100

const isBusy = (error: unknown): boolean => {
  const e = error as { errcode?: number; message?: string }
  // SQLITE_BUSY (5) and its extended codes
  return (
    (typeof e?.errcode === 'number' && (e.errcode & 0xff) === 5) ||
    /database is locked/i.test(String(e?.message))
  )
}

export class EmbeddedSearchWriter implements SearchWriter {
  private store: StoreWriter | null = null
  private closed = false

  constructor(private readonly options: EmbeddedWriterOptions) {}

  get dir(): string {
    return this.options.dir
  }

  /** Open the store: creates the file and its tables on first use; keeps every document. */
  async prepare(): Promise<void> {
    await this.metStore(() => undefined)
  }

  async upsert(docs: PublicDocument[]): Promise<void> {
    const rows = docs.map((doc) => toStoredRow(PublicDocumentSchema.parse(doc)))
    await this.metStore((store) => store.upsert(rows))
  }

  async delete(ids: string[]): Promise<void> {
    await this.metStore((store) => store.delete(ids))
  }

  /** One transaction: readers see the old set or the new one, never a mix. */
  async replaceAll(docs: PublicDocument[], gazetteer: GazetteerEntry[]): Promise<void> {
    const rows = docs.map((doc) => toStoredRow(PublicDocumentSchema.parse(doc)))
    const places = gazetteer.map((g) => GazetteerEntrySchema.parse(g))
    await this.metStore((store) => store.replaceAll(rows, places))
  }

  /** Rows already validated and prepared (`toStoredRow`), for the benchmark of the raw write. */
  async replaceAllRows(rows: StoredRow[], gazetteer: GazetteerEntry[]): Promise<void> {
    await this.metStore((store) => store.replaceAll(rows, gazetteer))
  }

  /** Replace only the gazetteer (woonplaatsen), keeping the documents. */
  async setGazetteer(gazetteer: GazetteerEntry[]): Promise<void> {
    const places = gazetteer.map((g) => GazetteerEntrySchema.parse(g))
    await this.metStore((store) => store.replaceGazetteer(places))
  }

  /** The worker's heartbeat; its own file, so it never waits for a write of documents. */
  publishStatus(status: IndexerStatus): Promise<void> {
    return writeStatus(this.dir, status)
  }

  publishLabels(labels: LabelTabel): Promise<void> {
    return writeLabels(this.dir, labels)
  }

  publishedLabels(): Promise<LabelTabel | null> {
    return readLabels(this.dir)
  }

  async count(): Promise<number> {
    return await this.metStore((store) => store.count())
  }

  async fingerprints(): Promise<Map<string, string>> {
    return await this.metStore((store) => store.fingerprints())
  }

  async close(): Promise<void> {
    this.closed = true
    this.store?.close()
    this.store = null
  }

  /** Runs one store call, trying again while another writer holds the lock (see above). */
  private async metStore<T>(fn: (store: StoreWriter) => T): Promise<T> {
    const tot = Date.now() + (this.options.busyMs ?? 30_000)
    for (;;) {
      try {
        return fn(await this.open())
      } catch (error) {
        if (!isBusy(error) || Date.now() >= tot) throw error
        await new Promise((r) => setTimeout(r, 50))
      }
    }
  }

  private async open(): Promise<StoreWriter> {
    if (this.closed) throw new Error('search writer is closed')
    if (this.store) return this.store
    const store = new StoreWriter(this.dir, BUSY_STEP_MS)
    try {
      await importLegacySnapshot(this.dir, store)
    } catch (error) {
      store.close()
      throw error
    }
    this.store = store
    return store
  }
}

/**
 * A data directory from before the store has `snapshot.ndjson`: its documents and gazetteer go
 * into the empty store once, so an upgrade serves the same index without a reindex.
 */
const importLegacySnapshot = async (dir: string, store: StoreWriter): Promise<void> => {
  if (!existsSync(snapshotPath(dir)) || store.count() > 0) return
  const legacy = await readSnapshot(dir)
  if (!legacy) return
  const rows = legacy.snapshot.entries.map((e) =>
    toStoredRow(PublicDocumentSchema.parse(JSON.parse(e.json))),
  )
  store.replaceAll(rows, legacy.snapshot.gazetteer)
  // imported once: a later empty store is not filled from it again
  await rename(snapshotPath(dir), `${snapshotPath(dir)}.imported`)
}
