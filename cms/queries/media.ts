/** Lookups about photos. */
import type { PayloadRequest } from 'payload'
import { userOf } from '../access'
import { fotoOpSlot } from '../domain/foto'
import { isAanbieder } from '../domain/roles'
import { openWijzigingsverzoek } from './organisatie'

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

/**
 * Is this media item used by any location: in its Definitief version, or in its newest version
 * (a proposal, or a new location that exists only as a draft)?
 */
export async function isInUse(req: PayloadRequest, mediaId: string | number) {
  if (await isInPublicUse(req, mediaId)) return true
  const newest = await req.payload.find({
    collection: 'locaties',
    where: { fotos: { in: [mediaId] } },
    draft: true,
    depth: 0,
    limit: 1,
    select: {},
    overrideAccess: true,
    req,
  })
  return newest.docs.length > 0
}

/** Does the lock of §5 keep this login's hands off this photo (cms/domain/foto.ts, fotoOpSlot)? */
export async function isFotoOpSlot(
  req: PayloadRequest,
  mediaId: string | number,
  organisatieId: string | null,
): Promise<boolean> {
  if (!isAanbieder(userOf(req)) || !organisatieId) return false
  const inBehandeling = Boolean(await openWijzigingsverzoek(req, organisatieId))
  if (!inBehandeling) return false
  return fotoOpSlot({ aanbieder: true, inBehandeling, inGebruik: await isInUse(req, mediaId) })
}
