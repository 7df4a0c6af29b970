/**
 * Every change of a login passes the rules of cms/domain/roles.ts (loginWijzigingFout) for the
 * logged-in actor; writes by the system (seed, our own endpoints' bookkeeping) have no actor.
 * - An editor or user administrator sends only the organisations they see (their own scope); the
 *   login's other organisations are kept (organisatiesNaSchrijven), never removed.
 * - Deactivating switches every right off and keeps them aside; activating restores them
 *   (actiefOvergang). The login's sessions end after the change (endSessionsOfDeactivated).
 * - The user administrator right exists only on top of the provider role.
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import { userOf } from '../../../access'
import {
  actiefOvergang,
  loginWijzigingFout,
  organisatiesNaSchrijven,
  relId,
  type VorigeRechten,
} from '../../../domain/roles'
import { weiger } from '../../../http/responses'
import type { User } from '../../../payload-types'
import { relationId } from '../../../queries/records'
import { beheerbereik, loginStaat } from '../access'

/** Context flag of cms/endpoints/logins.ts: a write proven by a set-password token. */
export const LOGIN_SYSTEEM = 'loginSysteem'

const SESSIES_WEG = 'loginSessiesBeeindigen'

export const bewaakLogin: CollectionBeforeChangeHook<User> = async ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  const voorDoc = operation === 'update' && originalDoc ? originalDoc : null
  const voor = voorDoc ? loginStaat(voorDoc) : null
  // The set-password link is its own proof; whoever happens to be logged in does not matter.
  const actor = context[LOGIN_SYSTEEM] ? null : userOf(req)
  if (actor) {
    const bereik = await beheerbereik(req)
    const self = voor !== null && String(voor.id) === String(actor.id)
    if (voor && !self && data.organisaties !== undefined && bereik !== 'alles') {
      const gestuurd = (data.organisaties ?? [])
        .map((v) => relId(v))
        .filter((v): v is string => v !== null)
      data.organisaties = organisatiesNaSchrijven(bereik, voor.organisaties, gestuurd).map((id) =>
        relationId(req, id),
      )
    }
    const na = loginStaat({ ...(voorDoc ?? {}), ...data } as User)
    const wachtwoord = typeof data.password === 'string' && data.password !== ''
    const fout = loginWijzigingFout({ actor, bereik, voor, na, wachtwoord })
    if (fout) throw weiger(fout, 403)
  }

  if (voor && voorDoc) {
    const naActief = data.actief === undefined || data.actief === null ? voor.actief : data.actief
    const overgang = actiefOvergang(
      voor,
      naActief,
      voorDoc.vorigeRechten as VorigeRechten | null | undefined,
    )
    if (overgang?.soort === 'gedeactiveerd') {
      Object.assign(data, overgang.wijziging, { vorigeRechten: overgang.bewaren })
      req.context[`${SESSIES_WEG}-${String(voor.id)}`] = true
    } else if (overgang?.soort === 'geactiveerd') {
      Object.assign(data, overgang.wijziging, { vorigeRechten: null })
    }
  }
  const rol = data.rol !== undefined ? data.rol : (voor?.rol ?? null)
  if (rol !== 'zorgaanbieder') data.gebruikersbeheerder = false
  return data
}

/** A deactivated login's sessions end with the change: its open admin tabs stop working. */
export const endSessionsOfDeactivated: CollectionAfterChangeHook<User> = async ({ doc, req }) => {
  const key = `${SESSIES_WEG}-${String(doc.id)}`
  if (!req.context[key]) return doc
  delete req.context[key]
  await req.payload.db.updateOne({
    collection: 'users',
    id: doc.id,
    data: { sessions: [] },
    req,
  })
  return doc
}
