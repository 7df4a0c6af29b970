/**
 * Invitations, the use case (manual §1.2, §1.3): invite an address for organisations; set a
 * password from the link (a new address: the login is made only now); look at, accept or refuse an
 * invitation (the owner of an existing login, logged in as that login). The rules are pure
 * (cms/domain/uitnodiging.ts); the endpoints (cms/endpoints/logins.ts) only parse and answer.
 *
 * Inviting does the same work whoever owns the address — one lookup, one invitation, one SHA-256
 * hash, one mail job, and no login made or changed — so status, body and timing of the answer do
 * not tell the inviter whether the address exists or what kind of login it has. Only the mail,
 * which goes to the address itself, differs.
 */
import type { PayloadRequest } from 'payload'
import { userOf } from '../access'
import { beheerbereik } from '../collections/Users/access'
import { LOGIN_SYSTEEM } from '../collections/Users/hooks/bewaakLogin'
import { loadCmsConfig } from '../config'
import { ROLE_LABELS, isAanbiederLogin, relId, type RelValue } from '../domain/roles'
import {
  UITNODIGING_MELDINGEN,
  berichtVoorUitnodiging,
  geldigTot,
  hashToken,
  isTokenVorm,
  isVoorLogin,
  nieuwToken,
  uitnodigingAntwoord,
  uitnodigingFout,
  uitnodigingSoort,
  type UitnodigingAntwoord,
  type UitnodigingVoorOntvanger,
} from '../domain/uitnodiging'
import { wachtwoordFout } from '../domain/wachtwoord'
import { WorkflowError } from '../domain/workflow'
import { queueMail } from '../jobs/queue'
import type { Uitnodiging, User } from '../payload-types'
import { isDatabaseId, relationId, withScopedRequest } from '../queries/records'

const adminUrl = (pad: string) => `${loadCmsConfig().publicUrl.replace(/\/$/, '')}/admin${pad}`

const ids = (values: readonly RelValue[] | null | undefined): string[] =>
  (values ?? []).map(relId).filter((id): id is string => id !== null)

const SYSTEEM = { overrideAccess: true, depth: 0 } as const

/** "Marieke van den Berg (CZ zorgkantoor)", as the invited person reads who invited them. */
async function uitnodigerNaam(req: PayloadRequest, user: User): Promise<string> {
  const zk = relId(user.zorgkantoor)
  if (user.rol === 'zorgkantoor' && zk) {
    const doc = await req.payload.findByID({
      collection: 'zorgkantoren',
      id: relationId(req, zk),
      ...SYSTEEM,
      disableErrors: true,
      req,
    })
    if (doc) return `${user.naam} (${doc.naam})`
  }
  if (user.rol === 'beheerder') return `${user.naam} (beheer Zorgatlas)`
  return user.naam || ROLE_LABELS.zorgaanbieder
}

/** The organisations that still exist, in the given order, with their names. */
async function organisatiesMetNaam(
  req: PayloadRequest,
  organisatieIds: readonly string[],
): Promise<{ id: string; naam: string }[]> {
  if (!organisatieIds.length) return []
  const found = await req.payload.find({
    collection: 'organisaties',
    where: { id: { in: organisatieIds.map((id) => relationId(req, id)) } },
    draft: true,
    limit: 0,
    pagination: false,
    select: { naam: true },
    ...SYSTEEM,
    req,
  })
  const namen = new Map(found.docs.map((d) => [String(d.id), d.naam]))
  return organisatieIds.flatMap((id) => (namen.has(id) ? [{ id, naam: namen.get(id)! }] : []))
}

async function loginMetEmail(req: PayloadRequest, email: string): Promise<User | null> {
  const found = await req.payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    ...SYSTEEM,
    req,
  })
  return found.docs[0] ?? null
}

export interface UitnodigenInvoer {
  email: string
  naam: string
  organisaties: (string | number)[]
  gebruikersbeheerder?: boolean
}

/**
 * Invite an address for organisations the inviter manages. The answer is the same for every
 * address; what the address's owner can do is in the mail (berichtVoorUitnodiging).
 */
export async function nodigUit(
  req: PayloadRequest,
  invoer: UitnodigenInvoer,
): Promise<UitnodigingAntwoord> {
  const actor = userOf(req)
  if (!actor) throw new WorkflowError('Log eerst in.', 403)
  const { email, naam } = invoer
  const orgIds = [...new Set(invoer.organisaties.map(String))]
  if (!orgIds.every((id) => isDatabaseId(req, id)))
    throw new WorkflowError('Kies bestaande organisaties.', 400)
  const orgs = await organisatiesMetNaam(req, orgIds)
  if (orgs.length !== orgIds.length) throw new WorkflowError('Deze organisatie bestaat niet.', 404)
  const bereik = await beheerbereik(req)
  if (bereik !== 'alles' && orgIds.some((id) => !bereik.includes(id)))
    throw new WorkflowError('U kunt alleen uitnodigen voor organisaties die u zelf beheert.', 403)

  const token = nieuwToken()
  const door = await uitnodigerNaam(req, actor)
  const namen = orgs.map((o) => o.naam)
  const bestaand = await loginMetEmail(req, email)
  await req.payload.create({
    collection: 'uitnodigingen',
    data: {
      email,
      naam,
      organisaties: orgIds.map((id) => relationId(req, id)),
      gebruikersbeheerder: invoer.gebruikersbeheerder === true,
      status: 'open',
      geldigTot: geldigTot(new Date()).toISOString(),
      uitgenodigdDoor: actor.id,
      uitgenodigdDoorNaam: door,
      tokenHash: token.hash,
    },
    ...SYSTEEM,
    req,
  })
  const bericht = berichtVoorUitnodiging(uitnodigingSoort(bestaand), {
    naam: bestaand?.naam || naam,
    organisaties: namen,
    uitgenodigdDoor: door,
    wachtwoordLink: adminUrl(`/wachtwoord-instellen?token=${token.token}`),
    accepteerLink: adminUrl(`/uitnodiging?token=${token.token}`),
  })
  await queueMail(req, { aan: email, ...bericht })
  return uitnodigingAntwoord(email, namen)
}

async function uitnodigingMetToken(
  req: PayloadRequest,
  token: string,
): Promise<Uitnodiging | null> {
  if (!isTokenVorm(token)) return null
  const found = await req.payload.find({
    collection: 'uitnodigingen',
    where: { tokenHash: { equals: hashToken(token) } },
    limit: 1,
    showHiddenFields: true,
    ...SYSTEEM,
    req,
  })
  return found.docs[0] ?? null
}

/** Closes an invitation for good: its status, and its token no longer works. */
async function sluit(
  req: PayloadRequest,
  uitnodiging: Uitnodiging,
  status: 'geaccepteerd' | 'geweigerd',
) {
  await req.payload.update({
    collection: 'uitnodigingen',
    id: uitnodiging.id,
    data: { status, tokenHash: null },
    ...SYSTEEM,
    req,
  })
}

/**
 * An invitation that can still be used, for whoever may use it: anyone with the link when nobody
 * is logged in (refusing; setting a password), else only the login with the invitation's address.
 */
async function bruikbareUitnodiging(
  req: PayloadRequest,
  token: string,
  ongeldig: string = UITNODIGING_MELDINGEN.alBeslist,
): Promise<Uitnodiging> {
  const uitnodiging = await uitnodigingMetToken(req, token)
  const fout = uitnodigingFout(uitnodiging, new Date(), ongeldig)
  if (fout) throw new WorkflowError(fout, 410)
  const user = userOf(req)
  if (user && !isVoorLogin(uitnodiging!.email, user.email))
    throw new WorkflowError(UITNODIGING_MELDINGEN.andereLogin, 403)
  return uitnodiging!
}

/** The set-password link of a new address: the login is made now, with the invitation's data. */
export async function stelWachtwoordIn(
  req: PayloadRequest,
  invoer: { token: string; wachtwoord: string },
): Promise<{ email: string }> {
  const uitnodiging = await uitnodigingMetToken(req, invoer.token)
  const fout = uitnodigingFout(uitnodiging, new Date(), UITNODIGING_MELDINGEN.ongeldig)
  if (fout) throw new WorkflowError(fout, 410)
  const { email } = uitnodiging!
  // A link never sets the password of a login that exists (a link for an existing login, or a
  // second invitation of a new address whose first one made the login): log in and accept.
  if (await loginMetEmail(req, email))
    throw new WorkflowError(UITNODIGING_MELDINGEN.alEenLogin, 409)
  // the password rule with the address it belongs to (the body's check could not know it)
  const melding = wachtwoordFout(invoer.wachtwoord, email)
  if (melding) throw new WorkflowError(melding, 400)
  const orgs = await organisatiesMetNaam(req, ids(uitnodiging!.organisaties as RelValue[]))
  await withScopedRequest(req, { [LOGIN_SYSTEEM]: true }, (scoped) =>
    req.payload.create({
      collection: 'users',
      data: {
        email,
        naam: uitnodiging!.naam || email,
        rol: 'zorgaanbieder',
        gebruikersbeheerder: uitnodiging!.gebruikersbeheerder === true,
        organisaties: orgs.map((o) => relationId(req, o.id)),
        actief: true,
        password: invoer.wachtwoord,
      },
      ...SYSTEEM,
      req: scoped,
    }),
  )
  await sluit(req, uitnodiging!, 'geaccepteerd')
  return { email }
}

export async function bekijkUitnodiging(
  req: PayloadRequest,
  token: string,
): Promise<UitnodigingVoorOntvanger> {
  const uitnodiging = await bruikbareUitnodiging(req, token)
  const orgs = await organisatiesMetNaam(req, ids(uitnodiging.organisaties as RelValue[]))
  return {
    email: uitnodiging.email,
    organisaties: orgs.map((o) => o.naam),
    uitgenodigdDoor: uitnodiging.uitgenodigdDoorNaam || 'De Zorgatlas',
    geldigTot: uitnodiging.geldigTot,
  }
}

/** The owner of an existing provider login accepts: the organisations are added, none removed. */
export async function accepteerUitnodiging(
  req: PayloadRequest,
  token: string,
): Promise<{ bericht: string; organisaties: string[] }> {
  const uitnodiging = await bruikbareUitnodiging(req, token)
  const user = userOf(req)
  if (!user) throw new WorkflowError('Log eerst in.', 403)
  if (!isAanbiederLogin(user))
    throw new WorkflowError(UITNODIGING_MELDINGEN.geenAanbiederLogin, 403)
  const login = await req.payload.findByID({ collection: 'users', id: user.id, ...SYSTEEM, req })
  const orgs = await organisatiesMetNaam(req, ids(uitnodiging.organisaties as RelValue[]))
  const organisaties = [
    ...new Set([...ids(login.organisaties as RelValue[]), ...orgs.map((o) => o.id)]),
  ]
  // Proven by the link and the login together: the login's own rules (bewaakLogin) concern
  // managers, not the owner accepting.
  await withScopedRequest(req, { [LOGIN_SYSTEEM]: true }, (scoped) =>
    req.payload.update({
      collection: 'users',
      id: user.id,
      data: { organisaties: organisaties.map((id) => relationId(req, id)) },
      ...SYSTEEM,
      req: scoped,
    }),
  )
  await sluit(req, uitnodiging, 'geaccepteerd')
  const namen = orgs.map((o) => o.naam)
  return {
    bericht: `U beheert nu ook de gegevens van: ${namen.join(', ')}.`,
    organisaties: namen,
  }
}

/** Refuse: nothing is added. Also for a new address, from the set-password page (no login). */
export async function weigerUitnodiging(
  req: PayloadRequest,
  token: string,
): Promise<{ bericht: string }> {
  const uitnodiging = await bruikbareUitnodiging(req, token)
  await sluit(req, uitnodiging, 'geweigerd')
  return { bericht: 'U heeft de uitnodiging geweigerd. Er is niets veranderd.' }
}
