/**
 * "Wijziging versturen" (§5): every pending proposal of an organisation goes to the zorgkantoor as
 * one change request, in the request's transaction, with its audit entry and an e-mail to every
 * zorgkantoor that contracts the organisation. Afterwards the organisation is locked until the
 * zorgkantoor has decided.
 */
import type { PayloadRequest } from 'payload'
import { userOf } from '../access'
import { actorVan, schrijfAudit } from '../audit/schrijf'
import { berichtVerstuurd } from '../domain/berichten'
import { datum } from '../domain/datum'
import { aantallenTekst, ITEM_SOORT_LABELS, telItems, type Aantallen } from '../domain/verschillen'
import { verzoekTitel } from '../domain/wijzigingsverzoek'
import { MESSAGES, PENDING_STATUSES, WorkflowError } from '../domain/workflow'
import { queueMail } from '../jobs/queue'
import { openWijzigingsverzoek } from '../queries/organisatie'
import { relationId } from '../queries/records'
import { verschillenVanItems, type ItemVerschil } from '../queries/verschillen'
import { beoordelingsUrl } from './links'
import { itemsMetStatus, werkOrganisatie, zetConceptStatus } from './organisatie'

/** Answer of versturen, goedkeuren and afwijzen (the admin's workflow box reads it). */
export interface WorkflowAntwoord {
  bericht: string
  /** number of items sent or approved */
  aantal?: number
  wijzigingsverzoek?: number
  reden?: string
}

/** What "Wijziging versturen" would send, as the provider sees it before confirming. */
export interface TeVersturenAntwoord {
  organisatie: { id: string; naam: string }
  /** every unsent change: per record only the changed fields, old → new; new records in full */
  items: ItemVerschil[]
  aantallen: Aantallen
  /** fingerprint of exactly these items: send it along, a change made meanwhile is refused */
  controle: string | null
  kanVersturen: boolean
  /** the request that is being reviewed now (nothing can be sent until it is decided) */
  openVerzoek: { id: number; verstuurdOp: string | null } | null
  soortLabels: typeof ITEM_SOORT_LABELS
}

export const VERSTUREN_MESSAGES = {
  veranderd:
    'Er is iets veranderd sinds u het overzicht opende. Bekijk het overzicht opnieuw en verstuur dan.',
} as const

/**
 * The overview before sending: the organisation's unsent changes, read as the user (an
 * organisation the login may not work on does not exist; the records listed are the ones the
 * login may read), compared with the published versions like the review desk does.
 */
export async function teVersturen(
  req: PayloadRequest,
  organisatieId: string,
): Promise<TeVersturenAntwoord> {
  const org = await werkOrganisatie(req, organisatieId)
  const open = await openWijzigingsverzoek(req, org.id)
  const items = open ? [] : await itemsMetStatus(req, org.id, PENDING_STATUSES)
  const verschillen = items.length ? await verschillenVanItems(req, items) : null
  return {
    organisatie: { id: org.id, naam: org.naam },
    items: verschillen?.items ?? [],
    aantallen: telItems(items),
    controle: verschillen?.controle ?? null,
    kanVersturen: !open && items.length > 0,
    openVerzoek: open ? { id: open.id, verstuurdOp: open.verstuurdOp ?? null } : null,
    soortLabels: ITEM_SOORT_LABELS,
  }
}

/**
 * Sends the organisation's pending proposals. Must run inside a transaction. With `controle` (the
 * fingerprint of the overview the provider confirmed), anything changed since is refused (409).
 */
export async function verstuur(
  req: PayloadRequest,
  organisatieId: string,
  controle?: string,
): Promise<WorkflowAntwoord> {
  const org = await werkOrganisatie(req, organisatieId)
  if (await openWijzigingsverzoek(req, org.id)) throw new WorkflowError(MESSAGES.alVerstuurd, 409)
  const items = await itemsMetStatus(req, org.id, PENDING_STATUSES)
  if (!items.length) throw new WorkflowError(MESSAGES.nietsTeVersturen, 400)
  if (controle !== undefined && (await verschillenVanItems(req, items)).controle !== controle)
    throw new WorkflowError(VERSTUREN_MESSAGES.veranderd, 409)
  for (const item of items) await zetConceptStatus(req, item, 'in-behandeling')
  const afzender = actorVan(req)
  const verstuurdOp = new Date().toISOString()
  const verzoek = await req.payload.create({
    collection: 'wijzigingsverzoeken',
    data: {
      titel: verzoekTitel(org.naam, datum(new Date(verstuurdOp))),
      organisatie: relationId(req, org.rawId),
      organisatieNaam: org.naam,
      status: 'in-behandeling',
      items,
      verstuurdDoor: userOf(req)!.id,
      verstuurdDoorNaam: afzender.naam,
      verstuurdOp,
    },
    overrideAccess: true, // bookkeeping record; permission was checked above
    req,
  })
  const aantallen = telItems(items)
  await schrijfAudit(req, {
    actie: 'verstuurd',
    collectie: 'wijzigingsverzoeken',
    documentId: verzoek.id,
    documentTitel: verzoek.titel,
    organisatie: { id: org.id, naam: org.naam },
    toelichting: `Verstuurd: ${aantallenTekst(aantallen)}.`,
    wijzigingsverzoek: verzoek.id,
  })
  // To the mailbox of every zorgkantoor that contracts the organisation.
  if (org.zorgkantoren.length) {
    const zorgkantoren = await req.payload.find({
      collection: 'zorgkantoren',
      where: { id: { in: org.zorgkantoren } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const zk of zorgkantoren.docs) {
      if (!zk.email) {
        req.payload.logger.warn(
          { zorgkantoor: zk.id },
          'Zorgkantoor heeft geen e-mailadres: geen bericht over een verstuurde wijziging',
        )
        continue
      }
      await queueMail(req, {
        aan: zk.email,
        ...berichtVerstuurd({
          zorgkantoor: zk.naam,
          organisatie: org.naam,
          afzender: afzender.naam,
          verstuurdOp,
          aantallen,
          link: beoordelingsUrl(verzoek.id),
        }),
      })
    }
  }
  return {
    bericht:
      'Uw wijzigingen zijn verstuurd naar het zorgkantoor. U kunt deze organisatie tijdelijk niet wijzigen, tot het zorgkantoor uw wijziging heeft afgehandeld.',
    wijzigingsverzoek: verzoek.id,
    aantal: items.length,
  }
}
