/**
 * The review desk:
 * GET  /api/wijzigingsverzoeken/wachtrij        — requests waiting for this editor's zorgkantoor
 *      (a beheerder: all), oldest first, with organisation, sender, sent at, waiting time, counts
 * GET  /api/wijzigingsverzoeken/:id/verschillen — per item only the changed fields, old → new
 * POST /api/wijzigingsverzoeken/:id/goedkeuren  — approve { controle? }: all Definitief, or nothing
 * POST /api/wijzigingsverzoeken/:id/afwijzen    — reject { reden, controle? }
 * A request is reached as the user: an editor of another zorgkantoor gets 404, like a record that
 * does not exist. Reads in cms/queries/beoordelen.ts, decisions in cms/workflow/beoordelen.ts.
 */
import { REGELS } from '../access/regels'
import { endpoint, routeId } from '../http/endpoint'
import { json } from '../http/responses'
import { verschillenVanVerzoek, wachtrij } from '../queries/beoordelen'
import {
  Afwijzing,
  Goedkeuring,
  REVIEW_MESSAGES,
  keurVerzoekGoed,
  wijsVerzoekAf,
} from '../workflow/beoordelen'

export const wijzigingsverzoekEndpoints = [
  endpoint({
    path: '/wachtrij',
    method: 'get',
    regel: REGELS.beoordelaar,
    weigering: 'Alleen het zorgkantoor beoordeelt wijzigingen.',
    handler: async (req) => json(await wachtrij(req)),
  }),
  endpoint({
    path: '/:id/verschillen',
    method: 'get',
    regel: REGELS.ingelogd,
    handler: async (req) => json(await verschillenVanVerzoek(req, routeId(req))),
  }),
  endpoint({
    path: '/:id/goedkeuren',
    method: 'post',
    regel: REGELS.beoordelaar,
    weigering: REVIEW_MESSAGES.alleenGoedkeuren,
    body: Goedkeuring,
    handler: async (req, { body }) => json(await keurVerzoekGoed(req, routeId(req), body.controle)),
  }),
  endpoint({
    path: '/:id/afwijzen',
    method: 'post',
    regel: REGELS.beoordelaar,
    weigering: REVIEW_MESSAGES.alleenAfwijzen,
    body: Afwijzing,
    handler: async (req, { body }) => json(await wijsVerzoekAf(req, routeId(req), body.reden)),
  }),
]
