/**
 * Photos belong to one organisation (set at upload) and are reached only through it. A photo that a
 * Definitief location shows is part of the public data: it is never changed or removed in place —
 * a change makes a new item (POST /api/media/:id/nieuwe-versie), and using that in the location is
 * a proposal like any other change.
 */
import {
  NotFound,
  type CollectionBeforeOperationHook,
  type CollectionBeforeValidateHook,
  type PayloadRequest,
} from 'payload'
import { mayWorkOnOrganisatie, userOf, workableOrganisatieIds } from '../access'
import { relId } from '../domain/roles'
import { weiger } from '../lib/http'
import { findByIdOrNull } from '../lib/local-api'

export const MEDIA_MESSAGES = {
  kiesOrganisatie: 'Kies bij welke organisatie deze foto hoort.',
  andereOrganisatie: 'U kunt alleen foto’s toevoegen bij uw eigen organisaties.',
  inGebruik:
    'Deze foto staat op een goedgekeurde locatie in de Zorgatlas en wordt daarom niet aangepast. Maak een nieuwe versie van de foto en kies die bij de locatie; het zorgkantoor beoordeelt die wijziging.',
  verwijderenInGebruik:
    'Deze foto staat op een goedgekeurde locatie in de Zorgatlas. Haal de foto eerst weg bij de locatie en verstuur die wijziging.',
  verplaatsen: 'Een foto verhuist niet naar een andere organisatie.',
} as const

/** Is this media item shown by a Definitief (published) location? */
export async function isInPublicUse(req: PayloadRequest, mediaId: string | number) {
  const { totalDocs } = await req.payload.count({
    collection: 'locaties',
    where: { and: [{ fotos: { in: [mediaId] } }, { _status: { equals: 'published' } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** The organisation of a new photo: given, or the login's only organisation. */
export const setMediaOrganisatie: CollectionBeforeValidateHook = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || !data || !userOf(req)) return data
  if (!relId(data.organisatie as string)) {
    const ids = await workableOrganisatieIds(req)
    if (ids !== 'all' && ids.length === 1)
      data.organisatie = req.payload.db.defaultIDType === 'number' ? Number(ids[0]) : ids[0]
  }
  const organisatieId = relId(data.organisatie as string)
  if (!organisatieId) throw weiger(MEDIA_MESSAGES.kiesOrganisatie, 400)
  if (!(await mayWorkOnOrganisatie(req, organisatieId))) {
    throw weiger(MEDIA_MESSAGES.andereOrganisatie, 403)
  }
  return data
}

/** Public photos are not changed or deleted in place; a photo keeps its organisation. */
export const protectPublicMedia: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  const a = args as {
    id?: string | number
    data?: Record<string, unknown>
    overrideAccess?: boolean
  }
  if (a.overrideAccess === true || !userOf(req)) return args
  if (operation !== 'update' && operation !== 'delete') return args
  if (a.id === undefined) throw weiger('Wijzig of verwijder één foto tegelijk.', 400)
  const current = await findByIdOrNull(req, {
    collection: 'media',
    id: a.id,
    depth: 0,
    overrideAccess: true,
  })
  if (!current) return args // Payload answers 404
  const organisatieId = relId(current.organisatie as string)
  // Another organisation's photo does not exist for this login (no hint that it is in use).
  if (!organisatieId || !(await mayWorkOnOrganisatie(req, organisatieId))) throw new NotFound(req.t)
  if (
    operation === 'update' &&
    a.data &&
    'organisatie' in a.data &&
    relId(a.data.organisatie as string) !== organisatieId
  ) {
    throw weiger(MEDIA_MESSAGES.verplaatsen, 403)
  }
  if (await isInPublicUse(req, a.id)) {
    throw weiger(
      operation === 'update' ? MEDIA_MESSAGES.inGebruik : MEDIA_MESSAGES.verwijderenInGebruik,
      409,
    )
  }
  return args
}
