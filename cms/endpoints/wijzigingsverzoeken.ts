/**
 * The review desk (issue 10 §1, §2):
 * GET  /api/wijzigingsverzoeken/wachtrij        — requests waiting for this editor's zorgkantoor
 *      (a beheerder: all), oldest first, with organisation, sender, sent at, waiting time, counts
 * GET  /api/wijzigingsverzoeken/:id/verschillen — per item only the changed fields, old → new
 * POST /api/wijzigingsverzoeken/:id/goedkeuren  — approve { controle? }: all Definitief, or nothing
 * POST /api/wijzigingsverzoeken/:id/afwijzen    — reject { reden, controle? }
 * A request is reached as the user: an editor of another zorgkantoor gets 404, like a record that
 * does not exist. Decisions are those of ./organisatie-workflow.ts.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { userOf, workableOrganisatieIds } from '../access'
import { mayApprove, rawId, relId } from '../domain/roles'
import { ITEM_SOORT_LABELS, telItems, wachttijdTekst, type Aantallen } from '../domain/verschillen'
import { WorkflowError } from '../domain/workflow'
import { inTransaction, withErrors } from '../http/endpoint'
import { json, readJson } from '../http/responses'
import type { Wijzigingsverzoek } from '../payload-types'
import { findByIdOrNull } from '../queries/records'
import { verschillenVanItems, type ItemVerschil } from '../queries/verschillen'
import {
  AfwijzenBody,
  BeslissingBody,
  REVIEW_MESSAGES,
  beoordeelbareOrganisatie,
  itemsVan,
  keurGoed,
  wijsAf,
} from './organisatie-workflow'

/** One row of the queue (the admin's queue view imports this type). */
export interface WachtrijRegel {
  id: number
  titel: string
  organisatie: { id: number | null; naam: string }
  verstuurdDoor: string
  verstuurdOp: string | null
  wachttijd: { ms: number; tekst: string }
  aantallen: Aantallen
}

export interface Wachtrij {
  verzoeken: WachtrijRegel[]
}

/** Answer of GET /api/wijzigingsverzoeken/:id/verschillen (the review screen imports this type). */
export interface VerschillenAntwoord {
  verzoek: {
    id: number
    titel: string
    status: Wijzigingsverzoek['status']
    organisatie: { id: number | null; naam: string }
    verstuurdDoor: string
    verstuurdOp: string | null
    afgehandeldDoor: string | null
    afgehandeldOp: string | null
    beoordeeldNamens: string | null
    reden: string | null
    aantallen: Aantallen
  }
  items: ItemVerschil[]
  /** present while the request is open: send it with the decision */
  controle: string | null
  /** may this login decide (editor of a contracting zorgkantoor, beheerder, request open) */
  magBeslissen: boolean
  soortLabels: typeof ITEM_SOORT_LABELS
}

const naamVanAfzender = (v: Wijzigingsverzoek): string =>
  v.verstuurdDoorNaam ||
  (typeof v.verstuurdDoor === 'object' && v.verstuurdDoor ? v.verstuurdDoor.naam : '') ||
  'onbekend'

const organisatieVan = (v: Wijzigingsverzoek) => ({
  id: rawId(v.organisatie),
  naam: v.organisatieNaam ?? '',
})

async function wachtrij(req: PayloadRequest): Promise<Response> {
  if (!mayApprove(userOf(req))) {
    throw new WorkflowError('Alleen het zorgkantoor beoordeelt wijzigingen.', 403)
  }
  const ids = await workableOrganisatieIds(req)
  if (ids !== 'all' && ids.length === 0) return json({ verzoeken: [] } satisfies Wachtrij)
  const found = await req.payload.find({
    collection: 'wijzigingsverzoeken',
    where: {
      and: [
        { status: { equals: 'in-behandeling' } },
        ...(ids === 'all' ? [] : [{ organisatie: { in: ids } }]),
      ],
    },
    sort: 'verstuurdOp',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const nu = Date.now()
  const verzoeken: WachtrijRegel[] = found.docs.map((v) => {
    const ms = v.verstuurdOp ? Math.max(0, nu - new Date(v.verstuurdOp).getTime()) : 0
    return {
      id: v.id,
      titel: v.titel ?? '',
      organisatie: organisatieVan(v),
      verstuurdDoor: naamVanAfzender(v),
      verstuurdOp: v.verstuurdOp ?? null,
      wachttijd: { ms, tekst: wachttijdTekst(ms) },
      aantallen: telItems(itemsVan(v)),
    }
  })
  return json({ verzoeken } satisfies Wachtrij)
}

/** The request as this user may see it, or 404. */
async function verzoekOrFail(req: PayloadRequest): Promise<Wijzigingsverzoek> {
  if (!userOf(req)) throw new WorkflowError('Log eerst in.', 403)
  const verzoek = await findByIdOrNull(req, {
    collection: 'wijzigingsverzoeken',
    id: String(req.routeParams?.id ?? ''),
    depth: 0,
    overrideAccess: false,
    user: req.user,
  })
  if (!verzoek) {
    throw new WorkflowError(
      'Dit wijzigingsverzoek bestaat niet of u heeft er geen toegang toe.',
      404,
    )
  }
  return verzoek
}

async function verschillen(req: PayloadRequest): Promise<Response> {
  const verzoek = await verzoekOrFail(req)
  const open = verzoek.status === 'in-behandeling'
  // Open: the live differences. Decided: as they were when the editor decided.
  const live = open ? await verschillenVanItems(req, itemsVan(verzoek)) : null
  const items =
    live?.items ??
    ((Array.isArray(verzoek.verschillen) ? verzoek.verschillen : []) as ItemVerschil[])
  const orgId = relId(verzoek.organisatie)
  const antwoord: VerschillenAntwoord = {
    verzoek: {
      id: verzoek.id,
      titel: verzoek.titel ?? '',
      status: verzoek.status,
      organisatie: organisatieVan(verzoek),
      verstuurdDoor: naamVanAfzender(verzoek),
      verstuurdOp: verzoek.verstuurdOp ?? null,
      afgehandeldDoor: verzoek.afgehandeldDoorNaam ?? null,
      afgehandeldOp: verzoek.afgehandeldOp ?? null,
      beoordeeldNamens: verzoek.beoordeeldNamens ?? null,
      reden: verzoek.reden ?? null,
      aantallen: telItems(itemsVan(verzoek)),
    },
    items,
    controle: live?.controle ?? null,
    magBeslissen: open && mayApprove(userOf(req)) && orgId !== null,
    soortLabels: ITEM_SOORT_LABELS,
  }
  return json(antwoord)
}

/** The open request and its organisation, checked for this editor; in the transaction. */
async function teBeslissen(req: PayloadRequest, melding: string) {
  const verzoek = await verzoekOrFail(req)
  if (!mayApprove(userOf(req))) throw new WorkflowError(melding, 403)
  const orgId = relId(verzoek.organisatie)
  if (verzoek.status !== 'in-behandeling' || !orgId) {
    throw new WorkflowError(REVIEW_MESSAGES.afgehandeld, 409)
  }
  return { verzoek, org: await beoordeelbareOrganisatie(req, orgId, melding) }
}

async function goedkeuren(req: PayloadRequest): Promise<Response> {
  const body = await readJson(req, BeslissingBody)
  if (!body.ok) return body.response
  return inTransaction(req, async () => {
    const { verzoek, org } = await teBeslissen(req, REVIEW_MESSAGES.alleenGoedkeuren)
    return keurGoed(req, verzoek, org, body.data.controle)
  })
}

async function afwijzen(req: PayloadRequest): Promise<Response> {
  const body = await readJson(req, AfwijzenBody)
  if (!body.ok) return body.response
  return inTransaction(req, async () => {
    const { verzoek, org } = await teBeslissen(req, REVIEW_MESSAGES.alleenAfwijzen)
    return wijsAf(req, verzoek, org, body.data.reden)
  })
}

export const wijzigingsverzoekEndpoints: Endpoint[] = [
  { path: '/wachtrij', method: 'get', handler: withErrors(wachtrij) },
  { path: '/:id/verschillen', method: 'get', handler: withErrors(verschillen) },
  { path: '/:id/goedkeuren', method: 'post', handler: withErrors(goedkeuren) },
  { path: '/:id/afwijzen', method: 'post', handler: withErrors(afwijzen) },
]
