/**
 * Logins by invitation (issue 11 item 4, manual §1.2, §1.3):
 * POST /api/users/uitnodigen            — { email, naam?, organisaties: id[], gebruikersbeheerder? }
 *      by a beheerder, an editor (organisations of their zorgkantoor) or a user administrator (their
 *      own organisations). A new address gets a login and an e-mail with a set-password link (72
 *      hours, works once; only its hash is stored). An existing provider login gets the organisations
 *      added (never any removed; one login for every organisation) and an e-mail saying so.
 * POST /api/users/wachtwoord-instellen  — { token, wachtwoord } public: sets the password once
 *      (unknown tokens count per client address in the login limiter).
 * Mails go through the mail queue in the same transaction (ADR 0010).
 */
import { randomBytes } from 'node:crypto'
import {
  addDataAndFileToRequest,
  forgotPasswordOperation,
  type Endpoint,
  type PayloadRequest,
} from 'payload'
import { z } from 'zod'
import { userOf } from '../access'
import { beheerbereik } from '../collections/Users/access'
import { LOGIN_SYSTEEM } from '../collections/Users/hooks/bewaakLogin'
import { loadCmsConfig } from '../config'
import {
  LOGIN_MELDINGEN,
  ROLE_LABELS,
  isAanbiederLogin,
  mayManageLogins,
  relId,
} from '../domain/roles'
import {
  UITNODIGING_MELDINGEN,
  berichtExtraToegang,
  berichtUitnodiging,
  geldigTot,
  hashToken,
  isTokenVorm,
  isVerlopen,
  nieuwToken,
} from '../domain/uitnodiging'
import { BEPERKING_MELDINGEN, retryAfterSeconden } from '../domain/inlogbeperking'
import { wachtwoordFout } from '../domain/wachtwoord'
import { REGELS } from '../access/regels'
import { clientAdres, sleutel, telPoging, wachtVoor } from '../collections/Users/beperking'
import { endpoint, inTransaction, withErrors } from '../http/endpoint'
import { fout, json, readJson } from '../http/responses'
import { queueMail } from '../jobs/queue'
import type { User } from '../payload-types'
import { isDatabaseId, relationId, withScopedContext } from '../queries/records'

const GEEN_OBJECT =
  'Stuur de gegevens als een object, bijvoorbeeld { "email": "…", "organisaties": [1] }.'

const adminUrl = (pad: string) => `${loadCmsConfig().publicUrl.replace(/\/$/, '')}/admin${pad}`

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
      naam: z
        .string({ error: 'De naam is geen tekst.' })
        .trim()
        .max(200, 'De naam mag maximaal 200 tekens zijn.')
        .optional(),
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

export const WachtwoordBody = z
  .object(
    {
      token: z
        .string({ error: 'De link is niet compleet. Open de link uit de e-mail opnieuw.' })
        .max(200, 'De link is niet geldig.'),
      wachtwoord: z.string({ error: 'Vul een wachtwoord in.' }).superRefine((value, ctx) => {
        const melding = wachtwoordFout(value)
        if (melding) ctx.addIssue({ code: 'custom', message: melding })
      }),
    },
    { error: 'Stuur de gegevens als een object: { "token": "…", "wachtwoord": "…" }.' },
  )
  .strict()

/** Answer of POST /api/users/uitnodigen (the admin's invitation form imports this type). */
export interface UitnodigingAntwoord {
  id: number
  /** false: the address already had a login; the organisations were added to it */
  nieuw: boolean
  email: string
  organisaties: string[]
}

const idsVan = (values: unknown): string[] =>
  (Array.isArray(values) ? values : [])
    .map((v) => relId(v as never))
    .filter((v): v is string => v !== null)

/** "Marieke van den Berg (CZ zorgkantoor)", as the invited person reads who invited them. */
async function uitnodigerNaam(req: PayloadRequest, user: User): Promise<string> {
  const zk = relId(user.zorgkantoor)
  if (user.rol === 'zorgkantoor' && zk) {
    const doc = await req.payload.findByID({
      collection: 'zorgkantoren',
      id: relationId(req, zk),
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (doc) return `${user.naam} (${doc.naam})`
  }
  if (user.rol === 'beheerder') return `${user.naam} (beheer Zorgatlas)`
  return user.naam || ROLE_LABELS.zorgaanbieder
}

async function uitnodigen(req: PayloadRequest): Promise<Response> {
  const actor = userOf(req)
  if (!actor) return fout(401, 'Log eerst in.')
  if (!mayManageLogins(actor)) return fout(403, LOGIN_MELDINGEN.geenBeheerder)
  const body = await readJson(req, UitnodigenBody)
  if (!body.ok) return body.response
  const { email, naam, gebruikersbeheerder } = body.data
  const orgIds = [...new Set(body.data.organisaties.map(String))]
  if (!orgIds.every((id) => isDatabaseId(req, id)))
    return fout(400, 'Kies bestaande organisaties.', {
      organisaties: 'Kies bestaande organisaties.',
    })

  return inTransaction(req, async () => {
    const bereik = await beheerbereik(req)
    const orgs = await req.payload.find({
      collection: 'organisaties',
      where: { id: { in: orgIds.map((id) => relationId(req, id)) } },
      draft: true,
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      select: { naam: true },
      req,
    })
    const namen = new Map(orgs.docs.map((d) => [String(d.id), d.naam]))
    if (orgIds.some((id) => !namen.has(id)))
      return fout(404, 'Deze organisatie bestaat niet.', {
        organisaties: 'Deze organisatie bestaat niet.',
      })
    if (bereik !== 'alles' && orgIds.some((id) => !bereik.includes(id)))
      return fout(403, 'U kunt alleen uitnodigen voor organisaties die u zelf beheert.')

    const token = nieuwToken()
    const tot = geldigTot(new Date()).toISOString()
    const link = adminUrl(`/wachtwoord-instellen?token=${token.token}`)
    const door = await uitnodigerNaam(req, actor)
    const organisatieNamen = orgIds.map((id) => namen.get(id) ?? '')

    const bestaand = (
      await req.payload.find({
        collection: 'users',
        where: { email: { equals: email } },
        depth: 0,
        limit: 1,
        overrideAccess: true,
        showHiddenFields: true,
        req,
      })
    ).docs[0]

    if (bestaand) {
      if (!isAanbiederLogin(bestaand))
        return fout(
          409,
          'Dit e-mailadres hoort bij een medewerker van een zorgkantoor of van de Zorgatlas. Kies een ander e-mailadres.',
        )
      if (bestaand.actief === false)
        return fout(
          409,
          'Deze login is gedeactiveerd. Zet de login eerst weer op actief en nodig daarna opnieuw uit.',
        )
      const huidige = idsVan(bestaand.organisaties)
      // Never set a password yet: a fresh link (the old one stops working).
      const openUitnodiging = Boolean(bestaand.uitnodigingHash)
      await req.payload.update({
        collection: 'users',
        id: bestaand.id,
        data: {
          organisaties: [...new Set([...huidige, ...orgIds])].map((id) => relationId(req, id)),
          ...(openUitnodiging ? { uitnodigingHash: token.hash, uitnodigingGeldigTot: tot } : {}),
        },
        overrideAccess: true,
        depth: 0,
        req,
      })
      const inhoud = openUitnodiging
        ? berichtUitnodiging({
            naam: bestaand.naam,
            organisaties: organisatieNamen,
            uitgenodigdDoor: door,
            link,
          })
        : berichtExtraToegang({
            naam: bestaand.naam,
            organisaties: organisatieNamen,
            uitgenodigdDoor: door,
            link: adminUrl(''),
          })
      await queueMail(req, { aan: email, ...inhoud })
      return json(
        {
          id: bestaand.id,
          nieuw: false,
          email,
          organisaties: organisatieNamen,
        } satisfies UitnodigingAntwoord,
        200,
      )
    }

    if (!naam)
      return fout(400, 'Vul de naam in van de persoon die u uitnodigt.', {
        naam: 'Vul de naam in van de persoon die u uitnodigt.',
      })
    const doc = await req.payload.create({
      collection: 'users',
      data: {
        email,
        naam,
        rol: 'zorgaanbieder',
        gebruikersbeheerder: gebruikersbeheerder === true,
        organisaties: orgIds.map((id) => relationId(req, id)),
        actief: true,
        // Nobody knows this password: the login opens only after the link sets one.
        password: randomBytes(32).toString('base64url'),
        uitnodigingHash: token.hash,
        uitnodigingGeldigTot: tot,
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
    await queueMail(req, {
      aan: email,
      ...berichtUitnodiging({ naam, organisaties: organisatieNamen, uitgenodigdDoor: door, link }),
    })
    return json(
      {
        id: doc.id,
        nieuw: true,
        email,
        organisaties: organisatieNamen,
      } satisfies UitnodigingAntwoord,
      201,
    )
  })
}

/** 429 with Retry-After (the endpoint's answer carries req.responseHeaders). */
function teVeelPogingen(req: PayloadRequest, ms: number): Response {
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(retryAfterSeconden(ms)))
  req.responseHeaders = headers
  return fout(429, BEPERKING_MELDINGEN.teVeel(ms))
}

/**
 * The set-password link. Unknown, used and expired tokens count per client address (the login
 * limiter); while an address waits, only a valid link still works. The password rule (also the
 * e-mail address) is checked here and again by the users collection.
 */
const wachtwoordInstellenEndpoint = endpoint({
  path: '/wachtwoord-instellen',
  method: 'post',
  regel: REGELS.iedereen,
  body: WachtwoordBody,
  // the limiter's count must stay when the request fails; the write has its own transaction
  transactie: false,
  handler: async (req, { body }) => {
    const { token, wachtwoord } = body
    const teller = sleutel('tokenAdres', { adres: clientAdres(req) })
    const user = isTokenVorm(token)
      ? (
          await req.payload.find({
            collection: 'users',
            where: { uitnodigingHash: { equals: hashToken(token) } },
            depth: 0,
            limit: 1,
            overrideAccess: true,
            showHiddenFields: true,
            req,
          })
        ).docs[0]
      : undefined
    const verlopen = user ? isVerlopen(user.uitnodigingGeldigTot, new Date()) : false
    if (!user || verlopen) {
      const wacht = (await wachtVoor(req, [teller])) || (await telPoging(req, 'tokenAdres', teller))
      if (wacht > 0) return teVeelPogingen(req, wacht)
      return fout(410, verlopen ? UITNODIGING_MELDINGEN.verlopen : UITNODIGING_MELDINGEN.ongeldig)
    }
    if (user.actief === false) return fout(403, UITNODIGING_MELDINGEN.gedeactiveerd)
    const melding = wachtwoordFout(wachtwoord, user.email)
    if (melding) return fout(400, melding, { wachtwoord: melding })
    return inTransaction(req, async () => {
      await withScopedContext(req, { [LOGIN_SYSTEEM]: true }, (context) =>
        req.payload.update({
          collection: 'users',
          id: user.id,
          data: {
            password: wachtwoord,
            uitnodigingHash: null,
            uitnodigingGeldigTot: null,
          },
          overrideAccess: true,
          depth: 0,
          context,
          req,
        }),
      )
      return json({ email: user.email }, 200)
    })
  },
})

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
export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: withErrors(async (req) => {
    await addDataAndFileToRequest(req)
    if (req.payload.db.name === 'sqlite' && !req.transactionID) req.transactionID = GEEN_TRANSACTIE
    const email = typeof req.data?.email === 'string' ? req.data.email : ''
    if (!email.trim())
      return fout(400, 'Vul uw e-mailadres in.', { email: 'Vul uw e-mailadres in.' })
    await forgotPasswordOperation({
      collection: req.payload.collections.users,
      data: { email } as { email: string; password: string },
      req,
    })
    // The same answer whether the address exists or not.
    return json({ message: req.t('general:success') }, 200)
  }),
}

/** Other methods on these paths would reach Payload's `/:id` routes with a word for an id. */
const alleenPost = (path: string): Endpoint[] =>
  (['get', 'patch', 'put', 'delete'] as const).map((method) => ({
    path,
    method,
    handler: () => fout(405, 'Dit adres werkt alleen met POST.'),
  }))

export const loginEndpoints: Endpoint[] = [
  { path: '/uitnodigen', method: 'post', handler: withErrors(uitnodigen) },
  wachtwoordInstellenEndpoint,
  ...alleenPost('/uitnodigen'),
  ...alleenPost('/wachtwoord-instellen'),
]
