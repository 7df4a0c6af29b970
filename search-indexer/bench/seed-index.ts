/**
 * Writes synthetic documents straight into the search index of DATA_DIR (no database): for
 * profiling the site and the engine alone. `npm run bench:data` is the real write path.
 * Run: `DATA_DIR=/tmp/x tsx search-indexer/bench/seed-index.ts 40000`
 */
import { createSearchWriter, engineConfigFromEnv } from '../engine/index'
import { syntheticDocuments, SYNTHETIC_GAZETTEER } from './synthetic'
import { CONTRACT_VERSIE } from '../contract'

const n = Number(process.argv[2] ?? 40_000)
const writer = createSearchWriter(engineConfigFromEnv())
const started = performance.now()
const docs = syntheticDocuments(n)
await writer.replaceAll(docs, SYNTHETIC_GAZETTEER)
await writer.publishLabels({ contractVersie: CONTRACT_VERSIE, lijsten: {} })
await writer.close()
console.log(
  `${n} synthetic documents indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`,
)
