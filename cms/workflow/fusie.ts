/**
 * Merger (fusie, §2): moves everything of an organisation to the surviving organisation `naar`,
 * in the request's transaction, and removes the merged one.
 * - Who: editors of a zorgkantoor that contracts both organisations, and beheerders. An
 *   organisation the login may not work on answers 404 (as if it did not exist).
 * - When: neither has an open change request and every item of both (organisation, locations,
 *   care offers) is Definitief; otherwise 409 with the reason (cms/domain/fusie.ts).
 * - What moves: the locations with all their versions (history), their care offers, photos, free
 *   places and waiting times, the audit entries of those items, the contracts (unless the
 *   surviving one has its own for that zorgkantoor and year), the logins (users.organisaties) and
 *   the zorgkantoren. Records are moved with the database adapter (no new versions: a merger is
 *   no content change); the merger is audited by its own entries.
 * - The public index: the moved locations (and those of the surviving organisation, whose list of
 *   zorgkantoren may grow) are re-indexed under the surviving organisation's name.
 */
import type { CollectionSlug, PayloadRequest, Where } from 'payload'
import { z } from 'zod'
import { mayWorkOnOrganisatie } from '../access'
import { schrijfAudit } from '../audit/schrijf'
import {
  FUSIE_MESSAGES,
  fusieBezwaar,
  organisatiesNaFusie,
  zorgkantorenNaFusie,
} from '../domain/fusie'
import { volledigeNaam } from '../domain/locatie-naam'
import { voorzieningLabel } from '../domain/referentiecodes'
import { relId } from '../domain/roles'
import { WorkflowError } from '../domain/workflow'
import type { AuditContext } from '../audit/context'
import type { WorkflowContext } from '../hooks/context'
import { herschrijfLogboek } from '../audit/schrijf'
import { queueIndexJob } from '../jobs/queue'
import type { Organisatie } from '../payload-types'
import { locatieIdsOfOrganisatie, openWijzigingsverzoek } from '../queries/organisatie'
import { findByIdOrNull, isDatabaseId, relationId, withScopedRequest } from '../queries/records'

export const FusieBody = z
  .object(
    {
      naar: z.union([z.number().int().positive(), z.string().trim().min(1).max(40)], {
        error: 'Kies de organisatie waarin deze organisatie opgaat.',
      }),
    },
    { error: 'Kies de organisatie waarin deze organisatie opgaat.' },
  )
  .strict()

export interface FusieAntwoord {
  van: { id: string; naam: string }
  naar: { id: string; naam: string }
  locaties: number
  zorgaanbod: number
  gebruikers: number
  contracten: number
}

const ALL = { depth: 0, limit: 0, pagination: false, overrideAccess: true } as const
const SYS = { depth: 0, overrideAccess: true } as const

/** Collections whose rows carry the organisation and move along (no versions of their own). */
const MEEVERHUIZEN: CollectionSlug[] = ['media', 'vrije-capaciteit', 'wachttijden']
/** Audit entries of these items follow them to the surviving organisation. */
const HISTORIE_MEE = ['locaties', 'zorgaanbod', 'media', 'vrije-capaciteit', 'wachttijden']

async function organisatieOf404(
  req: PayloadRequest,
  id: unknown,
  melding: string,
): Promise<Organisatie> {
  if (!isDatabaseId(req, id) || !(await mayWorkOnOrganisatie(req, String(id)))) {
    throw new WorkflowError(melding, 404)
  }
  const org = await findByIdOrNull(req, {
    collection: 'organisaties',
    id,
    depth: 0,
    draft: true,
    overrideAccess: true,
  })
  if (!org) throw new WorkflowError(melding, 404)
  return org
}

/** Items of an organisation that are not Definitief (its own newest version included). */
async function nietDefinitief(req: PayloadRequest, org: Organisatie): Promise<number> {
  const where: Where = {
    and: [{ organisatie: { equals: org.id } }, { status: { not_equals: 'definitief' } }],
  }
  const tel = { where, draft: true, depth: 0, limit: 1, select: {}, overrideAccess: true, req }
  const [locaties, aanbod] = await Promise.all([
    req.payload.find({ collection: 'locaties', ...tel }),
    req.payload.find({ collection: 'zorgaanbod', ...tel }),
  ])
  const eigen = org.status === 'definitief' ? 0 : 1
  return eigen + locaties.totalDocs + aanbod.totalDocs
}

/**
 * The label of a location's voorziening: locations store its code, the composed
 * name shows the label of its soort zorg's list (the code itself when it is no longer there).
 */
async function voorzieningLabels(
  req: PayloadRequest,
): Promise<(soortZorg: unknown, code: string | null | undefined) => string | null | undefined> {
  const soorten = await req.payload.find({
    collection: 'soorten-zorg',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const perId = new Map(soorten.docs.map((s) => [String(s.id), s.voorzieningen]))
  return (soortZorg, code) =>
    voorzieningLabel(perId.get(String(relId(soortZorg as never))), code) ?? code
}

/**
 * Sets the organisation on every version of the given documents (the history moves along), and
 * for locations the name composed with the surviving organisation (§3.2.4).
 */
async function verhuisVersies(
  req: PayloadRequest,
  collection: 'locaties' | 'zorgaanbod',
  parents: string[],
  naar: Organisatie,
  label: Awaited<ReturnType<typeof voorzieningLabels>>,
): Promise<void> {
  if (!parents.length) return
  const versies = await req.payload.db.findVersions({
    collection,
    where: { parent: { in: parents } },
    limit: 0,
    pagination: false,
    req,
  })
  for (const v of versies.docs) {
    const versie = v.version as {
      gebruikVolledigeNaam?: boolean | null
      soortZorg?: unknown
      voorziening?: string | null
      naam?: string | null
    }
    const naam =
      collection === 'locaties' && versie.gebruikVolledigeNaam !== false
        ? volledigeNaam({
            organisatieNaam: naar.naam,
            verkorteNaam: naar.verkorteNaam,
            voorziening: label(versie.soortZorg, versie.voorziening),
            locatieNaam: versie.naam,
          })
        : undefined
    await req.payload.db.updateVersion({
      collection,
      id: v.id,
      // updatedAt stays: Payload takes the newest version by it (the draft shown in the admin)
      versionData: {
        updatedAt: v.updatedAt,
        version: {
          organisatie: relationId(req, naar.id),
          ...(naam !== undefined ? { volledigeNaam: naam } : {}),
        },
      } as never,
      req,
      returning: false,
    })
  }
}

/**
 * Merges organisation `vanId` into `naarId` as this editor (the rule `beoordelaar` ran: an editor
 * or beheerder; both organisations must be theirs). In a transaction.
 */
export async function fuseer(
  req: PayloadRequest,
  vanId: string,
  naarId: string | number,
): Promise<FusieAntwoord> {
  const van = await organisatieOf404(req, vanId, FUSIE_MESSAGES.nietGevonden)
  if (String(naarId) === String(van.id)) throw new WorkflowError(FUSIE_MESSAGES.zelfde, 400)
  const naar = await organisatieOf404(req, naarId, FUSIE_MESSAGES.naarNietGevonden)

  const kant = async (org: Organisatie) => ({
    naam: org.naam,
    openVerzoek: Boolean(await openWijzigingsverzoek(req, String(org.id))),
    nietDefinitief: await nietDefinitief(req, org),
  })
  const bezwaar = fusieBezwaar(await kant(van), await kant(naar))
  if (bezwaar) throw new WorkflowError(bezwaar, 409)

  const naarRel = relationId(req, naar.id)
  const vanWhere: Where = { organisatie: { equals: van.id } }

  // 1. Locations: the organisation and the composed name (§3.2.4), on the record and its history.
  const label = await voorzieningLabels(req)
  const locaties = await req.payload.find({
    collection: 'locaties',
    where: vanWhere,
    ...ALL,
    req,
  })
  const namen = new Map<string, string>()
  for (const l of locaties.docs) {
    const naam =
      l.gebruikVolledigeNaam === false
        ? undefined
        : volledigeNaam({
            organisatieNaam: naar.naam,
            verkorteNaam: naar.verkorteNaam,
            voorziening: label(l.soortZorg, l.voorziening),
            locatieNaam: l.naam,
          })
    if (naam !== undefined) namen.set(String(l.id), naam)
    await req.payload.db.updateOne({
      collection: 'locaties',
      id: l.id,
      data: { organisatie: naarRel, ...(naam !== undefined ? { volledigeNaam: naam } : {}) },
      req,
      returning: false,
    })
  }
  const locatieIds = locaties.docs.map((l) => String(l.id))
  await verhuisVersies(req, 'locaties', locatieIds, naar, label)

  // 2. Care offers, with their history.
  const aanbod = await req.payload.find({
    collection: 'zorgaanbod',
    where: vanWhere,
    ...ALL,
    req,
  })
  for (const z of aanbod.docs) {
    await req.payload.db.updateOne({
      collection: 'zorgaanbod',
      id: z.id,
      data: { organisatie: naarRel },
      req,
      returning: false,
    })
  }
  await verhuisVersies(
    req,
    'zorgaanbod',
    aanbod.docs.map((z) => String(z.id)),
    naar,
    label,
  )

  // 3. Photos, free places and waiting times.
  for (const collection of MEEVERHUIZEN) {
    await req.payload.db.updateMany({
      collection,
      where: vanWhere,
      data: { organisatie: naarRel },
      req,
      returning: false,
    })
  }

  // 4. Contracts: the surviving organisation keeps its own for a zorgkantoor and year.
  const [vanContracten, naarContracten] = await Promise.all([
    req.payload.find({ collection: 'contracten', where: vanWhere, ...ALL, req }),
    req.payload.find({
      collection: 'contracten',
      where: { organisatie: { equals: naar.id } },
      ...ALL,
      req,
    }),
  ])
  const sleutel = (c: { zorgkantoor: unknown; jaar: number }) =>
    `${relId(c.zorgkantoor as never)}:${c.jaar}`
  const bezet = new Set(naarContracten.docs.map(sleutel))
  let contracten = 0
  for (const c of vanContracten.docs) {
    if (bezet.has(sleutel(c))) continue
    await withScopedRequest(req, { skipIndex: true, contractSysteem: true }, (scoped) =>
      req.payload.update({
        collection: 'contracten',
        id: c.id,
        data: { organisatie: naarRel },
        ...SYS,
        req: scoped,
      }),
    )
    contracten++
  }

  // 5. The surviving organisation is contracted by the zorgkantoren of both (it is Definitief).
  const zorgkantoren = zorgkantorenNaFusie(
    (naar.zorgkantoren ?? []).map((z) => String(relId(z))),
    (van.zorgkantoren ?? []).map((z) => String(relId(z))),
  )
  if (zorgkantoren.length !== (naar.zorgkantoren ?? []).length) {
    await withScopedRequest(
      req,
      { skipIndex: true, workflowStatus: 'definitief' } satisfies WorkflowContext,
      (scoped) =>
        req.payload.update({
          collection: 'organisaties',
          id: naar.id,
          data: {
            zorgkantoren: zorgkantoren.map((z) => relationId(req, z)),
            _status: 'published',
          },
          draft: false,
          ...SYS,
          req: scoped,
        }),
    )
  }

  // 6. Logins linked to the merged organisation now work on the surviving one.
  const gebruikers = await req.payload.find({
    collection: 'users',
    where: { organisaties: { contains: van.id } },
    ...ALL,
    req,
  })
  for (const g of gebruikers.docs) {
    const organisaties = organisatiesNaFusie(
      (g.organisaties ?? []).map((o) => String(relId(o))),
      String(van.id),
      String(naar.id),
    )
    await req.payload.update({
      collection: 'users',
      id: g.id,
      data: { organisaties: organisaties.map((o) => relationId(req, o)) },
      ...SYS,
      req,
    })
  }

  // 7. The trail: the history of the moved items follows them; the merger gets its own entries.
  await herschrijfLogboek(
    req,
    { and: [{ organisatieId: { equals: String(van.id) } }, { collectie: { in: HISTORIE_MEE } }] },
    () => ({ organisatieId: String(naar.id) }),
  )
  const naarRef = { id: String(naar.id), naam: naar.naam }
  const toelichting = `Fusie: "${van.naam}" is opgegaan in "${naar.naam}" (${locaties.docs.length} locatie(s) verplaatst).`
  await schrijfAudit(req, {
    actie: 'gefuseerd',
    collectie: 'organisaties',
    documentId: naar.id,
    documentTitel: naar.naam,
    organisatie: naarRef,
    toelichting,
  })
  for (const l of locaties.docs) {
    await schrijfAudit(req, {
      actie: 'gefuseerd',
      collectie: 'locaties',
      documentId: l.id,
      documentTitel: namen.get(String(l.id)) ?? l.volledigeNaam ?? l.naam ?? '',
      organisatie: naarRef,
      toelichting,
      wijzigingen: [
        {
          veld: 'organisatie',
          label: 'Organisatie',
          soort: 'tekst',
          oud: van.naam,
          nieuw: naar.naam,
        },
      ],
    })
  }

  // 8. The merged organisation goes (its locations have left; its own history stays, re-keyed).
  await withScopedRequest(req, { auditToelichting: toelichting } satisfies AuditContext, (scoped) =>
    req.payload.delete({ collection: 'organisaties', id: van.id, ...SYS, req: scoped }),
  )

  // 9. The public index: the moved locations under the new name, and the surviving ones.
  await queueIndexJob(req, [...locatieIds, ...(await locatieIdsOfOrganisatie(req, naar.id))])

  return {
    van: { id: String(van.id), naam: van.naam },
    naar: naarRef,
    locaties: locaties.docs.length,
    zorgaanbod: aanbod.docs.length,
    gebruikers: gebruikers.docs.length,
    contracten,
  }
}
