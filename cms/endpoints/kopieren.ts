/**
 * POST /api/locaties/:id/kopieer-zorgaanbod { naarLocatie, woonplaats } — §4.4: copy the care offer
 *   of a (residential / day-care) location to another, existing location of the same organisation,
 *   adding that woonplaats.
 * POST /api/zorgaanbod/:id/kopieer { woonplaatsen: [id, …] } — §4.5: home care / OCO: copy one
 *   woonplaats's offer to more woonplaatsen of the same location.
 * The use cases are in cms/workflow/kopieren.ts.
 */
import { REGELS } from '../access/regels'
import { endpoint, routeId } from '../http/endpoint'
import { json } from '../http/responses'
import {
  NaarLocatie,
  NaarWoonplaatsen,
  kopieerNaarLocatie,
  kopieerNaarWoonplaatsen,
} from '../workflow/kopieren'

export const locatieKopieerEndpoints = [
  endpoint({
    path: '/:id/kopieer-zorgaanbod',
    method: 'post',
    regel: REGELS.ingelogd,
    body: NaarLocatie,
    handler: async (req, { body }) => json(await kopieerNaarLocatie(req, routeId(req), body), 201),
  }),
]
export const zorgaanbodKopieerEndpoints = [
  endpoint({
    path: '/:id/kopieer',
    method: 'post',
    regel: REGELS.ingelogd,
    body: NaarWoonplaatsen,
    handler: async (req, { body }) =>
      json(await kopieerNaarWoonplaatsen(req, routeId(req), body), 201),
  }),
]
