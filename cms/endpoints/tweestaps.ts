/**
 * Two-step login (ADR 0015):
 * GET  /api/users/tweestaps                     — what the session of this token must still do:
 *      { stap: 'geen' | 'code' | 'instellen', ingesteld }; also for a session waiting for its code
 *      (without a session: stap 'geen')
 * POST /api/users/tweestaps/controleren         — { code }: the second step (6 digits or a
 *      recovery code); 400 wrong, 429 with Retry-After after too many
 * POST /api/users/tweestaps/instellen           — {}: a new secret with its QR code (SVG)
 * POST /api/users/tweestaps/bevestigen          — { code }: turns it on; the recovery codes, once
 * POST /api/users/tweestaps/afbreken            — {}: ends a waiting session and clears the cookie
 * POST /api/users/:id/tweestaps-resetten        — {}: a beheerder turns it off for someone
 * The first four read the session from the token themselves (a waiting session is anonymous to
 * Payload), so their rule is `iedereen` and the handler proves the session.
 */
import { generateExpiredPayloadCookie, type PayloadRequest } from 'payload'
import { z } from 'zod'
import { REGELS } from '../access/regels'
import { sessieVan } from '../collections/Users/tweestaps'
import { BEPERKING_MELDINGEN, retryAfterSeconden } from '../domain/inlogbeperking'
import { TWEESTAPS_MELDINGEN } from '../domain/tweestaps'
import { endpoint } from '../http/endpoint'
import { fout, json } from '../http/responses'
import { isDatabaseId, relationId } from '../queries/records'
import {
  beeindigSessie,
  bevestigInstellen,
  geefTweedeStap,
  resetTweestaps,
  stapVan,
  startInstellen,
} from '../workflow/tweestaps'

const CodeBody = z
  .object(
    {
      code: z
        .string({ error: 'Vul de code in.' })
        .trim()
        .min(1, 'Vul de code in.')
        .max(20, 'Deze code is te lang.'),
    },
    { error: 'Stuur de gegevens als een object: { "code": "123456" }.' },
  )
  .strict()
const LeegBody = z.object({}, { error: 'Stuur een leeg object: {}.' }).strict()

function teVeel(req: PayloadRequest, ms: number): Response {
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(retryAfterSeconden(ms)))
  req.responseHeaders = headers
  return fout(429, BEPERKING_MELDINGEN.teVeelCodes(ms))
}

export interface TweestapsStatus {
  stap: 'geen' | 'code' | 'instellen'
  ingesteld: boolean
}

const status = endpoint({
  path: '/tweestaps',
  method: 'get',
  regel: REGELS.iedereen,
  handler: async (req) => {
    const sessie = await sessieVan(req)
    // no session: nothing to do (the login page asks on every visit; no error for that)
    if (!sessie) return json({ stap: 'geen', ingesteld: false } satisfies TweestapsStatus)
    const stap = sessie.open ? stapVan(sessie.user) : 'geen'
    return json({ stap, ingesteld: Boolean(sessie.user.tweestaps) } satisfies TweestapsStatus)
  },
})

const controleren = endpoint({
  path: '/tweestaps/controleren',
  method: 'post',
  regel: REGELS.iedereen,
  body: CodeBody,
  // a wrong code must stay counted: no transaction around it
  transactie: false,
  handler: async (req, { body }) => {
    const sessie = await sessieVan(req)
    if (!sessie?.open) return fout(401, TWEESTAPS_MELDINGEN.geenStap)
    if (stapVan(sessie.user) !== 'code') return fout(409, TWEESTAPS_MELDINGEN.nogInstellen)
    return antwoordOpCode(req, await geefTweedeStap(req, sessie, body.code))
  },
})

/**
 * The session that may set two-step login up: a whole session, or one that waits because it must
 * set it up first; else the refusal.
 */
async function instelSessie(req: Parameters<typeof sessieVan>[0]) {
  const sessie = await sessieVan(req)
  if (!sessie || (sessie.open && stapVan(sessie.user) !== 'instellen'))
    return fout(401, TWEESTAPS_MELDINGEN.geenStap)
  if (sessie.user.tweestaps) return fout(409, TWEESTAPS_MELDINGEN.alIngesteld)
  return sessie
}

/** The answer to a code: its result, 429 after too many tries, or 400 for a wrong code. */
function antwoordOpCode<T>(
  req: Parameters<typeof teVeel>[0],
  uitkomst: { ok: true; waarde: T } | { ok: false; wacht?: number },
) {
  if (uitkomst.ok) return json(uitkomst.waarde)
  if (uitkomst.wacht) return teVeel(req, uitkomst.wacht)
  return fout(400, TWEESTAPS_MELDINGEN.codeFout, { code: TWEESTAPS_MELDINGEN.codeFout })
}

const instellen = endpoint({
  path: '/tweestaps/instellen',
  method: 'post',
  regel: REGELS.iedereen,
  body: LeegBody,
  handler: async (req) => {
    const sessie = await instelSessie(req)
    if (sessie instanceof Response) return sessie
    return json(await startInstellen(req, sessie.user))
  },
})

const bevestigen = endpoint({
  path: '/tweestaps/bevestigen',
  method: 'post',
  regel: REGELS.iedereen,
  body: CodeBody,
  transactie: false,
  handler: async (req, { body }) => {
    const sessie = await instelSessie(req)
    if (sessie instanceof Response) return sessie
    if (!sessie.user.tweestapsNieuwGeheim) return fout(409, TWEESTAPS_MELDINGEN.nietGestart)
    return antwoordOpCode(req, await bevestigInstellen(req, sessie, body.code))
  },
})

/**
 * Stop halfway (another login, or no phone at hand): the waiting session ends and the browser's
 * login cookie goes. Payload's logout cannot do this: a waiting session is anonymous to it.
 */
const afbreken = endpoint({
  path: '/tweestaps/afbreken',
  method: 'post',
  regel: REGELS.iedereen,
  body: LeegBody,
  handler: async (req) => {
    const sessie = await sessieVan(req)
    if (sessie?.open) await beeindigSessie(req, sessie.user, sessie.sid)
    const headers = req.responseHeaders ?? new Headers()
    headers.append(
      'Set-Cookie',
      generateExpiredPayloadCookie({
        collectionAuthConfig: req.payload.collections.users.config.auth,
        config: req.payload.config,
        cookiePrefix: req.payload.config.cookiePrefix,
      }),
    )
    req.responseHeaders = headers
    return json({ afgebroken: Boolean(sessie?.open) })
  },
})

const resetten = endpoint({
  path: '/:id/tweestaps-resetten',
  method: 'post',
  regel: REGELS.beheerder,
  body: LeegBody,
  handler: async (req) => {
    const id = String(req.routeParams?.id ?? '')
    if (!isDatabaseId(req, id)) return fout(404, 'Deze login bestaat niet.')
    const user = await req.payload.findByID({
      collection: 'users',
      id: relationId(req, id),
      depth: 0,
      overrideAccess: false,
      disableErrors: true,
      req,
    })
    if (!user) return fout(404, 'Deze login bestaat niet.')
    await resetTweestaps(req, { id: user.id, email: user.email, naam: user.naam })
    return json({ id: user.id, tweestaps: false })
  },
})

export const tweestapsEndpoints = [status, controleren, instellen, bevestigen, afbreken, resetten]
