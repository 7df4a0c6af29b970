/**
 * A failed login through REST (the admin's login form uses it): the attempt is logged with the
 * login it was for, if that e-mail address exists. Never the password, and never the text typed
 * for an unknown address (people type passwords in the wrong field). If the entry cannot be
 * written, the answer says something went wrong instead of hiding it.
 */
import type { CollectionAfterErrorHook } from 'payload'
import { SYSTEEM } from '../../domain/audit'
import { ROLE_LABELS } from '../../domain/roles'
import { schrijfAudit } from '../schrijf'

const isLoginRequest = (url: string | undefined, method: string | undefined) =>
  method?.toUpperCase() === 'POST' &&
  /\/login\/?(\?|$)/.test(new URL(url ?? '', 'http://x').pathname + '?')

export const auditFailedLogin: CollectionAfterErrorHook = async ({ collection, error, req }) => {
  if (!isLoginRequest(req.url, req.method)) return
  const email = typeof req.data?.email === 'string' ? req.data.email.trim().toLowerCase() : ''
  try {
    const found = email
      ? await req.payload.find({
          collection: 'users',
          where: { email: { equals: email } },
          depth: 0,
          limit: 1,
          overrideAccess: true,
          req,
        })
      : { docs: [] }
    const user = found.docs[0]
    const geblokkeerd = error.name === 'LockedAuth' || /locked/i.test(error.message)
    await schrijfAudit(req, {
      actie: 'inloggen-mislukt',
      actor: user
        ? {
            id: String(user.id),
            naam: user.naam || user.email,
            rol: user.rol ? ROLE_LABELS[user.rol] : null,
          }
        : { ...SYSTEEM, naam: 'Onbekend e-mailadres' },
      collectie: collection.slug,
      documentId: user?.id ?? null,
      toelichting: geblokkeerd
        ? 'De login is tijdelijk geblokkeerd na te veel mislukte pogingen.'
        : user
          ? 'Verkeerd wachtwoord.'
          : 'Geen login met dit e-mailadres.',
    })
  } catch (auditError) {
    req.payload.logger.error({ err: auditError }, 'Logboek: mislukte inlogpoging niet vastgelegd')
    return {
      status: 500,
      response: { errors: [{ message: 'Er ging iets mis aan onze kant. Probeer het opnieuw.' }] },
    }
  }
}
