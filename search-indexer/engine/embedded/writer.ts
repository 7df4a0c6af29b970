/**
 * The write side of the embedded engine. Every write: take the directory lock, reload the
 * snapshot if another process changed it, apply the change, write a new snapshot atomically,
 * release the lock. The writer keeps no index, only the documents as JSON lines.
 */
import { randomBytes } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import {
  GazetteerEntrySchema,
  PublicDocumentSchema,
  type GazetteerEntry,
  type IndexerStatus,
  type LabelTabel,
  type PublicDocument,
} from '../../contract'
import type { SearchWriter } from '../port'
import { documentFingerprint } from '../shared/fingerprint'
import { withLock, type LockOptions } from './lock'
import { readLabels, writeLabels, writeStatus } from './side-files'
import {
  readSnapshot,
  readSnapshotHeader,
  sameSignature,
  serializeSnapshot,
  statSnapshot,
  toEntry,
  writeSnapshotAtomic,
  type SnapshotEntry,
  type SnapshotSignature,
} from './snapshot'

export interface EmbeddedWriterOptions {
  /** directory of the snapshot, e.g. `${DATA_DIR}/search` */
  dir: string
  lock?: LockOptions
}

export class EmbeddedSearchWriter implements SearchWriter {
  private entries = new Map<string, SnapshotEntry>()
  private gazetteer: GazetteerEntry[] = []
  private version = 0
  private loadedSignature: SnapshotSignature | null = null
  private closed = false
  /** serialises calls within this process; the lock file does so across processes */
  private queue: Promise<unknown> = Promise.resolve()

  constructor(private readonly options: EmbeddedWriterOptions) {}

  get dir(): string {
    return this.options.dir
  }

  async upsert(docs: PublicDocument[]): Promise<void> {
    const entries = docs.map((doc) => toEntry(PublicDocumentSchema.parse(doc)))
    return this.write((map) => {
      for (const entry of entries) map.set(entry.id, entry)
    })
  }

  delete(ids: string[]): Promise<void> {
    return this.write((map) => {
      for (const id of ids) map.delete(id)
    })
  }

  async replaceAll(docs: PublicDocument[], gazetteer: GazetteerEntry[]): Promise<void> {
    const entries = docs.map((doc) => toEntry(PublicDocumentSchema.parse(doc)))
    const places = gazetteer.map((g) => GazetteerEntrySchema.parse(g))
    return this.write(() => new Map(entries.map((e) => [e.id, e])), places, false)
  }

  /** Replace only the gazetteer (woonplaatsen), keeping the documents. */
  async setGazetteer(gazetteer: GazetteerEntry[]): Promise<void> {
    const places = gazetteer.map((g) => GazetteerEntrySchema.parse(g))
    return this.write(() => undefined, places)
  }

  /** The worker's heartbeat; its own file, so it never waits for or rewrites the snapshot. */
  publishStatus(status: IndexerStatus): Promise<void> {
    return writeStatus(this.dir, status)
  }

  publishLabels(labels: LabelTabel): Promise<void> {
    return writeLabels(this.dir, labels)
  }

  publishedLabels(): Promise<LabelTabel | null> {
    return readLabels(this.dir)
  }

  count(): Promise<number> {
    return this.serial(async () => {
      await this.refresh()
      return this.entries.size
    })
  }

  /** From the snapshot on disk (reloaded when another process wrote it). */
  fingerprints(): Promise<Map<string, string>> {
    return this.serial(async () => {
      await this.refresh()
      const out = new Map<string, string>()
      for (const entry of this.entries.values())
        out.set(entry.id, documentFingerprint(JSON.parse(entry.json) as object))
      return out
    })
  }

  async close(): Promise<void> {
    this.closed = true
    // Deliberate: close waits for the writes in flight; their callers got their own errors.
    await this.queue.catch(() => undefined)
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('search writer is closed'))
    const run = this.queue.then(fn, fn)
    // Deliberate: the chain must go on after a failed write; the caller gets the error from `run`.
    this.queue = run.catch(() => undefined)
    return run
  }

  /** Reload from disk when the snapshot is not the one we wrote or read last. */
  private async refresh(): Promise<void> {
    const signature = await statSnapshot(this.dir)
    if (sameSignature(signature, this.loadedSignature)) return
    const current = await readSnapshot(this.dir)
    if (!current) {
      this.entries = new Map()
      this.gazetteer = []
      this.version = 0
      this.loadedSignature = null
      return
    }
    this.entries = new Map(current.snapshot.entries.map((e) => [e.id, e]))
    this.gazetteer = current.snapshot.gazetteer
    this.version = current.snapshot.header.version
    this.loadedSignature = current.signature
  }

  private write(
    change: (entries: Map<string, SnapshotEntry>) => Map<string, SnapshotEntry> | void,
    gazetteer?: GazetteerEntry[],
    needsCurrent = true,
  ): Promise<void> {
    return this.serial(async () => {
      await mkdir(this.dir, { recursive: true })
      await withLock(
        this.dir,
        async () => {
          if (needsCurrent) await this.refresh()
          else this.version = Math.max(this.version, (await readHeaderVersion(this.dir)) ?? 0)
          const next = new Map(this.entries)
          const replaced = change(next)
          const entries = replaced ?? next
          const places = gazetteer ?? this.gazetteer
          const meta = {
            version: this.version + 1,
            writeId: randomBytes(6).toString('hex'),
            updatedAt: new Date().toISOString(),
          }
          await writeSnapshotAtomic(
            this.dir,
            serializeSnapshot(meta, places, [...entries.values()]),
          )
          this.entries = entries
          this.gazetteer = places
          this.version = meta.version
          this.loadedSignature = await statSnapshot(this.dir)
        },
        this.options.lock,
      )
    })
  }
}

const readHeaderVersion = async (dir: string): Promise<number | null> =>
  (await readSnapshotHeader(dir))?.version ?? null
