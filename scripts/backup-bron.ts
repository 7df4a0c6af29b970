/** Where the data of this environment lives (DATA_DIR, DATABASE_URL, engine and media config). */
import '../search-indexer/runtime/load-env'
import path from 'node:path'
import { engineConfigFromEnv } from '../search-indexer/engine/config'
import { mediaStoreConfigFromEnv } from '../search-indexer/media/config'
import type { BackupBron } from './backup-lib'

export function bronUitOmgeving(env: NodeJS.ProcessEnv = process.env): BackupBron {
  const dataDir = path.resolve(env.DATA_DIR || './data')
  const withDir = { ...env, DATA_DIR: dataDir }
  const engine = engineConfigFromEnv(withDir)
  const media = mediaStoreConfigFromEnv(withDir)
  return {
    dataDir,
    databaseUrl: env.DATABASE_URL ?? '',
    zoekDir: engine.engine === 'embedded' ? engine.dir : null,
    publiekeMediaDir: media.store === 'local' ? media.dir : null,
  }
}
