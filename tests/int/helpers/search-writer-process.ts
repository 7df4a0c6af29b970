/**
 * A writer in its own process, for the cross-process tests:
 *   tsx search-writer-process.ts <dir> load | delete-1 | upsert-range:<start>:<count>
 * Upserts of a range are done one document per write, to interleave with other writers.
 */
import { EmbeddedSearchWriter } from '../../../search-indexer/engine/embedded/writer'
import { GAZETTEER, makePublicDocument, sampleDocuments } from '../../fixtures/public-documents'

const [dir, action] = process.argv.slice(2)
if (!dir || !action) throw new Error('usage: search-writer-process.ts <dir> <action>')

const writer = new EmbeddedSearchWriter({ dir })
if (action === 'load') {
  await writer.replaceAll(sampleDocuments(), GAZETTEER)
} else if (action === 'delete-1') {
  await writer.delete(['locatie-1'])
} else if (action.startsWith('upsert-range:')) {
  const [, start, count] = action.split(':').map(Number)
  for (let i = start ?? 0; i < (start ?? 0) + (count ?? 0); i++) {
    await writer.upsert([
      makePublicDocument({ id: `locatie-${i}`, locatieId: String(i), naam: `Proces ${i}` }),
    ])
  }
} else {
  throw new Error(`unknown action ${action}`)
}
await writer.close()
console.log(await Promise.resolve('done'))
