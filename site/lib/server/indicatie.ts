/**
 * Search by indication ("Ik heb een indicatie voor …"): first the locations whose care offer lists
 * the indicated zorgprofiel in the asked leveringsvorm, then, separately, the locations where an
 * alternative profile may be possible under seed 003 Bijlage E, each with one plain sentence.
 * The rules are cms/domain/indicatie.ts (pure); this module only reads the public index.
 */
import { z } from 'zod'
import {
  deelIn,
  ordenOpIndicatie,
  VERTAALBARE_LEVERINGSVORMEN,
  type Alternatief,
  type Indicatie,
  type LocatieAanbod,
} from '../../../cms/domain/indicatie'
import {
  leveringsvormen,
  zorgprofielen,
  type LeveringsvormCode,
} from '../../../cms/domain/referentielijsten'
import type { PublicDocument } from '../../../search-indexer/contract'
import type { SearchReader } from '../../../search-indexer/engine/port'
import { documentIdVoor } from '../urls'
import { getSearchReader } from './reader'
import {
  MAX_STRAAL_KM,
  runSearch,
  STRAAL_STANDAARD_KM,
  type Resultaat,
  type VeldFouten,
  type ZoekParams,
} from './search'

/** The profiles a family can have an indication for today (not the lapsed ones). */
export const INDICEERBARE_PROFIELEN = zorgprofielen.filter((p) => !p.vervallen)

/** How many locations nearby are weighed for an alternative (pages of 50, nearest first). */
export const MAX_KANDIDATEN = 150

const leeg = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)

export const IndicatieParamsSchema = z.object({
  zorgprofiel: z.preprocess(
    leeg,
    z.enum(INDICEERBARE_PROFIELEN.map((p) => p.code) as [string, ...string[]], {
      error: 'Kies het zorgprofiel uit uw indicatie.',
    }),
  ),
  leveringsvorm: z.preprocess(
    leeg,
    z.enum(leveringsvormen.map((l) => l.code) as [LeveringsvormCode, ...LeveringsvormCode[]], {
      error: 'Kies hoe u de zorg wilt krijgen.',
    }),
  ),
  woonplaats: z.preprocess(
    leeg,
    z
      .string()
      .trim()
      .max(100, { error: 'De woonplaats mag hoogstens 100 tekens lang zijn.' })
      .optional(),
  ),
  straal: z.preprocess(
    (v) => (leeg(v) === undefined ? undefined : Number(v)),
    z
      .number({ error: `Kies een afstand van 0 tot en met ${MAX_STRAAL_KM} kilometer.` })
      .int({ error: `Kies een afstand van 0 tot en met ${MAX_STRAAL_KM} kilometer.` })
      .min(0, { error: `Kies een afstand van 0 tot en met ${MAX_STRAAL_KM} kilometer.` })
      .max(MAX_STRAAL_KM, {
        error: `Kies een afstand van 0 tot en met ${MAX_STRAAL_KM} kilometer.`,
      })
      .optional(),
  ),
})
export type IndicatieParams = z.infer<typeof IndicatieParamsSchema>

const VELDEN = ['zorgprofiel', 'leveringsvorm', 'woonplaats', 'straal'] as const
export type IndicatieVelden = Partial<Record<(typeof VELDEN)[number], string>>

export type IndicatieParse =
  { ok: true; params: IndicatieParams } | { ok: false; velden: IndicatieVelden; fout: string }

/** Reads the query string: unknown parameters are ignored, a parameter twice is an error. */
export function parseIndicatieParams(search: URLSearchParams): IndicatieParse {
  const velden: IndicatieVelden = {}
  const ruw: Record<string, string> = {}
  for (const naam of VELDEN) {
    const waarden = search.getAll(naam)
    if (waarden.length > 1) velden[naam] = `"${naam}" mag maar één keer in het adres staan.`
    else if (waarden.length === 1) ruw[naam] = waarden[0]!
  }
  const parsed = IndicatieParamsSchema.safeParse(ruw)
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const veld = issue.path[0] as (typeof VELDEN)[number]
      velden[veld] ??= issue.message
    }
  if (Object.keys(velden).length > 0 || !parsed.success)
    return { ok: false, velden, fout: Object.values(velden)[0] ?? 'Controleer uw keuzes.' }
  return { ok: true, params: parsed.data }
}

/** The codes of a public document's care offer, as the indication rules read them. */
export function aanbodVan(doc: PublicDocument): LocatieAanbod {
  return {
    sectoren: doc.zorgaanbod.flatMap((z) =>
      z.aanbod.map((tab) => ({
        zorgprofielen: tab.zorgprofielen.map((p) => p.code),
        leveringsvormen: tab.leveringsvormen.map((l) => l.code),
      })),
    ),
  }
}

export interface IndicatieAlternatief {
  resultaat: Resultaat
  /** the contracted profile of this location the sentence is about */
  zorgprofiel: string
  alternatief: Alternatief
}

export type IndicatieUitkomst =
  | {
      ok: true
      params: IndicatieParams
      /** the place as resolved ("Tilburg"), when one was given */
      plaats?: string
      geindiceerd: Resultaat[]
      alternatieven: IndicatieAlternatief[]
      /** no alternatives exist for this leveringsvorm (MPT, PGB): the page says why */
      geenVertaling: boolean
      /** more locations nearby than were weighed for an alternative */
      afgekapt: boolean
    }
  | {
      ok: false
      status: 400
      velden: IndicatieVelden & VeldFouten
      fout: string
      suggesties: string[]
    }

const zoekParams = (
  p: IndicatieParams,
  pagina: number,
  extra: Partial<ZoekParams>,
): ZoekParams => ({
  soortZorg: [],
  zachteInformatie: [],
  doelgroep: [],
  ...(p.woonplaats && { woonplaats: p.woonplaats, straal: p.straal ?? STRAAL_STANDAARD_KM }),
  sortering: p.woonplaats ? 'afstand' : 'naam',
  leveringsvorm: [p.leveringsvorm],
  pagina,
  perPagina: 50,
  ...extra,
})

/** Nearest first (with a place), up to `max` results of one search, page by page. */
async function alleResultaten(
  reader: SearchReader,
  params: (pagina: number) => ZoekParams,
  max: number,
) {
  const resultaten: Resultaat[] = []
  let totaal = 0
  let plaats: string | undefined
  for (let pagina = 1; resultaten.length < max; pagina++) {
    const r = await runSearch(params(pagina), reader)
    if (!r.ok) return r
    totaal = r.antwoord.totaal
    plaats = r.woonplaatsLabel
    resultaten.push(...r.antwoord.resultaten)
    if (r.antwoord.resultaten.length === 0 || resultaten.length >= totaal) break
  }
  return { ok: true as const, resultaten: resultaten.slice(0, max), totaal, plaats }
}

export async function zoekOpIndicatie(
  params: IndicatieParams,
  reader: SearchReader = getSearchReader(),
): Promise<IndicatieUitkomst> {
  const indicatie: Indicatie = {
    zorgprofiel: params.zorgprofiel,
    leveringsvorm: params.leveringsvorm,
  }
  // Every location that delivers in this leveringsvorm is a candidate; its own care offer decides.
  const kandidaten = await alleResultaten(reader, (n) => zoekParams(params, n, {}), MAX_KANDIDATEN)
  if (!kandidaten.ok)
    return {
      ok: false,
      status: 400,
      velden: kandidaten.velden,
      fout: kandidaten.fout,
      suggesties: kandidaten.suggesties,
    }
  // The indicated profile itself, however far down the candidates: a filtered search, checked per
  // location (profile and leveringsvorm must be in the same sector tab).
  const exact = await alleResultaten(
    reader,
    (n) => zoekParams(params, n, { zorgprofiel: [params.zorgprofiel] }),
    500,
  )
  if (!exact.ok)
    return {
      ok: false,
      status: 400,
      velden: exact.velden,
      fout: exact.fout,
      suggesties: exact.suggesties,
    }

  const documenten = new Map<string, PublicDocument | null>()
  const documentVan = async (id: string) => {
    if (!documenten.has(id)) documenten.set(id, await reader.getDocument(documentIdVoor(id)))
    return documenten.get(id) ?? null
  }
  const gezien = new Set<string>()
  const lijst: Resultaat[] = []
  for (const r of [...exact.resultaten, ...kandidaten.resultaten]) {
    if (gezien.has(r.id)) continue
    gezien.add(r.id)
    lijst.push(r)
  }
  const indelingen = new Map<string, ReturnType<typeof deelIn>>()
  for (const r of lijst) {
    const doc = await documentVan(r.id)
    indelingen.set(
      r.id,
      doc ? deelIn(indicatie, aanbodVan(doc)) : { groep: 'uitgesloten', reden: 'leveringsvorm' },
    )
  }
  // Keep the search's order (distance) within each group.
  const opAfstand = [...lijst].sort(
    (a, b) => (a.afstandKm ?? 0) - (b.afstandKm ?? 0) || a.naam.localeCompare(b.naam, 'nl'),
  )
  const gegroepeerd = ordenOpIndicatie(params.woonplaats ? opAfstand : lijst, (r) =>
    indelingen.get(r.id)!,
  )
  return {
    ok: true,
    params,
    ...(kandidaten.plaats && { plaats: kandidaten.plaats }),
    geindiceerd: gegroepeerd.geindiceerd,
    alternatieven: gegroepeerd.alternatief.map((a) => ({
      resultaat: a.item,
      zorgprofiel: a.zorgprofiel,
      alternatief: a.alternatief,
    })),
    geenVertaling: !VERTAALBARE_LEVERINGSVORMEN.includes(params.leveringsvorm),
    afgekapt: kandidaten.totaal > MAX_KANDIDATEN,
  }
}
