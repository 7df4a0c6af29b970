/**
 * POST /api/organisaties/:id/versturen   — provider sends all pending proposals (§5)
 * POST /api/organisaties/:id/goedkeuren  — editor approves: everything becomes Definitief
 * POST /api/organisaties/:id/afwijzen    — editor rejects with { reden }
 * Each runs in one transaction and acts as the logged-in user (overrideAccess: false).
 */
import type { Endpoint, PayloadRequest, Where } from 'payload'
import { z } from 'zod'
import { mayWorkOnOrganisatie, userOf } from '../access'
import { datum } from '../domain/datum'
import { isAanbieder, isBeheerder, mayApprove, relId } from '../domain/roles'
import { verzoekTitel } from '../domain/wijzigingsverzoek'
import {
  MESSAGES,
  PENDING_STATUSES,
  WorkflowError,
  approvalAction,
  type SentItem,
  type Status,
} from '../domain/workflow'
import type { WorkflowContext } from '../hooks/context'
import { queueIndexJob } from '../jobs/queue'
import { inTransaction, withErrors } from '../http/endpoint'
import { json, readJson } from '../http/responses'
import { naamVanGebruiker } from '../queries/gebruiker'
import { findByIdOrNull, relationId, withScopedContext } from '../queries/records'
import { failAt } from '../lib/test-switches'
import {
  locatieIdsOfOrganisatie,
  openWijzigingsverzoek,
  type WorkflowCollection,
} from '../queries/organisatie'

const COLLECTIONS: WorkflowCollection[] = ['organisaties', 'locaties', 'zorgaanbod']

/** Answer of versturen, goedkeuren and afwijzen (the admin's workflow box imports it). */
export interface WorkflowAntwoord {
  bericht: string
  /** number of items sent or approved */
  aantal?: number
  wijzigingsverzoek?: number
  reden?: string
}

async function organisatieOrFail(
  req: PayloadRequest,
): Promise<{ id: string; rawId: string | number; naam: string }> {
  const id = String(req.routeParams?.id ?? '')
  const user = userOf(req)
  if (!user) throw new WorkflowError('Log eerst in.', 403)
  const org = await findByIdOrNull(req, {
    collection: 'organisaties',
    id,
    draft: true,
    depth: 0,
    overrideAccess: false,
    user: req.user,
  })
  if (!org)
    throw new WorkflowError('Deze organisatie bestaat niet of u heeft er geen toegang toe.', 404)
  if (!(await mayWorkOnOrganisatie(req, id))) {
    throw new WorkflowError('U heeft geen toegang tot deze organisatie.', 403)
  }
  return { id: String(org.id), rawId: org.id, naam: String(org.naam) }
}

/** All records of an organisation whose newest version has one of the given statuses. */
async function itemsWithStatus(
  req: PayloadRequest,
  organisatieId: string,
  statuses: readonly Status[],
) {
  const items: SentItem[] = []
  for (const collection of COLLECTIONS) {
    const where: Where =
      collection === 'organisaties'
        ? { id: { equals: organisatieId } }
        : { organisatie: { equals: organisatieId } }
    const found = await req.payload.find({
      collection,
      where: { and: [where, { status: { in: [...statuses] } }] },
      draft: true,
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: false,
      user: req.user,
      req,
    })
    for (const doc of found.docs) {
      items.push({ collection, id: String(doc.id), vorigeStatus: doc.status as Status })
    }
  }
  return items
}

async function setDraftStatus(req: PayloadRequest, item: SentItem, status: Status) {
  const flags: WorkflowContext = { workflowStatus: status, skipIndex: true }
  await withScopedContext(req, flags, (context) =>
    req.payload.update({
      collection: item.collection,
      id: item.id,
      data: {},
      draft: true,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      context,
      req,
    }),
  )
}

export async function versturen(req: PayloadRequest): Promise<Response> {
  return inTransaction(req, async () => {
    const org = await organisatieOrFail(req)
    if (!isAanbieder(userOf(req)) && !isBeheerder(userOf(req))) {
      throw new WorkflowError('Alleen de zorgaanbieder verstuurt wijzigingen.', 403)
    }
    if (await openWijzigingsverzoek(req, org.id)) throw new WorkflowError(MESSAGES.alVerstuurd, 409)
    const items = await itemsWithStatus(req, org.id, PENDING_STATUSES)
    if (!items.length) throw new WorkflowError(MESSAGES.nietsTeVersturen, 400)
    for (const item of items) await setDraftStatus(req, item, 'in-behandeling')
    const verzoek = await req.payload.create({
      collection: 'wijzigingsverzoeken',
      data: {
        titel: verzoekTitel(org.naam, datum(new Date())),
        organisatie: relationId(req, org.rawId),
        organisatieNaam: org.naam,
        status: 'in-behandeling',
        items,
        verstuurdDoor: userOf(req)!.id,
        verstuurdDoorNaam: await naamVanGebruiker(req),
        verstuurdOp: new Date().toISOString(),
      },
      overrideAccess: true, // bookkeeping record; permission was checked above
      req,
    })
    return json({
      bericht:
        'Uw wijzigingen zijn verstuurd naar het zorgkantoor. U kunt deze organisatie tijdelijk niet wijzigen, tot het zorgkantoor uw wijziging heeft afgehandeld.',
      wijzigingsverzoek: verzoek.id,
      aantal: items.length,
    } satisfies WorkflowAntwoord)
  })
}

export async function goedkeuren(req: PayloadRequest): Promise<Response> {
  return inTransaction(req, async () => {
    if (!mayApprove(userOf(req)))
      throw new WorkflowError('Alleen het zorgkantoor kan wijzigingen goedkeuren.', 403)
    const org = await organisatieOrFail(req)
    const verzoek = await openWijzigingsverzoek(req, org.id)
    if (!verzoek) throw new WorkflowError(MESSAGES.nietsTeBeoordelen, 409)
    const items = (verzoek.items ?? []) as SentItem[]
    const affected = new Set<string>()
    // One index job for the whole request, queued below; each item's own hooks skip theirs.
    const flags: WorkflowContext = { workflowStatus: 'definitief', skipIndex: true }
    // Parents before children: organisation, locations, then care offers.
    const ordered = COLLECTIONS.flatMap((c) => items.filter((i) => i.collection === c))
    for (const item of ordered) {
      const doc = await withScopedContext(req, flags, (context) => {
        const asEditor = {
          collection: item.collection,
          id: item.id,
          depth: 0,
          overrideAccess: false,
          user: req.user,
          context,
          req,
        } as const
        return approvalAction(item) === 'delete'
          ? req.payload.delete(asEditor)
          : req.payload.update({ ...asEditor, data: { _status: 'published' }, draft: false })
      })
      failAt('goedkeuren-midden')
      if (item.collection === 'locaties') affected.add(item.id)
      if (item.collection === 'zorgaanbod') {
        affected.add(String(relId((doc as { locatie?: string }).locatie)))
      }
      if (item.collection === 'organisaties' && approvalAction(item) === 'publish') {
        for (const id of await locatieIdsOfOrganisatie(req, org.rawId)) affected.add(id)
      }
    }
    await req.payload.update({
      collection: 'wijzigingsverzoeken',
      id: verzoek.id,
      data: {
        status: 'goedgekeurd',
        afgehandeldDoor: userOf(req)!.id,
        afgehandeldDoorNaam: await naamVanGebruiker(req),
        afgehandeldOp: new Date().toISOString(),
      },
      overrideAccess: true,
      req,
    })
    await queueIndexJob(req, [...affected])
    return json({
      bericht: 'De wijzigingen zijn goedgekeurd en staan nu in de Zorgatlas.',
      aantal: items.length,
    } satisfies WorkflowAntwoord)
  })
}

const AfwijzenBody = z.object({
  reden: z
    .string({ error: 'Vul een reden in.' })
    .trim()
    .min(5, 'Leg in een paar woorden uit waarom u de wijziging afwijst (minimaal 5 tekens).')
    .max(2000, 'De reden mag maximaal 2000 tekens zijn.'),
})

export async function afwijzen(req: PayloadRequest): Promise<Response> {
  const body = await readJson(req, AfwijzenBody)
  if (!body.ok) return body.response
  return inTransaction(req, async () => {
    if (!mayApprove(userOf(req)))
      throw new WorkflowError('Alleen het zorgkantoor kan wijzigingen afwijzen.', 403)
    const org = await organisatieOrFail(req)
    const verzoek = await openWijzigingsverzoek(req, org.id)
    if (!verzoek) throw new WorkflowError(MESSAGES.nietsTeBeoordelen, 409)
    const items = (verzoek.items ?? []) as SentItem[]
    for (const item of items) {
      await setDraftStatus(req, item, item.vorigeStatus)
      failAt('afwijzen-midden')
    }
    await req.payload.update({
      collection: 'wijzigingsverzoeken',
      id: verzoek.id,
      data: {
        status: 'afgewezen',
        reden: body.data.reden,
        afgehandeldDoor: userOf(req)!.id,
        afgehandeldDoorNaam: await naamVanGebruiker(req),
        afgehandeldOp: new Date().toISOString(),
      },
      overrideAccess: true,
      req,
    })
    return json({
      bericht: 'De wijziging is afgewezen. De zorgaanbieder kan de gegevens weer aanpassen.',
      reden: body.data.reden,
    } satisfies WorkflowAntwoord)
  })
}

export const organisatieWorkflowEndpoints: Endpoint[] = [
  { path: '/:id/versturen', method: 'post', handler: withErrors(versturen) },
  { path: '/:id/goedkeuren', method: 'post', handler: withErrors(goedkeuren) },
  { path: '/:id/afwijzen', method: 'post', handler: withErrors(afwijzen) },
]
