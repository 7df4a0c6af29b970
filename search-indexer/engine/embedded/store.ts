/**
 * The embedded engine's store: one SQLite file (`index.sqlite`, WAL mode, through `node:sqlite`)
 * with one writer at a time (the indexer, `npm run reindex`) and any number of readers (site
 * processes). ADR 0015.
 *
 *   meta(key, value)                      seq (last write), gazetteer, updatedAt, floor
 *   documents(id, seq, hash, fields)      what the index keeps of a public document (fields, see
 *                                          fields.ts), its fingerprint (hash) and the write that
 *                                          last changed it (seq): small rows, read in one scan
 *   bodies(id, body)                       the public document itself, for its detail page
 *   lijsten(id, lijst)                     its list part (`lijstDocument`), read per hit: a
 *                                          ninth of the body's size to read and parse
 *   removed(id, seq, at)                   tombstones of deleted documents
 *
 * Every write is one transaction that bumps `seq` and stamps the rows it changes, so a reader at
 * seq S catches up with `seq > S` on both tables: the change log, compacted by construction (one
 * row per document). Tombstones older than a day are pruned; `floor` says up to which seq they
 * are gone, and a reader behind it reloads everything. A full replace is one transaction too
 * (only documents whose fingerprint changed are written), so readers see the old or the new set,
 * never a mix.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync, type StatementSync } from 'node:sqlite'
import { lijstDocument, type GazetteerEntry, type PublicDocument } from '../../contract'
import { documentFingerprint } from '../shared/fingerprint'
import { indexFields, type IndexFields } from './fields'
import { spatialOrder } from './core'

export const STORE_FILE = 'index.sqlite'
const FORMAT = '1'
/** tombstones older than this are pruned (readers poll every fraction of a second) */
const TOMBSTONE_TTL_MS = 24 * 60 * 60 * 1000

export const storePath = (dir: string): string => join(dir, STORE_FILE)

export interface StoredRow {
  id: string
  hash: string
  fields: string
  body: string
  /** the list part (`lijstDocument`) as JSON */
  lijst: string
}

/** A document ready to store: its JSON, fingerprint and index fields. */
export const toStoredRow = (doc: PublicDocument): StoredRow => ({
  id: doc.id,
  hash: documentFingerprint(doc),
  fields: JSON.stringify(indexFields(doc)),
  body: JSON.stringify(doc),
  lijst: JSON.stringify(lijstDocument(doc)),
})

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL,
  hash TEXT NOT NULL,
  fields TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS bodies (id TEXT PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS lijsten (id TEXT PRIMARY KEY, lijst TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS documents_seq ON documents (seq);
CREATE TABLE IF NOT EXISTS removed (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL,
  at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS removed_seq ON removed (seq);
`

const open = (path: string, busyMs: number): DatabaseSync => {
  const db = new DatabaseSync(path, { timeout: busyMs })
  // WAL: readers never wait for the writer; NORMAL: a crash loses at most the last commits,
  // which the indexer's next reconcile or reindex writes again
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;')
  return db
}

/** The write side. One transaction per call; safe with several writing processes. */
export class StoreWriter {
  private readonly db: DatabaseSync
  private readonly stmt: {
    getMeta: StatementSync
    setMeta: StatementSync
    getHash: StatementSync
    upsert: StatementSync
    upsertBody: StatementSync
    upsertLijst: StatementSync
    deleteDoc: StatementSync
    deleteBody: StatementSync
    deleteLijst: StatementSync
    tombstone: StatementSync
    untomb: StatementSync
  }

  constructor(dir: string, busyMs = 30_000) {
    mkdirSync(dir, { recursive: true })
    this.db = open(storePath(dir), busyMs)
    try {
      // One transaction: a reader never sees some tables without the others. Deferred, so an
      // existing store (nothing to create) opens without taking the write lock.
      this.db.exec(`BEGIN; ${SCHEMA} COMMIT;`)
      this.stmt = {
        getMeta: this.db.prepare('SELECT value FROM meta WHERE key = ?'),
        setMeta: this.db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)'),
        // a row stored before the list parts were (no `lijsten` row) is written again
        getHash: this.db.prepare(
          'SELECT d.hash AS hash, EXISTS (SELECT 1 FROM lijsten l WHERE l.id = d.id) AS listed FROM documents d WHERE d.id = ?',
        ),
        upsert: this.db.prepare(
          'INSERT OR REPLACE INTO documents (id, seq, hash, fields) VALUES (?, ?, ?, ?)',
        ),
        upsertBody: this.db.prepare('INSERT OR REPLACE INTO bodies (id, body) VALUES (?, ?)'),
        upsertLijst: this.db.prepare('INSERT OR REPLACE INTO lijsten (id, lijst) VALUES (?, ?)'),
        deleteDoc: this.db.prepare('DELETE FROM documents WHERE id = ?'),
        deleteBody: this.db.prepare('DELETE FROM bodies WHERE id = ?'),
        deleteLijst: this.db.prepare('DELETE FROM lijsten WHERE id = ?'),
        tombstone: this.db.prepare('INSERT OR REPLACE INTO removed (id, seq, at) VALUES (?, ?, ?)'),
        untomb: this.db.prepare('DELETE FROM removed WHERE id = ?'),
      }
      // not a write readers need to see: seq stays 0 ("nothing indexed yet") until documents come.
      // Only a new store writes it (the schema above is no write when the tables exist): a store
      // whose lock another writer holds still opens, so counts and fingerprints can be read.
      if (!this.meta('format'))
        this.db
          .prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)')
          .run('format', FORMAT)
    } catch (error) {
      // e.g. busy: another writer holds the lock; the caller may try again with a new one
      this.db.close()
      throw error
    }
  }

  /** Upsert rows whose fingerprint changed; returns how many were written. */
  upsert(rows: StoredRow[]): number {
    return this.transaction((seq) => this.write(rows, seq))
  }

  delete(ids: string[]): number {
    return this.transaction((seq) => {
      let n = 0
      const at = Date.now()
      for (const id of ids) {
        if (Number(this.stmt.deleteDoc.run(id).changes) > 0) {
          this.stmt.deleteBody.run(id)
          this.stmt.deleteLijst.run(id)
          this.stmt.tombstone.run(id, seq, at)
          n++
        }
      }
      return n
    })
  }

  /**
   * Make the stored set exactly `rows` and the gazetteer `gazetteer`, in one transaction: rows
   * whose fingerprint is unchanged are left alone, the others written, missing ids removed.
   */
  replaceAll(rows: StoredRow[], gazetteer: GazetteerEntry[]): { written: number; removed: number } {
    return this.transaction((seq) => {
      const keep = new Set(rows.map((r) => r.id))
      const at = Date.now()
      let removed = 0
      for (const { id } of this.db.prepare('SELECT id FROM documents').all() as { id: string }[]) {
        if (keep.has(id)) continue
        this.stmt.deleteDoc.run(id)
        this.stmt.deleteBody.run(id)
        this.stmt.deleteLijst.run(id)
        this.stmt.tombstone.run(id, seq, at)
        removed++
      }
      const written = this.write(rows, seq)
      this.setGazetteer(gazetteer, seq)
      return { written, removed }
    })
  }

  replaceGazetteer(gazetteer: GazetteerEntry[]): void {
    this.transaction((seq) => this.setGazetteer(gazetteer, seq))
  }

  count(): number {
    return Number((this.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n)
  }

  fingerprints(): Map<string, string> {
    const out = new Map<string, string>()
    const rows = this.db.prepare('SELECT id, hash FROM documents').all() as {
      id: string
      hash: string
    }[]
    for (const row of rows) out.set(row.id, row.hash)
    return out
  }

  close(): void {
    if (this.db.isOpen) this.db.close()
  }

  private write(rows: StoredRow[], seq: number): number {
    let n = 0
    for (const row of rows) {
      const current = this.stmt.getHash.get(row.id) as { hash: string; listed: number } | undefined
      if (current?.hash === row.hash && current.listed) continue
      this.stmt.upsert.run(row.id, seq, row.hash, row.fields)
      this.stmt.upsertBody.run(row.id, row.body)
      this.stmt.upsertLijst.run(row.id, row.lijst)
      this.stmt.untomb.run(row.id)
      n++
    }
    return n
  }

  private setGazetteer(gazetteer: GazetteerEntry[], seq: number): void {
    this.stmt.setMeta.run('gazetteer', JSON.stringify(gazetteer))
    this.stmt.setMeta.run('gazetteerSeq', String(seq))
  }

  private meta(key: string): string | null {
    return (this.stmt.getMeta.get(key) as { value: string } | undefined)?.value ?? null
  }

  /** BEGIN IMMEDIATE … COMMIT with the next seq; seq only moves when something changed. */
  private transaction<T>(fn: (seq: number) => T): T {
    this.db.exec('BEGIN IMMEDIATE')
    try {
      const seq = Number(this.meta('seq') ?? 0) + 1
      const changesBefore = this.totalChanges()
      const result = fn(seq)
      if (this.totalChanges() !== changesBefore) {
        this.stmt.setMeta.run('seq', String(seq))
        this.stmt.setMeta.run('updatedAt', new Date().toISOString())
        this.prune()
      }
      this.db.exec('COMMIT')
      return result
    } catch (error) {
      if (this.db.isTransaction) this.db.exec('ROLLBACK')
      throw error
    }
  }

  private totalChanges(): number {
    return Number((this.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n)
  }

  private prune(): void {
    const cutoff = Date.now() - TOMBSTONE_TTL_MS
    const old = this.db.prepare('SELECT max(seq) AS s FROM removed WHERE at < ?').get(cutoff) as {
      s: number | null
    }
    if (old.s === null) return
    this.db.prepare('DELETE FROM removed WHERE at < ?').run(cutoff)
    const floor = Math.max(Number(this.meta('floor') ?? 0), old.s)
    this.stmt.setMeta.run('floor', String(floor))
  }
}

export interface StoreHead {
  seq: number
  floor: number
  gazetteerSeq: number
  updatedAt: string | null
}

export interface StoreChanges {
  head: StoreHead
  upserts: IndexFields[]
  removed: string[]
}

/** The head of the store, or null while its writer has not created the tables yet. */
const readHead = (db: DatabaseSync): StoreHead | null => {
  let rows: { key: string; value: string }[]
  try {
    rows = db
      .prepare(
        "SELECT key, value FROM meta WHERE key IN ('seq', 'floor', 'gazetteerSeq', 'updatedAt')",
      )
      .all() as { key: string; value: string }[]
  } catch (error) {
    if (/no such table/.test(String(error))) return null
    throw error
  }
  const m = new Map(rows.map((r) => [r.key, r.value]))
  return {
    seq: Number(m.get('seq') ?? 0),
    floor: Number(m.get('floor') ?? 0),
    gazetteerSeq: Number(m.get('gazetteerSeq') ?? 0),
    updatedAt: m.get('updatedAt') ?? null,
  }
}

const readGazetteer = (db: DatabaseSync): GazetteerEntry[] => {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'gazetteer'").get() as
    { value: string } | undefined
  return row ? (JSON.parse(row.value) as GazetteerEntry[]) : []
}

/** The read side: a site process's connection. Never writes. */
export class StoreReader {
  private db: DatabaseSync | null = null
  private ino: number | null = null
  private getBody: StatementSync | null = null
  private getBodies: StatementSync | null = null
  private getLijsten: StatementSync | null = null
  /** when preparing `getLijsten` last failed: a store from before the list parts */
  private lijstenMissingAt = 0

  constructor(private readonly dir: string) {}

  /** Is there a store file at all? */
  exists(): boolean {
    return existsSync(storePath(this.dir))
  }

  /** Open (or reopen when the file was replaced); false when there is no store yet. */
  connect(): boolean {
    const path = storePath(this.dir)
    let ino: number
    try {
      ino = statSync(path).ino
    } catch {
      return false
    }
    if (this.db && this.ino === ino) return true
    this.close()
    const db = open(path, 5_000)
    try {
      this.getBody = db.prepare('SELECT body FROM bodies WHERE id = ?')
      this.getBodies = db.prepare(
        'SELECT id, body FROM bodies WHERE id IN (SELECT value FROM json_each(?))',
      )
    } catch (error) {
      // A store whose writer is still making its tables ("no such table"): not there yet. Nothing
      // is kept, so the next poll opens it again instead of reading without its statements.
      db.close()
      this.getBody = null
      this.getBodies = null
      if (/no such table/.test(String(error))) return false
      throw error
    }
    this.db = db
    this.ino = ino
    return true
  }

  /** True when the file on disk is another one than the one open (replaced or removed). */
  replaced(): boolean {
    try {
      return statSync(storePath(this.dir)).ino !== this.ino
    } catch {
      return false
    }
  }

  head(): StoreHead | null {
    return this.db ? readHead(this.db) : null
  }

  gazetteer(): GazetteerEntry[] {
    return this.db ? readGazetteer(this.db) : []
  }

  /** Everything after `since`, read in one transaction (a consistent view). */
  changesSince(since: number): StoreChanges | null {
    const db = this.db
    if (!db) return null
    db.exec('BEGIN')
    try {
      const head = this.head()
      if (!head) return null
      const upserts = (
        db.prepare('SELECT fields FROM documents WHERE seq > ?').all(since) as { fields: string }[]
      ).map((r) => JSON.parse(r.fields) as IndexFields)
      const removed = (
        db.prepare('SELECT id FROM removed WHERE seq > ?').all(since) as { id: string }[]
      ).map((r) => r.id)
      return { head, upserts, removed }
    } finally {
      db.exec('COMMIT')
    }
  }

  /** How many documents changed after `since` (to choose between catching up and rebuilding). */
  changedCount(since: number): number {
    const row = this.db?.prepare('SELECT count(*) AS n FROM documents WHERE seq > ?').get(since) as
      { n: number } | undefined
    return Number(row?.n ?? 0)
  }

  /**
   * Every document's index fields in one consistent view, on a connection of its own: the head
   * of that view, and the rows in batches, yielding to the event loop between batches so the site
   * keeps answering from its current index. Iterate the rows to the end (or break) to close it.
   * The rows come in `spatialOrder`, so neighbours get neighbouring slots in the index.
   */
  snapshot(batch = 2000): {
    head: StoreHead | null
    gazetteer: GazetteerEntry[]
    rows: AsyncGenerator<IndexFields>
  } {
    const db = open(storePath(this.dir), 5_000)
    db.exec('BEGIN')
    let head: StoreHead | null
    let gazetteer: GazetteerEntry[] = []
    try {
      head = readHead(db)
      if (head) gazetteer = readGazetteer(db)
    } catch (error) {
      db.exec('COMMIT')
      db.close()
      throw error
    }
    const rows = async function* () {
      try {
        if (!head) return
        const points = db
          .prepare(
            "SELECT rowid, json_extract(fields, '$.lat') AS lat, json_extract(fields, '$.lng') AS lng FROM documents",
          )
          .all() as { rowid: number; lat: number | null; lng: number | null }[]
        const order = spatialOrder(points).map((p) => p.rowid)
        const page = db.prepare(
          'SELECT rowid, fields FROM documents WHERE rowid IN (SELECT value FROM json_each(?))',
        )
        for (let from = 0; from < order.length; from += batch) {
          const ids = order.slice(from, from + batch)
          const found = new Map(
            (page.all(JSON.stringify(ids)) as { rowid: number; fields: string }[]).map((r) => [
              Number(r.rowid),
              r.fields,
            ]),
          )
          for (const id of ids) {
            const fields = found.get(id)
            if (fields !== undefined) yield JSON.parse(fields) as IndexFields
          }
          await new Promise((resolve) => setImmediate(resolve))
        }
      } finally {
        if (db.isTransaction) db.exec('COMMIT')
        db.close()
      }
    }
    return { head, gazetteer, rows: rows() }
  }

  /** The stored JSON of one document, or null. */
  body(id: string): string | null {
    const row = this.getBody?.get(id) as { body: string } | undefined
    return row ? row.body : null
  }

  /**
   * The stored list parts (JSON of `lijstDocument`) of `ids`, by id, in one statement. A document
   * stored before the list parts were has none: read its body (`bodies`). In a store whose writer
   * has not made the table yet, asks again at most every 5 s.
   */
  lijsten(ids: readonly string[]): Map<string, string> {
    const out = new Map<string, string>()
    if (ids.length === 0 || !this.db) return out
    if (!this.getLijsten) {
      if (Date.now() - this.lijstenMissingAt < 5_000) return out
      try {
        this.getLijsten = this.db.prepare(
          'SELECT id, lijst FROM lijsten WHERE id IN (SELECT value FROM json_each(?))',
        )
      } catch (error) {
        if (!/no such table/.test(String(error))) throw error
        this.lijstenMissingAt = Date.now()
        return out
      }
    }
    const rows = this.getLijsten.all(JSON.stringify(ids)) as { id: string; lijst: string }[]
    for (const row of rows) out.set(row.id, row.lijst)
    return out
  }

  /** The stored JSON of the documents of `ids` that are stored, by id, in one statement. */
  bodies(ids: readonly string[]): Map<string, string> {
    const out = new Map<string, string>()
    if (ids.length === 0 || !this.getBodies) return out
    const rows = this.getBodies.all(JSON.stringify(ids)) as { id: string; body: string }[]
    for (const row of rows) out.set(row.id, row.body)
    return out
  }

  close(): void {
    if (this.db?.isOpen) this.db.close()
    this.db = null
    this.getBody = null
    this.getBodies = null
    this.getLijsten = null
    this.lijstenMissingAt = 0
    this.ino = null
  }
}

/** Every stored document as JSON (for tests and tools), or null when there is no store. */
export const readStoredDocuments = (
  dir: string,
): { id: string; hash: string; json: string }[] | null => {
  if (!existsSync(storePath(dir))) return null
  const db = open(storePath(dir), 5_000)
  try {
    return (
      db
        .prepare(
          'SELECT d.id, d.hash, b.body FROM documents d JOIN bodies b ON b.id = d.id ORDER BY d.id',
        )
        .all() as {
        id: string
        hash: string
        body: string
      }[]
    ).map((r) => ({ id: r.id, hash: r.hash, json: r.body }))
  } catch (error) {
    if (/no such table/.test(String(error))) return null
    throw error
  } finally {
    db.close()
  }
}
