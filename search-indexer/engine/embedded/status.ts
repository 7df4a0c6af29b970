/**
 * The worker's published status in the embedded engine: a small JSON file beside the snapshot,
 * replaced atomically (write + rename), read by the site's health check.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { IndexerStatusSchema, type IndexerStatus } from '../../contract'

export const STATUS_FILE = 'indexer-status.json'

export async function writeStatus(dir: string, status: IndexerStatus): Promise<void> {
  const valid = IndexerStatusSchema.parse(status)
  await mkdir(dir, { recursive: true })
  const tmp = join(dir, `.${STATUS_FILE}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    await writeFile(tmp, JSON.stringify(valid), { flag: 'wx' })
    await rename(tmp, join(dir, STATUS_FILE))
  } catch (error) {
    await rm(tmp, { force: true })
    throw error
  }
}

/** null when the worker never published; a damaged file is an error, not "no status". */
export async function readStatus(dir: string): Promise<IndexerStatus | null> {
  let text: string
  try {
    text = await readFile(join(dir, STATUS_FILE), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  return IndexerStatusSchema.parse(JSON.parse(text))
}
