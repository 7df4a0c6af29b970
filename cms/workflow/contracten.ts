/**
 * Contract status in bulk (seed 001):
 * - the overview: the organisations of the editor's zorgkantoor (a beheerder: of the chosen
 *   zorgkantoor, or all) that match the filter, with this zorgkantoor's status for the year and the
 *   flag "no contract this year" (no gedeeltelijk or volledig contract of any zorgkantoor);
 * - setting the status of the contract of the zorgkantoor with every chosen (or every filtered)
 *   organisation, in the request's transaction, each change audited. With `status: 'niet'` for this
 *   year and `verwijderZorgkantoor: true` the zorgkantoor is also taken off each organisation's
 *   `zorgkantoren`; an organisation that loses its last zorgkantoor is removed (§1.2) through the
 *   normal delete path, so the index follows.
 * The filter's contract status is the status for `jaar` of the same zorgkantoor; `geen` means no
 * contract recorded. Region: the zorgkantoorregio of a woonplaats where the organisation offers care.
 */
import type { PayloadRequest, Where } from 'payload'
import { z } from 'zod'
import { organisatieIdsOfZorgkantoor, userOf } from '../access'
import {
  CONTRACT_MESSAGES,
  CONTRACT_STATUSSEN,
  JAAR_MAX,
  JAAR_MIN,
  contractJaar,
  contractOvername,
  isGecontracteerd,
  isVastgesteld,
  naNietGecontracteerd,
  normaliseerGroep,
  type ContractStatus,
} from '../domain/contract'
import { ORGANISATIE_TYPE_CODES } from '../domain/organisatie'
import { isBeheerder, isRedacteur, relId, zorgkantoorIdOf } from '../domain/roles'
import { WorkflowError } from '../domain/workflow'
import type { AuditContext } from '../audit/context'
import type { WorkflowContext } from '../hooks/context'
import { queueIndexJob } from '../jobs/queue'
import { locatieIdsOfOrganisatie, openWijzigingsverzoek } from '../queries/organisatie'
import { findByIdOrNull, isDatabaseId, relationId, withScopedRequest } from '../queries/records'

const Id = z.union([z.number().int().positive(), z.string().trim().min(1).max(40)], {
  error: 'Dit is geen geldig id.',
})

export const ContractFilter = z
  .object(
    {
      naam: z.string().trim().max(200, 'De naam mag maximaal 200 tekens zijn.').optional(),
      agbCode: z
        .string()
        .trim()
        .regex(/^\d{8}$/, 'Een AGB-code bestaat uit 8 cijfers.')
        .optional(),
      type: z.enum(ORGANISATIE_TYPE_CODES, { error: 'Kies een soort organisatie.' }).optional(),
      contractStatus: z
        .enum([...CONTRACT_STATUSSEN, 'geen'], { error: 'Kies een contractstatus.' })
        .optional(),
      regio: z.string().trim().max(100, 'De regio mag maximaal 100 tekens zijn.').optional(),
      groep: z.string().trim().min(1).max(100, CONTRACT_MESSAGES.groep).optional(),
      /** only contracts carried over from the year before and not yet reviewed */
      teControleren: z.boolean({ error: 'Kies ja of nee.' }).optional(),
    },
    { error: 'Het filter is niet goed ingevuld.' },
  )
  .strict()
export type ContractFilter = z.infer<typeof ContractFilter>

const Jaar = z
  .number({ error: CONTRACT_MESSAGES.jaar })
  .int(CONTRACT_MESSAGES.jaar)
  .min(JAAR_MIN, CONTRACT_MESSAGES.jaar)
  .max(JAAR_MAX, CONTRACT_MESSAGES.jaar)

export const BulkBody = z
  .object(
    {
      jaar: Jaar,
      status: z.enum(CONTRACT_STATUSSEN, { error: 'Kies een contractstatus.' }),
      zorgkantoor: Id.optional(),
      organisaties: z
        .array(Id, { error: 'Kies de organisaties.' })
        .min(1, 'Kies minstens één organisatie.')
        .max(5000, 'Kies maximaal 5000 organisaties tegelijk.')
        .optional(),
      filter: ContractFilter.optional(),
      verwijderZorgkantoor: z.boolean({ error: 'Kies ja of nee.' }).optional(),
    },
    { error: 'De gegevens zijn niet goed ingevuld.' },
  )
  .strict()
  .refine((b) => (b.organisaties === undefined) !== (b.filter === undefined), {
    message: 'Kies organisaties of geef een filter, niet allebei en niet geen van beide.',
    path: ['organisaties'],
  })
  .refine((b) => !b.verwijderZorgkantoor || b.status === 'niet', {
    message: 'Het zorgkantoor weghalen kan alleen bij de status Niet gecontracteerd.',
    path: ['verwijderZorgkantoor'],
  })
  .refine((b) => !b.verwijderZorgkantoor || b.jaar === contractJaar(), {
    message: 'Het zorgkantoor weghalen kan alleen bij de contractstatus van dit jaar.',
    path: ['verwijderZorgkantoor'],
  })
export type BulkBody = z.infer<typeof BulkBody>

export interface BulkAntwoord {
  jaar: number
  status: ContractStatus
  zorgkantoor: string
  organisaties: number
  aangemaakt: number
  gewijzigd: number
  ongewijzigd: number
  zorgkantoorVerwijderd: number
  organisatiesVerwijderd: number
}

export interface OverzichtRegel {
  id: string
  naam: string
  nzaCode: string
  type: string
  zorgkantoren: string[]
  /** this zorgkantoor's status for the year, null when none is recorded (or no zorgkantoor) */
  status: ContractStatus | null
  /** no gedeeltelijk or volledig contract of any zorgkantoor in the current year */
  geenContract: boolean
  /** the group (concern), or null */
  groep: string | null
  /** this zorgkantoor's contract for the year is a proposal carried over, still to review */
  voorstel: boolean
  /** this zorgkantoor's own notes on the contract (read as the editor: never a provider) */
  opmerkingen: string | null
  /** the contract's id, to open it */
  contract: string | null
}

export interface OverzichtAntwoord {
  jaar: number
  huidigJaar: number
  zorgkantoor: { id: string; naam: string } | null
  organisaties: OverzichtRegel[]
  /** the groups of the zorgkantoor's organisations (all when none is chosen), for the filter */
  groepen: string[]
}

const ALL = { depth: 0, limit: 0, pagination: false, overrideAccess: true } as const

/** The zorgkantoor the work is for: the editor's own; a beheerder names one (or none: `optional`). */
async function zorgkantoorVoor(
  req: PayloadRequest,
  gevraagd: string | number | undefined,
  verplicht: boolean,
): Promise<{ id: string; naam: string } | null> {
  const user = userOf(req)
  if (isRedacteur(user)) {
    const eigen = zorgkantoorIdOf(user)
    if (!eigen) throw new WorkflowError(CONTRACT_MESSAGES.eigenZorgkantoor, 403)
    if (gevraagd !== undefined && String(gevraagd) !== eigen) {
      throw new WorkflowError(CONTRACT_MESSAGES.eigenZorgkantoor, 403)
    }
    gevraagd = eigen
  } else if (!isBeheerder(user)) {
    throw new WorkflowError('Alleen het zorgkantoor legt contracten vast.', 403)
  }
  if (gevraagd === undefined) {
    if (verplicht) throw new WorkflowError(CONTRACT_MESSAGES.geenZorgkantoor, 400)
    return null
  }
  const zk = isDatabaseId(req, gevraagd)
    ? await findByIdOrNull(req, {
        collection: 'zorgkantoren',
        id: gevraagd,
        depth: 0,
        overrideAccess: true,
      })
    : null
  if (!zk) throw new WorkflowError('Dit zorgkantoor bestaat niet.', 404)
  return { id: String(zk.id), naam: zk.naam }
}

const idsVan = (docs: { organisatie?: unknown }[]) =>
  new Set(docs.map((d) => relId(d.organisatie as never)).filter((id): id is string => !!id))

type ContractDoc = {
  id: number | string
  status: ContractStatus
  voorstel?: boolean | null
  opmerkingen?: string | null
}

/** The contract per organisation for one zorgkantoor and year. */
async function contractenVan(
  req: PayloadRequest,
  zorgkantoor: string,
  jaar: number,
  organisaties?: string[],
): Promise<Map<string, ContractDoc>> {
  if (organisaties && !organisaties.length) return new Map()
  const found = await req.payload.find({
    collection: 'contracten',
    where: {
      and: [
        { zorgkantoor: { equals: zorgkantoor } },
        { jaar: { equals: jaar } },
        ...(organisaties ? [{ organisatie: { in: organisaties } }] : []),
      ],
    },
    ...ALL,
    req,
  })
  return new Map(found.docs.map((c) => [String(relId(c.organisatie)), c]))
}

/**
 * The organisations of the base set (ids; null = all) that match the filter. Each criterion
 * narrows the set; the contract status is that of `zorgkantoor` in `jaar`.
 */
export async function gefilterdeOrganisaties(
  req: PayloadRequest,
  basis: string[] | null,
  filter: ContractFilter,
  jaar: number,
  zorgkantoor: string | null,
): Promise<string[]> {
  if (basis && !basis.length) return []
  const where: Where[] = []
  if (basis) where.push({ id: { in: basis } })
  if (filter.naam) {
    where.push({
      or: [{ naam: { like: filter.naam } }, { verkorteNaam: { like: filter.naam } }],
    })
  }
  if (filter.type) where.push({ type: { equals: filter.type } })
  const groep = normaliseerGroep(filter.groep)
  if (groep) where.push({ groep: { equals: groep } })
  if (filter.agbCode) {
    const locaties = await req.payload.find({
      collection: 'locaties',
      where: { agbCode: { equals: filter.agbCode } },
      select: { organisatie: true },
      ...ALL,
      req,
    })
    const ids = [...idsVan(locaties.docs)]
    if (!ids.length) return []
    where.push({ id: { in: ids } })
  }
  if (filter.regio) {
    const woonplaatsen = await req.payload.find({
      collection: 'woonplaatsen',
      where: { zorgkantoorregio: { equals: filter.regio } },
      select: {},
      ...ALL,
      req,
    })
    const wp = woonplaatsen.docs.map((w) => String(w.id))
    if (!wp.length) return []
    const aanbod = await req.payload.find({
      collection: 'zorgaanbod',
      where: { woonplaats: { in: wp } },
      select: { organisatie: true },
      ...ALL,
      req,
    })
    const ids = [...idsVan(aanbod.docs)]
    if (!ids.length) return []
    where.push({ id: { in: ids } })
  }
  const found = await req.payload.find({
    collection: 'organisaties',
    where: where.length ? { and: where } : {},
    select: {},
    sort: 'naam',
    ...ALL,
    req,
  })
  let ids = found.docs.map((d) => String(d.id))
  if (filter.contractStatus || filter.teControleren) {
    if (!zorgkantoor) {
      throw new WorkflowError('Kies een zorgkantoor om op contractstatus te filteren.', 400)
    }
    const perOrg = await contractenVan(req, zorgkantoor, jaar, ids)
    if (filter.contractStatus) {
      ids = ids.filter((id) => (perOrg.get(id)?.status ?? 'geen') === filter.contractStatus)
    }
    if (filter.teControleren) ids = ids.filter((id) => perOrg.get(id)?.voorstel === true)
  }
  return ids
}

/** A query-string value: trimmed, and absent when empty. */
const vraagTekst = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined))

/** The overview's query string: the filter, the year (default: this year) and the zorgkantoor. */
export const OverzichtVraag = z
  .object({
    jaar: vraagTekst.pipe(
      z
        .string()
        .optional()
        .transform((v) => (v === undefined ? contractJaar() : Number(v)))
        .pipe(Jaar),
    ),
    zorgkantoor: vraagTekst,
    naam: vraagTekst.pipe(ContractFilter.shape.naam),
    agbCode: vraagTekst.pipe(ContractFilter.shape.agbCode),
    type: vraagTekst.pipe(ContractFilter.shape.type),
    contractStatus: vraagTekst.pipe(ContractFilter.shape.contractStatus),
    regio: vraagTekst.pipe(ContractFilter.shape.regio),
    groep: vraagTekst.pipe(ContractFilter.shape.groep),
    teControleren: vraagTekst.pipe(
      z
        .enum(['ja', 'nee'], { error: 'Kies ja of nee.' })
        .optional()
        .transform((v) => (v === 'ja' ? true : undefined)),
    ),
  })
  .strict()

/** The overview of contract statuses (read as the editor's zorgkantoor). */
export async function contractOverzicht(
  req: PayloadRequest,
  vraag: z.infer<typeof OverzichtVraag>,
): Promise<OverzichtAntwoord> {
  const { jaar, zorgkantoor, ...filter } = vraag
  const zk = await zorgkantoorVoor(req, zorgkantoor, false)
  const basis = zk ? await organisatieIdsOfZorgkantoor(req, zk.id) : null
  const ids = await gefilterdeOrganisaties(req, basis, filter, jaar, zk?.id ?? null)
  const huidigJaar = contractJaar()
  const groepen = await groepenVan(req, basis)
  if (!ids.length) return { jaar, huidigJaar, zorgkantoor: zk, organisaties: [], groepen }
  const [orgs, eigen, ditJaar] = await Promise.all([
    req.payload.find({
      collection: 'organisaties',
      where: { id: { in: ids } },
      sort: 'naam',
      depth: 1,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    }),
    zk ? contractenVan(req, zk.id, jaar, ids) : Promise.resolve(new Map<string, ContractDoc>()),
    req.payload.find({
      collection: 'contracten',
      where: {
        and: [{ jaar: { equals: huidigJaar } }, { organisatie: { in: ids } }],
      },
      ...ALL,
      req,
    }),
  ])
  const gecontracteerd = idsVan(
    ditJaar.docs.filter((c) => isVastgesteld(c) && isGecontracteerd(c.status)),
  )
  return {
    jaar,
    huidigJaar,
    zorgkantoor: zk,
    groepen,
    organisaties: orgs.docs.map((o) => {
      const contract = eigen.get(String(o.id))
      return {
        id: String(o.id),
        naam: o.naam,
        nzaCode: o.nzaCode ?? '',
        type: o.type,
        zorgkantoren: (o.zorgkantoren ?? []).map((z) =>
          typeof z === 'object' ? z.naam : String(z),
        ),
        status: contract?.status ?? null,
        geenContract: !gecontracteerd.has(String(o.id)),
        groep: o.groep ?? null,
        voorstel: contract?.voorstel === true,
        opmerkingen: contract?.opmerkingen ?? null,
        contract: contract ? String(contract.id) : null,
      }
    }),
  }
}

/** The groups in use among the organisations of the base set (null: all), sorted. */
async function groepenVan(req: PayloadRequest, basis: string[] | null): Promise<string[]> {
  if (basis && !basis.length) return []
  const found = await req.payload.find({
    collection: 'organisaties',
    where: { and: [{ groep: { exists: true } }, ...(basis ? [{ id: { in: basis } }] : [])] },
    select: { groep: true },
    ...ALL,
    req,
  })
  return [...new Set(found.docs.map((o) => o.groep).filter((g): g is string => Boolean(g)))].sort(
    (a, b) => a.localeCompare(b, 'nl'),
  )
}

/** Sets the contract status of many organisations at once. In a transaction. */
export async function zetContractstatus(
  req: PayloadRequest,
  body: BulkBody,
): Promise<BulkAntwoord> {
  const { jaar, status, filter, verwijderZorgkantoor } = body
  const zk = (await zorgkantoorVoor(req, body.zorgkantoor, true))!
  const basis = await organisatieIdsOfZorgkantoor(req, zk.id)
  let ids: string[]
  if (body.organisaties) {
    ids = [...new Set(body.organisaties.map(String))]
    if (ids.some((id) => !basis.includes(id))) {
      throw new WorkflowError(
        'Een of meer van de gekozen organisaties bestaan niet, of uw zorgkantoor contracteert ze niet.',
        404,
      )
    }
  } else {
    ids = await gefilterdeOrganisaties(req, basis, filter!, jaar, zk.id)
  }
  const antwoord: BulkAntwoord = {
    jaar,
    status,
    zorgkantoor: zk.id,
    organisaties: ids.length,
    aangemaakt: 0,
    gewijzigd: 0,
    ongewijzigd: 0,
    zorgkantoorVerwijderd: 0,
    organisatiesVerwijderd: 0,
  }
  // Taking the zorgkantoor off changes the organisation itself: only while it is Definitief.
  const orgs =
    verwijderZorgkantoor && ids.length
      ? await req.payload.find({
          collection: 'organisaties',
          where: { id: { in: ids } },
          draft: true,
          ...ALL,
          req,
        })
      : { docs: [] }
  if (verwijderZorgkantoor) {
    const geblokkeerd: string[] = []
    for (const org of orgs.docs) {
      if (org.status !== 'definitief' || (await openWijzigingsverzoek(req, String(org.id)))) {
        geblokkeerd.push(org.naam)
      }
    }
    if (geblokkeerd.length) {
      throw new WorkflowError(CONTRACT_MESSAGES.nietDefinitief(geblokkeerd), 409)
    }
  }
  // (an empty filter result sets nothing; a where on no ids would be refused as malformed)
  const perOrg = await contractenVan(req, zk.id, jaar, ids)
  const flags: WorkflowContext & AuditContext = {
    skipIndex: true,
    auditToelichting: `Contractstatus in één keer gezet voor ${ids.length} organisatie(s)`,
  }
  const asUser = { overrideAccess: false, user: req.user, depth: 0, req } as const
  for (const id of ids) {
    const huidig = perOrg.get(id)
    // Setting the status a proposal already has is its review: it is confirmed (voorstelNa).
    if (huidig?.status === status && huidig.voorstel !== true) {
      antwoord.ongewijzigd++
      continue
    }
    await withScopedRequest(req, flags, (scoped) =>
      huidig
        ? req.payload.update({
            collection: 'contracten',
            id: huidig.id,
            data: { status },
            ...asUser,
            req: scoped,
          })
        : req.payload.create({
            collection: 'contracten',
            data: {
              organisatie: relationId(req, id),
              zorgkantoor: relationId(req, zk.id),
              jaar,
              status,
            },
            ...asUser,
            req: scoped,
          }),
    )
    if (huidig) antwoord.gewijzigd++
    else antwoord.aangemaakt++
  }
  const verwijderd = new Set<string>()
  for (const org of orgs.docs) {
    const na = naNietGecontracteerd(
      (org.zorgkantoren ?? []).map((z) => String(relId(z))),
      zk.id,
    )
    if (na.organisatieVerwijderen) {
      // The normal delete path: locations, care offers, photos and contracts go with it, and
      // each location's own hooks queue its removal from the public index.
      await req.payload.delete({ collection: 'organisaties', id: org.id, ...asUser })
      verwijderd.add(String(org.id))
      antwoord.organisatiesVerwijderd++
      continue
    }
    await withScopedRequest(
      req,
      { skipIndex: true, workflowStatus: 'definitief' } satisfies WorkflowContext,
      (scoped) =>
        req.payload.update({
          collection: 'organisaties',
          id: org.id,
          data: {
            zorgkantoren: na.zorgkantoren.map((z) => relationId(req, z)),
            _status: 'published',
          },
          draft: false,
          ...asUser,
          req: scoped,
        }),
    )
    antwoord.zorgkantoorVerwijderd++
  }
  const teIndexeren: string[] = []
  for (const id of ids) {
    if (!verwijderd.has(id)) teIndexeren.push(...(await locatieIdsOfOrganisatie(req, id)))
  }
  await queueIndexJob(req, teIndexeren)
  return antwoord
}

/** POST /api/contracten/overnemen: fill `jaar` from the year before, for one zorgkantoor. */
export const OvernameBody = z
  .object(
    {
      jaar: Jaar.refine((j) => j > JAAR_MIN, CONTRACT_MESSAGES.overnameJaar),
      zorgkantoor: Id.optional(),
    },
    { error: 'De gegevens zijn niet goed ingevuld.' },
  )
  .strict()
export type OvernameBody = z.infer<typeof OvernameBody>

export interface OvernameAntwoord {
  jaar: number
  vanJaar: number
  zorgkantoor: string
  /** contracts made as proposals (same status as the year before) */
  overgenomen: number
  /** organisations that already had a contract for `jaar` (left as they were) */
  alVastgelegd: number
  /** organisations the zorgkantoor no longer works with (not carried over) */
  nietMeerGekoppeld: number
}

/**
 * "Jaar {n} vullen vanuit {n-1}" (seed 001: the contracts are filled in "op basis van uw
 * contracteerinformatie over het voorgaande jaar"): every contract of the zorgkantoor in the year
 * before becomes a contract for `jaar` with the same status, marked as a proposal to review. A
 * contract already recorded for `jaar` is never touched, so running it twice changes nothing. Made
 * as the user (access, audit), in the request's transaction. Proposals do not reach the public
 * document (publiekeContractering), so no index work is queued.
 */
export async function vulJaarVanuitVorig(
  req: PayloadRequest,
  body: OvernameBody,
): Promise<OvernameAntwoord> {
  const zk = (await zorgkantoorVoor(req, body.zorgkantoor, true))!
  const { jaar } = body
  const vanJaar = jaar - 1
  const [vorig, nu, gekoppeld] = await Promise.all([
    contractenVan(req, zk.id, vanJaar),
    contractenVan(req, zk.id, jaar),
    organisatieIdsOfZorgkantoor(req, zk.id),
  ])
  const plan = contractOvername({
    vorigJaar: [...vorig].map(([organisatie, c]) => ({ organisatie, status: c.status })),
    alVastgelegd: new Set(nu.keys()),
    nogGekoppeld: new Set(gekoppeld),
  })
  const flags: WorkflowContext & AuditContext = {
    skipIndex: true,
    contractOvername: true,
    auditToelichting: `Overgenomen uit ${vanJaar} als voorstel (${plan.overnemen.length} contract(en))`,
  }
  for (const c of plan.overnemen) {
    await withScopedRequest(req, flags, (scoped) =>
      req.payload.create({
        collection: 'contracten',
        data: {
          organisatie: relationId(req, c.organisatie),
          zorgkantoor: relationId(req, zk.id),
          jaar,
          status: c.status,
        },
        overrideAccess: false,
        user: req.user,
        depth: 0,
        req: scoped,
      }),
    )
  }
  return {
    jaar,
    vanJaar,
    zorgkantoor: zk.id,
    overgenomen: plan.overnemen.length,
    alVastgelegd: plan.alVastgelegd,
    nietMeerGekoppeld: plan.nietMeerGekoppeld,
  }
}
