/**
 * `npm run reindex`: rebuild the whole public index from Definitief data, then swap atomically.
 * Searches keep being served from the old index until the swap.
 */
import { getPayload } from 'payload'
import config from '../payload.config'
import { reindexAll, sharedWriter } from './sync'

const payload = await getPayload({ config })
const writer = sharedWriter()
const started = Date.now()
const result = await reindexAll(payload, writer)
console.log(
  `Herindexeren klaar: ${result.publiek} openbare locaties (van ${result.locaties} Definitieve locaties) in ${Date.now() - started} ms`,
)
await writer.close()
await payload.destroy()
process.exit(0)
