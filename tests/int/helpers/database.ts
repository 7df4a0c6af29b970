/**
 * Test databases: a fresh SQLite file or a fresh PostgreSQL database per test file.
 * PostgreSQL comes from Debian (scripts/ensure-postgres.sh starts it for `npm test`).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

export type DbKind = 'sqlite' | 'postgres' | 'mongodb'

/** A live MongoDB for the contract tests (not installable here): MONGODB_URI=mongodb://host:27017 */
export const MONGODB_URI = process.env.MONGODB_URI

export const POSTGRES_ADMIN_URL =
  process.env.TEST_POSTGRES_URL ?? 'postgres://zorgatlas:zorgatlas@127.0.0.1:5432/postgres'

export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({
    connectionString: POSTGRES_ADMIN_URL,
    connectionTimeoutMillis: 2000,
  })
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    return false
  }
}

/** Creates an empty database and returns its URL (DATABASE_URL). */
export async function freshDatabase(kind: DbKind, dataDir: string): Promise<string> {
  if (kind === 'sqlite') return `file:${path.join(dataDir, 'test.db')}`
  if (kind === 'mongodb') {
    if (!MONGODB_URI) throw new Error('MONGODB_URI is not set')
    const url = new URL(MONGODB_URI)
    url.pathname = `/zorgatlas_test_${process.pid}_${Date.now().toString(36)}`
    return url.toString()
  }
  const name = `zorgatlas_test_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL })
  await client.connect()
  await client.query(`CREATE DATABASE ${name}`)
  await client.end()
  const url = new URL(POSTGRES_ADMIN_URL)
  url.pathname = `/${name}`
  return url.toString()
}

export async function dropDatabase(databaseUrl: string): Promise<void> {
  if (databaseUrl.startsWith('mongodb')) {
    const { default: mongoose } = await import('mongoose')
    const conn = await mongoose.createConnection(databaseUrl).asPromise()
    await conn.dropDatabase()
    await conn.close()
    return
  }
  if (!databaseUrl.startsWith('postgres')) return
  const name = new URL(databaseUrl).pathname.slice(1)
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL })
  await client.connect()
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  await client.end()
}

/**
 * Where test data goes: a memory file system (/dev/shm) when it has room, else the system's temp
 * folder. SQLite commits with synchronous=FULL: on a busy disk every commit can wait milliseconds
 * for its fsync (thousands of commits per suite); the tests check what is stored, not the disk.
 */
function tempRoot(): string {
  const shm = '/dev/shm'
  try {
    fs.accessSync(shm, fs.constants.W_OK)
    const { bavail, bsize } = fs.statfsSync(shm)
    if (bavail * bsize >= 2 * 1024 ** 3) return shm
  } catch {
    /* no /dev/shm here */
  }
  return os.tmpdir()
}
const TEMP_ROOT = tempRoot()

/** Folders made by tempDir, removed when the test process ends (memory, when on /dev/shm). */
const tempDirs: string[] = []
process.once('exit', () => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true })
})

export const tempDir = (prefix: string) => {
  const dir = fs.mkdtempSync(path.join(TEMP_ROOT, `${prefix}-`))
  tempDirs.push(dir)
  return dir
}
