/**
 * Snapshot files of the embedded engine: one line-oriented text file, replaced atomically
 * (write a temp file in the same directory, fsync, rename). Readers therefore see the old or
 * the new file, never a mix.
 *
 *   {"format":"zorgatlas-search-snapshot","formatVersion":1,"version":7,...}   header
 *   G\t<gazetteer entry json>                                                     × gazetteer
 *   D\t<id>\t<hash>\t<document json>                                              × documents
 *   E\t<documents>\t<gazetteer>                                                   end marker
 *
 * The per-document hash lets a reader see which documents changed without parsing the others.
 */
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { GazetteerEntrySchema, type GazetteerEntry } from '../../contract'

export const SNAPSHOT_FILE = 'snapshot.ndjson'
export const SNAPSHOT_FORMAT = 'zorgatlas-search-snapshot'
export const SNAPSHOT_FORMAT_VERSION = 1

export const SnapshotHeaderSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  formatVersion: z.literal(SNAPSHOT_FORMAT_VERSION),
  /** increases by one with every write */
  version: z.number().int().nonnegative(),
  /** random id of this write, to tell two snapshots with the same version apart */
  writeId: z.string(),
  /** ISO time of the write */
  updatedAt: z.string(),
  documents: z.number().int().nonnegative(),
  gazetteer: z.number().int().nonnegative(),
})
export type SnapshotHeader = z.infer<typeof SnapshotHeaderSchema>

export interface SnapshotEntry {
  id: string
  hash: string
  /** the PublicDocument as JSON (validated by the writer) */
  json: string
}

export interface ParsedSnapshot {
  header: SnapshotHeader
  gazetteer: GazetteerEntry[]
  entries: SnapshotEntry[]
}

export const hashJson = (json: string): string =>
  createHash('sha1').update(json).digest('base64url').slice(0, 16)

export const toEntry = (doc: { id: string }): SnapshotEntry => {
  const json = JSON.stringify(doc)
  return { id: doc.id, hash: hashJson(json), json }
}

export const snapshotPath = (dir: string): string => join(dir, SNAPSHOT_FILE)

export const serializeSnapshot = (
  meta: Pick<SnapshotHeader, 'version' | 'writeId' | 'updatedAt'>,
  gazetteer: GazetteerEntry[],
  entries: SnapshotEntry[],
): string => {
  const header: SnapshotHeader = {
    format: SNAPSHOT_FORMAT,
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    ...meta,
    documents: entries.length,
    gazetteer: gazetteer.length,
  }
  const lines: string[] = [JSON.stringify(header)]
  for (const g of gazetteer) lines.push(`G\t${JSON.stringify(g)}`)
  for (const e of entries) {
    if (e.id.includes('\t') || e.id.includes('\n')) throw new Error(`invalid document id ${e.id}`)
    lines.push(`D\t${e.id}\t${e.hash}\t${e.json}`)
  }
  lines.push(`E\t${entries.length}\t${gazetteer.length}`, '')
  return lines.join('\n')
}

export class SnapshotFormatError extends Error {
  override name = 'SnapshotFormatError'
}

/** Parse a snapshot; document JSON is left unparsed. Throws SnapshotFormatError when broken. */
export const parseSnapshot = (text: string): ParsedSnapshot => {
  const lines = text.split('\n')
  const first = lines[0]
  if (!first) throw new SnapshotFormatError('empty snapshot')
  const header = SnapshotHeaderSchema.safeParse(JSON.parse(first))
  if (!header.success) throw new SnapshotFormatError(`bad header: ${header.error.message}`)
  const gazetteer: GazetteerEntry[] = []
  const entries: SnapshotEntry[] = []
  let ended = false
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]
    if (!line) continue
    const kind = line[0]
    if (kind === 'D') {
      const a = line.indexOf('\t', 2)
      const b = line.indexOf('\t', a + 1)
      if (a < 0 || b < 0) throw new SnapshotFormatError(`bad document line ${i + 1}`)
      entries.push({ id: line.slice(2, a), hash: line.slice(a + 1, b), json: line.slice(b + 1) })
    } else if (kind === 'G') {
      gazetteer.push(GazetteerEntrySchema.parse(JSON.parse(line.slice(2))))
    } else if (kind === 'E') {
      const [, docs, gaz] = line.split('\t')
      if (Number(docs) !== entries.length || Number(gaz) !== gazetteer.length) {
        throw new SnapshotFormatError('end marker does not match the number of lines')
      }
      ended = true
    } else {
      throw new SnapshotFormatError(`unknown line kind on line ${i + 1}`)
    }
  }
  if (!ended) throw new SnapshotFormatError('snapshot has no end marker (truncated?)')
  if (entries.length !== header.data.documents) {
    throw new SnapshotFormatError('header document count does not match')
  }
  return { header: header.data, gazetteer, entries }
}

/** Identity of the file on disk; a change means "read it again". */
export interface SnapshotSignature {
  ino: number
  size: number
  mtimeMs: number
}

export const sameSignature = (a: SnapshotSignature | null, b: SnapshotSignature | null): boolean =>
  a === b || (!!a && !!b && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs)

const isNotFound = (error: unknown): boolean =>
  error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT'

export const statSnapshot = async (dir: string): Promise<SnapshotSignature | null> => {
  try {
    const s = await stat(snapshotPath(dir))
    return { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs }
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

/** Read the current snapshot, or null when there is none yet. */
export const readSnapshot = async (
  dir: string,
): Promise<{ snapshot: ParsedSnapshot; signature: SnapshotSignature } | null> => {
  let handle
  try {
    handle = await open(snapshotPath(dir), 'r')
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
  try {
    // stat and read the same open file, so the signature belongs to the text we parse
    const s = await handle.stat()
    const text = await handle.readFile('utf8')
    return {
      snapshot: parseSnapshot(text),
      signature: { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs },
    }
  } finally {
    await handle.close()
  }
}

/** Only the header line of the current snapshot (reads the first 64 KiB at most). */
export const readSnapshotHeader = async (dir: string): Promise<SnapshotHeader | null> => {
  let handle
  try {
    handle = await open(snapshotPath(dir), 'r')
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
  try {
    const buffer = Buffer.alloc(64 * 1024)
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    const text = buffer.subarray(0, bytesRead).toString('utf8')
    const end = text.indexOf('\n')
    if (end < 0) throw new SnapshotFormatError('snapshot header line not found')
    return SnapshotHeaderSchema.parse(JSON.parse(text.slice(0, end)))
  } finally {
    await handle.close()
  }
}

/** Write `text` as the new snapshot atomically: temp file, fsync, rename, fsync directory. */
export const writeSnapshotAtomic = async (dir: string, text: string): Promise<void> => {
  await mkdir(dir, { recursive: true })
  const tmp = join(dir, `.${SNAPSHOT_FILE}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    const handle = await open(tmp, 'wx')
    try {
      await handle.writeFile(text, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(tmp, snapshotPath(dir))
  } catch (error) {
    await rm(tmp, { force: true })
    throw error
  }
  await syncDirectory(dir)
}

const syncDirectory = async (dir: string): Promise<void> => {
  // Makes the rename durable; not supported on every platform (e.g. Windows), so EISDIR/EPERM
  // there are expected and not an error of ours.
  let handle
  try {
    handle = await open(dir, 'r')
    await handle.sync()
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL') throw error
  } finally {
    await handle?.close()
  }
}

/** Read a whole file as text (exported for the bench). */
export const readText = (path: string): Promise<string> => readFile(path, 'utf8')
