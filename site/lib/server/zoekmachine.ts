/**
 * What the site must know about the engine before it answers: is the index ready (never answer
 * "unknown place" or "0 locaties" from an index that is still loading), and the gazetteer.
 */
import type { SearchReader } from '../../../search-indexer/engine/port'
import { Plaatsen } from './zoektaal/plaatsen'

/** The index is still loading: answer 503 "starting", never a result. */
export class ZoekmachineStart extends Error {
  override name = 'ZoekmachineStart'
  constructor(message = 'the search index is still loading') {
    super(message)
  }
}

/** Seconds a client should wait before asking again while the index starts. */
export const OPNIEUW_NA_SECONDEN = 5

/** Once ready, an index stays ready (a reader keeps serving its last index); look again now and then. */
const GEREED_GELDIG_MS = 30_000
const gereedSinds = new WeakMap<SearchReader, number>()

/** Throws ZoekmachineStart unless the engine serves an index. */
export const zorgDatGereed = async (reader: SearchReader): Promise<void> => {
  const sinds = gereedSinds.get(reader)
  if (sinds !== undefined && Date.now() - sinds < GEREED_GELDIG_MS) return
  const health = await reader.health()
  if (health.status === 'starting') throw new ZoekmachineStart(health.message)
  if (health.status !== 'ok') throw new Error(`search engine ${health.status}: ${health.message}`)
  gereedSinds.set(reader, Date.now())
}

const PLAATSEN_GELDIG_MS = 60_000
const plaatsenCache = new WeakMap<SearchReader, { at: number; plaatsen: Plaatsen }>()

/**
 * The gazetteer of the engine, cached for a minute per reader. An empty gazetteer is not cached
 * and means the index is not complete yet.
 */
export const getPlaatsen = async (reader: SearchReader): Promise<Plaatsen> => {
  const cached = plaatsenCache.get(reader)
  if (cached && Date.now() - cached.at < PLAATSEN_GELDIG_MS) return cached.plaatsen
  const plaatsen = new Plaatsen(await reader.getGazetteer())
  if (plaatsen.size > 0) plaatsenCache.set(reader, { at: Date.now(), plaatsen })
  return plaatsen
}

/** For tests. */
export const vergeetZoekmachine = (reader: SearchReader): void => {
  gereedSinds.delete(reader)
  plaatsenCache.delete(reader)
}
