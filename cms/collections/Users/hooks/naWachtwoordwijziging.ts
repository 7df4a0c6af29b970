/**
 * After a password change: every other session of that login ends (the one that made the change
 * stays), and the audit trail records the change — never the password.
 */
import type { CollectionAfterChangeHook } from 'payload'
import { schrijfAudit } from '../../../audit/schrijf'
import type { User } from '../../../payload-types'
import { WACHTWOORD_WIJZIGING, type Wachtwoordwijziging } from './bewaakWachtwoord'

export const naWachtwoordwijziging: CollectionAfterChangeHook<User> = async ({ doc, req }) => {
  const key = `${WACHTWOORD_WIJZIGING}-${String(doc.id)}`
  const wijziging = req.context[key] as Wachtwoordwijziging | undefined
  if (!wijziging) return doc
  delete req.context[key]
  const huidig = (await req.payload.db.findOne({
    collection: 'users',
    where: { id: { equals: doc.id } },
    req,
  })) as { sessions?: { id: string }[] } | null
  const blijft = (huidig?.sessions ?? []).filter((s) => s.id === wijziging.behoudSessie)
  await req.payload.db.updateOne({
    collection: 'users',
    id: doc.id,
    data: { sessions: blijft },
    req,
    returning: false,
  })
  await schrijfAudit(req, {
    actie: 'wachtwoord-gewijzigd',
    collectie: 'users',
    documentId: doc.id,
    documentTitel: doc.naam || doc.email,
    toelichting: wijziging.behoudSessie
      ? 'Andere sessies van deze login zijn beëindigd.'
      : 'Alle sessies van deze login zijn beëindigd.',
  })
  return doc
}
