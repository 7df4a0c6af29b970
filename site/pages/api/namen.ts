/**
 * GET /api/namen?q=hof: names of locations and organisations for the suggestions while typing in
 * the text box (see naamSuggesties). `[{ waarde, label }]`; 503 while the index is loading.
 */
import { naamSuggesties } from '../../lib/server/search'
import { suggestieRoute } from '../../lib/server/suggesties'

export const GET = suggestieRoute(
  '/api/namen',
  'Geef met q het begin van de naam van een locatie of organisatie.',
  (q) => naamSuggesties(q),
)
