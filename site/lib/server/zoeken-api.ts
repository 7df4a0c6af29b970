/**
 * The answer of GET /api/zoeken as plain data (status, JSON body, extra headers), from the query
 * string and who asks. Two servers give it: the site's own server answers `/api/zoeken` with it
 * directly (site/server/entry.ts: no web Request, Response or stream per search), and the Astro
 * route site/pages/api/zoeken.ts answers with it under `astro dev` and for `/api/zoeken/`.
 *
 * 400 `{ fout, velden }` for invalid input or an unknown woonplaats (with `suggesties`);
 * 429 with Retry-After when one client asks for the map's points (`punten=ja`) more often than
 * SITE_MAP_POINTS_PER_MINUTE;
 * 503 with Retry-After while the index is loading; 503 when the engine fails.
 */
import { errorKind, getLogger } from '../../../search-indexer/runtime/logger'
import { kiesClientAdres } from '../../../cms/domain/inlogbeperking'
import { Begrenzer } from './begrenzer'
import { getSiteConfig } from './config'
import { parseSearchParams, runSearch, ZoekmachineStart } from './search'
import { OPNIEUW_NA_SECONDEN } from './zoekmachine'

export interface ApiAntwoord {
  status: number
  /** serialised with JSON.stringify */
  body: unknown
  headers?: Record<string, string>
}

export interface Zoekverzoek {
  zoekparameters: URLSearchParams
  /** the connection's address, null when the server does not know it */
  verbinding: string | null
  /** the X-Forwarded-For header, believed only from SITE_TRUSTED_PROXIES */
  forwardedFor: string | null
}

/** One bucket per client for the map's points, shared by both servers of this process. */
let kaartpunten: Begrenzer | null = null

export const beantwoordZoekvraag = async (verzoek: Zoekverzoek): Promise<ApiAntwoord> => {
  const parsed = parseSearchParams(verzoek.zoekparameters)
  if (!parsed.ok) return { status: 400, body: { fout: parsed.fout, velden: parsed.velden } }
  const config = getSiteConfig()
  if (parsed.params.punten && config.kaartpuntenPerMinuut > 0) {
    kaartpunten ??= new Begrenzer(config.kaartpuntenPerMinuut)
    const klant = kiesClientAdres({
      verbinding: verzoek.verbinding,
      forwardedFor: verzoek.forwardedFor,
      vertrouwd: config.vertrouwdeProxies,
    })
    const besluit = kaartpunten.neem(klant)
    if (!besluit.ok) {
      return {
        status: 429,
        body: {
          fout: `U vroeg de kaartpunten van een hele zoekopdracht vaak op. Probeer het over ${besluit.wachtSeconden} seconden opnieuw.`,
        },
        headers: { 'Retry-After': String(besluit.wachtSeconden) },
      }
    }
  }
  try {
    const result = await runSearch(parsed.params)
    if (!result.ok) {
      return {
        status: 400,
        body: { fout: result.fout, velden: result.velden, suggesties: result.suggesties },
      }
    }
    return { status: 200, body: result.antwoord }
  } catch (error) {
    if (error instanceof ZoekmachineStart) {
      return {
        status: 503,
        body: { fout: 'De zoekfunctie wordt gestart. Probeer het over een paar seconden opnieuw.' },
        headers: { 'Retry-After': String(OPNIEUW_NA_SECONDEN) },
      }
    }
    // the kind of failure only: the message may quote the visitor's query
    getLogger('site').error({ fout: errorKind(error) }, '/api/zoeken failed')
    return {
      status: 503,
      body: { fout: 'Het zoeken lukt nu even niet. Probeer het later opnieuw.' },
    }
  }
}
