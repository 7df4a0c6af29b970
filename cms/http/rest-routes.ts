/**
 * Payload's REST route handlers, behind two guards (used by the Next.js route and by the tests):
 * - a route that does not exist answers 404 with a Dutch message (Payload answers 501, a server
 *   error, for e.g. `/api/payload-migrations` or `/api/<slug>/a/b/c`);
 * - an id that cannot exist answers 404 before Payload sees it. Payload parses a numeric id with
 *   parseFloat, so `DELETE /api/zorgkantoren/1;DROP…` deleted zorgkantoor 1 (found by the fuzz
 *   test); ids of the wrong shape also reached the database as NaN (a 500);
 * - version routes of a collection or global without versions answer 404 (they failed with a 500);
 * - an address that is not UTF-8 (`/api/%C0%AF`) or a query string Payload cannot read (a
 *   parameter twice, `where=abc`, a limit of 400 digits) answers 400 (those were 500s);
 * - every error answer is in Dutch (cms/http/nederlands.ts);
 * - an uploaded file that is not a safe image is sent as a download (`attachment`).
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
import { FOUT_NL, vertaalFout } from './nederlands'
import { bestandsDispositie } from './security-headers'
import { FOTO_MESSAGES, MAX_FOTO_BYTES } from '../domain/foto'
import {
  ADRES_MESSAGES,
  isDecodablePath,
  isValidId,
  queryIssues,
} from '../validation/malformed-input'

type Handler = (req: Request, ctx: { params: Promise<{ slug: string[] }> }) => Promise<Response>

const NIET_GEVONDEN = FOUT_NL.nietGevonden

/** Why this route cannot exist, or null. */
export function routeRefusal(config: SanitizedConfig, slug: string[]): string | null {
  const [collectionSlug, second, third] = slug
  // Version routes of a global without versions (Payload failed with a 500 on them)
  if (collectionSlug === 'globals') {
    const global = config.globals.find((g) => g.slug === second)
    return global && third === 'versions' && !global.versions ? NIET_GEVONDEN : null
  }
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
  if (second === 'versions' && !collection.versions) return NIET_GEVONDEN
  // Every place an endpoint takes an id (`/access/:id?`, `/versions/:id`, `/:id/duplicate`, our
  // own `/:id/versturen`): an id of the wrong shape never reaches Payload (`/access/Infinity` with
  // a body was a 500)
  const rest = slug.slice(1)
  for (const e of collection.endpoints || []) {
    const delen = e.path.split('/').slice(1)
    // Payload's `/verify/:id` takes the verification token in that place, not an id
    if (delen[0] === 'verify') continue
    if (delen.length < rest.length) continue
    const past = delen.every((deel, i) =>
      i >= rest.length ? deel.endsWith('?') : deel.startsWith(':') || deel === rest[i],
    )
    // `/:id` alone is the check above; an endpoint counts here when a fixed word of it matches
    const vast = delen.some((deel, i) => i < rest.length && !deel.startsWith(':'))
    if (!past || !vast) continue
    const fout = delen.some(
      (deel, i) => /^:id\??$/.test(deel) && rest[i] !== undefined && !isValidId(rest[i], idKind),
    )
    if (fout) return NIET_GEVONDEN
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

/** Why this address cannot be read (path not UTF-8, query string Payload cannot parse), or null. */
export function addressRefusal(url: string): { status: 400 | 414; message: string } | null {
  const { pathname, search } = new URL(url)
  if (!isDecodablePath(pathname)) return { status: 400, message: ADRES_MESSAGES.pad }
  const query = queryIssues(search)
  const first = query.issues[0]
  return first ? { status: query.status, message: first.message } : null
}

/**
 * An error answer with its messages in Dutch. Payload's JSON error bodies carry `errors[]` (and
 * sometimes a top-level `message`); every message that is not Dutch is replaced.
 */
export async function inDutch(res: Response): Promise<Response> {
  if (res.status < 400) return res
  if (!(res.headers.get('content-type') ?? '').includes('json')) {
    // Next or Payload answered with plain text or nothing: a Dutch JSON answer instead
    return fout(res.status, vertaalFout(await res.text(), res.status) ?? FOUT_NL.serverfout)
  }
  let body: unknown
  try {
    body = await res.clone().json()
  } catch {
    return res
  }
  if (body === null || typeof body !== 'object') return res
  const b = body as { errors?: unknown; message?: unknown; fout?: unknown }
  let changed = false
  const dutch = (message: unknown): unknown => {
    const nl = vertaalFout(message, res.status)
    if (nl === null) return message
    changed = true
    return nl
  }
  if (Array.isArray(b.errors)) {
    b.errors = b.errors.map((e: unknown) =>
      e && typeof e === 'object'
        ? { ...e, message: dutch((e as { message?: unknown }).message) }
        : e,
    )
  }
  if ('message' in b) b.message = dutch(b.message)
  if (!Array.isArray(b.errors) && !('message' in b) && !('fout' in b)) {
    b.errors = [{ message: dutch(undefined) }]
  }
  if (!changed) return res
  const headers = new Headers(res.headers)
  headers.delete('content-length')
  return new Response(JSON.stringify(b), { status: res.status, headers })
}

/** `/<upload collection>/file/<name>`: the file, as a download unless it is a safe image. */
function withDisposition(config: SanitizedConfig, slug: string[], res: Response): Response {
  const [collectionSlug, second, ...rest] = slug
  if (second !== 'file' || !rest.length || res.status !== 200) return res
  const collection = config.collections.find((c) => c.slug === collectionSlug)
  if (!collection?.upload) return res
  const disposition = bestandsDispositie(
    res.headers.get('content-type'),
    rest[rest.length - 1] ?? '',
  )
  if (!disposition) return res
  const headers = new Headers(res.headers)
  headers.set('Content-Disposition', disposition)
  return new Response(res.body, { status: res.status, headers })
}

export function restHandlers(config: Promise<SanitizedConfig> | SanitizedConfig) {
  const guard =
    (handler: Handler): Handler =>
    async (req, ctx) => {
      const address = addressRefusal(req.url)
      if (address) return fout(address.status, address.message)
      const slug = (await ctx.params).slug ?? []
      const refusal = routeRefusal(await config, slug)
      if (refusal) return fout(404, refusal)
      const bodyRefusal = await multipartRefusal(req)
      if (bodyRefusal) return fout(400, bodyRefusal)
      const res = await handler(req, ctx)
      if (res.status === 501) return fout(404, NIET_GEVONDEN)
      return withDisposition(await config, slug, await inDutch(res))
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
