/**
 * GET /api/zoeken: the same search as the home page, as JSON (site/lib/server/zoeken-api.ts says
 * every answer). The built site's own server answers `/api/zoeken` itself with the same function
 * (site/server/entry.ts); this route answers under `astro dev` and for `/api/zoeken/`.
 */
import type { APIRoute } from 'astro'
import { json } from '../../lib/server/http'
import { beantwoordZoekvraag } from '../../lib/server/zoeken-api'

/** The connection's address; Astro throws when the adapter does not know it. */
const verbindingVan = (adres: () => string): string | null => {
  try {
    return adres()
  } catch {
    return null
  }
}

export const GET: APIRoute = async (context) => {
  const antwoord = await beantwoordZoekvraag({
    zoekparameters: context.url.searchParams,
    verbinding: verbindingVan(() => context.clientAddress),
    forwardedFor: context.request.headers.get('x-forwarded-for'),
  })
  return json(antwoord.body, antwoord.status, antwoord.headers)
}

/**
 * For the site's own server (site/server/entry.ts), which loads this route's built module: the
 * answer from this build's modules, so both servers share one engine reader and one limit on
 * the map's points.
 */
export { beantwoordZoekvraag }
