/**
 * A deleted organisation's history stays, also its change requests (their
 * organisation becomes empty, the name stays as text). Its audit entries get a key no organisation
 * can have, so a new organisation that gets the same id later (SQLite may give a deleted id out
 * again) never shows them; beheerders still read them. Runs after the entry of the deletion itself.
 */
import type { CollectionAfterDeleteHook } from 'payload'
import { herschrijfLogboek } from '../../../audit/schrijf'

export const keepHistoryOfOrganisatie: CollectionAfterDeleteHook = async ({ id, req, doc }) => {
  const sleutel = `verwijderd-${String(id)}-${Date.now().toString(36)}`
  await herschrijfLogboek(req, { organisatieId: { equals: String(id) } }, () => ({
    organisatieId: sleutel,
  }))
  return doc
}
