/**
 * A photo that a Definitief location shows is part of the public data: it is never changed or
 * removed in place — a change makes a new item (POST /api/media/:id/nieuwe-versie), and using that
 * in the location is a proposal like any other change. A photo keeps its organisation, and another
 * organisation's photo does not exist for a login (no hint that it is in use). While the
 * organisation's change request is in behandeling, a provider leaves every photo a location uses
 * alone, as the records themselves (§5, fotoOpSlot in cms/domain/foto.ts).
 */
import { NotFound, type CollectionBeforeOperationHook } from 'payload'
import { mayWorkOnOrganisatie, userOf } from '../../../access'
import { MEDIA_MESSAGES } from '../../../domain/eigendom'
import { MESSAGES } from '../../../domain/workflow'
import { relId } from '../../../domain/roles'
import { weiger } from '../../../http/responses'
import type { Media } from '../../../payload-types'
import { isFotoOpSlot, isInPublicUse } from '../../../queries/media'
import { findByIdOrNull } from '../../../queries/records'

export const protectPublicMedia: CollectionBeforeOperationHook<'media'> = async ({
  args,
  operation,
  req,
}) => {
  const a = args as { id?: string | number; data?: Partial<Media>; overrideAccess?: boolean }
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
  const organisatieId = relId(current.organisatie)
  if (!organisatieId || !(await mayWorkOnOrganisatie(req, organisatieId))) throw new NotFound(req.t)
  if (
    operation === 'update' &&
    a.data &&
    'organisatie' in a.data &&
    relId(a.data.organisatie) !== organisatieId
  ) {
    throw weiger(MEDIA_MESSAGES.verplaatsen, 403)
  }
  if (await isFotoOpSlot(req, a.id, organisatieId)) throw weiger(MESSAGES.inBehandeling, 409)
  if (await isInPublicUse(req, a.id)) {
    throw weiger(
      operation === 'update' ? MEDIA_MESSAGES.inGebruik : MEDIA_MESSAGES.verwijderenInGebruik,
      409,
    )
  }
  return args
}
