/**
 * GET /api/organisaties/mijn-overzicht — the start screen after login (§1.3)
 * GET /api/locaties/:id/overzicht      — one location: visibility, completeness, lock, copy targets
 * Read models in cms/queries/overzicht.ts, read as the user.
 */
import { REGELS } from '../access/regels'
import { endpoint, routeId } from '../http/endpoint'
import { json } from '../http/responses'
import { locatieOverzicht, mijnOverzicht } from '../queries/overzicht'

export const organisatieOverzichtEndpoints = [
  endpoint({
    path: '/mijn-overzicht',
    method: 'get',
    regel: REGELS.ingelogd,
    handler: async (req) => json(await mijnOverzicht(req)),
  }),
]
export const locatieOverzichtEndpoints = [
  endpoint({
    path: '/:id/overzicht',
    method: 'get',
    regel: REGELS.ingelogd,
    handler: async (req) => json(await locatieOverzicht(req, routeId(req))),
  }),
]
