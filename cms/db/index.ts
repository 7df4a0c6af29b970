/**
 * The database port: one Payload adapter, chosen by DATABASE_URL. Only that adapter's package is
 * loaded: each brings its own driver and schema tools, and loading all three took a process that
 * loads the config (CMS, worker, scripts, every integration test file) about 1 to 2 s more.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Client } from '@libsql/client'
import type { DatabaseAdapterObj } from 'payload'
import type { CmsConfig } from '../config'
import { serializedClient } from './sqlite-client'

/** How long a write waits in all for another process's write lock (in short steps, see the client). */
const SQLITE_BUSY_TIMEOUT_MS = 10_000

/**
 * The SQLite adapter creates its libsql client in `connect()` (`this.client = createClient(…)`);
 * the setter wraps that client as it is assigned, so every statement goes through it.
 */
function withSerializedClient(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args)
      let client: Client | undefined
      Object.defineProperty(instance, 'client', {
        configurable: true,
        enumerable: true,
        get: () => client,
        set: (value: Client | undefined) => {
          client = value
            ? serializedClient(value, { busyTimeoutMs: SQLITE_BUSY_TIMEOUT_MS })
            : value
        },
      })
      return instance
    },
  }
}

const dirname = path.dirname(fileURLToPath(import.meta.url))

export const migrationDirs = {
  sqlite: path.resolve(dirname, '../migrations/sqlite'),
  postgres: path.resolve(dirname, '../migrations/postgres'),
}

export async function databaseAdapter(db: CmsConfig['database']): Promise<DatabaseAdapterObj> {
  switch (db.kind) {
    case 'sqlite': {
      const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
      return withSerializedClient(
        sqliteAdapter({
          client: { url: db.url },
          migrationDir: migrationDirs.sqlite,
          // Schema changes go through migrations only (see docs/adr/0003-workflow-on-payload-drafts.md).
          push: false,
          // cms, indexer worker and scripts share one file: WAL, and the wrapped client below waits
          // for another process's write lock. No `busyTimeout` here: the adapter would give the
          // connection the whole wait as SQLite's busy timeout, which blocks the event loop.
          wal: true,
          // All or nothing on SQLite too; safe only with the serialised client below (ADR 0005).
          transactionOptions: {},
        }),
      )
    }
    case 'postgres': {
      const { postgresAdapter } = await import('@payloadcms/db-postgres')
      return postgresAdapter({
        pool: { connectionString: db.url },
        migrationDir: migrationDirs.postgres,
        push: false,
      })
    }
    case 'mongodb': {
      const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
      return mongooseAdapter({ url: db.url })
    }
  }
}
