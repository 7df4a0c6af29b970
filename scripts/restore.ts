/**
 * `npm run restore -- <map> [--overschrijven]`: puts a backup of `npm run backup` back into this
 * environment (DATA_DIR, DATABASE_URL). Stop the CMS, the worker and the site first. The manifest's
 * hashes are checked before anything is touched. Afterwards the database is migrated to this
 * version and one full rebuild of the search index is queued: the worker swaps it in when it starts
 * (the site serves the backed-up search store meanwhile). Then `npm run reindex -- --check` says 0.
 */
import { getPayload } from 'payload'
import { zetTerug } from './backup-lib'
import { bronUitOmgeving } from './backup-bron'

const args = process.argv.slice(2)
const van = args.find((a) => !a.startsWith('--'))
if (!van) {
  console.error('Geef de map van de backup: npm run restore -- backups/zorgatlas-…')
  process.exit(1)
}
try {
  const manifest = await zetTerug(van, bronUitOmgeving(), {
    overschrijven: args.includes('--overschrijven'),
  })
  console.log(`Backup van ${manifest.gemaakt} teruggezet (${manifest.database}).`)
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  if (payload.db.name !== 'mongoose') await payload.db.migrate()
  const { queueReindexJob } = await import('../cms/jobs/queue')
  await queueReindexJob(payload, 'backup teruggezet')
  console.log('De zoekindex wordt opnieuw opgebouwd zodra de worker start.')
  await payload.destroy()
  process.exit(0)
} catch (error) {
  console.error(`Terugzetten mislukt: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
