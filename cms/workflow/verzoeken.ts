/**
 * Requests to the zorgkantoor: a provider's question or problem { soort, onderwerp?, toelichting,
 * organisatie? }, or an access request { soort: 'toegang', organisatieNaam, code, toelichting };
 * checked, capped per login, routed to the right zorgkantoren (cms/domain/verzoeken.ts) and
 * e-mailed to them, in the request's transaction. And the editor's queue of unhandled requests.
 */
import type { PayloadRequest, Where } from 'payload'
import { z } from 'zod'
import { userOf } from '../access'
import { berichtNieuwVerzoek } from '../domain/berichten'
import { organisatieIdsOf, rawId } from '../domain/roles'
import {
  CODE_PATROON,
  VERZOEK_SOORTEN,
  VERZOEK_SOORT_LABELS,
  VERZOEK_STATUS_LABELS,
  BELOOFDE_WERKDAGEN,
  limietMelding,
  verzondenBericht,
  normaliseerCode,
  routeerVerzoek,
  soortVanCode,
  standaardOnderwerp,
  type VerzoekSoort,
  type VerzoekStatus,
} from '../domain/verzoeken'
import { antwoordUiterlijk, dagVoluit } from '../domain/werkdagen'
import { WorkflowError } from '../domain/workflow'
import { queueMail } from '../jobs/queue'
import type { Verzoek } from '../payload-types'
import { isDatabaseId, relationId } from '../queries/records'
import { adminUrl } from './links'

const tekst = (max: number, leeg: string, lang: string) =>
  z.string({ error: leeg }).trim().min(1, { error: leeg }).max(max, { error: lang })

const id = z.union([z.string().regex(/^[A-Za-z0-9]{1,40}$/), z.number().int().positive()], {
  error: 'Kies een van uw organisaties.',
})

const Gewoon = z
  .object({
    soort: z.enum(['probleem', 'voorziening', 'zachte-informatie', 'oco-dienst'], {
      error: 'Kies wat voor verzoek het is.',
    }),
    onderwerp: tekst(
      150,
      'Vul een onderwerp in.',
      'Het onderwerp is te lang (hoogstens 150 tekens).',
    )
      .optional()
      .or(z.literal('')),
    toelichting: tekst(
      4000,
      'Beschrijf uw vraag of probleem.',
      'De toelichting is te lang (hoogstens 4000 tekens).',
    ),
    organisatie: id.optional().nullable(),
  })
  .strict()

const Toegang = z
  .object({
    soort: z.literal('toegang'),
    organisatieNaam: tekst(
      200,
      'Vul de naam van uw organisatie in.',
      'De naam van de organisatie is te lang (hoogstens 200 tekens).',
    ),
    code: z
      .string({ error: 'Vul de NZa-code of de AGB-code van uw organisatie in.' })
      .transform(normaliseerCode)
      .pipe(
        z.string().regex(CODE_PATROON, {
          error:
            'Vul een geldige NZa-code of AGB-code in: alleen cijfers en letters, bijvoorbeeld 300101 of 12345678.',
        }),
      ),
    // Seed 002: the employee's function (name and e-mail address are the login's).
    functie: tekst(
      100,
      'Vul uw functie in, bijvoorbeeld kwaliteitsmedewerker.',
      'De functie is te lang (hoogstens 100 tekens).',
    ),
    toelichting: tekst(
      2000,
      'Schrijf waarom u toegang nodig heeft.',
      'De reden is te lang (hoogstens 2000 tekens).',
    ),
  })
  .strict()

/** The body of a request to the zorgkantoor. */
export const VerzoekBody = z.discriminatedUnion('soort', [Gewoon, Toegang], {
  error: `Kies wat voor verzoek het is: ${VERZOEK_SOORTEN.join(', ')}.`,
})

/** The organisations a code belongs to: NZa code of the organisation, or AGB code of a location. */
async function organisatiesVanCode(req: PayloadRequest, code: string) {
  const base = { depth: 0, limit: 50, overrideAccess: true, req } as const
  const ids = new Set<string>()
  if (soortVanCode(code) === 'agb') {
    const locaties = await req.payload.find({
      collection: 'locaties',
      where: { agbCode: { equals: code } },
      select: { organisatie: true },
      ...base,
    })
    for (const l of locaties.docs) {
      const org = rawId(l.organisatie)
      if (org !== null) ids.add(String(org))
    }
  }
  const orgs = await req.payload.find({
    collection: 'organisaties',
    where: {
      or: [{ nzaCode: { equals: code } }, ...(ids.size ? [{ id: { in: [...ids] } }] : [])],
    },
    select: { zorgkantoren: true, naam: true },
    ...base,
  })
  return orgs.docs.map((o) => ({
    zorgkantoren: (o.zorgkantoren ?? []).map((z) => String(rawId(z))),
  }))
}

async function alleZorgkantoren(req: PayloadRequest) {
  const found = await req.payload.find({
    collection: 'zorgkantoren',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { naam: true, email: true },
    req,
  })
  return found.docs
}

async function openVerzoeken(req: PayloadRequest, userId: string | number) {
  const tel = async (extra: Where) =>
    (
      await req.payload.count({
        collection: 'verzoeken',
        where: {
          and: [
            { verstuurdDoor: { equals: userId } },
            { status: { not_equals: 'afgehandeld' } },
            extra,
          ],
        },
        overrideAccess: true,
        req,
      })
    ).totalDocs
  return { totaal: await tel({}), toegang: await tel({ soort: { equals: 'toegang' } }) }
}

/** Answer of POST /api/verzoeken/indienen. */
export interface IndienenAntwoord {
  bericht: string
  verzoek: {
    id: number
    soort: VerzoekSoort
    status: VerzoekStatus
    /** the status in words, as the sender sees it in the list */
    statusLabel: string
    /** the day the answer is promised by (ISO, noon UTC of that day), or null for a problem */
    antwoordUiterlijk: string | null
  }
}

/** Sends a provider's request (the rule `aanbieder` ran). In a transaction. */
export async function dienVerzoekIn(
  req: PayloadRequest,
  data: z.infer<typeof VerzoekBody>,
): Promise<IndienenAntwoord> {
  const user = userOf(req)!
  const eigen = organisatieIdsOf(user)
  if (data.soort !== 'toegang' && eigen.length === 0) {
    throw new WorkflowError(
      'Uw login is nog niet gekoppeld aan een organisatie. Vraag eerst toegang aan bij uw zorgkantoor.',
      403,
    )
  }
  const limiet = limietMelding(await openVerzoeken(req, user.id), data.soort)
  if (limiet) throw new WorkflowError(limiet, 429)

  const zorgkantoren = await alleZorgkantoren(req)
  let organisatie: { id: number; naam: string } | null = null
  let gevonden: { zorgkantoren: string[] }[]
  if (data.soort === 'toegang') {
    gevonden = await organisatiesVanCode(req, data.code)
  } else {
    const gekozen = data.organisatie ?? null
    if (gekozen !== null) {
      if (!isDatabaseId(req, gekozen) || !eigen.includes(String(gekozen))) {
        throw new WorkflowError('U kunt alleen een verzoek sturen over uw eigen organisaties.', 403)
      }
    }
    const orgs = await req.payload.find({
      collection: 'organisaties',
      where: { id: { in: gekozen !== null ? [String(gekozen)] : eigen } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      select: { naam: true, zorgkantoren: true },
      req,
    })
    if (gekozen !== null) {
      const org = orgs.docs[0]
      if (!org) throw new WorkflowError('Deze organisatie bestaat niet (meer).', 404)
      organisatie = { id: org.id, naam: org.naam }
    }
    gevonden = orgs.docs.map((o) => ({
      zorgkantoren: (o.zorgkantoren ?? []).map((z) => String(rawId(z))),
    }))
  }
  const routering = routeerVerzoek({
    gevondenOrganisaties: gevonden,
    alleZorgkantoren: zorgkantoren.map((z) => z.id),
  })
  const organisatieNaam = data.soort === 'toegang' ? data.organisatieNaam : organisatie?.naam
  const onderwerp =
    (data.soort !== 'toegang' && data.onderwerp) || standaardOnderwerp(data.soort, organisatieNaam)
  const nu = new Date()
  const werkdagen = BELOOFDE_WERKDAGEN[data.soort]
  const uiterlijk = werkdagen ? antwoordUiterlijk(nu, werkdagen) : null
  const verzoek = await req.payload.create({
    collection: 'verzoeken',
    data: {
      soort: data.soort,
      status: 'open',
      onderwerp,
      toelichting: data.toelichting,
      organisatie: organisatie ? organisatie.id : null,
      organisatieNaam: organisatieNaam ?? null,
      code: data.soort === 'toegang' ? data.code : null,
      functie: data.soort === 'toegang' ? data.functie : null,
      antwoordUiterlijk: uiterlijk,
      zorgkantoren: routering.map((zk) => relationId(req, zk)),
      verstuurdOp: nu.toISOString(),
      verstuurdDoor: user.id,
      verstuurdDoorNaam: user.naam || user.email,
      verstuurdDoorEmail: user.email,
    },
    overrideAccess: true,
    req,
  })
  const afzender = user.naam || user.email
  for (const zk of zorgkantoren) {
    if (!zk.email || !routering.includes(String(zk.id))) continue
    await queueMail(req, {
      aan: zk.email,
      ...berichtNieuwVerzoek({
        zorgkantoor: zk.naam,
        soort: VERZOEK_SOORT_LABELS[data.soort],
        onderwerp,
        afzender,
        organisatie: organisatieNaam ?? null,
        link: adminUrl(`/collections/verzoeken/${verzoek.id}`),
        functie: data.soort === 'toegang' ? data.functie : null,
        antwoordUiterlijk: uiterlijk ? dagVoluit(uiterlijk.slice(0, 10)) : null,
      }),
    })
  }
  return {
    bericht: verzondenBericht(data.soort, VERZOEK_STATUS_LABELS[verzoek.status], uiterlijk),
    verzoek: {
      id: verzoek.id,
      soort: verzoek.soort,
      status: verzoek.status,
      statusLabel: VERZOEK_STATUS_LABELS[verzoek.status],
      antwoordUiterlijk: uiterlijk,
    },
  }
}

/** One row of the zorgkantoor's queue of requests (the admin's queue imports this type). */
export interface VerzoekRegel {
  id: number
  soort: string
  onderwerp: string
  organisatie: string
  verstuurdDoor: string
  verstuurdOp: string | null
  status: string
  /** the promised answer day (ISO), null when none was promised */
  antwoordUiterlijk: string | null
}

export interface VerzoekWachtrij {
  aantal: number
  verzoeken: VerzoekRegel[]
}

const regel = (v: Verzoek): VerzoekRegel => ({
  id: v.id,
  soort: VERZOEK_SOORT_LABELS[v.soort] ?? v.soort,
  onderwerp: v.onderwerp,
  organisatie: v.organisatieNaam ?? '',
  verstuurdDoor: v.verstuurdDoorNaam ?? '',
  verstuurdOp: v.verstuurdOp ?? null,
  status: VERZOEK_STATUS_LABELS[v.status] ?? v.status,
  antwoordUiterlijk: v.antwoordUiterlijk ?? null,
})

/** The unhandled requests this editor may answer (a beheerder: all), oldest first. */
export async function verzoekWachtrij(req: PayloadRequest): Promise<VerzoekWachtrij> {
  const found = await req.payload.find({
    collection: 'verzoeken',
    where: { status: { not_equals: 'afgehandeld' } },
    sort: 'verstuurdOp',
    depth: 0,
    limit: 200,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return { aantal: found.totalDocs, verzoeken: found.docs.map(regel) }
}
