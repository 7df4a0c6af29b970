/**
 * Import this first in every entry point: `import '…/search-indexer/runtime/load-env'`.
 * Loads the project's `.env` into `process.env` (see env-file.ts).
 */
import { loadProjectEnv } from './env-file'

loadProjectEnv()
