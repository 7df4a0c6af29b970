/**
 * Backup and restore of a Zorgatlas data set (`npm run backup`, `npm run restore`):
 *
 *   database     SQLite: a consistent copy made online with `VACUUM INTO` (node:sqlite; the CMS and
 *                the worker may keep writing: the copy is one read transaction of the WAL database);
 *                PostgreSQL: `pg_dump --format=custom`, restored with `pg_restore`
 *   media        DATA_DIR/media (the CMS's uploads): copied before and after the database, so every
 *                file the copied database names is there (a file is written before its row and
 *                removed after it)
 *   public media DATA_DIR/publieke-media (local store; an S3 bucket is backed up by its own means)
 *   search       the embedded engine's store (`index.sqlite`, WAL: copied with `VACUUM INTO` like
 *                the database, never file by file) and its side files; Meilisearch is rebuilt
 *                instead
 *   secret       DATA_DIR/.payload-secret, when the data dir has one
 *
 * A restore puts everything back and queues one full rebuild of the index in the restored
 * database: the search store in the backup may be a little older or newer than the database copy (the
 * worker kept working), the site serves it meanwhile and the rebuild swaps in the exact state.
 * MongoDB: `mongodump --uri=… --archive=db.archive --gzip` and `mongorestore --drop --archive
 * --gzip` (documented in docs/production.md, not run here).
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { STORE_FILE } from '../search-indexer/engine/embedded/store'

export type BackupDatabase = 'sqlite' | 'postgres'

export interface Manifest {
  formaat: 'zorgatlas-backup'
  versie: 1
  /** ISO time the backup started */
  gemaakt: string
  database: BackupDatabase
  /** relative path → sha256 of every file in the backup except this manifest */
  bestanden: Record<string, string>
}

export interface BackupBron {
  dataDir: string
  /** DATABASE_URL as the CMS reads it ('' = SQLite in the data dir) */
  databaseUrl: string
  /** the local public media store, when it is not an S3 bucket */
  publiekeMediaDir?: string | null
  /** the embedded engine's directory, when the engine is embedded */
  zoekDir?: string | null
}

const MAPPEN = { media: 'media', publiek: 'publieke-media', zoek: 'search' } as const
/** Side files of the embedded engine that describe a running process, not the data. */
const NIET_IN_ZOEK = new Set([
  'indexer-status.json',
  'write.lock',
  '.lock',
  // the store is copied whole by VACUUM INTO (a file copy of a WAL database can be torn)
  STORE_FILE,
  `${STORE_FILE}-wal`,
  `${STORE_FILE}-shm`,
])

/** A consistent copy of an SQLite file in WAL mode while others write to it. */
function kopieerSqlite(van: string, naar: string): void {
  const db = new DatabaseSync(van)
  try {
    db.exec('PRAGMA busy_timeout = 30000')
    db.exec(`VACUUM INTO '${naar.replaceAll("'", "''")}'`)
  } finally {
    db.close()
  }
}

export function databaseSoort(url: string): BackupDatabase | 'mongodb' {
  if (url === '' || url.startsWith('file:')) return 'sqlite'
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return 'postgres'
  if (url.startsWith('mongodb')) return 'mongodb'
  throw new Error(`Onbekende DATABASE_URL: ${url.split(':')[0]}:…`)
}

/** The SQLite file of a data dir (as cms/config.ts `databaseFromUrl`). */
export function sqliteBestand(url: string, dataDir: string): string {
  if (url === '') return path.resolve(dataDir, 'zorgatlas.db')
  return path.resolve(url.replace(/^file:(\/\/)?/, ''))
}

/** A PostgreSQL URL without its password, and the password for PGPASSWORD (not on the command line). */
function pgVerbinding(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url)
  const password = decodeURIComponent(u.password)
  u.password = ''
  return { url: u.toString(), env: { ...process.env, ...(password && { PGPASSWORD: password }) } }
}

function draai(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', (error) =>
      reject(
        new Error(
          `${command} kon niet starten (${error.message}). Installeer de PostgreSQL-clienttools (Debian: apt-get install postgresql-client).`,
        ),
      ),
    )
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} stopte met code ${code}: ${stderr.trim()}`)),
    )
  })
}

/** Copies a folder's files that the target lacks (a second pass adds, never removes). */
function kopieerMap(van: string, naar: string, overslaan: Set<string> = new Set()): void {
  if (!fs.existsSync(van)) return
  fs.mkdirSync(naar, { recursive: true })
  for (const entry of fs.readdirSync(van, { withFileTypes: true })) {
    if (overslaan.has(entry.name) || entry.name.startsWith('.tmp-') || entry.name.endsWith('.tmp'))
      continue
    const a = path.join(van, entry.name)
    const b = path.join(naar, entry.name)
    if (entry.isDirectory()) kopieerMap(a, b)
    else if (entry.isFile() && !fs.existsSync(b)) {
      try {
        fs.copyFileSync(a, b)
      } catch (error) {
        // removed between the listing and the copy: it belongs to no backed-up row any more
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      }
    }
  }
}

function alleBestanden(dir: string, basis = dir): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? alleBestanden(p, basis) : [path.relative(basis, p)]
  })
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')

/** Makes a backup in `naar` (created; must not exist yet). Returns its manifest. */
export async function maakBackup(bron: BackupBron, naar: string): Promise<Manifest> {
  const soort = databaseSoort(bron.databaseUrl)
  if (soort === 'mongodb')
    throw new Error(
      'MongoDB: maak de backup met mongodump (zie docs/production.md); dit commando doet SQLite en PostgreSQL.',
    )
  if (fs.existsSync(naar) && fs.readdirSync(naar).length)
    throw new Error(`De map ${naar} bestaat al en is niet leeg.`)
  fs.mkdirSync(naar, { recursive: true })
  const gemaakt = new Date().toISOString()
  const media = path.join(bron.dataDir, 'media')

  // 1. uploads before the database: a file removed after its row was copied is still here
  kopieerMap(media, path.join(naar, MAPPEN.media))
  // 2. the public index and media before the database too (a restore rebuilds the index anyway)
  if (bron.zoekDir) {
    kopieerMap(bron.zoekDir, path.join(naar, MAPPEN.zoek), NIET_IN_ZOEK)
    const store = path.join(bron.zoekDir, STORE_FILE)
    if (fs.existsSync(store)) kopieerSqlite(store, path.join(naar, MAPPEN.zoek, STORE_FILE))
  }
  if (bron.publiekeMediaDir) kopieerMap(bron.publiekeMediaDir, path.join(naar, MAPPEN.publiek))
  // 3. the database, consistent and online
  if (soort === 'sqlite') {
    const bestand = sqliteBestand(bron.databaseUrl, bron.dataDir)
    if (!fs.existsSync(bestand)) throw new Error(`Geen SQLite-database gevonden: ${bestand}`)
    kopieerSqlite(bestand, path.join(naar, 'database.sqlite'))
  } else {
    const { url, env } = pgVerbinding(bron.databaseUrl)
    await draai(
      'pg_dump',
      [
        '--format=custom',
        '--no-owner',
        '--no-privileges',
        '--file',
        path.join(naar, 'database.dump'),
        '--dbname',
        url,
      ],
      env,
    )
  }
  // 4. uploads written while the database was copied
  kopieerMap(media, path.join(naar, MAPPEN.media))
  const secret = path.join(bron.dataDir, '.payload-secret')
  if (fs.existsSync(secret)) {
    fs.copyFileSync(secret, path.join(naar, '.payload-secret'))
    fs.chmodSync(path.join(naar, '.payload-secret'), 0o600)
  }
  const bestanden: Record<string, string> = {}
  for (const rel of alleBestanden(naar).sort()) bestanden[rel] = sha256(path.join(naar, rel))
  const manifest: Manifest = {
    formaat: 'zorgatlas-backup',
    versie: 1,
    gemaakt,
    database: soort,
    bestanden,
  }
  fs.writeFileSync(path.join(naar, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}

/** Reads and verifies a backup (every file present with its hash). */
export function leesBackup(van: string): Manifest {
  const file = path.join(van, 'manifest.json')
  if (!fs.existsSync(file))
    throw new Error(`${van} is geen backup van Zorgatlas (geen manifest.json).`)
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest
  if (manifest.formaat !== 'zorgatlas-backup' || manifest.versie !== 1)
    throw new Error(`${van}: onbekend backupformaat.`)
  for (const [rel, hash] of Object.entries(manifest.bestanden)) {
    const p = path.join(van, rel)
    if (!fs.existsSync(p)) throw new Error(`De backup is niet compleet: ${rel} ontbreekt.`)
    if (sha256(p) !== hash) throw new Error(`De backup is beschadigd: ${rel} klopt niet.`)
  }
  return manifest
}

/**
 * Puts a backup back into `doel` (its data dir and database). Refuses a data dir that already
 * holds a database unless `overschrijven`. Stop the CMS, the worker and the site first.
 */
export async function zetTerug(
  van: string,
  doel: BackupBron,
  opties: { overschrijven?: boolean } = {},
): Promise<Manifest> {
  const manifest = leesBackup(van)
  const soort = databaseSoort(doel.databaseUrl)
  if (soort !== manifest.database)
    throw new Error(
      `Deze backup is van een ${manifest.database}-database; DATABASE_URL wijst naar ${soort}.`,
    )
  fs.mkdirSync(doel.dataDir, { recursive: true })
  if (soort === 'sqlite') {
    const bestand = sqliteBestand(doel.databaseUrl, doel.dataDir)
    if (fs.existsSync(bestand) && !opties.overschrijven)
      throw new Error(
        `Er staat al een database in ${bestand}. Gebruik --overschrijven om hem te vervangen.`,
      )
    for (const extra of ['', '-wal', '-shm', '-journal'])
      fs.rmSync(`${bestand}${extra}`, { force: true })
    fs.mkdirSync(path.dirname(bestand), { recursive: true })
    fs.copyFileSync(path.join(van, 'database.sqlite'), bestand)
  } else {
    const { url, env } = pgVerbinding(doel.databaseUrl)
    await draai(
      'pg_restore',
      [
        '--clean',
        '--if-exists',
        '--no-owner',
        '--no-privileges',
        '--exit-on-error',
        '--dbname',
        url,
        path.join(van, 'database.dump'),
      ],
      env,
    )
  }
  const vervang = (map: string, naar: string | null | undefined) => {
    if (!naar) return
    fs.rmSync(naar, { recursive: true, force: true })
    kopieerMap(path.join(van, map), naar)
  }
  vervang(MAPPEN.media, path.join(doel.dataDir, 'media'))
  vervang(MAPPEN.publiek, doel.publiekeMediaDir)
  vervang(MAPPEN.zoek, doel.zoekDir)
  const secret = path.join(van, '.payload-secret')
  const doelSecret = path.join(doel.dataDir, '.payload-secret')
  if (fs.existsSync(secret) && (!fs.existsSync(doelSecret) || opties.overschrijven)) {
    fs.copyFileSync(secret, doelSecret)
    fs.chmodSync(doelSecret, 0o600)
  }
  return manifest
}
