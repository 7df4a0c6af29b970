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
import { aantallenTekst, telItems } from '../domain/verschillen'
import { verzoekTitel } from '../domain/wijzigingsverzoek'
import { MESSAGES, PENDING_STATUSES, WorkflowError } from '../domain/workflow'
import { queueMail } from '../jobs/queue'
import { openWijzigingsverzoek } from '../queries/organisatie'
import { relationId } from '../queries/records'
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

/** Sends the organisation's pending proposals. Must run inside a transaction. */
export async function verstuur(
  req: PayloadRequest,
  organisatieId: string,
): Promise<WorkflowAntwoord> {
  const org = await werkOrganisatie(req, organisatieId)
  if (await openWijzigingsverzoek(req, org.id)) throw new WorkflowError(MESSAGES.alVerstuurd, 409)
  const items = await itemsMetStatus(req, org.id, PENDING_STATUSES)
  if (!items.length) throw new WorkflowError(MESSAGES.nietsTeVersturen, 400)
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
