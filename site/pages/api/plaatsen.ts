/**
 * GET /api/plaatsen?q=til: woonplaatsen (and postcodes) for the suggestions while typing, from
 * the same gazetteer the search uses. `[{ waarde, label }]`; 503 while the index is loading.
 */
import { plaatsSuggesties } from '../../lib/server/search'
import { suggestieRoute } from '../../lib/server/suggesties'

export const GET = suggestieRoute(
  '/api/plaatsen',
  'Geef met q het begin van een woonplaats of postcode.',
  (q) => plaatsSuggesties(q),
)
