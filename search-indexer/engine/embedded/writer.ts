/**
 * The write side of the embedded engine: validates documents and writes them to the store
 * (store.ts), one SQLite transaction per call. Keeps nothing in memory; several writing
 * processes are safe (SQLite's write lock, a busy timeout of 30 s).
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

export class EmbeddedSearchWriter implements SearchWriter {
  private store: StoreWriter | null = null
  private closed = false

  constructor(private readonly options: EmbeddedWriterOptions) {}

  get dir(): string {
    return this.options.dir
  }

  async upsert(docs: PublicDocument[]): Promise<void> {
    const rows = docs.map((doc) => toStoredRow(PublicDocumentSchema.parse(doc)))
    ;(await this.open()).upsert(rows)
  }

  async delete(ids: string[]): Promise<void> {
    ;(await this.open()).delete(ids)
  }

  /** One transaction: readers see the old set or the new one, never a mix. */
  async replaceAll(docs: PublicDocument[], gazetteer: GazetteerEntry[]): Promise<void> {
    const rows = docs.map((doc) => toStoredRow(PublicDocumentSchema.parse(doc)))
    const places = gazetteer.map((g) => GazetteerEntrySchema.parse(g))
    ;(await this.open()).replaceAll(rows, places)
  }

  /** Rows already validated and prepared (`toStoredRow`), for the benchmark of the raw write. */
  async replaceAllRows(rows: StoredRow[], gazetteer: GazetteerEntry[]): Promise<void> {
    ;(await this.open()).replaceAll(rows, gazetteer)
  }

  /** Replace only the gazetteer (woonplaatsen), keeping the documents. */
  async setGazetteer(gazetteer: GazetteerEntry[]): Promise<void> {
    const places = gazetteer.map((g) => GazetteerEntrySchema.parse(g))
    ;(await this.open()).replaceGazetteer(places)
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
    return (await this.open()).count()
  }

  async fingerprints(): Promise<Map<string, string>> {
    return (await this.open()).fingerprints()
  }

  async close(): Promise<void> {
    this.closed = true
    this.store?.close()
    this.store = null
  }

  private async open(): Promise<StoreWriter> {
    if (this.closed) throw new Error('search writer is closed')
    if (this.store) return this.store
    const store = new StoreWriter(this.dir, this.options.busyMs)
    this.store = store
    await importLegacySnapshot(this.dir, store)
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
