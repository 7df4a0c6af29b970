/**
 * DELETE /api/locaties/:id and /api/zorgaanbod/:id — deleting as the manual says (§6); see
 * cms/workflow/verwijderen.ts and cms/domain/verwijderen.ts. Zorgkantoor editors and beheerders
 * delete at once.
 * POST /api/locaties/:id/herstel and /api/zorgaanbod/:id/herstel — "Verwijdering ongedaan".
 */
import { z } from 'zod'
import { REGELS } from '../access/regels'
import { endpoint, routeId } from '../http/endpoint'
import { json } from '../http/responses'
import { herstel, verwijder, type VerwijderSlug } from '../workflow/verwijderen'

export const verwijderEndpoints = (collection: VerwijderSlug) => [
  endpoint({
    path: '/:id',
    method: 'delete',
    regel: REGELS.ingelogd,
    handler: async (req) => json(await verwijder(req, collection, routeId(req))),
  }),
  endpoint({
    path: '/:id/herstel',
    method: 'post',
    regel: REGELS.ingelogd,
    body: z.object({}).strict(),
    handler: async (req) => json(await herstel(req, collection, routeId(req))),
  }),
]
