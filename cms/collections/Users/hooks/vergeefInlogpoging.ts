/**
 * A successful login takes its counted try back: its (address, account) pair starts over and the
 * address's counter goes down by one. Runs in the login's own transaction.
 */
import type { CollectionAfterLoginHook } from 'payload'
import { sleutel, vergeef } from '../beperking'
import { pogingVan } from './beperkInloggen'

export const vergeefInlogpoging: CollectionAfterLoginHook = async ({ req, user }) => {
  const poging = pogingVan(req)
  if (!poging || poging.soort !== 'login') return user
  poging.gelukt = true
  const { adres, account } = poging
  await vergeef(req, sleutel('inloggenPaar', { adres, account }), 'wis')
  await vergeef(req, sleutel('inloggenAdres', { adres }), 'een-terug')
  return user
}
