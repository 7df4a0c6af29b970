/**
 * Read models for the admin screens:
 * GET /api/organisaties/mijn-overzicht — the start screen after login (§1.3): every organisation of
 *   this login across zorgkantoren, with locations, status, pending request and completeness.
 * GET /api/locaties/:id/overzicht — one location: visibility with reasons, completeness, lock,
 *   copy targets and care offers.
 * Both read as the user (overrideAccess: false); only the lookups of reference data bypass access.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { userOf, workableOrganisatieIds } from '../access'
import { isBeheerder, relId } from '../domain/roles'
import { volledigheid, type Volledigheid } from '../domain/volledigheid'
import { MESSAGES, STATUS_LABELS, type Status } from '../domain/workflow'
import {
  isZorgaanbodGevuld,
  ZORGAANBOD_MESSAGES,
  type ZorgaanbodInhoud,
} from '../domain/zorgaanbod'
import { json } from '../http/responses'
import { withErrors } from '../http/endpoint'
import { findByIdOrNull } from '../queries/records'
import { WorkflowError } from '../domain/workflow'

type Doc = Record<string, any> & { id: string | number }

const asUser = (req: PayloadRequest) => ({ overrideAccess: false, user: req.user, req }) as const

async function openVerzoeken(req: PayloadRequest, organisatieIds: (string | number)[]) {
  if (!organisatieIds.length) return new Set<string>()
  const found = await req.payload.find({
    collection: 'wijzigingsverzoeken',
    where: {
      and: [{ organisatie: { in: organisatieIds } }, { status: { equals: 'in-behandeling' } }],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Set(found.docs.map((d) => String(relId(d.organisatie))))
}

async function soortenZorg(req: PayloadRequest) {
  const found = await req.payload.find({
    collection: 'soorten-zorg',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Map((found.docs as Doc[]).map((d) => [String(d.id), d]))
}

/** Completeness and public visibility of a location, from its newest versions. */
function beoordeel(
  locatie: Doc,
  aanbod: Doc[],
  organisatieType: string | undefined,
  soort: Doc | undefined,
  gepubliceerd: boolean,
): {
  volledigheid: Volledigheid
  publiek: boolean
  meldingen: string[]
} {
  const levend = aanbod.filter((z) => z.status !== 'voorgesteld-verwijderd')
  const v = volledigheid({
    organisatieType,
    sectorenSoortZorg: (soort?.sectoren as string[] | undefined) ?? [],
    fotos: Array.isArray(locatie.fotos) ? locatie.fotos.length : 0,
    heeftVideo: Boolean(locatie.youtubeId),
    zorgkaart: locatie.zorgkaartNederland,
    telefoonOfEmail: Boolean(locatie.telefoon || locatie.email),
    zorgaanbod: levend as ZorgaanbodInhoud[],
  })
  const meldingen: string[] = []
  const gevuld = levend.some((z) => isZorgaanbodGevuld(z as ZorgaanbodInhoud, organisatieType))
  if (!gepubliceerd)
    meldingen.push(
      'Deze locatie is nog niet goedgekeurd door het zorgkantoor en staat daarom nog niet in de Zorgatlas.',
    )
  if (!gevuld) meldingen.push(ZORGAANBOD_MESSAGES.leeg)
  return { volledigheid: v, publiek: gepubliceerd && gevuld, meldingen }
}

async function mijnOverzicht(req: PayloadRequest): Promise<Response> {
  const user = userOf(req)
  if (!user) throw new WorkflowError('Log eerst in.', 403)
  const workable = await workableOrganisatieIds(req)
  const zorgkantoren = await req.payload.find({
    collection: 'zorgkantoren',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const contact = zorgkantoren.docs.map((z) => ({
    naam: z.naam,
    email: z.email ?? null,
    telefoon: z.telefoon ?? null,
  }))
  if (workable !== 'all' && workable.length === 0)
    return json({ organisaties: [], zorgkantoren: contact })

  const orgs = await req.payload.find({
    collection: 'organisaties',
    draft: true,
    depth: 1,
    limit: isBeheerder(user) ? 200 : 0,
    pagination: isBeheerder(user),
    sort: 'naam',
    ...asUser(req),
  })
  const orgIds = orgs.docs.map((o) => o.id)
  const [locaties, aanbod, open, soorten, gepubliceerd] = await Promise.all([
    req.payload.find({
      collection: 'locaties',
      where: { organisatie: { in: orgIds } },
      draft: true,
      depth: 0,
      limit: 0,
      pagination: false,
      ...asUser(req),
    }),
    req.payload.find({
      collection: 'zorgaanbod',
      where: { organisatie: { in: orgIds } },
      draft: true,
      depth: 0,
      limit: 0,
      pagination: false,
      ...asUser(req),
    }),
    openVerzoeken(req, orgIds),
    soortenZorg(req),
    req.payload.find({
      collection: 'locaties',
      where: { and: [{ organisatie: { in: orgIds } }, { _status: { equals: 'published' } }] },
      depth: 0,
      limit: 0,
      pagination: false,
      select: {},
      overrideAccess: true,
      req,
    }),
  ])
  const published = new Set(gepubliceerd.docs.map((d) => String(d.id)))
  const aanbodPerLocatie = new Map<string, Doc[]>()
  for (const z of aanbod.docs as Doc[]) {
    const key = String(relId(z.locatie))
    aanbodPerLocatie.set(key, [...(aanbodPerLocatie.get(key) ?? []), z])
  }
  const organisaties = (orgs.docs as Doc[]).map((org) => {
    const eigen = (locaties.docs as Doc[]).filter(
      (l) => String(relId(l.organisatie)) === String(org.id),
    )
    const pending = (docs: Doc[]) =>
      docs.filter((d) => ['nieuw', 'voorgesteld', 'voorgesteld-verwijderd'].includes(d.status))
        .length
    const scores = eigen.map((l) => {
      const b = beoordeel(
        l,
        aanbodPerLocatie.get(String(l.id)) ?? [],
        org.type,
        soorten.get(String(relId(l.soortZorg))),
        published.has(String(l.id)),
      )
      return {
        id: l.id,
        naam: l.volledigeNaam || l.naam || `AGB ${l.agbCode}`,
        status: l.status as Status,
        score: b.volledigheid.score,
        ontbreekt: b.volledigheid.ontbreekt,
        publiek: b.publiek,
      }
    })
    const eigenAanbod = eigen.flatMap((l) => aanbodPerLocatie.get(String(l.id)) ?? [])
    return {
      id: org.id,
      naam: org.naam,
      verkorteNaam: org.verkorteNaam ?? null,
      nzaCode: org.nzaCode,
      type: org.type,
      zorgkantoren: ((org.zorgkantoren ?? []) as Doc[]).map((z) =>
        typeof z === 'object' ? z.naam : String(z),
      ),
      aantalLocaties: eigen.length,
      status: org.status as Status,
      statusLabel: STATUS_LABELS[org.status as Status] ?? org.status,
      inBehandeling: open.has(String(org.id)),
      openWijzigingen: pending([org]) + pending(eigen) + pending(eigenAanbod),
      volledigheid: {
        gemiddeld: scores.length
          ? Math.round(scores.reduce((s, l) => s + l.score, 0) / scores.length)
          : 0,
        locaties: scores,
      },
    }
  })
  organisaties.sort(
    (a, b) =>
      Number(b.inBehandeling) - Number(a.inBehandeling) || a.naam.localeCompare(b.naam, 'nl'),
  )
  return json({ organisaties, zorgkantoren: contact })
}

async function locatieOverzicht(req: PayloadRequest): Promise<Response> {
  if (!userOf(req)) throw new WorkflowError('Log eerst in.', 403)
  const id = String(req.routeParams?.id ?? '')
  const locatie = (await findByIdOrNull(req, {
    collection: 'locaties',
    id,
    draft: true,
    depth: 0,
    ...asUser(req),
  })) as Doc | null
  if (!locatie)
    throw new WorkflowError('Deze locatie bestaat niet of u heeft er geen toegang toe.', 404)
  const organisatieId = relId(locatie.organisatie)!
  const [org, aanbod, andere, open, soorten, pub] = await Promise.all([
    req.payload.findByID({
      collection: 'organisaties',
      id: organisatieId,
      draft: true,
      depth: 0,
      ...asUser(req),
    }) as Promise<Doc>,
    req.payload.find({
      collection: 'zorgaanbod',
      where: { locatie: { equals: locatie.id } },
      draft: true,
      depth: 1,
      limit: 0,
      pagination: false,
      ...asUser(req),
    }),
    req.payload.find({
      collection: 'locaties',
      where: {
        and: [{ organisatie: { equals: organisatieId } }, { id: { not_equals: locatie.id } }],
      },
      draft: true,
      depth: 0,
      limit: 0,
      pagination: false,
      sort: 'agbCode',
      ...asUser(req),
    }),
    openVerzoeken(req, [organisatieId]),
    soortenZorg(req),
    req.payload.find({
      collection: 'locaties',
      where: { and: [{ id: { equals: locatie.id } }, { _status: { equals: 'published' } }] },
      depth: 0,
      limit: 1,
      select: {},
      overrideAccess: true,
      req,
    }),
  ])
  const soort = soorten.get(String(relId(locatie.soortZorg)))
  const b = beoordeel(locatie, aanbod.docs as Doc[], org.type, soort, pub.docs.length > 0)
  const inBehandeling = open.has(String(organisatieId))
  if (inBehandeling) b.meldingen.unshift(MESSAGES.inBehandeling)
  return json({
    id: locatie.id,
    status: locatie.status,
    statusLabel: STATUS_LABELS[locatie.status as Status] ?? locatie.status,
    publiek: b.publiek,
    meldingen: b.meldingen,
    volledigheid: b.volledigheid,
    inBehandeling,
    organisatie: {
      id: org.id,
      naam: org.naam,
      verkorteNaam: org.verkorteNaam ?? null,
      type: org.type,
    },
    soortZorg: soort
      ? {
          id: soort.id,
          naam: soort.naam,
          meerdereWoonplaatsen: Boolean(soort.meerdereWoonplaatsen),
          voorzieningen: ((soort.voorzieningen ?? []) as Doc[]).map((v) => v.naam),
        }
      : null,
    kopieerDoelen: (andere.docs as Doc[])
      .filter((l) => l.status !== 'voorgesteld-verwijderd')
      .map((l) => ({
        id: l.id,
        naam: l.volledigeNaam || l.naam || '',
        agbCode: l.agbCode,
        volgnummer: l.volgnummer ?? 0,
      })),
    zorgaanbod: (aanbod.docs as Doc[]).map((z) => ({
      id: z.id,
      woonplaats: { id: z.woonplaats?.id ?? z.woonplaats, naam: z.woonplaats?.naam ?? '' },
      status: z.status,
      gevuld: isZorgaanbodGevuld(z as ZorgaanbodInhoud, org.type),
    })),
  })
}

export const organisatieOverzichtEndpoints: Endpoint[] = [
  { path: '/mijn-overzicht', method: 'get', handler: withErrors(mijnOverzicht) },
]
export const locatieOverzichtEndpoints: Endpoint[] = [
  { path: '/:id/overzicht', method: 'get', handler: withErrors(locatieOverzicht) },
]
