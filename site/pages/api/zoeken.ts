/**
 * GET /api/zoeken: the same search as the home page, as JSON.
 * 400 `{ fout, velden }` for invalid input or an unknown woonplaats; 503 when the engine fails.
 */
import type { APIRoute } from 'astro'
import { json } from '../../lib/server/http'
import { parseSearchParams, runSearch } from '../../lib/server/search'

export const GET: APIRoute = async ({ url }) => {
  const parsed = parseSearchParams(url.searchParams)
  if (!parsed.ok) return json({ fout: parsed.fout, velden: parsed.velden }, 400)
  try {
    const result = await runSearch(parsed.params)
    if (!result.ok) {
      return json(
        {
          fout: result.fout,
          velden: result.velden,
          ...(result.suggesties && { suggesties: result.suggesties }),
        },
        400,
      )
    }
    return json(result.antwoord)
  } catch (error) {
    console.error('[site] /api/zoeken failed:', error instanceof Error ? error.message : error)
    return json({ fout: 'Het zoeken lukt nu even niet. Probeer het later opnieuw.' }, 503)
  }
}
