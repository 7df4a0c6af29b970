/**
 * Safe transactions on SQLite (ADR 0005). Payload's SQLite adapter runs without transactions
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
 * transaction without blocking the event loop) and gives every new connection the busy timeout,
 * so writers in other processes (indexer worker, seed, migrate) are waited for, not failed.
 * Reads never wait: WAL lets them run beside the writer.
 */
import type { Client, InStatement, ResultSet, Transaction, TransactionMode } from '@libsql/client'

export interface SerializedClientOptions {
  /** ms another process's write lock is waited for (PRAGMA busy_timeout) */
  busyTimeoutMs: number
  /** ms a write waits for this process's open transaction before failing */
  lockTimeoutMs?: number
}

/** An async mutex with a timeout; `release` is idempotent. */
export class WriteLock {
  private tail: Promise<void> = Promise.resolve()
  private held = 0

  /** Number of writers holding or waiting for the lock (for tests and health). */
  get pending(): number {
    return this.held
  }

  async acquire(timeoutMs: number): Promise<() => void> {
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
    let released = false
    return () => {
      if (released) return
      released = true
      this.held--
      release()
    }
  }
}

const sqlOf = (stmt: InStatement): string => (typeof stmt === 'string' ? stmt : stmt.sql)

/** Statements that only read; everything else takes the process's write lock. */
export const isReadOnly = (stmt: InStatement): boolean =>
  /^\s*(select|explain|pragma\s+\w+\s*;?\s*$)/i.test(sqlOf(stmt))

export function serializedClient(inner: Client, options: SerializedClientOptions): Client {
  const lock = new WriteLock()
  const lockTimeout = options.lockTimeoutMs ?? 30_000
  const pragma = `PRAGMA busy_timeout = ${Math.max(0, Math.round(options.busyTimeoutMs))};`

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
            const run = () =>
              (target.execute as (s: InStatement, a?: unknown) => Promise<ResultSet>)(stmt, args)
            return isReadOnly(stmt) ? run() : locked(run)
          }
        case 'batch':
          return (stmts: InStatement[], mode?: TransactionMode) =>
            stmts.every(isReadOnly)
              ? target.batch(stmts, mode)
              : // 'write' = BEGIN IMMEDIATE: take the write lock first, never upgrade a read later.
                locked(() => target.batch(stmts, mode === 'read' ? 'write' : (mode ?? 'write')))
        case 'executeMultiple':
          return (sql: string) => locked(() => target.executeMultiple(sql))
        case 'migrate':
          return (stmts: InStatement[]) => locked(() => target.migrate(stmts))
        case 'transaction':
          return async (mode?: TransactionMode) => {
            const release = await lock.acquire(lockTimeout)
            try {
              // Both calls run synchronously up to their first await: the transaction takes the
              // current connection and the client opens a new one, which gets the busy timeout
              // before any other code can use it.
              const tx = target.transaction(mode ?? 'write')
              void target.execute(pragma).catch(() => undefined) // a failure shows on next use
              return wrapTransaction(await tx, release)
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
