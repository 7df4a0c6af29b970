/** Lookups about photos. */
import type { PayloadRequest } from 'payload'

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
