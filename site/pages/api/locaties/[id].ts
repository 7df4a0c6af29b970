/**
 * GET /api/locaties/:id: the public document of one location, exactly what its page shows.
 * 400 `{ fout, velden }` for a malformed id, 404 `{ fout }` for an unknown one, 503 with
 * Retry-After while the index is loading. The same headers as /api/zoeken.
 */
import type { APIRoute } from 'astro'
import { json } from '../../../lib/server/http'
import { leesLocatie } from '../../../lib/server/locatie-api'
import { OPNIEUW_NA_SECONDEN } from '../../../lib/server/zoekmachine'

export const GET: APIRoute = async ({ params }) => {
  const antwoord = await leesLocatie(params.id)
  return json(
    antwoord.body,
    antwoord.status,
    'opnieuwNa' in antwoord ? { 'Retry-After': String(OPNIEUW_NA_SECONDEN) } : {},
  )
}
