/** GET /api/openapi.json: the OpenAPI 3.1 description of /api/zoeken and /api/locaties/:id. */
import type { APIRoute } from 'astro'
import { json } from '../../lib/server/http'
import { openApiDocument } from '../../lib/server/openapi'
import { siteOrigin } from '../../lib/server/publiek-adres'

export const GET: APIRoute = ({ url }) => json(openApiDocument(siteOrigin(url)))
