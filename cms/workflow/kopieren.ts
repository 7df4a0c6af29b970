/**
 * Copying care offers (§4.4, §4.5): from a (residential / day-care) location to another, existing
 * location of the same organisation, adding a woonplaats; or, for home care / OCO, from one
 * woonplaats to more woonplaatsen of the same location. Copies are created as the user (a
 * provider's copy is a proposal, status nieuw). In the request's transaction: all or nothing.
 */
import type { PayloadRequest } from 'payload'
import { z } from 'zod'
import { KOPIEER_MESSAGES, zorgaanbodInhoud } from '../domain/kopieren'
import { relId } from '../domain/roles'
import { WorkflowError } from '../domain/workflow'
import { findNewestAsUser, relationId, withScopedRequest } from '../queries/records'
import type { AuditContext } from '../audit/context'
import { failAt } from '../lib/test-switches'
import type { Zorgaanbod } from '../payload-types'

/** Answer of both copy endpoints (the admin components import it). */
export interface KopieerAntwoord {
  message: string
  /** the new care offer(s) */
  zorgaanbod: number | number[]
}

const idSchema = z.union([z.string().trim().min(1), z.number().int().positive()], {
  error: 'Kies een geldige waarde.',
})

/** Copy to another location: which one, and the woonplaats to add there. */
export const NaarLocatie = z
  .object({
    naarLocatie: idSchema.refine(Boolean, 'Kies de locatie waar u naartoe wilt kopiëren.'),
    woonplaats: idSchema.refine(Boolean, 'Kies de woonplaats waar dit aanbod ook geleverd wordt.'),
    /** §4.1: why the woonplaats is not the place of the target's visiting address, when it is not */
    woonplaatsToelichting: z
      .string({ error: 'Schrijf de toelichting als tekst.' })
      .trim()
      .max(1000, 'Schrijf de toelichting in hoogstens 1000 tekens.')
      .optional(),
  })
  .strict()
/** Copy to more woonplaatsen of the same location. */
export const NaarWoonplaatsen = z
  .object({
    woonplaatsen: z
      .array(idSchema, { error: 'Kies één of meer woonplaatsen.' })
      .min(1, 'Kies één of meer woonplaatsen.')
      .max(500, 'Kies maximaal 500 woonplaatsen tegelijk.'),
  })
  .strict()

async function createCopy(
  req: PayloadRequest,
  locatie: string | number,
  woonplaats: string | number,
  bron: Partial<Zorgaanbod>,
  woonplaatsToelichting?: string,
) {
  const flags: AuditContext = {
    auditActie: 'gekopieerd',
    auditToelichting: `Kopie van ${bron.titel ?? `zorgaanbod nr. ${String(bron.id)}`}.`,
  }
  const doc = await withScopedRequest(req, flags, (scoped) =>
    req.payload.create({
      collection: 'zorgaanbod',
      data: {
        ...zorgaanbodInhoud(bron),
        locatie: relationId(req, locatie),
        woonplaats: relationId(req, woonplaats),
        // the source's explanation was about the source's address, not about this one
        woonplaatsToelichting: woonplaatsToelichting || null,
      },
      draft: true,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req: scoped,
    }),
  )
  return doc.id
}

/** §4.4: the first care offer of location `bronId` to another location. In a transaction. */
export async function kopieerNaarLocatie(
  req: PayloadRequest,
  bronId: string,
  body: z.infer<typeof NaarLocatie>,
): Promise<KopieerAntwoord> {
  const bron = await findNewestAsUser(req, 'locaties', bronId)
  if (!bron)
    throw new WorkflowError('Deze locatie bestaat niet of u heeft er geen toegang toe.', 404)
  const doel = await findNewestAsUser(req, 'locaties', body.naarLocatie)
  if (!doel)
    throw new WorkflowError(
      'De locatie waar u naartoe wilt kopiëren bestaat niet of u heeft er geen toegang toe.',
      404,
    )
  if (String(doel.id) === String(bron.id))
    throw new WorkflowError(KOPIEER_MESSAGES.zelfdeLocatie, 400)
  if (relId(doel.organisatie) !== relId(bron.organisatie)) {
    throw new WorkflowError(KOPIEER_MESSAGES.andereOrganisatie, 400)
  }
  const aanbod = await req.payload.find({
    collection: 'zorgaanbod',
    where: {
      and: [{ locatie: { equals: bron.id } }, { status: { not_equals: 'voorgesteld-verwijderd' } }],
    },
    draft: true,
    depth: 0,
    limit: 1,
    sort: 'createdAt',
    overrideAccess: false,
    user: req.user,
    req,
  })
  const eerste = aanbod.docs[0] as Record<string, unknown> | undefined
  if (!eerste) throw new WorkflowError(KOPIEER_MESSAGES.geenBron, 400)
  const id = await createCopy(
    req,
    doel.id,
    relationId(req, body.woonplaats),
    eerste,
    body.woonplaatsToelichting,
  )
  return {
    message:
      'Het zorgaanbod is gekopieerd en de woonplaats is toegevoegd. Verstuur de wijziging als u klaar bent.',
    zorgaanbod: id,
  }
}

/** §4.5: care offer `bronId` to more woonplaatsen of its location. In a transaction. */
export async function kopieerNaarWoonplaatsen(
  req: PayloadRequest,
  bronId: string,
  body: z.infer<typeof NaarWoonplaatsen>,
): Promise<KopieerAntwoord> {
  const bron = await findNewestAsUser(req, 'zorgaanbod', bronId)
  if (!bron)
    throw new WorkflowError('Dit zorgaanbod bestaat niet of u heeft er geen toegang toe.', 404)
  const locatie = await req.payload.findByID({
    collection: 'locaties',
    id: relId(bron.locatie)!,
    draft: true,
    depth: 1,
    overrideAccess: true,
    req,
  })
  const soort = locatie.soortZorg as { meerdereWoonplaatsen?: boolean } | null
  if (!soort?.meerdereWoonplaatsen) throw new WorkflowError(KOPIEER_MESSAGES.alleenThuis, 400)
  const bestaand = await req.payload.find({
    collection: 'zorgaanbod',
    where: { locatie: { equals: locatie.id } },
    draft: true,
    depth: 1,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const gevraagd = [...new Set(body.woonplaatsen.map(String))]
  const dubbel = bestaand.docs.filter((d) => gevraagd.includes(String(relId(d.woonplaats))))
  if (dubbel.length) {
    throw new WorkflowError(
      KOPIEER_MESSAGES.alAanwezig(
        dubbel.map((d) => String((d.woonplaats as { naam?: string })?.naam ?? '')),
      ),
      409,
    )
  }
  const ids: number[] = []
  for (const woonplaats of body.woonplaatsen) {
    ids.push(await createCopy(req, locatie.id, relationId(req, woonplaats), bron))
    failAt('kopieer-midden')
  }
  return {
    message: `Het zorgaanbod is gekopieerd naar ${ids.length} woonplaats(en). Verstuur de wijziging als u klaar bent.`,
    zorgaanbod: ids,
  }
}
