/**
 * POST /api/verzoeken/indienen — a provider's request to the zorgkantoor (or an access request)
 * GET  /api/verzoeken/wachtrij — the unhandled requests this editor may answer, with their number
 * See cms/workflow/verzoeken.ts.
 */
import { REGELS } from '../access/regels'
import { endpoint } from '../http/endpoint'
import { json } from '../http/responses'
import { VerzoekBody, dienVerzoekIn, verzoekWachtrij } from '../workflow/verzoeken'

export const verzoekEndpoints = [
  endpoint({
    path: '/indienen',
    method: 'post',
    regel: REGELS.aanbieder,
    weigering: 'Alleen zorgaanbieders sturen een verzoek aan het zorgkantoor.',
    body: VerzoekBody,
    handler: async (req, { body }) => json(await dienVerzoekIn(req, body), 201),
  }),
  endpoint({
    path: '/wachtrij',
    method: 'get',
    regel: REGELS.beoordelaar,
    weigering: 'Alleen het zorgkantoor behandelt verzoeken.',
    handler: async (req) => json(await verzoekWachtrij(req)),
  }),
]
