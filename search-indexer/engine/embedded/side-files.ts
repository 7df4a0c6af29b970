/**
 * What the worker publishes beside the snapshot in the embedded engine: its status (heartbeat,
 * queue) and the code → label table. Small JSON files, each replaced atomically (write + rename),
 * read by the site; they never wait for or rewrite the snapshot.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { z } from 'zod'
import {
  IndexerStatusSchema,
  LabelTabelSchema,
  type IndexerStatus,
  type LabelTabel,
} from '../../contract'

export const STATUS_FILE = 'indexer-status.json'
export const LABELS_FILE = 'labels.json'

async function writeSideFile<T extends z.ZodType>(
  dir: string,
  name: string,
  schema: T,
  value: z.infer<T>,
): Promise<void> {
  const valid = schema.parse(value)
  await mkdir(dir, { recursive: true })
  const tmp = join(dir, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    await writeFile(tmp, JSON.stringify(valid), { flag: 'wx' })
    await rename(tmp, join(dir, name))
  } catch (error) {
    await rm(tmp, { force: true })
    throw error
  }
}

/** null when never published; a damaged file is an error, not "nothing published". */
async function readSideFile<T extends z.ZodType>(
  dir: string,
  name: string,
  schema: T,
): Promise<z.infer<T> | null> {
  let text: string
  try {
    text = await readFile(join(dir, name), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  return schema.parse(JSON.parse(text))
}

export const writeStatus = (dir: string, status: IndexerStatus) =>
  writeSideFile(dir, STATUS_FILE, IndexerStatusSchema, status)
export const readStatus = (dir: string): Promise<IndexerStatus | null> =>
  readSideFile(dir, STATUS_FILE, IndexerStatusSchema)
export const writeLabels = (dir: string, labels: LabelTabel) =>
  writeSideFile(dir, LABELS_FILE, LabelTabelSchema, labels)
export const readLabels = (dir: string): Promise<LabelTabel | null> =>
  readSideFile(dir, LABELS_FILE, LabelTabelSchema)
