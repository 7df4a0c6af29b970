/**
 * Logins by invitation (manual §1.2, §1.3), HTTP only; the use case is cms/workflow/uitnodigen.ts.
 * POST /api/users/uitnodigen              — { email, naam, organisaties: id[], gebruikersbeheerder? }
 *      by a beheerder, an editor (organisations of their zorgkantoor) or a user administrator (their
 *      own organisations): an invitation and one e-mail. 202 with the same body for every address,
 *      whether or not it has a login, and whatever login.
 * POST /api/users/wachtwoord-instellen    — { token, wachtwoord } public: a new address sets its
 *      password, which makes the login; 410 when used, unknown or expired (such tokens count per
 *      client address in the login limiter: 429 with Retry-After after too many).
 * POST /api/uitnodigingen/bekijken        — { token } the logged-in owner of the address: what and
 *      from whom.
 * POST /api/uitnodigingen/accepteren      — { token } the same: the organisations are added.
 * POST /api/uitnodigingen/weigeren        — { token } the owner (or, for a new address, whoever has
 *      the link and is not logged in as someone else): nothing is added.
 * Mails go through the mail queue in the same transaction (ADR 0010).
 */
import { forgotPasswordOperation, type Endpoint } from 'payload'
import { z } from 'zod'
import { REGELS } from '../access/regels'
import { clientAdres, sleutel, telPoging, wachtVoor } from '../collections/Users/beperking'
import { BEPERKING_MELDINGEN, retryAfterSeconden } from '../domain/inlogbeperking'
import { wachtwoordFout } from '../domain/wachtwoord'
import { endpoint, inTransaction } from '../http/endpoint'
import { fout, json } from '../http/responses'
import {
  accepteerUitnodiging,
  bekijkUitnodiging,
  nodigUit,
  stelWachtwoordIn,
  weigerUitnodiging,
} from '../workflow/uitnodigen'

const GEEN_OBJECT =
  'Stuur de gegevens als een object, bijvoorbeeld { "email": "…", "naam": "…", "organisaties": [1] }.'

const NAAM_NODIG = 'Vul de naam in van de persoon die u uitnodigt.'

export const UitnodigenBody = z
  .object(
    {
      email: z
        .string({ error: 'Vul het e-mailadres in.' })
        .trim()
        .toLowerCase()
        .max(254, 'Het e-mailadres is te lang.')
        .pipe(
          z.email({ error: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.' }),
        ),
      // Asked for every address: asking it only for new ones would tell which are new.
      naam: z
        .string({ error: NAAM_NODIG })
        .trim()
        .min(1, NAAM_NODIG)
        .max(200, 'De naam mag maximaal 200 tekens zijn.'),
      organisaties: z
        .array(z.union([z.number(), z.string()]), { error: 'Kies een of meer organisaties.' })
        .min(1, 'Kies minstens één organisatie.')
        .max(200, 'Kies hoogstens 200 organisaties tegelijk.'),
      gebruikersbeheerder: z
        .boolean({ error: 'Gebruikersbeheerder is ja (true) of nee (false).' })
        .optional(),
    },
    { error: GEEN_OBJECT },
  )
  // Any other field (a role, a zorgkantoor, a password) is refused by name, not ignored.
  .strict()

const LinkToken = z
  .string({ error: 'De link is niet compleet. Open de link uit de e-mail opnieuw.' })
  .max(200, 'De link is niet geldig.')

export const WachtwoordBody = z
  .object(
    {
      token: LinkToken,
      wachtwoord: z.string({ error: 'Vul een wachtwoord in.' }).superRefine((value, ctx) => {
        const melding = wachtwoordFout(value)
        if (melding) ctx.addIssue({ code: 'custom', message: melding })
      }),
    },
    { error: 'Stuur de gegevens als een object: { "token": "…", "wachtwoord": "…" }.' },
  )
  .strict()

const TokenBody = z
  .object({ token: LinkToken }, { error: 'Stuur de gegevens als een object: { "token": "…" }.' })
  .strict()

const uitnodigen = endpoint({
  path: '/uitnodigen',
  method: 'post',
  regel: REGELS.loginbeheerder,
  body: UitnodigenBody,
  // 202: the invitation is out; whether it is accepted is not known (and never told here).
  handler: async (req, { body }) => json(await nodigUit(req, body), 202),
})

const wachtwoordInstellen = endpoint({
  path: '/wachtwoord-instellen',
  method: 'post',
  regel: REGELS.iedereen,
  body: WachtwoordBody,
  // the limiter's count must stay when the link is refused; the write has its own transaction
  transactie: false,
  handler: async (req, { body }) => {
    const antwoord = await inTransaction(req, async () =>
      json(await stelWachtwoordIn(req, body), 200),
    )
    if (antwoord.status !== 410) return antwoord
    // An unknown, used or expired link counts per client address; a valid one always works.
    const teller = sleutel('tokenAdres', { adres: clientAdres(req) })
    const wacht = (await wachtVoor(req, [teller])) || (await telPoging(req, 'tokenAdres', teller))
    if (wacht <= 0) return antwoord
    const headers = req.responseHeaders ?? new Headers()
    headers.set('Retry-After', String(retryAfterSeconden(wacht)))
    req.responseHeaders = headers
    return fout(429, BEPERKING_MELDINGEN.teVeel(wacht))
  },
})

/** Other methods on these paths would reach Payload's `/:id` routes with a word for an id. */
const alleenPost = (path: string): Endpoint[] =>
  (['get', 'patch', 'put', 'delete'] as const).map((method) => ({
    path,
    method,
    handler: () => fout(405, 'Dit adres werkt alleen met POST.'),
  }))

/** The invitation's own routes, on the uitnodigingen collection. */
export const uitnodigingEndpoints: Endpoint[] = [
  endpoint({
    path: '/bekijken',
    method: 'post',
    regel: REGELS.ingelogd,
    body: TokenBody,
    transactie: false,
    handler: async (req, { body }) => json(await bekijkUitnodiging(req, body.token)),
  }),
  endpoint({
    path: '/accepteren',
    method: 'post',
    regel: REGELS.ingelogd,
    body: TokenBody,
    handler: async (req, { body }) => json(await accepteerUitnodiging(req, body.token)),
  }),
  endpoint({
    path: '/weigeren',
    method: 'post',
    // The link is the proof; a logged-in login must be the invitation's own (the use case checks).
    regel: REGELS.iedereen,
    body: TokenBody,
    handler: async (req, { body }) => json(await weigerUitnodiging(req, body.token)),
  }),
  ...['/bekijken', '/accepteren', '/weigeren'].flatMap(alleenPost),
]

/** A transaction id no transaction has: the adapter then writes without one (see below). */
const GEEN_TRANSACTIE = 'zonder-transactie'

/**
 * Payload's own forgot-password (POST /api/users/forgot-password; its mail is Dutch, see
 * cms/collections/Users), on SQLite without a transaction: Payload reserves the request (one per 15
 * seconds per address) with a write outside its own transaction, and on our serialised SQLite
 * client (ADR 0006) that write waits for the open transaction — the request hung for 30 s and failed
 * with a 500. Without a transaction the reservation and the new token are two plain writes, and the
 * mail follows them. PostgreSQL keeps Payload's transaction.
 */
export const forgotPasswordEndpoint = endpoint({
  path: '/forgot-password',
  method: 'post',
  regel: REGELS.iedereen,
  // the admin's form posts multipart; API clients send JSON
  formulier: true,
  body: z
    .object(
      {
        email: z
          .string({ error: 'Vul uw e-mailadres in.' })
          .trim()
          .min(1, 'Vul uw e-mailadres in.'),
      },
      { error: 'Stuur de gegevens als een object: { "email": "…" }.' },
    )
    .strict(),
  transactie: false,
  handler: async (req, { body }) => {
    if (req.payload.db.name === 'sqlite' && !req.transactionID) req.transactionID = GEEN_TRANSACTIE
    await forgotPasswordOperation({
      collection: req.payload.collections.users,
      data: { email: body.email } as { email: string; password: string },
      req,
    })
    // The same answer whether the address exists or not.
    return json({ message: req.t('general:success') }, 200)
  },
})

export const loginEndpoints: Endpoint[] = [
  uitnodigen,
  wachtwoordInstellen,
  ...alleenPost('/uitnodigen'),
  ...alleenPost('/wachtwoord-instellen'),
]
