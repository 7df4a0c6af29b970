/** GET /media/<locatieId>/<name>.<avif|webp|jpg>: a public image size from the public media store. */
import type { APIRoute } from 'astro'
import { mediaAntwoord } from '../../lib/server/media'

export const GET: APIRoute = ({ params }) => mediaAntwoord(params.pad)
