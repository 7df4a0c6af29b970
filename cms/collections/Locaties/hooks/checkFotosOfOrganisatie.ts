/** A location shows only photos of its own organisation (§3.2.6). */
import type { CollectionBeforeChangeHook } from 'payload'
import { OWNERSHIP_MESSAGES } from '../../../domain/eigendom'
import { relId } from '../../../domain/roles'
import { weiger } from '../../../http/responses'
import type { Locatie } from '../../../payload-types'

export const checkFotosOfOrganisatie: CollectionBeforeChangeHook<Locatie> = async ({
  data,
  req,
}) => {
  const organisatieId = relId(data.organisatie)
  const fotoIds = (data.fotos ?? []).map(relId).filter((id): id is string => id !== null)
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
  if (media.docs.some((m) => relId(m.organisatie) !== organisatieId)) {
    throw weiger(OWNERSHIP_MESSAGES.fotoVanAndereOrganisatie, 400)
  }
  return data
}
