/**
 * POST /api/organisaties/:id/versturen   — provider sends all pending proposals (§5)
 * POST /api/organisaties/:id/goedkeuren  — editor approves the open request: everything Definitief
 * POST /api/organisaties/:id/afwijzen    — editor rejects the open request with { reden }
 * The same decisions by request id are in ./wijzigingsverzoeken.ts (the review screen uses those).
 * Each runs in one transaction and acts as the logged-in user (overrideAccess: false); the change
 * request, its audit entries and its e-mails (queued jobs) are written in that same transaction.
 */
import type { Endpoint, PayloadRequest, Where } from 'payload'
import { z } from 'zod'
import { mayWorkOnOrganisatie, userOf } from '../access'
import type { AuditContext } from '../audit/context'
import { actorVan, schrijfAudit } from '../audit/schrijf'
import { loadCmsConfig } from '../config'
import { ZORGATLAS } from '../domain/audit'
import { berichtAfgewezen, berichtGoedgekeurd, berichtVerstuurd } from '../domain/berichten'
import { datum } from '../domain/datum'
import { isAanbieder, isBeheerder, mayApprove, relId, zorgkantoorIdOf } from '../domain/roles'
import { aantallenTekst, telItems } from '../domain/verschillen'
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
import { inTransaction, withErrors } from '../http/endpoint'
import { json, readJson } from '../http/responses'
import { queueIndexJob, queueMail } from '../jobs/queue'
import { failAt } from '../lib/test-switches'
import type { Wijzigingsverzoek } from '../payload-types'
import {
  locatieIdsOfOrganisatie,
  openWijzigingsverzoek,
  type WorkflowCollection,
} from '../queries/organisatie'
import { findByIdOrNull, relationId, withScopedRequest } from '../queries/records'
import { verschillenVanItems } from '../queries/verschillen'

const COLLECTIONS: WorkflowCollection[] = ['organisaties', 'locaties', 'zorgaanbod']

export const REVIEW_MESSAGES = {
  veranderd:
    'De wijziging is veranderd sinds u hem opende. Bekijk de verschillen opnieuw voordat u beslist.',
  alleenGoedkeuren: 'Alleen het zorgkantoor kan wijzigingen goedkeuren.',
  alleenAfwijzen: 'Alleen het zorgkantoor kan wijzigingen afwijzen.',
  afgehandeld: 'Over deze wijziging is al beslist.',
} as const

export const adminUrl = (pad: string) =>
  `${loadCmsConfig().publicUrl.replace(/\/$/, '')}/admin${pad}`
export const beoordelingsUrl = (verzoekId: string | number) => adminUrl(`/beoordelen/${verzoekId}`)
export const organisatieUrl = (organisatieId: string | number) =>
  adminUrl(`/collections/organisaties/${organisatieId}`)

/** Answer of versturen, goedkeuren and afwijzen (the admin's workflow box imports it). */
export interface WorkflowAntwoord {
  bericht: string
  /** number of items sent or approved */
  aantal?: number
  wijzigingsverzoek?: number
  reden?: string
}

type Organisatie = { id: string; rawId: string | number; naam: string; zorgkantoren: string[] }

async function organisatieOrFail(req: PayloadRequest, id: string): Promise<Organisatie> {
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
  return {
    id: String(org.id),
    rawId: org.id,
    naam: String(org.naam),
    zorgkantoren: (org.zorgkantoren ?? []).map((z) => String(relId(z))),
  }
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

/**
 * A status flip of one item (send, reject). The change request's own audit entry records it; the
 * items' contents do not change.
 */
async function setDraftStatus(req: PayloadRequest, item: SentItem, status: Status) {
  const flags: WorkflowContext & AuditContext = {
    workflowStatus: status,
    skipIndex: true,
    auditOverslaan: true,
  }
  await withScopedRequest(req, flags, (scoped) =>
    req.payload.update({
      collection: item.collection,
      id: item.id,
      data: {},
      draft: true,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req: scoped,
    }),
  )
}

export const itemsVan = (verzoek: Pick<Wijzigingsverzoek, 'items'>): SentItem[] =>
  (Array.isArray(verzoek.items) ? verzoek.items : []) as SentItem[]

/** The login that sent a request, if it still exists (for the e-mail about the decision). */
async function afzenderVan(req: PayloadRequest, verzoek: Wijzigingsverzoek) {
  // The login relation is readable for the beheerder only (names are stored as text): an editor's
  // copy of the request lacks it, so read it internally.
  const intern = await findByIdOrNull(req, {
    collection: 'wijzigingsverzoeken',
    id: verzoek.id,
    depth: 0,
    overrideAccess: true,
  })
  const id = relId(intern?.verstuurdDoor ?? verzoek.verstuurdDoor)
  if (!id) return null
  return findByIdOrNull(req, { collection: 'users', id, depth: 0, overrideAccess: true })
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

export async function versturen(req: PayloadRequest): Promise<Response> {
  return inTransaction(req, async () => {
    const org = await organisatieOrFail(req, String(req.routeParams?.id ?? ''))
    if (!isAanbieder(userOf(req)) && !isBeheerder(userOf(req))) {
      throw new WorkflowError('Alleen de zorgaanbieder verstuurt wijzigingen.', 403)
    }
    if (await openWijzigingsverzoek(req, org.id)) throw new WorkflowError(MESSAGES.alVerstuurd, 409)
    const items = await itemsWithStatus(req, org.id, PENDING_STATUSES)
    if (!items.length) throw new WorkflowError(MESSAGES.nietsTeVersturen, 400)
    for (const item of items) await setDraftStatus(req, item, 'in-behandeling')
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
    return json({
      bericht:
        'Uw wijzigingen zijn verstuurd naar het zorgkantoor. U kunt deze organisatie tijdelijk niet wijzigen, tot het zorgkantoor uw wijziging heeft afgehandeld.',
      wijzigingsverzoek: verzoek.id,
      aantal: items.length,
    } satisfies WorkflowAntwoord)
  })
}

/**
 * Approves an open request: every item becomes Definitief (or is deleted when its removal was
 * asked), in one transaction, parents before children. With `controle` (from the differences the
 * editor saw) it refuses when anything changed since. Must run inside a transaction.
 */
export async function keurGoed(
  req: PayloadRequest,
  verzoek: Wijzigingsverzoek,
  org: Organisatie,
  controle?: string,
): Promise<Response> {
  const items = itemsVan(verzoek)
  const verschillen = await verschillenVanItems(req, items)
  if (controle && controle !== verschillen.controle) {
    throw new WorkflowError(REVIEW_MESSAGES.veranderd, 409)
  }
  const auditWijzigingen = Object.fromEntries(
    verschillen.items.map((v) => [`${v.collectie}:${v.id}`, v.velden]),
  )
  const affected = new Set<string>()
  const ordered = COLLECTIONS.flatMap((c) => items.filter((i) => i.collection === c))
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
  const afzender = await afzenderVan(req, verzoek)
  if (afzender?.email) {
    await queueMail(req, {
      aan: afzender.email,
      ...berichtGoedgekeurd({
        naam: afzender.naam,
        organisatie: org.naam,
        beoordeeldNamens: namens,
        link: organisatieUrl(org.id),
      }),
    })
  }
  return json({
    bericht: 'De wijzigingen zijn goedgekeurd en staan nu in de Zorgatlas.',
    aantal: items.length,
  } satisfies WorkflowAntwoord)
}

/** Rejects an open request: every item gets its status from before sending back. In a transaction. */
export async function wijsAf(
  req: PayloadRequest,
  verzoek: Wijzigingsverzoek,
  org: Organisatie,
  reden: string,
): Promise<Response> {
  const items = itemsVan(verzoek)
  // Kept on the request: what was rejected stays readable after the provider amends it.
  const verschillen = await verschillenVanItems(req, items)
  for (const item of items) {
    await setDraftStatus(req, item, item.vorigeStatus)
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
  const afzender = await afzenderVan(req, verzoek)
  if (afzender?.email) {
    await queueMail(req, {
      aan: afzender.email,
      ...berichtAfgewezen({
        naam: afzender.naam,
        organisatie: org.naam,
        beoordeeldNamens: namens,
        reden,
        link: organisatieUrl(org.id),
      }),
    })
  }
  return json({
    bericht: 'De wijziging is afgewezen. De zorgaanbieder kan de gegevens weer aanpassen.',
    reden,
  } satisfies WorkflowAntwoord)
}

/** The organisation of an open request, checked for this editor. */
export async function beoordeelbareOrganisatie(
  req: PayloadRequest,
  organisatieId: string,
  melding: string,
): Promise<Organisatie> {
  if (!mayApprove(userOf(req))) throw new WorkflowError(melding, 403)
  return organisatieOrFail(req, organisatieId)
}

const GEEN_OBJECT = 'Stuur de gegevens als een object, bijvoorbeeld { "reden": "…" }.'

/** fingerprint of the differences the editor saw (GET …/verschillen) */
const controle = z
  .string({ error: 'De controlecode is geen tekst. Open de verschillen opnieuw.' })
  .max(100, 'De controlecode is te lang. Open de verschillen opnieuw.')
  .optional()

export const BeslissingBody = z.object({ controle }, { error: GEEN_OBJECT })

export const AfwijzenBody = z.object(
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

async function goedkeuren(req: PayloadRequest): Promise<Response> {
  const body = await readJson(req, BeslissingBody)
  if (!body.ok) return body.response
  return inTransaction(req, async () => {
    const org = await beoordeelbareOrganisatie(
      req,
      String(req.routeParams?.id ?? ''),
      REVIEW_MESSAGES.alleenGoedkeuren,
    )
    const verzoek = await openWijzigingsverzoek(req, org.id)
    if (!verzoek) throw new WorkflowError(MESSAGES.nietsTeBeoordelen, 409)
    return keurGoed(req, verzoek, org, body.data.controle)
  })
}

async function afwijzen(req: PayloadRequest): Promise<Response> {
  const body = await readJson(req, AfwijzenBody)
  if (!body.ok) return body.response
  return inTransaction(req, async () => {
    const org = await beoordeelbareOrganisatie(
      req,
      String(req.routeParams?.id ?? ''),
      REVIEW_MESSAGES.alleenAfwijzen,
    )
    const verzoek = await openWijzigingsverzoek(req, org.id)
    if (!verzoek) throw new WorkflowError(MESSAGES.nietsTeBeoordelen, 409)
    return wijsAf(req, verzoek, org, body.data.reden)
  })
}

export const organisatieWorkflowEndpoints: Endpoint[] = [
  { path: '/:id/versturen', method: 'post', handler: withErrors(versturen) },
  { path: '/:id/goedkeuren', method: 'post', handler: withErrors(goedkeuren) },
  { path: '/:id/afwijzen', method: 'post', handler: withErrors(afwijzen) },
]
