/**
 * Who reports for which location (§3.2.9): the organisation comes from the location (for access),
 * who reported and when are set by the server. Only a provider login of the location's
 * organisation, or a beheerder, reports for it (meldenFout: an editor of a contracting zorgkantoor
 * only removes entries); a report never moves to another location.
 */
import type { CollectionBeforeChangeHook } from 'payload'
import { userOf } from '../../../access'
import { meldenFout } from '../../../domain/capaciteit'
import { relId, type RelValue } from '../../../domain/roles'
import { weiger } from '../../../http/responses'
import { naamVanGebruiker } from '../../../queries/gebruiker'
import { findByIdOrNull, relationId } from '../../../queries/records'

type Melding = {
  id: number
  locatie: RelValue
  organisatie?: RelValue
  gemeldDoor?: RelValue
  gemeldDoorNaam?: string | null
  gemeldOp?: string | null
  titel?: string | null
}

export const setMeldingFields: CollectionBeforeChangeHook<Melding> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const locatieId = relId(data.locatie)
  if (!locatieId) return data
  // On create Payload passes an empty originalDoc: only an update can move a report.
  if (
    operation === 'update' &&
    originalDoc &&
    relId(originalDoc.locatie) !== locatieId &&
    req.user
  ) {
    throw weiger('Een melding verhuist niet naar een andere locatie. Maak een nieuwe melding.', 403)
  }
  const locatie = await findByIdOrNull(req, {
    collection: 'locaties',
    id: locatieId,
    draft: true,
    depth: 0,
    overrideAccess: true,
  })
  if (!locatie) throw weiger('De gekozen locatie bestaat niet.', 400)
  const organisatieId = relId(locatie.organisatie)
  if (!organisatieId) throw weiger('De gekozen locatie hoort bij geen organisatie.', 400)
  const user = userOf(req)
  const fout = req.user ? meldenFout(user, organisatieId) : null
  if (fout) throw weiger(fout, 403)
  data.organisatie = relationId(req, organisatieId)
  if (user) {
    data.gemeldDoor = user.id
    data.gemeldDoorNaam = await naamVanGebruiker(req)
  }
  data.gemeldOp = new Date().toISOString()
  data.titel = locatie.volledigeNaam || locatie.naam || `AGB ${locatie.agbCode}`
  return data
}
