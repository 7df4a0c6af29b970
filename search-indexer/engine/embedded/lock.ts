/**
 * An exclusive write lock between processes: a file created with O_EXCL ('wx'), holding the
 * owner's pid, host and time. Held only for the duration of one write.
 *
 * A lock is stale when its process is gone (same host) or it is older than `staleMs` (a write
 * takes seconds, so a lock that old belongs to a hung or recycled pid). Breaking a stale lock is
 * itself guarded by a second O_EXCL file, so two waiters cannot both break it and then both
 * think they own it.
 */
import { hostname } from 'node:os'
import { open, readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'

export const LOCK_FILE = 'write.lock'

export interface LockOptions {
  /** give up after this long (default 30 s) */
  timeoutMs?: number
  /** a lock older than this is stale whatever its pid (default 120 s) */
  staleMs?: number
  /** first retry delay; grows to 200 ms (default 10 ms) */
  retryMs?: number
}

interface LockOwner {
  pid: number
  host: string
  token: string
  createdAt: number
}

export class LockTimeoutError extends Error {
  override name = 'LockTimeoutError'
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const errno = (error: unknown): string | undefined => (error as NodeJS.ErrnoException).code

const processAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: exists but belongs to someone else
    return errno(error) === 'EPERM'
  }
}

const tryCreate = async (path: string, owner: LockOwner): Promise<boolean> => {
  try {
    const handle = await open(path, 'wx')
    try {
      await handle.writeFile(JSON.stringify(owner))
    } finally {
      await handle.close()
    }
    return true
  } catch (error) {
    if (errno(error) === 'EEXIST') return false
    throw error
  }
}

const readOwner = async (
  path: string,
): Promise<{ owner: LockOwner | null; mtimeMs: number } | null> => {
  try {
    const [text, s] = await Promise.all([readFile(path, 'utf8'), stat(path)])
    try {
      return { owner: JSON.parse(text) as LockOwner, mtimeMs: s.mtimeMs }
    } catch {
      // being written right now, or garbage: judged by age only
      return { owner: null, mtimeMs: s.mtimeMs }
    }
  } catch (error) {
    if (errno(error) === 'ENOENT') return null
    throw error
  }
}

const isStale = (info: { owner: LockOwner | null; mtimeMs: number }, staleMs: number): boolean => {
  const age = Date.now() - (info.owner?.createdAt ?? info.mtimeMs)
  if (age > staleMs) return true
  const owner = info.owner
  if (!owner) return false
  return owner.host === hostname() && !processAlive(owner.pid)
}

/** Remove a stale lock unless someone else is already doing so. */
const breakStaleLock = async (path: string, staleMs: number, seen: LockOwner | null) => {
  const breaker = `${path}.break`
  const me: LockOwner = {
    pid: process.pid,
    host: hostname(),
    token: 'break',
    createdAt: Date.now(),
  }
  if (!(await tryCreate(breaker, me))) {
    const info = await readOwner(breaker)
    // a breaker that died mid-break: remove it after a short grace period
    if (info && Date.now() - info.mtimeMs > 10_000) await rm(breaker, { force: true })
    return
  }
  try {
    const now = await readOwner(path)
    if (now && now.owner?.token === seen?.token && isStale(now, staleMs)) {
      await rm(path, { force: true })
    }
  } finally {
    await rm(breaker, { force: true })
  }
}

export interface HeldLock {
  release(): Promise<void>
}

export const acquireLock = async (dir: string, options: LockOptions = {}): Promise<HeldLock> => {
  const path = join(dir, LOCK_FILE)
  const timeoutMs = options.timeoutMs ?? 30_000
  const staleMs = options.staleMs ?? 120_000
  let delay = options.retryMs ?? 10
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    token: randomBytes(8).toString('hex'),
    createdAt: Date.now(),
  }
  const deadline = Date.now() + timeoutMs
  for (;;) {
    owner.createdAt = Date.now()
    if (await tryCreate(path, owner)) {
      return {
        release: async () => {
          const info = await readOwner(path)
          if (info?.owner?.token !== owner.token) {
            throw new Error(`search write lock ${path} was taken over while held`)
          }
          await rm(path, { force: true })
        },
      }
    }
    const info = await readOwner(path)
    if (info && isStale(info, staleMs)) {
      await breakStaleLock(path, staleMs, info.owner)
      continue
    }
    if (Date.now() > deadline) {
      const who = info?.owner ? `pid ${info.owner.pid} on ${info.owner.host}` : 'unknown owner'
      throw new LockTimeoutError(`could not get the search write lock ${path} (held by ${who})`)
    }
    await sleep(delay)
    delay = Math.min(200, delay * 2)
  }
}

/** Run `fn` while holding the lock. */
export const withLock = async <T>(
  dir: string,
  fn: () => Promise<T>,
  options?: LockOptions,
): Promise<T> => {
  const lock = await acquireLock(dir, options)
  try {
    return await fn()
  } finally {
    await lock.release()
  }
}
