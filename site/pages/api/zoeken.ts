/**
 * GET /api/zoeken: the same search as the home page, as JSON.
 * 400 `{ fout, velden }` for invalid input or an unknown woonplaats (with `suggesties`);
 * 503 with Retry-After while the index is loading; 503 when the engine fails.
 */
import type { APIRoute } from 'astro'
import { errorKind, getLogger } from '../../../search-indexer/runtime/logger'
import { json } from '../../lib/server/http'
import { parseSearchParams, runSearch, ZoekmachineStart } from '../../lib/server/search'
import { OPNIEUW_NA_SECONDEN } from '../../lib/server/zoekmachine'

export const GET: APIRoute = async ({ url }) => {
  const parsed = parseSearchParams(url.searchParams)
  if (!parsed.ok) return json({ fout: parsed.fout, velden: parsed.velden }, 400)
  try {
    const result = await runSearch(parsed.params)
    if (!result.ok) {
      return json({ fout: result.fout, velden: result.velden, suggesties: result.suggesties }, 400)
    }
    return json(result.antwoord)
  } catch (error) {
    if (error instanceof ZoekmachineStart) {
      return json(
        { fout: 'De zoekfunctie wordt gestart. Probeer het over een paar seconden opnieuw.' },
        503,
        { 'Retry-After': String(OPNIEUW_NA_SECONDEN) },
      )
    }
    // the kind of failure only: the message may quote the visitor's query
    getLogger('site').error({ fout: errorKind(error) }, '/api/zoeken failed')
    return json({ fout: 'Het zoeken lukt nu even niet. Probeer het later opnieuw.' }, 503)
  }
}
