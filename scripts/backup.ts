/**
 * `npm run backup [-- <map>]`: a consistent backup of this environment's data while everything
 * keeps running (scripts/backup-lib.ts): the database (SQLite online with VACUUM INTO, PostgreSQL
 * with pg_dump), the uploads, the public media and the search store, with a manifest of hashes.
 * Default folder: backups/zorgatlas-<time> under the working directory.
 */
import path from 'node:path'
import { maakBackup } from './backup-lib'
import { bronUitOmgeving } from './backup-bron'

const arg = process.argv.slice(2).find((a) => !a.startsWith('--'))
const naar = path.resolve(
  arg ?? path.join('backups', `zorgatlas-${new Date().toISOString().replace(/[:.]/g, '-')}`),
)
try {
  const started = Date.now()
  const manifest = await maakBackup(bronUitOmgeving(), naar)
  console.log(
    `Backup gemaakt in ${naar}: ${manifest.database}, ${Object.keys(manifest.bestanden).length} bestanden, ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  )
} catch (error) {
  console.error(`Backup mislukt: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
