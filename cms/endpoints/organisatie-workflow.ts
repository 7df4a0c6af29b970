/**
 * GET  /api/organisaties/:id/te-versturen — what sending would send, per record and field (§5)
 * POST /api/organisaties/:id/versturen   — provider sends all pending proposals (§5) { controle? }
 * POST /api/organisaties/:id/goedkeuren  — editor approves the open request { controle? }
 * POST /api/organisaties/:id/afwijzen    — editor rejects the open request { reden }
 * The use cases are in cms/workflow (versturen.ts, beoordelen.ts); the same decisions by request
 * id are in ./wijzigingsverzoeken.ts (the review screen uses those).
 */
import { z } from 'zod'
import { REGELS } from '../access/regels'
import { endpoint, routeId } from '../http/endpoint'
import { json } from '../http/responses'
import {
  Afwijzing,
  Goedkeuring,
  REVIEW_MESSAGES,
  keurOrganisatieGoed,
  wijsOrganisatieAf,
} from '../workflow/beoordelen'
import { teVersturen, verstuur } from '../workflow/versturen'

export const organisatieWorkflowEndpoints = [
  endpoint({
    path: '/:id/te-versturen',
    method: 'get',
    regel: REGELS['aanbieder-of-beheerder'],
    weigering: 'Alleen de zorgaanbieder verstuurt wijzigingen.',
    query: z.object({}).strict(),
    handler: async (req) => json(await teVersturen(req, routeId(req))),
  }),
  endpoint({
    path: '/:id/versturen',
    method: 'post',
    regel: REGELS['aanbieder-of-beheerder'],
    weigering: 'Alleen de zorgaanbieder verstuurt wijzigingen.',
    body: z
      .object({
        /** the fingerprint of the overview the provider confirmed */
        controle: z.string().max(64).optional(),
      })
      .strict(),
    handler: async (req, { body }) => json(await verstuur(req, routeId(req), body.controle)),
  }),
  endpoint({
    path: '/:id/goedkeuren',
    method: 'post',
    regel: REGELS.beoordelaar,
    weigering: REVIEW_MESSAGES.alleenGoedkeuren,
    body: Goedkeuring,
    handler: async (req, { body }) =>
      json(await keurOrganisatieGoed(req, routeId(req), body.controle)),
  }),
  endpoint({
    path: '/:id/afwijzen',
    method: 'post',
    regel: REGELS.beoordelaar,
    weigering: REVIEW_MESSAGES.alleenAfwijzen,
    body: Afwijzing,
    handler: async (req, { body }) => json(await wijsOrganisatieAf(req, routeId(req), body.reden)),
  }),
]
