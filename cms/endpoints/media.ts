/**
 * POST /api/media/:id/nieuwe-versie { alt?, toestemming? } — a photo that a Definitief location
 * shows is not changed in place (cms/hooks/media-ownership.ts): this makes a new item with the same
 * image and the new description, owned by the same organisation. Choosing it at the location is a
 * proposal like any other change.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'
import { userOf } from '../access'
import { WorkflowError } from '../domain/workflow'
import { inTransaction, withErrors } from '../http/endpoint'
import { json, readJson } from '../http/responses'
import { findByIdOrNull } from '../queries/records'

const NieuweVersieBody = z.object({
  alt: z
    .string({ error: 'De beschrijving moet tekst zijn.' })
    .trim()
    .min(1, 'Vul een beschrijving (alt-tekst) in.')
    .max(300, 'De beschrijving mag maximaal 300 tekens zijn.')
    .optional(),
  toestemming: z.boolean({ error: 'Toestemming is aan of uit (true of false).' }).optional(),
})

async function nieuweVersie(req: PayloadRequest): Promise<Response> {
  const body = await readJson(req, NieuweVersieBody)
  if (!body.ok) return body.response
  return inTransaction(req, async () => {
    if (!userOf(req)) throw new WorkflowError('Log eerst in.', 403)
    const bron = await findByIdOrNull(req, {
      collection: 'media',
      id: String(req.routeParams?.id ?? ''),
      depth: 0,
      overrideAccess: false,
      user: req.user,
    })
    if (!bron)
      throw new WorkflowError('Deze foto bestaat niet of u heeft er geen toegang toe.', 404)
    const staticDir = req.payload.collections.media?.config.upload.staticDir
    const filename = String(bron.filename)
    if (!staticDir) throw new Error('media has no static directory')
    const data = await readFile(path.join(staticDir, path.basename(filename)))
    const doc = await req.payload.create({
      collection: 'media',
      data: {
        alt: body.data.alt ?? bron.alt,
        toestemming: body.data.toestemming ?? bron.toestemming,
        organisatie: bron.organisatie,
      },
      file: {
        data,
        mimetype: String(bron.mimeType),
        name: filename,
        size: data.length,
      },
      overrideAccess: false,
      user: req.user,
      req,
    })
    return json(
      {
        bericht:
          'Er is een nieuwe versie van de foto gemaakt. Kies die bij de locatie en verstuur de wijziging.',
        media: doc.id,
      },
      201,
    )
  })
}

export const mediaNieuweVersieEndpoint: Endpoint = {
  path: '/:id/nieuwe-versie',
  method: 'post',
  handler: withErrors(nieuweVersie),
}
