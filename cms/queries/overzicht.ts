/**
 * Read models for the admin screens:
 * - the start screen after login (§1.3): every organisation of this login across zorgkantoren,
 *   with locations, status, pending request and completeness;
 * - one location: visibility with reasons, completeness, lock, copy targets and care offers.
 * Both read as the user (overrideAccess: false); only the lookups of reference data bypass access.
 */
import type { PayloadRequest } from 'payload'
import { userOf, workableOrganisatieIds } from '../access'
import { isBeheerder, relId } from '../domain/roles'
import { volledigheid, type Volledigheid } from '../domain/volledigheid'
import { MESSAGES, STATUS_LABELS, type Status } from '../domain/workflow'
import { nietVoorVerwijdering, zichtbaarheid } from '../domain/zichtbaarheid'
import { isZorgaanbodGevuld } from '../domain/zorgaanbod'
import type {
  Locatie,
  Organisatie,
  SoortZorg,
  Wijzigingsverzoek,
  Zorgaanbod,
} from '../payload-types'
import { findByIdOrNull } from './records'
import { locatiesGekoppeldOpAdres } from './zorgkaart'
import { WorkflowError } from '../domain/workflow'

/** Answer of GET /api/organisaties/mijn-overzicht (the start screen imports this type). */
export interface MijnOverzicht {
  organisaties: OrganisatieRij[]
  zorgkantoren: { naam: string; email: string | null; telefoon: string | null }[]
}

export interface LocatieScore {
  id: number
  naam: string
  status: Status
  score: number
  ontbreekt: string[]
  publiek: boolean
}

export interface OrganisatieRij {
  id: number
  naam: string
  verkorteNaam: string | null
  nzaCode: string
  type: Organisatie['type']
  zorgkantoren: string[]
  aantalLocaties: number
  status: Status
  statusLabel: string
  inBehandeling: boolean
  openWijzigingen: number
  /** how the newest change request ended (or that it waits): a rejection's reason is shown */
  laatsteVerzoek: LaatsteVerzoek | null
  volledigheid: { gemiddeld: number; locaties: LocatieScore[] }
}

export interface LaatsteVerzoek {
  id: number
  status: Wijzigingsverzoek['status']
  reden: string | null
  verstuurdOp: string | null
  afgehandeldOp: string | null
  beoordeeldNamens: string | null
}

/** Answer of GET /api/locaties/:id/overzicht (the location overview imports this type). */
export interface LocatieOverzicht {
  id: number
  status: Status
  statusLabel: string
  publiek: boolean
  meldingen: string[]
  volledigheid: Volledigheid
  inBehandeling: boolean
  organisatie: Pick<Organisatie, 'id' | 'naam' | 'type'> & { verkorteNaam: string | null }
  soortZorg: {
    id: number
    naam: string
    meerdereWoonplaatsen: boolean
    voorzieningen: string[]
  } | null
  kopieerDoelen: { id: number; naam: string; agbCode: string; volgnummer: number }[]
  zorgaanbod: {
    id: number
    woonplaats: { id: number; naam: string }
    status: Status
    gevuld: boolean
  }[]
}

const asUser = (req: PayloadRequest) => ({ overrideAccess: false, user: req.user, req }) as const

const isPending = (d: { status: Status }) =>
  d.status === 'nieuw' || d.status === 'voorgesteld' || d.status === 'voorgesteld-verwijderd'

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

/** The newest change request per organisation. */
async function laatsteVerzoeken(req: PayloadRequest, organisatieIds: (string | number)[]) {
  const result = new Map<string, LaatsteVerzoek>()
  if (!organisatieIds.length) return result
  const found = await req.payload.find({
    collection: 'wijzigingsverzoeken',
    where: { organisatie: { in: organisatieIds } },
    sort: '-verstuurdOp',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: {
      organisatie: true,
      status: true,
      reden: true,
      verstuurdOp: true,
      afgehandeldOp: true,
      beoordeeldNamens: true,
    },
    req,
  })
  for (const v of found.docs) {
    const key = String(relId(v.organisatie))
    if (result.has(key)) continue
    result.set(key, {
      id: v.id,
      status: v.status,
      reden: v.reden ?? null,
      verstuurdOp: v.verstuurdOp ?? null,
      afgehandeldOp: v.afgehandeldOp ?? null,
      beoordeeldNamens: v.beoordeeldNamens ?? null,
    })
  }
  return result
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
  return new Map(found.docs.map((d) => [String(d.id), d]))
}

/** Ids of the given records that have a Definitief (published) version. */
async function goedgekeurd(
  req: PayloadRequest,
  collection: 'organisaties' | 'locaties',
  ids: (string | number)[],
): Promise<Set<string>> {
  if (!ids.length) return new Set()
  const found = await req.payload.find({
    collection,
    where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
    req,
  })
  return new Set(found.docs.map((d) => String(d.id)))
}

/** Completeness and public visibility of a location, from its newest versions. */
function beoordeel(
  locatie: Locatie,
  aanbod: Zorgaanbod[],
  organisatie: { type: Organisatie['type']; goedgekeurd: boolean },
  soort: SoortZorg | undefined,
  locatieGoedgekeurd: boolean,
  zorgkaartOpAdres: boolean,
): { volledigheid: Volledigheid; publiek: boolean; meldingen: string[] } {
  const levend = aanbod.filter(nietVoorVerwijdering)
  const v = volledigheid({
    organisatieType: organisatie.type,
    sectorenSoortZorg: soort?.sectoren ?? [],
    fotos: locatie.fotos?.length ?? 0,
    heeftVideo: Boolean(locatie.youtubeId),
    zorgkaart: locatie.zorgkaartNederland,
    zorgkaartOpAdres,
    telefoonOfEmail: Boolean(locatie.telefoon || locatie.email),
    zorgaanbod: levend,
  })
  const z = zichtbaarheid({
    locatieGoedgekeurd,
    organisatieGoedgekeurd: organisatie.goedgekeurd,
    zorgaanbod: aanbod.map((a) => ({
      status: a.status,
      gevuld: isZorgaanbodGevuld(a, organisatie.type),
    })),
  })
  return { volledigheid: v, publiek: z.publiek, meldingen: z.redenen }
}

/** The start screen of this login. */
export async function mijnOverzicht(req: PayloadRequest): Promise<MijnOverzicht> {
  const user = userOf(req)!
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
    return { organisaties: [], zorgkantoren: contact }

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
  const [locaties, aanbod, open, soorten, orgsGoedgekeurd, laatste] = await Promise.all([
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
    goedgekeurd(req, 'organisaties', orgIds),
    laatsteVerzoeken(req, orgIds),
  ])
  const [locatiesGoedgekeurd, opAdres] = await Promise.all([
    goedgekeurd(
      req,
      'locaties',
      locaties.docs.map((l) => l.id),
    ),
    locatiesGekoppeldOpAdres(req, locaties.docs),
  ])
  const aanbodPerLocatie = new Map<string, Zorgaanbod[]>()
  for (const z of aanbod.docs) {
    const key = String(relId(z.locatie))
    aanbodPerLocatie.set(key, [...(aanbodPerLocatie.get(key) ?? []), z])
  }
  const organisaties: OrganisatieRij[] = orgs.docs.map((org) => {
    const eigen = locaties.docs.filter((l) => relId(l.organisatie) === String(org.id))
    const scores: LocatieScore[] = eigen.map((l) => {
      const b = beoordeel(
        l,
        aanbodPerLocatie.get(String(l.id)) ?? [],
        { type: org.type, goedgekeurd: orgsGoedgekeurd.has(String(org.id)) },
        soorten.get(String(relId(l.soortZorg))),
        locatiesGoedgekeurd.has(String(l.id)),
        opAdres.has(String(l.id)),
      )
      return {
        id: l.id,
        naam: l.volledigeNaam || l.naam || `AGB ${l.agbCode}`,
        status: l.status,
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
      nzaCode: org.nzaCode ?? '',
      type: org.type,
      zorgkantoren: (org.zorgkantoren ?? []).map((z) =>
        typeof z === 'object' ? z.naam : String(z),
      ),
      aantalLocaties: eigen.length,
      status: org.status,
      statusLabel: STATUS_LABELS[org.status],
      inBehandeling: open.has(String(org.id)),
      openWijzigingen: [org, ...eigen, ...eigenAanbod].filter(isPending).length,
      laatsteVerzoek: laatste.get(String(org.id)) ?? null,
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
  return { organisaties, zorgkantoren: contact }
}

/** One location as this login may see it, or 404. */
export async function locatieOverzicht(req: PayloadRequest, id: string): Promise<LocatieOverzicht> {
  const locatie = await findByIdOrNull(req, {
    collection: 'locaties',
    id,
    draft: true,
    depth: 0,
    overrideAccess: false,
    user: req.user,
  })
  if (!locatie)
    throw new WorkflowError('Deze locatie bestaat niet of u heeft er geen toegang toe.', 404)
  const organisatieId = relId(locatie.organisatie)!
  const [org, aanbod, andere, open, soorten, locatieOk, orgOk] = await Promise.all([
    req.payload.findByID({
      collection: 'organisaties',
      id: organisatieId,
      draft: true,
      depth: 0,
      ...asUser(req),
    }),
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
    goedgekeurd(req, 'locaties', [locatie.id]),
    goedgekeurd(req, 'organisaties', [organisatieId]),
  ])
  const soort = soorten.get(String(relId(locatie.soortZorg)))
  const opAdres = await locatiesGekoppeldOpAdres(req, [locatie])
  const b = beoordeel(
    locatie,
    aanbod.docs,
    { type: org.type, goedgekeurd: orgOk.size > 0 },
    soort,
    locatieOk.size > 0,
    opAdres.size > 0,
  )
  const inBehandeling = open.has(String(organisatieId))
  if (inBehandeling) b.meldingen.unshift(MESSAGES.inBehandeling)
  return {
    id: locatie.id,
    status: locatie.status,
    statusLabel: STATUS_LABELS[locatie.status],
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
          voorzieningen: (soort.voorzieningen ?? []).map((v) => v.naam),
        }
      : null,
    kopieerDoelen: andere.docs.filter(nietVoorVerwijdering).map((l) => ({
      id: l.id,
      naam: l.volledigeNaam || l.naam || '',
      agbCode: l.agbCode,
      volgnummer: l.volgnummer ?? 0,
    })),
    zorgaanbod: aanbod.docs.map((z) => ({
      id: z.id,
      woonplaats:
        typeof z.woonplaats === 'object'
          ? { id: z.woonplaats.id, naam: z.woonplaats.naam }
          : { id: z.woonplaats, naam: '' },
      status: z.status,
      gevuld: isZorgaanbodGevuld(z, org.type),
    })),
  }
}
