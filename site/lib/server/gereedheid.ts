/**
 * Readiness: can this site process search? One real search through its reader, by the same path
 * as `/api/zoeken` (runSearch): the health says `ok` only when it answers. While the index is
 * loading, or holds documents without its gazetteer (index jobs ran before the first full rebuild:
 * every text search would answer 503), the site is `starting`; when the search fails, `unavailable`.
 */
import type { SearchReader } from '../../../search-indexer/engine/port'
import { errorKind, getLogger } from '../../../search-indexer/runtime/logger'
import { parseSearchParams, runSearch, ZoekmachineStart } from './search'

export type Gereedheid = { status: 'ok' } | { status: 'starting' | 'unavailable'; reden: string }

/** A text query, so the gazetteer is needed as for any visitor who types. */
const PROEF = parseSearchParams(new URLSearchParams({ q: 'zorg', perPagina: '1' }))

export async function zoekProef(reader: SearchReader): Promise<Gereedheid> {
  if (!PROEF.ok) throw new Error('the readiness query is invalid')
  try {
    await runSearch(PROEF.params, reader)
    return { status: 'ok' }
  } catch (error) {
    if (error instanceof ZoekmachineStart)
      return {
        status: 'starting',
        reden: 'De zoekindex wordt nog opgebouwd: zoeken lukt nog niet.',
      }
    getLogger('site').error({ fout: errorKind(error) }, 'readiness search failed')
    return { status: 'unavailable', reden: 'Zoeken lukt nu niet.' }
  }
}
