/**
 * A successful login takes its counted try back: its (address, account) pair starts over and the
 * address's counter goes down by one. Runs in the login's own transaction. After Payload's
 * reset-password (which logs in too), the audit trail records the password change.
 */
import type { CollectionAfterLoginHook } from 'payload'
import { schrijfAudit } from '../../../audit/schrijf'
import { sleutel, vergeef } from '../beperking'
import { pogingVan } from './beperkInloggen'

export const vergeefInlogpoging: CollectionAfterLoginHook = async ({ req, user }) => {
  const poging = pogingVan(req)
  if (poging?.soort === 'reset') {
    poging.gelukt = true
    // Payload's reset ended every session of the login and opened this one
    const u = user as { id: number | string; naam?: string; email?: string }
    await schrijfAudit(req, {
      actie: 'wachtwoord-gewijzigd',
      actor: { id: String(u.id), naam: u.naam || u.email || '', rol: null },
      collectie: 'users',
      documentId: u.id,
      documentTitel: u.naam || u.email || null,
      toelichting:
        'Via de link uit de e-mail "Wachtwoord vergeten". Alle andere sessies zijn beëindigd.',
    })
    return user
  }
  if (!poging || poging.soort !== 'login') return user
  poging.gelukt = true
  const { adres, account } = poging
  await vergeef(req, sleutel('inloggenPaar', { adres, account }), 'wis')
  await vergeef(req, sleutel('inloggenAdres', { adres }), 'een-terug')
  return user
}
