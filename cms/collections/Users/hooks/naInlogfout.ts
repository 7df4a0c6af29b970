/**
 * After a login or reset-password request failed (REST and GraphQL; a config-level afterError hook,
 * because GraphQL runs no collection hook on errors): the failed login goes into the audit trail,
 * aggregated (cms/audit/inlogfouten.ts); an unknown reset token counts for its address. Runs after
 * the operation's transaction was rolled back, so what it writes stays.
 */
import type { AfterErrorHook } from 'payload'
import { schrijfInlogfout } from '../../../audit/inlogfouten'
import { BEPERKING_MELDINGEN } from '../../../domain/inlogbeperking'
import { sleutel, telPoging, teVeel } from '../beperking'
import { pogingVan } from './beperkInloggen'

/** The status of a REST error, or of the error inside a GraphQL error. */
const statusVan = (error: unknown): number | undefined => {
  const e = error as { status?: number; originalError?: { status?: number } }
  return e.originalError?.status ?? e.status
}

export const naInlogfout: AfterErrorHook = async ({ req, error }) => {
  const poging = pogingVan(req)
  if (!poging || poging.gelukt || poging.verwerkt) return
  // reset-password: only an unknown or expired token counts (not a weak new password)
  if (poging.soort === 'reset' && statusVan(error) !== 403) return
  poging.verwerkt = true
  try {
    if (poging.soort === 'login') {
      await schrijfInlogfout(req, {
        email: poging.account,
        soort: 'wachtwoord',
        geweigerd: poging.geweigerd,
      })
    } else {
      const wacht = await telPoging(
        req,
        'tokenAdres',
        sleutel('tokenAdres', { adres: poging.adres }),
      )
      // the try over the limit already gets the wait, as with a login
      if (wacht > 0) {
        const melding = teVeel(req, wacht, BEPERKING_MELDINGEN.teVeel(wacht)).message
        return { status: 429, response: { errors: [{ message: melding }] } }
      }
    }
  } catch (error) {
    req.payload.logger.error({ err: error }, 'Mislukte inlogpoging niet vastgelegd')
    return {
      status: 500,
      response: { errors: [{ message: 'Er ging iets mis aan onze kant. Probeer het opnieuw.' }] },
    }
  }
}
