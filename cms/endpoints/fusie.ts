/**
 * POST /api/organisaties/:id/fusie { naar } — the zorgkantoor merges organisation :id into `naar`
 * (§2); see cms/workflow/fusie.ts for what moves and when it is refused.
 */
import { REGELS } from '../access/regels'
import { FUSIE_MESSAGES } from '../domain/fusie'
import { endpoint, routeId } from '../http/endpoint'
import { json } from '../http/responses'
import { FusieBody, fuseer } from '../workflow/fusie'

export const fusieEndpoints = [
  endpoint({
    path: '/:id/fusie',
    method: 'post',
    regel: REGELS.beoordelaar,
    weigering: FUSIE_MESSAGES.alleenZorgkantoor,
    body: FusieBody,
    handler: async (req, { body }) => json(await fuseer(req, routeId(req), body.naar)),
  }),
]
