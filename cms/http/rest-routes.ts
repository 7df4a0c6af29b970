/**
 * Payload's REST route handlers, behind two guards (used by the Next.js route and by the tests):
 * - a route that does not exist answers 404 with a Dutch message (Payload answers 501, a server
 *   error, for e.g. `/api/payload-migrations` or `/api/<slug>/a/b/c`);
 * - an id that cannot exist answers 404 before Payload sees it. Payload parses a numeric id with
 *   parseFloat, so `DELETE /api/zorgkantoren/1;DROP…` deleted zorgkantoor 1 (found by the fuzz
 *   test); ids of the wrong shape also reached the database as NaN (a 500);
 * - version routes of a collection without versions answer 404 (they failed with a 500).
 */
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'
import { fout } from './responses'
import { FOTO_MESSAGES, MAX_FOTO_BYTES } from '../domain/foto'
import { isValidId } from '../validation/malformed-input'

type Handler = (req: Request, ctx: { params: Promise<{ slug: string[] }> }) => Promise<Response>

const NIET_GEVONDEN = 'Dit adres bestaat niet.'

/** Why this route cannot exist, or null. */
export function routeRefusal(config: SanitizedConfig, slug: string[]): string | null {
  const [collectionSlug, second, third] = slug
  const collection = config.collections.find((c) => c.slug === collectionSlug)
  if (!collection) return null
  const idKind = config.db.defaultIDType === 'number' ? 'number' : 'objectid'
  // What may stand in the place of an id: the fixed paths of the collection's endpoints
  // (`versions`, `login`, `mijn-overzicht`, …); a collection with another parameter there
  // (`/:key` of preferences) takes any text.
  const first = (collection.endpoints || []).map((e) => e.path.split('/')[1] ?? '')
  const fixed = new Set(first.filter((seg) => seg && !seg.startsWith(':')))
  const otherParam = first.some((seg) => seg.startsWith(':') && seg !== ':id')
  if (second !== undefined && !fixed.has(second) && !otherParam && !isValidId(second, idKind)) {
    return NIET_GEVONDEN
  }
  if (second === 'versions') {
    if (!collection.versions) return NIET_GEVONDEN
    if (third !== undefined && !isValidId(third, idKind)) return NIET_GEVONDEN
  }
  if (third === 'duplicate' && second !== undefined && !isValidId(second, idKind)) {
    return NIET_GEVONDEN
  }
  return null
}

/** Room for the form fields and boundaries around the file of a multipart upload. */
const MULTIPART_RUIMTE = 256 * 1024

/**
 * A multipart body that cannot be read, or whose `_payload` is not JSON: Payload throws a plain
 * error for both while reading the body (a 500). Checked on a copy; the stream stays Payload's.
 */
export async function multipartRefusal(req: Request): Promise<string | null> {
  if (!['POST', 'PATCH', 'PUT'].includes(req.method)) return null
  const type = req.headers.get('content-type') ?? ''
  if (!type.toLowerCase().includes('multipart/')) return null
  // No upload may be larger than a photo (10 MB) plus the form around it: refused before reading
  if (Number(req.headers.get('content-length') ?? 0) > MAX_FOTO_BYTES + MULTIPART_RUIMTE) {
    return FOTO_MESSAGES.teGroot
  }
  let form: FormData
  try {
    form = await req.clone().formData()
  } catch {
    return 'Het formulier is niet goed verstuurd. Probeer het opnieuw.'
  }
  const payload = form.get('_payload')
  if (typeof payload === 'string') {
    try {
      JSON.parse(payload)
    } catch {
      return 'De gegevens bij het bestand zijn geen geldige JSON.'
    }
  }
  return null
}

export function restHandlers(config: Promise<SanitizedConfig> | SanitizedConfig) {
  const guard =
    (handler: Handler): Handler =>
    async (req, ctx) => {
      const refusal = routeRefusal(await config, (await ctx.params).slug ?? [])
      if (refusal) return fout(404, refusal)
      const bodyRefusal = await multipartRefusal(req)
      if (bodyRefusal) return fout(400, bodyRefusal)
      const res = await handler(req, ctx)
      return res.status === 501 ? fout(404, NIET_GEVONDEN) : res
    }
  return {
    GET: guard(REST_GET(config)),
    POST: guard(REST_POST(config)),
    DELETE: guard(REST_DELETE(config)),
    PATCH: guard(REST_PATCH(config)),
    PUT: guard(REST_PUT(config)),
    OPTIONS: REST_OPTIONS(config),
  }
}
