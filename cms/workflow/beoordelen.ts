/**
 * The zorgkantoor's decision on a change request (§5): approve (everything Definitief, or nothing)
 * or reject with a reason (every item back to its status from before sending). Reached by
 * organisation (`/api/organisaties/:id/goedkeuren`) or by request (`/api/wijzigingsverzoeken/:id/…`,
 * the review screen). Each runs inside the request's transaction; the change request, its audit
 * entries, the index job and the e-mails are written in that same transaction.
 */
import type { PayloadRequest } from 'payload'
import { z } from 'zod'
import { userOf } from '../access'
import type { AuditContext } from '../audit/context'
import { actorVan, schrijfAudit } from '../audit/schrijf'
import { ZORGATLAS } from '../domain/audit'
import { berichtAfgewezen, berichtGoedgekeurd } from '../domain/berichten'
import { isActief, isBeheerder, mayApprove, relId, zorgkantoorIdOf } from '../domain/roles'
import { aantallenTekst, telItems } from '../domain/verschillen'
import { MESSAGES, WorkflowError, approvalAction } from '../domain/workflow'
import type { WorkflowContext } from '../hooks/context'
import { queueIndexJob, queueMail } from '../jobs/queue'
import { failAt } from '../lib/test-switches'
import type { Wijzigingsverzoek } from '../payload-types'
import { itemsVan, verzoekAlsGebruiker } from '../queries/beoordelen'
import { locatieIdsOfOrganisatie, openWijzigingsverzoek } from '../queries/organisatie'
import { findByIdOrNull, withScopedRequest } from '../queries/records'
import { verschillenVanItems } from '../queries/verschillen'
import { organisatieUrl } from './links'
import {
  WORKFLOW_COLLECTIONS,
  werkOrganisatie,
  zetConceptStatus,
  type WerkOrganisatie,
} from './organisatie'
import type { WorkflowAntwoord } from './versturen'

export const REVIEW_MESSAGES = {
  veranderd:
    'De wijziging is veranderd sinds u hem opende. Bekijk de verschillen opnieuw voordat u beslist.',
  alleenGoedkeuren: 'Alleen het zorgkantoor kan wijzigingen goedkeuren.',
  alleenAfwijzen: 'Alleen het zorgkantoor kan wijzigingen afwijzen.',
  afgehandeld: 'Over deze wijziging is al beslist.',
} as const

const GEEN_OBJECT = 'Stuur de gegevens als een object, bijvoorbeeld { "reden": "…" }.'

/** fingerprint of the differences the editor saw (GET …/verschillen) */
const controle = z
  .string({ error: 'De controlecode is geen tekst. Open de verschillen opnieuw.' })
  .max(100, 'De controlecode is te lang. Open de verschillen opnieuw.')
  .optional()

/** The body of an approval. */
export const Goedkeuring = z.object({ controle }, { error: GEEN_OBJECT }).strict()

/** The body of a rejection. */
export const Afwijzing = z
  .object(
    {
      reden: z
        .string({ error: 'Vul een reden in.' })
        .trim()
        .min(5, 'Leg in een paar woorden uit waarom u de wijziging afwijst (minimaal 5 tekens).')
        .max(2000, 'De reden mag maximaal 2000 tekens zijn.'),
      controle,
    },
    { error: GEEN_OBJECT },
  )
  .strict()

/**
 * Who hears of the decision: the login that sent the request, if it still exists and is active;
 * otherwise (a request made without a login, or its sender is gone) every active provider login
 * of the organisation, so a decision never goes unannounced.
 */
async function ontvangersVan(
  req: PayloadRequest,
  verzoek: Wijzigingsverzoek,
  organisatieId: string,
): Promise<{ email: string; naam: string }[]> {
  // The login relation is readable for the beheerder only (names are stored as text): an editor's
  // copy of the request lacks it, so read it internally.
  const intern = await findByIdOrNull(req, {
    collection: 'wijzigingsverzoeken',
    id: verzoek.id,
    depth: 0,
    overrideAccess: true,
  })
  const id = relId(intern?.verstuurdDoor ?? verzoek.verstuurdDoor)
  const afzender = id
    ? await findByIdOrNull(req, { collection: 'users', id, depth: 0, overrideAccess: true })
    : null
  if (afzender?.email && isActief(afzender)) return [{ email: afzender.email, naam: afzender.naam }]
  const logins = await req.payload.find({
    collection: 'users',
    where: {
      and: [
        { organisaties: { in: [organisatieId] } },
        { rol: { equals: 'zorgaanbieder' } },
        { actief: { not_equals: false } },
      ],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return logins.docs.filter((u) => u.email).map((u) => ({ email: u.email, naam: u.naam }))
}

/** Who decides, as the public and the provider see it: the editor's zorgkantoor, or Zorgatlas. */
export async function beoordeeldNamens(req: PayloadRequest): Promise<string> {
  const user = userOf(req)
  const zk = zorgkantoorIdOf(user)
  if (isBeheerder(user) || !zk) return ZORGATLAS
  const found = await findByIdOrNull(req, {
    collection: 'zorgkantoren',
    id: zk,
    depth: 0,
    overrideAccess: true,
  })
  return found?.naam ?? ZORGATLAS
}

/**
 * Approves an open request: every item becomes Definitief (or is deleted when its removal was
 * asked), parents before children. With `controle` (from the differences the editor saw) it
 * refuses when anything changed since.
 */
async function keurGoed(
  req: PayloadRequest,
  verzoek: Wijzigingsverzoek,
  org: WerkOrganisatie,
  controle?: string,
): Promise<WorkflowAntwoord> {
  const items = itemsVan(verzoek)
  const verschillen = await verschillenVanItems(req, items)
  if (controle && controle !== verschillen.controle) {
    throw new WorkflowError(REVIEW_MESSAGES.veranderd, 409)
  }
  const auditWijzigingen = Object.fromEntries(
    verschillen.items.map((v) => [`${v.collectie}:${v.id}`, v.velden]),
  )
  const affected = new Set<string>()
  const ordered = WORKFLOW_COLLECTIONS.flatMap((c) => items.filter((i) => i.collection === c))
  for (const item of ordered) {
    const weg = approvalAction(item) === 'delete'
    // One index job for the whole request, queued below; each item's own hooks skip theirs.
    const flags: WorkflowContext & AuditContext = {
      workflowStatus: 'definitief',
      skipIndex: true,
      auditActie: 'goedgekeurd',
      auditWijzigingen,
      auditVerzoek: String(verzoek.id),
      auditToelichting: weg
        ? `Verwijderd na goedkeuring van wijzigingsverzoek ${verzoek.id}.`
        : `Goedgekeurd in wijzigingsverzoek ${verzoek.id}.`,
    }
    const doc = await withScopedRequest(req, flags, (scoped) => {
      const asEditor = {
        collection: item.collection,
        id: item.id,
        depth: 0,
        overrideAccess: false,
        user: req.user,
        req: scoped,
      } as const
      return weg
        ? req.payload.delete(asEditor)
        : req.payload.update({ ...asEditor, data: { _status: 'published' }, draft: false })
    })
    failAt('goedkeuren-midden')
    if (item.collection === 'locaties') affected.add(item.id)
    if (item.collection === 'zorgaanbod') {
      affected.add(String(relId((doc as { locatie?: string }).locatie)))
    }
    if (item.collection === 'organisaties' && !weg) {
      for (const id of await locatieIdsOfOrganisatie(req, org.rawId)) affected.add(id)
    }
  }
  const namens = await beoordeeldNamens(req)
  const beoordelaar = actorVan(req)
  await req.payload.update({
    collection: 'wijzigingsverzoeken',
    id: verzoek.id,
    data: {
      status: 'goedgekeurd',
      afgehandeldDoor: userOf(req)!.id,
      afgehandeldDoorNaam: beoordelaar.naam,
      afgehandeldOp: new Date().toISOString(),
      beoordeeldNamens: namens,
      gepubliceerdeLocaties: [...affected],
      verschillen: verschillen.items,
    },
    overrideAccess: true,
    req,
  })
  await schrijfAudit(req, {
    actie: 'goedgekeurd',
    collectie: 'wijzigingsverzoeken',
    documentId: verzoek.id,
    documentTitel: verzoek.titel,
    organisatie: { id: org.id, naam: org.naam },
    toelichting: `Goedgekeurd namens ${namens}: ${aantallenTekst(telItems(items))}.`,
    wijzigingsverzoek: verzoek.id,
  })
  await queueIndexJob(req, [...affected])
  for (const ontvanger of await ontvangersVan(req, verzoek, org.id)) {
    await queueMail(req, {
      aan: ontvanger.email,
      ...berichtGoedgekeurd({
        naam: ontvanger.naam,
        organisatie: org.naam,
        beoordeeldNamens: namens,
        link: organisatieUrl(org.id),
      }),
    })
  }
  return {
    bericht: 'De wijzigingen zijn goedgekeurd en staan nu in de Zorgatlas.',
    aantal: items.length,
  }
}

/** Rejects an open request: every item gets its status from before sending back. */
async function wijsAf(
  req: PayloadRequest,
  verzoek: Wijzigingsverzoek,
  org: WerkOrganisatie,
  reden: string,
): Promise<WorkflowAntwoord> {
  const items = itemsVan(verzoek)
  // Kept on the request: what was rejected stays readable after the provider amends it.
  const verschillen = await verschillenVanItems(req, items)
  for (const item of items) {
    await zetConceptStatus(req, item, item.vorigeStatus)
    failAt('afwijzen-midden')
  }
  const namens = await beoordeeldNamens(req)
  const beoordelaar = actorVan(req)
  await req.payload.update({
    collection: 'wijzigingsverzoeken',
    id: verzoek.id,
    data: {
      status: 'afgewezen',
      reden,
      afgehandeldDoor: userOf(req)!.id,
      afgehandeldDoorNaam: beoordelaar.naam,
      afgehandeldOp: new Date().toISOString(),
      beoordeeldNamens: namens,
      verschillen: verschillen.items,
    },
    overrideAccess: true,
    req,
  })
  await schrijfAudit(req, {
    actie: 'afgewezen',
    collectie: 'wijzigingsverzoeken',
    documentId: verzoek.id,
    documentTitel: verzoek.titel,
    organisatie: { id: org.id, naam: org.naam },
    toelichting: `Afgewezen namens ${namens}. Reden: ${reden}`,
    wijzigingsverzoek: verzoek.id,
  })
  for (const ontvanger of await ontvangersVan(req, verzoek, org.id)) {
    await queueMail(req, {
      aan: ontvanger.email,
      ...berichtAfgewezen({
        naam: ontvanger.naam,
        organisatie: org.naam,
        beoordeeldNamens: namens,
        reden,
        link: organisatieUrl(org.id),
      }),
    })
  }
  return {
    bericht: 'De wijziging is afgewezen. De zorgaanbieder kan de gegevens weer aanpassen.',
    reden,
  }
}

/** The organisation of a decision, checked for this editor. */
async function beoordeelbareOrganisatie(
  req: PayloadRequest,
  organisatieId: string,
  melding: string,
): Promise<WerkOrganisatie> {
  if (!mayApprove(userOf(req))) throw new WorkflowError(melding, 403)
  return werkOrganisatie(req, organisatieId)
}

/** The open request of an organisation and the organisation, checked for this editor. */
async function openVerzoekVan(req: PayloadRequest, organisatieId: string, melding: string) {
  const org = await beoordeelbareOrganisatie(req, organisatieId, melding)
  const verzoek = await openWijzigingsverzoek(req, org.id)
  if (!verzoek) throw new WorkflowError(MESSAGES.nietsTeBeoordelen, 409)
  return { verzoek, org }
}

/** An open request by its id and its organisation, checked for this editor. */
async function teBeslissen(req: PayloadRequest, verzoekId: string, melding: string) {
  const verzoek = await verzoekAlsGebruiker(req, verzoekId)
  if (!mayApprove(userOf(req))) throw new WorkflowError(melding, 403)
  const orgId = relId(verzoek.organisatie)
  if (verzoek.status !== 'in-behandeling' || !orgId) {
    throw new WorkflowError(REVIEW_MESSAGES.afgehandeld, 409)
  }
  return { verzoek, org: await beoordeelbareOrganisatie(req, orgId, melding) }
}

/** Approves the open request of an organisation. In a transaction. */
export async function keurOrganisatieGoed(
  req: PayloadRequest,
  organisatieId: string,
  controle?: string,
): Promise<WorkflowAntwoord> {
  const { verzoek, org } = await openVerzoekVan(
    req,
    organisatieId,
    REVIEW_MESSAGES.alleenGoedkeuren,
  )
  return keurGoed(req, verzoek, org, controle)
}

/** Rejects the open request of an organisation. In a transaction. */
export async function wijsOrganisatieAf(
  req: PayloadRequest,
  organisatieId: string,
  reden: string,
): Promise<WorkflowAntwoord> {
  const { verzoek, org } = await openVerzoekVan(req, organisatieId, REVIEW_MESSAGES.alleenAfwijzen)
  return wijsAf(req, verzoek, org, reden)
}

/** Approves a change request by its id (the review screen). In a transaction. */
export async function keurVerzoekGoed(
  req: PayloadRequest,
  verzoekId: string,
  controle?: string,
): Promise<WorkflowAntwoord> {
  const { verzoek, org } = await teBeslissen(req, verzoekId, REVIEW_MESSAGES.alleenGoedkeuren)
  return keurGoed(req, verzoek, org, controle)
}

/** Rejects a change request by its id (the review screen). In a transaction. */
export async function wijsVerzoekAf(
  req: PayloadRequest,
  verzoekId: string,
  reden: string,
): Promise<WorkflowAntwoord> {
  const { verzoek, org } = await teBeslissen(req, verzoekId, REVIEW_MESSAGES.alleenAfwijzen)
  return wijsAf(req, verzoek, org, reden)
}
