/**
 * Search for the public site: one lib function behind both the HTML page (`/`) and the JSON
 * API (`/api/zoeken`). Parsing, woonplaats resolution, the engine query and the mapping to the
 * public answer live here; pages stay thin.
 */
import { z } from 'zod'
import type { GazetteerEntry, IcoonItem, PublicDocument } from '../../../search-indexer/contract'
import type { SearchHit, SearchReader, SearchResult } from '../../../search-indexer/engine/port'
import { normalizeName } from '../../../search-indexer/engine/shared/text'
import { locatieUrl } from '../urls'
import { getSearchReader } from './reader'

// ---------------------------------------------------------------------------------------------
// Query parameters
// ---------------------------------------------------------------------------------------------

export const STRAAL_OPTIES_KM = [5, 10, 25, 50] as const
export const PER_PAGINA_STANDAARD = 20
export const MAX_PAGINA = 1000

/** Codes of reference lists: letters, digits, dashes and underscores. */
const CODE = /^[A-Za-z0-9_-]{1,64}$/
const MAX_CODES = 20

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)

const text = (max: number, label: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.trim() : v),
    z
      .string()
      .max(max, { error: `${label} mag hoogstens ${max} tekens lang zijn.` })
      .transform((v) => (v === '' ? undefined : v))
      .optional(),
  )

const wholeNumber = (min: number, max: number, message: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d+$/, { error: message })
      .transform(Number)
      .pipe(z.number().int().min(min, { error: message }).max(max, { error: message }))
      .optional(),
  )

const codes = (label: string) =>
  z
    .array(z.string())
    .transform((list) => [...new Set(list.map((c) => c.trim()).filter((c) => c !== ''))])
    .pipe(
      z
        .array(z.string().regex(CODE, { error: `Onbekende code voor ${label}.` }))
        .max(MAX_CODES, { error: `Kies hoogstens ${MAX_CODES} waarden voor ${label}.` }),
    )

/** The search form and `/api/zoeken` accept the same parameters. */
export const ZoekParamsSchema = z.object({
  /** free text: name, organisation or place */
  q: text(100, 'De zoektekst'),
  /** name of a woonplaats, optionally "Naam (Provincie)" or "Naam (Gemeente)" */
  woonplaats: text(100, 'De woonplaats'),
  /** radius in km around the woonplaats; ignored without a woonplaats */
  straal: wholeNumber(1, 100, 'Kies een straal van 1 tot en met 100 kilometer.'),
  /** soort zorg codes (any of them) */
  soortZorg: codes('soort zorg'),
  /** zachte-informatie codes (all of them) */
  zachteInformatie: codes('zachte informatie'),
  /** 1-based page */
  pagina: wholeNumber(
    1,
    MAX_PAGINA,
    `Het paginanummer moet een heel getal van 1 tot en met ${MAX_PAGINA} zijn.`,
  ),
  /** results per page */
  perPagina: wholeNumber(1, 50, 'Het aantal resultaten per pagina moet tussen 1 en 50 liggen.'),
})

export interface ZoekParams {
  q?: string
  woonplaats?: string
  straal?: number
  soortZorg: string[]
  zachteInformatie: string[]
  pagina: number
  perPagina: number
}

export type VeldFouten = Partial<Record<keyof ZoekParams, string>>

export interface ZoekFout {
  fout: string
  velden: VeldFouten
  /** close woonplaats names when the woonplaats was not found */
  suggesties?: string[]
}

export type ParseResult = { ok: true; params: ZoekParams } | ({ ok: false } & ZoekFout)

const SINGLE_FIELDS = ['q', 'woonplaats', 'straal', 'pagina', 'perPagina'] as const
const LIST_FIELDS = ['soortZorg', 'zachteInformatie'] as const

/**
 * Validate query parameters. Single-valued fields use their first occurrence; list fields may
 * repeat (`soortZorg=a&soortZorg=b`). Unknown parameters are ignored.
 */
export const parseSearchParams = (search: URLSearchParams): ParseResult => {
  const raw: Record<string, unknown> = {}
  for (const field of SINGLE_FIELDS) {
    const value = search.get(field)
    if (value !== null) raw[field] = value
  }
  for (const field of LIST_FIELDS) raw[field] = search.getAll(field)

  const parsed = ZoekParamsSchema.safeParse(raw)
  if (!parsed.success) {
    const velden: VeldFouten = {}
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof ZoekParams | undefined
      if (field && !velden[field]) velden[field] = issue.message
    }
    return {
      ok: false,
      fout:
        Object.keys(velden).length === 1
          ? (Object.values(velden)[0] ?? 'De zoekvraag klopt niet.')
          : 'De zoekvraag klopt niet. Controleer de velden.',
      velden,
    }
  }
  const p = parsed.data
  return {
    ok: true,
    params: {
      ...(p.q !== undefined && { q: p.q }),
      ...(p.woonplaats !== undefined && { woonplaats: p.woonplaats }),
      ...(p.straal !== undefined && { straal: p.straal }),
      soortZorg: p.soortZorg,
      zachteInformatie: p.zachteInformatie,
      pagina: p.pagina ?? 1,
      perPagina: p.perPagina ?? PER_PAGINA_STANDAARD,
    },
  }
}

/** Query string for params (for links: pagination, facet links). Omits defaults. */
export const toSearchString = (params: Partial<ZoekParams>): string => {
  const s = new URLSearchParams()
  if (params.q) s.set('q', params.q)
  if (params.woonplaats) s.set('woonplaats', params.woonplaats)
  if (params.woonplaats && params.straal) s.set('straal', String(params.straal))
  for (const code of params.soortZorg ?? []) s.append('soortZorg', code)
  for (const code of params.zachteInformatie ?? []) s.append('zachteInformatie', code)
  if (params.perPagina && params.perPagina !== PER_PAGINA_STANDAARD) {
    s.set('perPagina', String(params.perPagina))
  }
  if (params.pagina && params.pagina > 1) s.set('pagina', String(params.pagina))
  const out = s.toString()
  return out ? `?${out}` : ''
}

// ---------------------------------------------------------------------------------------------
// The answer
// ---------------------------------------------------------------------------------------------

export interface Label {
  code: string
  naam: string
  icoon: string
}

export interface Resultaat {
  /** CMS id of the location */
  id: string
  naam: string
  organisatie: string
  soortZorg: Label
  voorziening: string | null
  plaats: string
  lat: number
  lng: number
  url: string
  afstandKm?: number
  /** day care / day treatment is offered too (§3.2.3) */
  dagbesteding: boolean
  zachteInformatie: Label[]
}

export interface FacetWaarde {
  code: string
  naam: string
  aantal: number
  icoon?: string
}

export interface ZoekAntwoord {
  totaal: number
  pagina: number
  perPagina: number
  resultaten: Resultaat[]
  facetten: {
    soortZorg: FacetWaarde[]
    zachteInformatie: FacetWaarde[]
    plaats: FacetWaarde[]
  }
}

/** What the HTML page needs beyond the JSON answer. */
export interface ZoekUitkomst {
  antwoord: ZoekAntwoord
  params: ZoekParams
  /** the woonplaats the search was resolved to */
  woonplaats?: GazetteerEntry
  /** other woonplaatsen with the same name (e.g. two Hengelo's) */
  andereWoonplaatsen: GazetteerEntry[]
}

export type ZoekResultaat = ({ ok: true } & ZoekUitkomst) | ({ ok: false } & ZoekFout)

const toLabel = (item: IcoonItem): Label => ({
  code: item.code,
  naam: item.naam,
  icoon: item.icoon,
})

/** Map one engine hit to the public result (the only place that does so). */
export const toResultaat = (hit: SearchHit): Resultaat => {
  const doc = hit.document
  return {
    id: doc.locatieId,
    naam: doc.naam,
    organisatie: doc.organisatie.naam,
    soortZorg: toLabel(doc.soortZorg),
    voorziening: doc.voorziening,
    plaats: doc.adres.plaats,
    lat: doc.geo.lat,
    lng: doc.geo.lng,
    url: locatieUrl(doc.locatieId),
    ...(hit.afstandKm !== undefined && { afstandKm: Math.round(hit.afstandKm * 10) / 10 }),
    dagbesteding: doc.dagbesteding && doc.soortZorg.code !== 'dagbesteding',
    zachteInformatie: doc.zachteInformatie.map(toLabel),
  }
}

/**
 * Facet counts as a list: highest count first, then by name; `selected` values are always
 * listed (count 0 when they match nothing) so they can be switched off.
 */
export const toFacetList = (
  counts: Record<string, number>,
  labelOf: (code: string) => Label | undefined,
  selected: string[] = [],
): FacetWaarde[] => {
  const all = new Map(Object.entries(counts))
  for (const code of selected) if (!all.has(code)) all.set(code, 0)
  return [...all]
    .map(([code, aantal]) => {
      const label = labelOf(code)
      return {
        code,
        naam: label?.naam ?? code,
        aantal,
        ...(label?.icoon && { icoon: label.icoon }),
      }
    })
    .sort((a, b) => b.aantal - a.aantal || a.naam.localeCompare(b.naam, 'nl'))
}

// ---------------------------------------------------------------------------------------------
// Labels of facet codes
// ---------------------------------------------------------------------------------------------

/**
 * The engine's facets give codes only. Names and icons come from the documents themselves:
 * learned from every hit, and for a code not seen yet, from one document that has it. Cached
 * per process and forgotten after a while, so a renamed label shows up again.
 */
const LABEL_TTL_MS = 10 * 60 * 1000
type LabelKind = 'soortZorg' | 'zachteInformatie'
const labelCache: Record<LabelKind, Map<string, Label>> = {
  soortZorg: new Map(),
  zachteInformatie: new Map(),
}
let labelCacheSince = Date.now()

const freshLabelCache = (): void => {
  if (Date.now() - labelCacheSince > LABEL_TTL_MS) {
    labelCache.soortZorg.clear()
    labelCache.zachteInformatie.clear()
    labelCacheSince = Date.now()
  }
}

const learnLabels = (doc: PublicDocument): void => {
  labelCache.soortZorg.set(doc.soortZorg.code, toLabel(doc.soortZorg))
  for (const z of doc.zachteInformatie) labelCache.zachteInformatie.set(z.code, toLabel(z))
}

const resolveLabels = async (
  reader: SearchReader,
  kind: LabelKind,
  wanted: Iterable<string>,
): Promise<void> => {
  const missing = [...new Set(wanted)].filter((code) => !labelCache[kind].has(code)).slice(0, 100)
  await Promise.all(
    missing.map(async (code) => {
      const result = await reader.search({ [kind]: [code], page: 1, perPage: 1 })
      const doc = result.hits[0]?.document
      if (doc) learnLabels(doc)
    }),
  )
}

export const labelOf = (kind: LabelKind, code: string): Label | undefined =>
  labelCache[kind].get(code)

// ---------------------------------------------------------------------------------------------
// Woonplaats resolution
// ---------------------------------------------------------------------------------------------

export interface WoonplaatsKeuze {
  gekozen: GazetteerEntry | null
  /** other exact matches (same name elsewhere) */
  anderen: GazetteerEntry[]
  /** close names, when there was no exact match */
  suggesties: GazetteerEntry[]
}

/** "Hengelo (Gelderland)" → { naam: 'Hengelo', nadere: 'Gelderland' } */
const splitQualifier = (input: string): { naam: string; nadere?: string } => {
  const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(input)
  return m?.[1] && m[2] ? { naam: m[1], nadere: m[2] } : { naam: input }
}

/** The label we show for a woonplaats, and accept back: "Hengelo (Gelderland)" when ambiguous. */
export const woonplaatsLabel = (entry: GazetteerEntry, ambiguous: boolean): string =>
  ambiguous ? `${entry.naam} (${entry.provincie})` : entry.naam

export const resolveWoonplaats = async (
  reader: SearchReader,
  input: string,
): Promise<WoonplaatsKeuze> => {
  const { naam, nadere } = splitQualifier(input)
  const candidates = await reader.findWoonplaatsen(naam, 10)
  const wanted = normalizeName(naam)
  const exact = candidates.filter((c) => normalizeName(c.naam) === wanted)
  if (exact.length === 0) return { gekozen: null, anderen: [], suggesties: candidates.slice(0, 5) }
  const qualified = nadere
    ? exact.find(
        (c) =>
          normalizeName(c.provincie) === normalizeName(nadere) ||
          normalizeName(c.gemeente) === normalizeName(nadere),
      )
    : undefined
  const gekozen = qualified ?? exact[0]!
  return { gekozen, anderen: exact.filter((c) => c !== gekozen), suggesties: [] }
}

// ---------------------------------------------------------------------------------------------
// Running a search
// ---------------------------------------------------------------------------------------------

/**
 * Run a search for validated params.
 *
 * Woonplaats: the first exact gazetteer match (or the one named by "(Provincie)").
 *  - with `straal`: every location within that many km of the woonplaats centre, nearest first.
 *    A radius is what "near my mother's place" means, and it also finds care just across a
 *    municipal border.
 *  - without `straal`: the locations that *serve* that woonplaats (its id in their
 *    `woonplaatsen`). That is the precise answer for home care and OCO, which register every
 *    place they deliver in, and for residential care it is the place where it stands.
 */
export const runSearch = async (
  params: ZoekParams,
  reader: SearchReader = getSearchReader(),
): Promise<ZoekResultaat> => {
  freshLabelCache()
  let woonplaats: GazetteerEntry | undefined
  let andereWoonplaatsen: GazetteerEntry[] = []
  if (params.woonplaats) {
    const keuze = await resolveWoonplaats(reader, params.woonplaats)
    if (!keuze.gekozen) {
      const namen = keuze.suggesties.map((s, _, all) =>
        woonplaatsLabel(s, all.filter((o) => o.naam === s.naam).length > 1),
      )
      const message =
        namen.length > 0
          ? `We kennen de woonplaats "${params.woonplaats}" niet. Bedoelt u: ${namen.join(', ')}?`
          : `We kennen de woonplaats "${params.woonplaats}" niet. Controleer de spelling.`
      return { ok: false, fout: message, velden: { woonplaats: message }, suggesties: namen }
    }
    woonplaats = keuze.gekozen
    andereWoonplaatsen = keuze.anderen
  }

  const base = {
    ...(params.q && { text: params.q }),
    ...(woonplaats &&
      (params.straal
        ? { geo: { lat: woonplaats.lat, lng: woonplaats.lng, radiusKm: params.straal } }
        : { woonplaatsId: woonplaats.id })),
    zachteInformatie: params.zachteInformatie,
  }
  const [result, withoutSoortZorg] = await Promise.all([
    reader.search({
      ...base,
      soortZorg: params.soortZorg,
      page: params.pagina,
      perPage: params.perPagina,
    }),
    // soort zorg is an OR filter: its counts are those without its own filter ("disjunctive")
    params.soortZorg.length > 0
      ? reader.search({ ...base, page: 1, perPage: 1 })
      : Promise.resolve<SearchResult | null>(null),
  ])
  const soortZorgCounts = (withoutSoortZorg ?? result).facets.soortZorg

  for (const hit of result.hits) learnLabels(hit.document)
  await Promise.all([
    resolveLabels(reader, 'soortZorg', [...Object.keys(soortZorgCounts), ...params.soortZorg]),
    resolveLabels(reader, 'zachteInformatie', [
      ...Object.keys(result.facets.zachteInformatie),
      ...params.zachteInformatie,
    ]),
  ])

  return {
    ok: true,
    params,
    ...(woonplaats && { woonplaats }),
    andereWoonplaatsen,
    antwoord: {
      totaal: result.total,
      pagina: params.pagina,
      perPagina: params.perPagina,
      resultaten: result.hits.map(toResultaat),
      facetten: {
        soortZorg: toFacetList(soortZorgCounts, (c) => labelOf('soortZorg', c), params.soortZorg),
        zachteInformatie: toFacetList(
          result.facets.zachteInformatie,
          (c) => labelOf('zachteInformatie', c),
          params.zachteInformatie,
        ),
        plaats: toFacetList(result.facets.plaats, (c) => ({ code: c, naam: c, icoon: '' })),
      },
    },
  }
}

// ---------------------------------------------------------------------------------------------
// Lists for the form (all locations, no filters), cached briefly
// ---------------------------------------------------------------------------------------------

export interface Keuzelijsten {
  soortZorg: FacetWaarde[]
  /** places that have locations (at most 500), A–Z, for the woonplaats suggestions */
  plaatsen: string[]
}

const LISTS_TTL_MS = 5 * 60 * 1000
let lists: { at: number; value: Keuzelijsten } | null = null

export const getKeuzelijsten = async (
  reader: SearchReader = getSearchReader(),
): Promise<Keuzelijsten> => {
  if (lists && Date.now() - lists.at < LISTS_TTL_MS) return lists.value
  freshLabelCache()
  const all = await reader.search({ page: 1, perPage: 1 })
  await resolveLabels(reader, 'soortZorg', Object.keys(all.facets.soortZorg))
  const value: Keuzelijsten = {
    soortZorg: toFacetList(all.facets.soortZorg, (c) => labelOf('soortZorg', c)).sort((a, b) =>
      a.naam.localeCompare(b.naam, 'nl'),
    ),
    // the places with the most locations, then A–Z (a datalist of thousands helps nobody)
    plaatsen: Object.entries(all.facets.plaats)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 500)
      .map(([plaats]) => plaats)
      .sort((a, b) => a.localeCompare(b, 'nl')),
  }
  // an empty engine (still starting) is not worth remembering
  if (all.total > 0) lists = { at: Date.now(), value }
  return value
}

/** For tests. */
export const resetSearchCaches = (): void => {
  lists = null
  labelCache.soortZorg.clear()
  labelCache.zachteInformatie.clear()
}
