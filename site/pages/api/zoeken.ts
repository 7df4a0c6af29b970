/**
 * GET /api/zoeken: the same search as the home page, as JSON.
 * 400 `{ fout, velden }` for invalid input or an unknown woonplaats (with `suggesties`);
 * 429 with Retry-After when one client asks for the map's points (`punten=ja`) more often than
 * SITE_MAP_POINTS_PER_MINUTE;
 * 503 with Retry-After while the index is loading; 503 when the engine fails.
 */
import type { APIRoute } from 'astro'
import { errorKind, getLogger } from '../../../search-indexer/runtime/logger'
import { kiesClientAdres } from '../../../cms/domain/inlogbeperking'
import { Begrenzer } from '../../lib/server/begrenzer'
import { getSiteConfig } from '../../lib/server/config'
import { json } from '../../lib/server/http'
import { parseSearchParams, runSearch, ZoekmachineStart } from '../../lib/server/search'
import { OPNIEUW_NA_SECONDEN } from '../../lib/server/zoekmachine'

let kaartpunten: Begrenzer | null = null

/** The connection's address; Astro throws when the adapter does not know it. */
const verbindingVan = (adres: () => string): string | null => {
  try {
    return adres()
  } catch {
    return null
  }
}

export const GET: APIRoute = async (context) => {
  const { url, request } = context
  const parsed = parseSearchParams(url.searchParams)
  if (!parsed.ok) return json({ fout: parsed.fout, velden: parsed.velden }, 400)
  const config = getSiteConfig()
  if (parsed.params.punten && config.kaartpuntenPerMinuut > 0) {
    kaartpunten ??= new Begrenzer(config.kaartpuntenPerMinuut)
    const klant = kiesClientAdres({
      verbinding: verbindingVan(() => context.clientAddress),
      forwardedFor: request.headers.get('x-forwarded-for'),
      vertrouwd: config.vertrouwdeProxies,
    })
    const besluit = kaartpunten.neem(klant)
    if (!besluit.ok) {
      return json(
        {
          fout: `U vroeg de kaartpunten van een hele zoekopdracht vaak op. Probeer het over ${besluit.wachtSeconden} seconden opnieuw.`,
        },
        429,
        { 'Retry-After': String(besluit.wachtSeconden) },
      )
    }
  }
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
