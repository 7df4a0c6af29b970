/**
 * A new version of a photo: a photo that a Definitief location shows is not changed in place
 * (cms/collections/Media/hooks/protectPublicMedia.ts); this makes a new item with the same image
 * and the new description, owned by the same organisation. Choosing it at the location is a
 * proposal like any other change. While the organisation's change request is in behandeling, a
 * provider makes no new version of a photo a location uses (§5, fotoOpSlot). In a transaction.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { PayloadRequest } from 'payload'
import { z } from 'zod'
import { relId } from '../domain/roles'
import { MESSAGES, WorkflowError } from '../domain/workflow'
import { isFotoOpSlot } from '../queries/media'
import { findByIdOrNull } from '../queries/records'

/** The new description and consent (both optional: the photo's own are kept). */
export const NieuweVersie = z
  .object({
    alt: z
      .string({ error: 'De beschrijving moet tekst zijn.' })
      .trim()
      .min(1, 'Vul een beschrijving (alt-tekst) in.')
      .max(300, 'De beschrijving mag maximaal 300 tekens zijn.')
      .optional(),
    toestemming: z.boolean({ error: 'Toestemming is aan of uit (true of false).' }).optional(),
  })
  .strict()

export interface NieuweVersieAntwoord {
  bericht: string
  media: number
}

export async function maakNieuweVersie(
  req: PayloadRequest,
  bronId: string,
  invoer: z.infer<typeof NieuweVersie>,
): Promise<NieuweVersieAntwoord> {
  const bron = await findByIdOrNull(req, {
    collection: 'media',
    id: bronId,
    depth: 0,
    overrideAccess: false,
    user: req.user,
  })
  if (!bron) throw new WorkflowError('Deze foto bestaat niet of u heeft er geen toegang toe.', 404)
  if (await isFotoOpSlot(req, bron.id, relId(bron.organisatie)))
    throw new WorkflowError(MESSAGES.inBehandeling, 409)
  const staticDir = req.payload.collections.media?.config.upload.staticDir
  const filename = String(bron.filename)
  if (!staticDir) throw new Error('media has no static directory')
  const data = await readFile(path.join(staticDir, path.basename(filename)))
  const doc = await req.payload.create({
    collection: 'media',
    data: {
      alt: invoer.alt ?? bron.alt,
      toestemming: invoer.toestemming ?? bron.toestemming,
      organisatie: bron.organisatie,
    },
    file: { data, mimetype: String(bron.mimeType), name: filename, size: data.length },
    overrideAccess: false,
    user: req.user,
    req,
  })
  return {
    bericht:
      'Er is een nieuwe versie van de foto gemaakt. Kies die bij de locatie en verstuur de wijziging.',
    media: doc.id,
  }
}
