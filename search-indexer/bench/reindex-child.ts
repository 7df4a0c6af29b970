/**
 * The full reindex of `npm run bench:load`, in its own process as the indexer does it in
 * production: node:sqlite is synchronous, so a replaceAll in the benchmark's own process would
 * stop its HTTP clients for the whole write and measure the benchmark, not the site.
 * Arguments: the store directory and the number of synthetic documents. Prints `{ "ms": … }`.
 */
import { EmbeddedSearchWriter } from '../engine/embedded/writer'
import { naDeHerindexering } from './load-set'
import { syntheticDocuments, SYNTHETIC_GAZETTEER } from './synthetic'

const main = async () => {
  const [dir, n] = process.argv.slice(2)
  if (!dir || !Number(n)) throw new Error('usage: reindex-child.ts <dir> <documents>')
  const next = naDeHerindexering(syntheticDocuments(Number(n)))
  const writer = new EmbeddedSearchWriter({ dir })
  const started = performance.now()
  await writer.replaceAll(next, SYNTHETIC_GAZETTEER)
  const ms = performance.now() - started
  await writer.close()
  process.stdout.write(JSON.stringify({ ms }))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
