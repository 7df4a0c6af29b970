/**
 * Run in a child process against a restored data dir (DATA_DIR, DATABASE_URL): the worker's work
 * (the rebuild a restore queues), then reconcile, then the data as JSON on stdout.
 * Used by tests/int/backup.suite.ts.
 */
import { getPayload } from 'payload'
import { controleer } from '../../../search-indexer/reconcile'
import { mediaDoelFromEnv, sharedWriter } from '../../../search-indexer/sync'
import { dumpData, uploadHashes } from './data-dump'
import { runQueue } from './payload'

const { default: config } = await import('../../../payload.config')
const payload = await getPayload({ config })
await runQueue(payload)
const controle = await controleer(payload, { writer: sharedWriter(), media: mediaDoelFromEnv() })
const data = await dumpData(payload)
const uploads = uploadHashes(data, `${process.env.DATA_DIR}/media`)
process.stdout.write(`\n@@RESULT@@${JSON.stringify({ controle, data, uploads })}\n`)
await payload.destroy()
process.exit(0)
