/**
 * POST /api/media/:id/nieuwe-versie { alt?, toestemming? } — a new item with the same image, for a
 * photo a Definitief location shows (cms/workflow/fotos.ts).
 */
import { REGELS } from '../access/regels'
import { endpoint, routeId } from '../http/endpoint'
import { json } from '../http/responses'
import { NieuweVersie, maakNieuweVersie } from '../workflow/fotos'

export const mediaNieuweVersieEndpoint = endpoint({
  path: '/:id/nieuwe-versie',
  method: 'post',
  regel: REGELS.ingelogd,
  body: NieuweVersie,
  handler: async (req, { body }) => json(await maakNieuweVersie(req, routeId(req), body), 201),
})
