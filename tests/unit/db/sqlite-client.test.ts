/**
 * The serialised libsql client (cms/db/sqlite-client.ts) on a real SQLite file. A second libsql
 * client on the same file stands for another process (the CMS for the worker, or the worker for
 * the CMS): SQLite's write lock works per connection, so the waits are the same.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createClient, type Client } from '@libsql/client'
import { afterEach, describe, expect, it } from 'vitest'
import { serializedClient } from '../../../cms/db/sqlite-client'

const dirs: string[] = []
const clients: Client[] = []
afterEach(async () => {
  for (const c of clients.splice(0)) c.close()
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** A WAL database file with one table, as the CMS, the worker and the scripts share it. */
async function database(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'zorgatlas-sqlite-'))
  dirs.push(dir)
  const file = join(dir, 'db.sqlite')
  const setup = createClient({ url: `file:${file}` })
  await setup.execute('PRAGMA journal_mode = WAL')
  await setup.execute('CREATE TABLE t (x INTEGER)')
  setup.close()
  return file
}

/** Another process's connection (not serialised with ours). */
const connection = (file: string): Client => {
  const client = createClient({ url: `file:${file}` })
  clients.push(client)
  return client
}

/** A client as the CMS or the worker has it, after its first transaction (as in use). */
async function processClient(file: string, busyTimeoutMs: number): Promise<Client> {
  const client = serializedClient(connection(file), { busyTimeoutMs })
  await (await client.transaction('write')).commit()
  return client
}

const count = async (file: string) =>
  Number((await connection(file).execute('SELECT count(*) AS n FROM t')).rows[0]!.n)

const writes: Record<string, (client: Client, x: number) => Promise<unknown>> = {
  'a single statement': (client, x) =>
    client.execute({ sql: 'INSERT INTO t VALUES (?)', args: [x] }),
  'a batch': (client, x) => client.batch([{ sql: 'INSERT INTO t VALUES (?)', args: [x] }]),
  'a transaction': async (client, x) => {
    const tx = await client.transaction('write')
    await tx.execute({ sql: 'INSERT INTO t VALUES (?)', args: [x] })
    await tx.commit()
  },
}

describe('serialised SQLite client: waiting for another process', () => {
  it.each(Object.keys(writes))(
    "%s waits for another process's write lock without blocking the event loop",
    async (kind) => {
      const file = await database()
      const client = await processClient(file, 10_000)
      const other = await connection(file).transaction('write')
      await other.execute('INSERT INTO t VALUES (1)')
      let settled = false
      // The other process commits from a timer: only possible while our write waits
      // asynchronously; a synchronous wait holds the event loop until it gives up.
      const freed = new Promise<boolean>((resolve) =>
        setTimeout(() => {
          const stillWaiting = !settled
          void other.commit().then(() => resolve(stillWaiting))
        }, 200),
      )
      const write = writes[kind]!(client, 2).finally(() => (settled = true))
      await expect(write).resolves.not.toThrow()
      expect(await freed, 'the lock was freed while the write still waited').toBe(true)
      expect(await count(file)).toBe(2)
    },
  )

  it('gives up with "database is locked" after its budget, the event loop running meanwhile', async () => {
    const file = await database()
    const client = await processClient(file, 400)
    const other = await connection(file).transaction('write')
    await other.execute('INSERT INTO t VALUES (1)')
    let settled = false
    let timerRanWhileWaiting = false
    setTimeout(() => (timerRanWhileWaiting = !settled), 50)
    const write = client.execute('INSERT INTO t VALUES (2)').finally(() => (settled = true))
    await expect(write).rejects.toThrow(/database is locked|SQLITE_BUSY/)
    expect(timerRanWhileWaiting).toBe(true)
    await other.rollback()
    // The client is usable afterwards: its next write is committed (another connection sees it)
    // and leaves the lock free (another connection can write).
    await client.execute('INSERT INTO t VALUES (3)')
    await (await processClient(file, 400)).execute('INSERT INTO t VALUES (4)')
    const seen = await connection(file).execute('SELECT x FROM t ORDER BY x')
    expect(seen.rows.map((r) => Number(r.x))).toEqual([3, 4])
  })
})

describe('serialised SQLite client: fair to other processes', () => {
  it('a process that writes without a pause still lets another process write', async () => {
    const file = await database()
    const busy = await processClient(file, 10_000)
    const worker = await processClient(file, 5_000)
    // Three chains in one process, each transaction holding the write lock while it works
    // (as the CMS does with three approvals at once): the lock passes from one to the next.
    let stop = false
    let done = 0
    const chains = [0, 1, 2].map(async () => {
      while (!stop) {
        const tx = await busy.transaction('write')
        await tx.execute('INSERT INTO t VALUES (0)')
        await sleep(20)
        await tx.execute('INSERT INTO t VALUES (0)')
        await tx.commit()
        done++
      }
    })
    try {
      await sleep(100)
      // the other process's write gets its turn while the chains keep writing
      await expect(worker.execute('INSERT INTO t VALUES (7)')).resolves.not.toThrow()
      expect(stop, 'the chains were still writing').toBe(false)
    } finally {
      stop = true
      await Promise.all(chains)
    }
    expect(done).toBeGreaterThan(0)
    const rows = await connection(file).execute('SELECT count(*) AS n FROM t WHERE x = 7')
    expect(Number(rows.rows[0]!.n)).toBe(1)
  }, 30_000)
})
