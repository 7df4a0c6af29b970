/**
 * GET  /api/contracten/overzicht?jaar=&naam=&agbCode=&type=&contractStatus=&regio=&zorgkantoor=
 *      — contract statuses of the zorgkantoor's organisations that match the filter
 * POST /api/contracten/bulk { jaar, status, organisaties: ids } or { jaar, status, filter }
 *      [, zorgkantoor (beheerder), verwijderZorgkantoor ] — one status for many organisations
 * POST /api/contracten/overnemen { jaar [, zorgkantoor (beheerder)] } — "Jaar {n} vullen vanuit
 *      {n-1}": last year's contracts as proposals for `jaar`, never over a recorded one
 * See cms/workflow/contracten.ts.
 */
import { REGELS } from '../access/regels'
import { endpoint } from '../http/endpoint'
import { json } from '../http/responses'
import {
  BulkBody,
  OvernameBody,
  OverzichtVraag,
  contractOverzicht,
  vulJaarVanuitVorig,
  zetContractstatus,
} from '../workflow/contracten'

const WEIGERING = 'Alleen het zorgkantoor legt contracten vast.'

export const contractEndpoints = [
  endpoint({
    path: '/overzicht',
    method: 'get',
    regel: REGELS.beoordelaar,
    weigering: WEIGERING,
    query: OverzichtVraag,
    handler: async (req, { query }) => json(await contractOverzicht(req, query)),
  }),
  endpoint({
    path: '/bulk',
    method: 'post',
    regel: REGELS.beoordelaar,
    weigering: WEIGERING,
    body: BulkBody,
    handler: async (req, { body }) => json(await zetContractstatus(req, body)),
  }),
  endpoint({
    path: '/overnemen',
    method: 'post',
    regel: REGELS.beoordelaar,
    weigering: WEIGERING,
    body: OvernameBody,
    handler: async (req, { body }) => json(await vulJaarVanuitVorig(req, body)),
  }),
]
