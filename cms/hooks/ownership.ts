/**
 * Records stay where they belong (§2, §5):
 * - a provider never moves a location to another organisation (that is a merger, the
 *   zorgkantoor's act); an editor moves one only between organisations that are both unlocked;
 * - a care offer never moves to another location (copy it instead, §4.4);
 * - a location shows only photos of its own organisation.
 * Without these, moving an item from an unlocked organisation into a locked one bypassed the lock.
 */
import type { CollectionBeforeChangeHook } from 'payload'
import { userOf } from '../access'
import { isAanbieder, relId } from '../domain/roles'
import { MESSAGES } from '../domain/workflow'
import { weiger } from '../lib/http'
import { openWijzigingsverzoek } from '../lib/organisatie'

export const OWNERSHIP_MESSAGES = {
  locatieVerplaatsen:
    'Een locatie verhuist niet naar een andere organisatie. Bij een fusie doet het zorgkantoor dat.',
  aanbodVerplaatsen:
    'Zorgaanbod verhuist niet naar een andere locatie. Kopieer het aanbod naar de andere locatie.',
  fotoVanAndereOrganisatie:
    'Een of meer foto’s horen bij een andere organisatie. Kies foto’s van deze organisatie of upload ze opnieuw.',
} as const

export const keepLocatieInOrganisatie: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const vorige = relId(originalDoc?.organisatie as string | undefined)
  const nieuwe = relId(data.organisatie as string | undefined)
  if (!originalDoc || !vorige || !nieuwe || vorige === nieuwe || !req.user) return data
  if (isAanbieder(userOf(req))) throw weiger(OWNERSHIP_MESSAGES.locatieVerplaatsen, 403)
  if ((await openWijzigingsverzoek(req, vorige)) || (await openWijzigingsverzoek(req, nieuwe))) {
    throw weiger(MESSAGES.inBehandeling, 409)
  }
  return data
}

export const keepZorgaanbodAtLocatie: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const vorige = relId(originalDoc?.locatie as string | undefined)
  const nieuwe = relId(data.locatie as string | undefined)
  if (originalDoc && vorige && nieuwe && vorige !== nieuwe && req.user) {
    throw weiger(OWNERSHIP_MESSAGES.aanbodVerplaatsen, 403)
  }
  return data
}

export const checkFotosOfOrganisatie: CollectionBeforeChangeHook = async ({ data, req }) => {
  const organisatieId = relId(data.organisatie as string | undefined)
  const fotoIds = ((data.fotos as unknown[] | undefined) ?? [])
    .map((f) => relId(f as string))
    .filter((id): id is string => id !== null)
  if (!organisatieId || !fotoIds.length) return data
  const media = await req.payload.find({
    collection: 'media',
    where: { id: { in: fotoIds } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (media.docs.some((m) => relId(m.organisatie as string) !== organisatieId)) {
    throw weiger(OWNERSHIP_MESSAGES.fotoVanAndereOrganisatie, 400)
  }
  return data
}
