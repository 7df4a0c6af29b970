/**
 * Safe transactions on SQLite (ADR 0006). Payload's SQLite adapter runs without transactions
 * unless given `transactionOptions`, and with them, the libsql client deadlocks or fails with
 * "database is locked" as soon as two writes overlap in one process:
 *
 * - a transaction takes the client's connection (`BEGIN IMMEDIATE`) and the client opens a new one
 *   for everything else, without the adapter's `busy_timeout` (measured: 0 ms), so any write
 *   while another process writes fails at once;
 * - libsql executes statements synchronously: a second writer in the same process waits for the
 *   write lock inside the busy handler, blocking the event loop, so the transaction holding the
 *   lock can never commit — a deadlock that ends in "database is locked".
 *
 * This wrapper serialises writes within the process with an async lock (a write waits for the open
 * transaction without blocking the event loop). Writers in other processes (the CMS, the indexer
 * worker, seed, migrate) are waited for, not failed, and without freezing this process:
 *
 * - SQLite's busy handler waits synchronously, so every connection gets a short busy timeout
 *   (BUSY_STEP_MS); a write that still finds the lock taken is tried again after an asynchronous
 *   pause, up to `busyTimeoutMs` in all. Measured before: the worker's event loop stood still for
 *   the whole 10 s busy timeout while the CMS wrote, its heartbeat and leases with it.
 * - Fair turns: SQLite has no queue between processes, and a process whose writers follow each
 *   other without a break (three approvals at once held the lock 98 % of the time, measured) starves
 *   the others. After TURN_MS of writing without a break, the next writer of this process leaves
 *   the lock free for TURN_PAUSE_MS first, so a writer of another process gets its turn.
 *
 * Reads never wait: WAL lets them run beside the writer.
 */
import type { Client, InStatement, ResultSet, Transaction, TransactionMode } from '@libsql/client'

export interface SerializedClientOptions {
  /** ms another process's write lock is waited for in all (in steps of BUSY_STEP_MS) */
  busyTimeoutMs: number
  /** ms a write waits for this process's open transaction before failing */
  lockTimeoutMs?: number
}

/** Longest synchronous wait for another process's write lock in one try (PRAGMA busy_timeout). */
export const BUSY_STEP_MS = 50
/** Asynchronous pause between two tries. */
const BUSY_PAUSE_MS = 10
/** After this long writing without a break, this process leaves the write lock free… */
export const TURN_MS = 200
/** …this long: more than the longest gap between another process's tries (steps and pauses). */
export const TURN_PAUSE_MS = 50

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** SQLITE_BUSY and its extended codes, as libsql reports them. */
export const isBusy = (error: unknown): boolean => {
  const e = error as { code?: unknown; rawCode?: unknown; message?: unknown } | null
  return (
    (typeof e?.code === 'string' && e.code.startsWith('SQLITE_BUSY')) ||
    (typeof e?.rawCode === 'number' && (e.rawCode & 0xff) === 5) ||
    /database is locked/i.test(String(e?.message))
  )
}

/**
 * An async mutex with a timeout; `release` is idempotent. It also keeps the process's turns fair
 * (see above): a writer that takes over after TURN_MS of writes without a break waits
 * TURN_PAUSE_MS, holding this lock but not SQLite's, before it writes.
 */
export class WriteLock {
  private tail: Promise<void> = Promise.resolve()
  private held = 0
  /** when this process's current turn of writes began (null: none yet) */
  private turnStart: number | null = null
  /** when the last writer released the lock with nobody waiting */
  private freeSince = 0

  constructor(
    private readonly turn: { turnMs: number; pauseMs: number } = {
      turnMs: TURN_MS,
      pauseMs: TURN_PAUSE_MS,
    },
  ) {}

  /** Number of writers holding or waiting for the lock (for tests and health). */
  get pending(): number {
    return this.held
  }

  async acquire(timeoutMs: number): Promise<() => void> {
    const wasFree = this.held === 0
    this.held++
    let release!: () => void
    const mine = new Promise<void>((resolve) => (release = resolve))
    const previous = this.tail
    this.tail = previous.then(() => mine)
    let timer: NodeJS.Timeout | undefined
    try {
      await Promise.race([
        previous,
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () =>
              reject(
                new Error(
                  `database is busy: waited ${timeoutMs} ms for another write in this process`,
                ),
              ),
            timeoutMs,
          )
          timer.unref()
        }),
      ])
    } catch (error) {
      // Give up our place: the next writer waits for the one before us instead.
      this.held--
      release()
      throw error
    } finally {
      clearTimeout(timer)
    }
    await this.takeTurn(wasFree)
    let released = false
    return () => {
      if (released) return
      released = true
      this.held--
      if (this.held === 0) this.freeSince = Date.now()
      release()
    }
  }

  /** A new turn after a real break; a pause first when the current turn has lasted too long. */
  private async takeTurn(wasFree: boolean): Promise<void> {
    const now = Date.now()
    if (this.turnStart === null || (wasFree && now - this.freeSince >= this.turn.pauseMs)) {
      this.turnStart = now
      return
    }
    if (now - this.turnStart < this.turn.turnMs) return
    await sleep(this.turn.pauseMs)
    this.turnStart = Date.now()
  }
}

const sqlOf = (stmt: InStatement): string => (typeof stmt === 'string' ? stmt : stmt.sql)

/** Statements that only read; everything else takes the process's write lock. */
export const isReadOnly = (stmt: InStatement): boolean =>
  /^\s*(select|explain|pragma\s+\w+\s*;?\s*$)/i.test(sqlOf(stmt))

export function serializedClient(inner: Client, options: SerializedClientOptions): Client {
  const lock = new WriteLock()
  const lockTimeout = options.lockTimeoutMs ?? 30_000
  const pragma = `PRAGMA busy_timeout = ${Math.min(BUSY_STEP_MS, Math.max(0, Math.round(options.busyTimeoutMs)))};`
  // the connection the client opened with (later ones get it where they are opened, below)
  void inner.execute(pragma).catch(() => undefined) // a failure shows on next use

  /**
   * libsql (0.4) does not reset a statement that failed busy: it stays in progress on its
   * connection until the garbage collector finalizes it, and until then that connection's writes
   * are never committed and keep the write lock (libsql-client-ts#352). So the client leaves that
   * connection behind: a transaction takes the client's connection (it is closed again at once)
   * and the client opens a new one, which gets the busy timeout in the same synchronous turn.
   */
  const leaveConnection = () => {
    const left = inner.transaction('deferred')
    void inner.execute(pragma).catch(() => undefined)
    void left.then((tx) => tx.close()).catch(() => undefined)
  }

  /** Tries `work` again while another process holds the write lock, up to busyTimeoutMs. */
  const patiently = async <T>(work: () => Promise<T>): Promise<T> => {
    const until = Date.now() + options.busyTimeoutMs
    for (;;) {
      try {
        return await work()
      } catch (error) {
        if (!isBusy(error)) throw error
        leaveConnection()
        if (Date.now() + BUSY_PAUSE_MS >= until) throw error
        await sleep(BUSY_PAUSE_MS)
      }
    }
  }

  const locked = async <T>(work: () => Promise<T>): Promise<T> => {
    const release = await lock.acquire(lockTimeout)
    try {
      return await work()
    } finally {
      release()
    }
  }

  const wrapTransaction = (tx: Transaction, release: () => void): Transaction =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop === 'commit' || prop === 'rollback') {
          return async () => {
            try {
              await (target[prop] as () => Promise<void>).call(target)
            } finally {
              release()
            }
          }
        }
        if (prop === 'close') {
          return () => {
            try {
              target.close()
            } finally {
              release()
            }
          }
        }
        const value = Reflect.get(target, prop, receiver) as unknown
        return typeof value === 'function' ? value.bind(target) : value
      },
    })

  return new Proxy(inner, {
    get(target, prop, receiver) {
      switch (prop) {
        case 'execute':
          return (stmt: InStatement, args?: unknown) => {
            // one statement fails or succeeds as a whole: safe to try again
            const run = () =>
              patiently(() =>
                (target.execute as (s: InStatement, a?: unknown) => Promise<ResultSet>)(stmt, args),
              )
            return isReadOnly(stmt) ? run() : locked(run)
          }
        case 'batch':
          // a batch is one transaction, rolled back when it fails: safe to try again
          return (stmts: InStatement[], mode?: TransactionMode) =>
            stmts.every(isReadOnly)
              ? patiently(() => target.batch(stmts, mode))
              : // 'write' = BEGIN IMMEDIATE: take the write lock first, never upgrade a read later.
                locked(() =>
                  patiently(() =>
                    target.batch(stmts, mode === 'read' ? 'write' : (mode ?? 'write')),
                  ),
                )
        case 'executeMultiple':
          // not tried again: its statements run one by one, and some may have been applied
          return (sql: string) => locked(() => target.executeMultiple(sql))
        case 'migrate':
          return (stmts: InStatement[]) => locked(() => patiently(() => target.migrate(stmts)))
        case 'transaction':
          return async (mode?: TransactionMode) => {
            const release = await lock.acquire(lockTimeout)
            try {
              const tx = await patiently(() => {
                // Both calls run synchronously up to their first await: the transaction takes the
                // current connection and the client opens a new one, which gets the busy timeout
                // before any other code can use it. BEGIN failing leaves the connection in place.
                const begun = target.transaction(mode ?? 'write')
                void target.execute(pragma).catch(() => undefined) // a failure shows on next use
                return begun
              })
              return wrapTransaction(tx, release)
            } catch (error) {
              release()
              throw error
            }
          }
        default: {
          const value = Reflect.get(target, prop, receiver) as unknown
          return typeof value === 'function' ? value.bind(target) : value
        }
      }
    },
  })
}
