/**
 * Two-step login around Payload's login (and reset-password, which logs in too):
 * - startTweedeStap (afterLogin): a login that set up two-step login, or must set it up, gets a
 *   session that waits for the second step: its sid goes into `tweestapsOpen`;
 * - kortLoginAntwoord (afterOperation): the answer of such a login carries no data of the login,
 *   only what the admin needs to ask for the code (`tweedeStap`);
 * - verbergOpenSessies (afterRead): Payload's token check reads the login with its sessions; a
 *   waiting session and one older than SESSION_MAX_MINUTES are left out, so every REST and GraphQL
 *   request with such a token is anonymous. Only cms/endpoints/tweestaps.ts reads them.
 */
import type {
  CollectionAfterLoginHook,
  CollectionAfterOperationHook,
  CollectionAfterReadHook,
} from 'payload'
import { decodeJwt } from 'jose'
import { loadCmsConfig } from '../../../config'
import { tweedeStap } from '../../../domain/tweestaps'
import { isTeOud, openSessies, schrijfTweestaps, type TweestapsLogin } from '../tweestaps'

const TWEEDE_STAP = 'tweedeStap'

export const startTweedeStap: CollectionAfterLoginHook = async ({ req, token, user }) => {
  const u = user as TweestapsLogin
  const stap = tweedeStap({
    rol: u.rol,
    ingesteld: Boolean(u.tweestaps),
    verplicht: loadCmsConfig().tweestapsVerplicht,
  })
  if (stap === 'geen') return user
  const sid = decodeJwt(token).sid
  if (typeof sid !== 'string') return user
  const bestaand = (await req.payload.db.findOne({
    collection: 'users',
    where: { id: { equals: u.id } },
    req,
  })) as TweestapsLogin | null
  const levend = new Set((bestaand?.sessions ?? []).map((s) => s.id))
  const open = openSessies(bestaand ?? {}).filter((s) => levend.has(s))
  await schrijfTweestaps(req, u.id, { tweestapsOpen: [...open, sid] })
  req.context[TWEEDE_STAP] = stap
  return user
}

export const kortLoginAntwoord: CollectionAfterOperationHook = ({ operation, req, result }) => {
  const stap = req.context[TWEEDE_STAP]
  if (!stap || (operation !== 'login' && operation !== 'resetPassword')) return result
  const r = result as { user?: { id: unknown; email?: unknown } }
  return {
    ...r,
    user: r.user ? { id: r.user.id, email: r.user.email, collection: 'users' } : r.user,
    tweedeStap: stap,
  } as typeof result
}

export const verbergOpenSessies: CollectionAfterReadHook = ({ doc }) => {
  const d = doc as TweestapsLogin
  if (!Array.isArray(d.sessions) || !d.sessions.length) return doc
  const open = new Set(openSessies(d))
  const nu = new Date()
  const sessions = d.sessions.filter((s) => !open.has(s.id) && !isTeOud(s, nu))
  return sessions.length === d.sessions.length ? doc : { ...doc, sessions }
}
