/**
 * Which icon files exist. Icons are drawn by another part of the project into
 * site/public/icons/<key>.svg (copied to dist/site/client/icons by the build); a key without a
 * file renders as its text label only. The directory listing is cached for a minute.
 */
import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'

const TTL_MS = 60 * 1000
let cache: { at: number; keys: Set<string> } | null = null

const iconDirs = (): string[] => {
  const fromEnv = process.env.SITE_ICONS_DIR
  const built = resolve('dist/site/client/icons')
  const source = resolve('site/public/icons')
  const dirs = import.meta.env?.DEV ? [source, built] : [built, source]
  return fromEnv ? [resolve(fromEnv), ...dirs] : dirs
}

const listIcons = (): Set<string> => {
  for (const dir of iconDirs()) {
    try {
      const files = readdirSync(dir)
      return new Set(files.filter((f) => f.endsWith('.svg')).map((f) => f.slice(0, -4)))
    } catch {
      // try the next directory
    }
  }
  return new Set()
}

/** True when /icons/<key>.svg can be served. */
export const hasIcon = (key: string | undefined | null): boolean => {
  if (!key || !/^[a-z0-9-]+$/i.test(key)) return false
  if (!cache || Date.now() - cache.at > TTL_MS) cache = { at: Date.now(), keys: listIcons() }
  return cache.keys.has(key)
}
