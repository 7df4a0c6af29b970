/**
 * POST /api/locaties/:id/kopieer-zorgaanbod { naarLocatie, woonplaats } — §4.4: copy the care offer
 *   of a (residential / day-care) location to another, existing location of the same organisation,
 *   adding that woonplaats.
 * POST /api/zorgaanbod/:id/kopieer { woonplaatsen: [id, …] } — §4.5: home care / OCO: copy one
 *   woonplaats's offer to more woonplaatsen of the same location.
 * Copies are created as the user (a provider's copy is a proposal, status nieuw). All or nothing.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'
import { userOf } from '../access'
import { KOPIEER_MESSAGES, zorgaanbodInhoud } from '../domain/kopieren'
import { relId } from '../domain/roles'
import { WorkflowError } from '../domain/workflow'
import { inTransaction, withErrors } from '../http/endpoint'
import { findNewestAsUser, relationId, withScopedRequest } from '../queries/records'
import type { AuditContext } from '../audit/context'
import { json, readJson } from '../http/responses'
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

const NaarLocatieBody = z.object({
  naarLocatie: idSchema.refine(Boolean, 'Kies de locatie waar u naartoe wilt kopiëren.'),
  woonplaats: idSchema.refine(Boolean, 'Kies de woonplaats waar dit aanbod ook geleverd wordt.'),
})
const NaarWoonplaatsenBody = z.object({
  woonplaatsen: z
    .array(idSchema, { error: 'Kies één of meer woonplaatsen.' })
    .min(1, 'Kies één of meer woonplaatsen.')
    .max(500, 'Kies maximaal 500 woonplaatsen tegelijk.'),
})

async function createCopy(
  req: PayloadRequest,
  locatie: string | number,
  woonplaats: string | number,
  bron: Partial<Zorgaanbod>,
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

async function naarLocatie(req: PayloadRequest): Promise<Response> {
  const body = await readJson(req, NaarLocatieBody)
  if (!body.ok) return body.response
  return inTransaction(req, async () => {
    if (!userOf(req)) throw new WorkflowError('Log eerst in.', 403)
    const bron = await findNewestAsUser(req, 'locaties', String(req.routeParams?.id ?? ''))
    if (!bron)
      throw new WorkflowError('Deze locatie bestaat niet of u heeft er geen toegang toe.', 404)
    const doel = await findNewestAsUser(req, 'locaties', body.data.naarLocatie)
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
        and: [
          { locatie: { equals: bron.id } },
          { status: { not_equals: 'voorgesteld-verwijderd' } },
        ],
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
    const id = await createCopy(req, doel.id, relationId(req, body.data.woonplaats), eerste)
    return json(
      {
        message:
          'Het zorgaanbod is gekopieerd en de woonplaats is toegevoegd. Verstuur de wijziging als u klaar bent.',
        zorgaanbod: id,
      } satisfies KopieerAntwoord,
      201,
    )
  })
}

async function naarWoonplaatsen(req: PayloadRequest): Promise<Response> {
  const body = await readJson(req, NaarWoonplaatsenBody)
  if (!body.ok) return body.response
  return inTransaction(req, async () => {
    if (!userOf(req)) throw new WorkflowError('Log eerst in.', 403)
    const bron = await findNewestAsUser(req, 'zorgaanbod', String(req.routeParams?.id ?? ''))
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
    const gevraagd = [...new Set(body.data.woonplaatsen.map(String))]
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
    for (const woonplaats of body.data.woonplaatsen) {
      ids.push(await createCopy(req, locatie.id, relationId(req, woonplaats), bron))
      failAt('kopieer-midden')
    }
    return json(
      {
        message: `Het zorgaanbod is gekopieerd naar ${ids.length} woonplaats(en). Verstuur de wijziging als u klaar bent.`,
        zorgaanbod: ids,
      } satisfies KopieerAntwoord,
      201,
    )
  })
}

export const locatieKopieerEndpoints: Endpoint[] = [
  { path: '/:id/kopieer-zorgaanbod', method: 'post', handler: withErrors(naarLocatie) },
]
export const zorgaanbodKopieerEndpoints: Endpoint[] = [
  { path: '/:id/kopieer', method: 'post', handler: withErrors(naarWoonplaatsen) },
]
