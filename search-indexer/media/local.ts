/**
 * The local-folder adapter of the PublicMediaStore (default: `${DATA_DIR}/publieke-media`). Files
 * are written to a temporary name and renamed, so a reader never sees half a file. Only valid keys
 * (keys.ts) become paths: nothing outside the folder can be read or written.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CONTENT_TYPE, isMediaKey, LOCATIE_ID, MEDIA_KEY } from './keys'
import type { MediaObject, PublicMediaStore } from './port'

const isMissing = (error: unknown) =>
  ['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')

export class LocalMediaStore implements PublicMediaStore {
  readonly kind = 'local' as const
  constructor(readonly dir: string) {}

  private path(key: string): string {
    if (!isMediaKey(key)) throw new Error(`invalid media key: ${key}`)
    const [locatie, naam] = key.split('/') as [string, string]
    return join(this.dir, locatie, naam)
  }

  async put(key: string, body: Uint8Array, _contentType?: string): Promise<void> {
    const target = this.path(key)
    try {
      await stat(target)
      return // immutable: same key, same content
    } catch (error) {
      if (!isMissing(error)) throw error
    }
    await mkdir(join(target, '..'), { recursive: true })
    const tmp = join(this.dir, `.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
    try {
      await writeFile(tmp, body, { flag: 'wx' })
      await rename(tmp, target)
    } catch (error) {
      await rm(tmp, { force: true })
      throw error
    }
  }

  async get(key: string): Promise<MediaObject | null> {
    const m = MEDIA_KEY.exec(key)
    if (!m) return null
    try {
      return { body: await readFile(this.path(key)), contentType: CONTENT_TYPE[m[5]!]! }
    } catch (error) {
      if (isMissing(error)) return null
      throw error
    }
  }

  async list(locatieId: string): Promise<string[]> {
    if (!LOCATIE_ID.test(locatieId)) return []
    try {
      const names = await readdir(join(this.dir, locatieId))
      return names.map((n) => `${locatieId}/${n}`).filter(isMediaKey)
    } catch (error) {
      if (isMissing(error)) return []
      throw error
    }
  }

  async locaties(): Promise<string[]> {
    try {
      const entries = await readdir(this.dir, { withFileTypes: true })
      return entries.filter((e) => e.isDirectory() && LOCATIE_ID.test(e.name)).map((e) => e.name)
    } catch (error) {
      if (isMissing(error)) return []
      throw error
    }
  }

  async delete(keys: string[]): Promise<void> {
    const dirs = new Set<string>()
    for (const key of keys) {
      await rm(this.path(key), { force: true })
      dirs.add(key.split('/')[0]!)
    }
    // an empty location folder goes too (a folder with files stays: rmdir refuses)
    for (const d of dirs) {
      try {
        await rmdir(join(this.dir, d))
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && !isMissing(error)) throw error
      }
    }
  }
}
