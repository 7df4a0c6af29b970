/**
 * A provider never moves a location to another organisation (that is a merger, the zorgkantoor's
 * act); an editor moves one only between two unlocked organisations. Moving an item from an
 * unlocked organisation into a locked one used to bypass the lock of §5.
 */
import type { CollectionBeforeChangeHook } from 'payload'
import { userOf } from '../../../access'
import { OWNERSHIP_MESSAGES } from '../../../domain/eigendom'
import { isAanbieder, relId } from '../../../domain/roles'
import { MESSAGES } from '../../../domain/workflow'
import { weiger } from '../../../http/responses'
import type { Locatie } from '../../../payload-types'
import { openWijzigingsverzoek } from '../../../queries/organisatie'

export const keepLocatieInOrganisatie: CollectionBeforeChangeHook<Locatie> = async ({
  data,
  originalDoc,
  req,
}) => {
  const vorige = relId(originalDoc?.organisatie)
  const nieuwe = relId(data.organisatie)
  if (!originalDoc || !vorige || !nieuwe || vorige === nieuwe || !req.user) return data
  if (isAanbieder(userOf(req))) throw weiger(OWNERSHIP_MESSAGES.locatieVerplaatsen, 403)
  if ((await openWijzigingsverzoek(req, vorige)) || (await openWijzigingsverzoek(req, nieuwe))) {
    throw weiger(MESSAGES.inBehandeling, 409)
  }
  return data
}
