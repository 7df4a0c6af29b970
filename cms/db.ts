/** The database port: one Payload adapter, chosen by DATABASE_URL. */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import type { CmsConfig } from './config'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export const migrationDirs = {
  sqlite: path.resolve(dirname, 'migrations/sqlite'),
  postgres: path.resolve(dirname, 'migrations/postgres'),
}

export function databaseAdapter(db: CmsConfig['database']): DatabaseAdapterObj {
  switch (db.kind) {
    case 'sqlite':
      return sqliteAdapter({
        client: { url: db.url },
        migrationDir: migrationDirs.sqlite,
        // Schema changes go through migrations only (see docs/adr/0003-workflow-on-payload-drafts.md).
        push: false,
        // cms, indexer worker and scripts share one file: WAL and a busy timeout avoid "database is locked".
        wal: true,
        busyTimeout: 10_000,
      })
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: db.url },
        migrationDir: migrationDirs.postgres,
        push: false,
      })
    case 'mongodb':
      return mongooseAdapter({ url: db.url })
  }
}
