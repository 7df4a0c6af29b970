/**
 * One password rule on every path that writes a password through the collection (create, change,
 * first-register, the set-password link, GraphQL; Payload's reset-password is checked in
 * beperkInloggen, as it runs no change hooks):
 * - the rule of cms/domain/wachtwoord.ts, with the login's e-mail address;
 * - one's own password or e-mail address changes only with the current password
 *   (`huidigWachtwoord`);
 * - nobody sets someone else's password, a beheerder neither: that goes through "Wachtwoord
 *   vergeten" (the owner's own e-mail). Creating a login with a first password is a beheerder's;
 * - after the change every other session of that login ends, and the audit trail says so
 *   (naWachtwoordwijziging).
 * An invitation makes the login only when its link sets the password, which follows the rule too.
 */
import { ValidationError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'
import { userOf } from '../../../access'
import { wachtwoordFout } from '../../../domain/wachtwoord'
import { weiger } from '../../../http/responses'
import type { User } from '../../../payload-types'
import { kloptWachtwoord } from '../wachtwoordControle'
import { LOGIN_SYSTEEM } from './bewaakLogin'

export const WACHTWOORD_WIJZIGING = 'wachtwoordGewijzigd'

export const WIJZIGING_MELDINGEN = {
  huidigNodig: 'Vul uw huidige wachtwoord in om uw wachtwoord of e-mailadres te wijzigen.',
  huidigFout: 'Uw huidige wachtwoord klopt niet.',
  vanEenAnder:
    'Het wachtwoord van iemand anders kunt u niet wijzigen. Laat diegene op de inlogpagina "Wachtwoord vergeten" kiezen.',
} as const

/** What naWachtwoordwijziging needs after the write: the session to keep (the one in use). */
export interface Wachtwoordwijziging {
  behoudSessie: string | null
}

/**
 * A field error whose own message is the Dutch text too: the admin shows an error's message as a
 * toast, and Payload's password fields fold away after a failed save, hiding the field's message.
 */
export function veldFout(req: PayloadRequest, path: string, message: string): ValidationError {
  const error = new ValidationError(
    { collection: 'users', errors: [{ path, message }], req },
    req.t,
  )
  error.message = message
  return error
}

export const bewaakWachtwoord: CollectionBeforeChangeHook<User> = async ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  const extra = data as User & { huidigWachtwoord?: unknown }
  const huidig = typeof extra.huidigWachtwoord === 'string' ? extra.huidigWachtwoord : ''
  delete extra.huidigWachtwoord
  const wachtwoord =
    typeof data.password === 'string' && data.password !== '' ? data.password : null
  const email = String(data.email ?? originalDoc?.email ?? '')
  const emailAnders =
    operation === 'update' &&
    typeof data.email === 'string' &&
    data.email.trim().toLowerCase() !== String(originalDoc?.email ?? '').toLowerCase()
  const actor = context[LOGIN_SYSTEEM] ? null : userOf(req)

  if (operation === 'update' && originalDoc && actor && (wachtwoord || emailAnders)) {
    const self = String(actor.id) === String(originalDoc.id)
    if (!self && wachtwoord) throw weiger(WIJZIGING_MELDINGEN.vanEenAnder, 403)
    if (self) {
      if (!huidig) throw veldFout(req, 'huidigWachtwoord', WIJZIGING_MELDINGEN.huidigNodig)
      if (!(await kloptWachtwoord(req, originalDoc.id, huidig)))
        throw veldFout(req, 'huidigWachtwoord', WIJZIGING_MELDINGEN.huidigFout)
    }
  }

  if (wachtwoord) {
    const melding = wachtwoordFout(wachtwoord, email)
    if (melding) throw veldFout(req, 'password', melding)
    if (operation === 'update' && originalDoc) {
      const sid = (req.user as { _sid?: string } | null)?._sid ?? null
      const self = actor && String(actor.id) === String(originalDoc.id)
      req.context[`${WACHTWOORD_WIJZIGING}-${String(originalDoc.id)}`] = {
        behoudSessie: self ? sid : null,
      } satisfies Wachtwoordwijziging
    }
  }
  return data
}
