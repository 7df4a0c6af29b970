/**
 * Read models of the review desk: the queue of change requests waiting for this editor's
 * zorgkantoor (a beheerder: all), and one request's differences. Read as the user: a request of
 * another zorgkantoor does not exist.
 */
import type { PayloadRequest } from 'payload'
import { userOf, workableOrganisatieIds } from '../access'
import { mayApprove, rawId, relId } from '../domain/roles'
import { ITEM_SOORT_LABELS, telItems, wachttijdTekst, type Aantallen } from '../domain/verschillen'
import { WorkflowError, type SentItem } from '../domain/workflow'
import type { Wijzigingsverzoek } from '../payload-types'
import { findByIdOrNull } from './records'
import { verschillenVanItems, type ItemVerschil } from './verschillen'

/** One row of the queue (the admin's queue view reads it). */
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

/** One request's differences (the review screen reads it). */
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

/** The items of a change request. */
export const itemsVan = (verzoek: Pick<Wijzigingsverzoek, 'items'>): SentItem[] =>
  (Array.isArray(verzoek.items) ? verzoek.items : []) as SentItem[]

const naamVanAfzender = (v: Wijzigingsverzoek): string =>
  v.verstuurdDoorNaam ||
  (typeof v.verstuurdDoor === 'object' && v.verstuurdDoor ? v.verstuurdDoor.naam : '') ||
  'onbekend'

const organisatieVan = (v: Wijzigingsverzoek) => ({
  id: rawId(v.organisatie),
  naam: v.organisatieNaam ?? '',
})

/** The requests waiting for this editor's zorgkantoor, oldest first. */
export async function wachtrij(req: PayloadRequest): Promise<Wachtrij> {
  const ids = await workableOrganisatieIds(req)
  if (ids !== 'all' && ids.length === 0) return { verzoeken: [] }
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
  return {
    verzoeken: found.docs.map((v) => {
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
    }),
  }
}

/** The request as this user may see it, or 404. */
export async function verzoekAlsGebruiker(
  req: PayloadRequest,
  id: string,
): Promise<Wijzigingsverzoek> {
  const verzoek = await findByIdOrNull(req, {
    collection: 'wijzigingsverzoeken',
    id,
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

/** Open: the live differences. Decided: as they were when the editor decided. */
export async function verschillenVanVerzoek(
  req: PayloadRequest,
  id: string,
): Promise<VerschillenAntwoord> {
  const verzoek = await verzoekAlsGebruiker(req, id)
  const open = verzoek.status === 'in-behandeling'
  const live = open ? await verschillenVanItems(req, itemsVan(verzoek)) : null
  const items =
    live?.items ??
    ((Array.isArray(verzoek.verschillen) ? verzoek.verschillen : []) as ItemVerschil[])
  const orgId = relId(verzoek.organisatie)
  return {
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
}
