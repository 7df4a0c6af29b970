/**
 * Search for the public site: one lib function behind both the HTML page (`/`) and the JSON
 * API (`/api/zoeken`). Parameters (zod), reading the search box (./zoektaal), resolving the
 * place, the engine queries and the public answer live here; pages stay thin.
 */
import { z } from 'zod'
import type { GazetteerEntry } from '../../../search-indexer/contract'
import {
  WAARDERING_DREMPELS,
  type FacetLabel,
  type MapPoint,
  type SearchHit,
  type SearchQuery,
  type SearchReader,
  type SearchResult,
  type SortOrder,
} from '../../../search-indexer/engine/port'
import { normalizeName, tokenize } from '../../../search-indexer/engine/shared/text'
import type { KaartPunt } from '../geo'
import { locatieUrl } from '../urls'
import { SorteringSchema, type FacetWaarde, type Resultaat, type ZoekAntwoord } from './api-schemas'
import { labelTabel, lijstLabels } from './labels'
import { getSearchReader } from './reader'
import { getPlaatsen, zorgDatGereed, ZoekmachineStart } from './zoekmachine'
import type { Plaatsen, PlaatsTreffer, Vanaf } from './zoektaal/plaatsen'
import { leesZoekvraag, type Herkend } from './zoektaal/zoekvraag'
import { sleutel } from './zoektaal/woorden'

export { ZoekmachineStart }

// ---------------------------------------------------------------------------------------------
// Query parameters
// ---------------------------------------------------------------------------------------------

/** Distances the form offers; 0 is "only in this woonplaats". */
export const STRAAL_OPTIES_KM = [0, 5, 10, 25, 50, 100] as const
/** A place search looks this far around the place unless asked otherwise. */
export const STRAAL_STANDAARD_KM = 25
export const MAX_STRAAL_KM = 100
export const PER_PAGINA_STANDAARD = 20
export const MAX_PAGINA = 1000

/** The orders `sortering` takes (one list, in ./api-schemas). */
export const SORTERINGEN = SorteringSchema.options
export type Sortering = (typeof SORTERINGEN)[number]
const SORT_ORDER: Record<Sortering, SortOrder> = {
  afstand: 'distance',
  relevantie: 'relevance',
  naam: 'name',
  waardering: 'rating',
}

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
      // at most 9 digits: longer numbers are out of every range, and would reach zod's own
      // (English) limits of safe integers
      .regex(/^\d{1,9}$/, { error: message })
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

/** Names (a voorziening, a zorgkantoor): letters, digits, spaces and a few signs. */
const NAAM = /^[\p{L}\p{N} .,'()&/-]{1,100}$/u
const namen = (label: string) =>
  z
    .array(z.string())
    .transform((list) => [...new Set(list.map((c) => c.trim()).filter((c) => c !== ''))])
    .pipe(
      z
        .array(z.string().regex(NAAM, { error: `Onbekende naam voor ${label}.` }))
        .max(MAX_CODES, { error: `Kies hoogstens ${MAX_CODES} waarden voor ${label}.` }),
    )

const ja = (message: string) =>
  z.preprocess(blankToUndefined, z.enum(['ja'], { error: message }).optional())

/** The search form and `/api/zoeken` accept the same parameters. */
export const ZoekParamsSchema = z.object({
  /** free text: name, organisation, place, kind of care, target group */
  q: text(100, 'De zoektekst'),
  /** name of a woonplaats, an alternative name, "Naam (Provincie)" or a 4-digit postcode */
  woonplaats: text(100, 'De woonplaats'),
  /** km around the woonplaats (default 25); 0: only locations in or serving the woonplaats */
  straal: wholeNumber(
    0,
    MAX_STRAAL_KM,
    `Kies een afstand van 0 tot en met ${MAX_STRAAL_KM} kilometer.`,
  ),
  /** soort zorg codes (any of them) */
  soortZorg: codes('soort zorg'),
  /** zachte-informatie codes (all of them) */
  zachteInformatie: codes('bijzonderheden'),
  /** doelgroep codes (any of them) */
  doelgroep: codes('doelgroep'),
  /** order of the results */
  sortering: z.preprocess(
    blankToUndefined,
    z.enum(SORTERINGEN, { error: 'Sorteer op afstand, relevantie of naam.' }).optional(),
  ),
  /** 1-based page */
  pagina: wholeNumber(
    1,
    MAX_PAGINA,
    `Het paginanummer moet een heel getal van 1 tot en met ${MAX_PAGINA} zijn.`,
  ),
  /** results per page */
  perPagina: wholeNumber(1, 50, 'Het aantal resultaten per pagina moet tussen 1 en 50 liggen.'),
  /** "ja": only locations with free places reported now (§3.2.9) */
  vrijeCapaciteit: z.preprocess(
    blankToUndefined,
    z
      .enum(['ja'], { error: 'Kies "ja" om alleen locaties met vrije plaatsen te zien.' })
      .optional(),
  ),
  /** voorziening names (any of them) */
  voorziening: namen('voorziening'),
  /** sector codes of the care offer (any of them) */
  sector: codes('sector'),
  /** zorgprofiel codes (any of them) */
  zorgprofiel: codes('zorgprofiel'),
  /** leveringsvorm codes (any of them) */
  leveringsvorm: codes('leveringsvorm'),
  /** zorgkantoor names (any of them) */
  zorgkantoor: namen('zorgkantoor'),
  /** "ja": only locations with day care or day treatment */
  dagbesteding: ja('Kies "ja" om alleen locaties met dagbesteding te zien.'),
  /** minimum ZorgkaartNederland score */
  minWaardering: wholeNumber(1, 10, 'Kies een waardering van 1 tot en met 10.'),
  /** "ja": every result's map point in the answer (`punten`), not only this page's */
  punten: ja('Kies "ja" om de kaartpunten van alle resultaten te krijgen.'),
})

export interface ZoekParams {
  q?: string
  woonplaats?: string
  straal?: number
  soortZorg: string[]
  zachteInformatie: string[]
  doelgroep: string[]
  sortering?: Sortering
  pagina: number
  perPagina: number
  /** only locations with free places now */
  vrijeCapaciteit?: boolean
  voorziening?: string[]
  sector?: string[]
  zorgprofiel?: string[]
  leveringsvorm?: string[]
  zorgkantoor?: string[]
  dagbesteding?: boolean
  minWaardering?: number
  /** every result's map point in the answer */
  punten?: boolean
}

export type VeldFouten = Partial<Record<keyof ZoekParams, string>>

export interface ZoekFout {
  fout: string
  velden: VeldFouten
  /** place names to try instead, when the woonplaats was not found */
  suggesties?: string[]
}

export type ParseResult = { ok: true; params: ZoekParams } | ({ ok: false } & ZoekFout)

const SINGLE_FIELDS = [
  'q',
  'woonplaats',
  'straal',
  'sortering',
  'pagina',
  'perPagina',
  'vrijeCapaciteit',
  'dagbesteding',
  'minWaardering',
  'punten',
] as const
/** Parameters that may repeat (`soortZorg=a&soortZorg=b`): "any of" lists. */
export const LIST_FIELDS = [
  'soortZorg',
  'zachteInformatie',
  'doelgroep',
  'voorziening',
  'sector',
  'zorgprofiel',
  'leveringsvorm',
  'zorgkantoor',
] as const

/** The message for a single-valued parameter that is in the address more than once. */
export const EEN_KEER = (field: string) => `"${field}" mag maar één keer in het adres staan.`

/**
 * Validate query parameters. Single-valued fields may appear once (twice: which one counts?);
 * list fields may repeat (`soortZorg=a&soortZorg=b`). Unknown parameters are ignored.
 */
export const parseSearchParams = (search: URLSearchParams): ParseResult => {
  const raw: Record<string, unknown> = {}
  const dubbel: VeldFouten = {}
  for (const field of SINGLE_FIELDS) {
    const values = search.getAll(field)
    if (values.length > 1) dubbel[field] = EEN_KEER(field)
    else if (values.length === 1) raw[field] = values[0]
  }
  if (Object.keys(dubbel).length) {
    return {
      ok: false,
      fout: Object.values(dubbel)[0] ?? 'De zoekvraag klopt niet.',
      velden: dubbel,
    }
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
      doelgroep: p.doelgroep,
      ...(p.sortering !== undefined && { sortering: p.sortering }),
      pagina: p.pagina ?? 1,
      perPagina: p.perPagina ?? PER_PAGINA_STANDAARD,
      ...(p.vrijeCapaciteit === 'ja' && { vrijeCapaciteit: true }),
      ...(p.voorziening.length > 0 && { voorziening: p.voorziening }),
      ...(p.sector.length > 0 && { sector: p.sector }),
      ...(p.zorgprofiel.length > 0 && { zorgprofiel: p.zorgprofiel }),
      ...(p.leveringsvorm.length > 0 && { leveringsvorm: p.leveringsvorm }),
      ...(p.zorgkantoor.length > 0 && { zorgkantoor: p.zorgkantoor }),
      ...(p.dagbesteding === 'ja' && { dagbesteding: true }),
      ...(p.minWaardering !== undefined && { minWaardering: p.minWaardering }),
      ...(p.punten === 'ja' && { punten: true }),
    },
  }
}

/** Did the visitor ask for anything (text, a place or a filter)? */
export const isZoekvraag = (params: Partial<ZoekParams>): boolean =>
  Boolean(
    params.q ||
    params.woonplaats ||
    params.soortZorg?.length ||
    params.zachteInformatie?.length ||
    params.doelgroep?.length ||
    params.vrijeCapaciteit ||
    params.voorziening?.length ||
    params.sector?.length ||
    params.zorgprofiel?.length ||
    params.leveringsvorm?.length ||
    params.zorgkantoor?.length ||
    params.dagbesteding ||
    params.minWaardering !== undefined,
  )

/**
 * The /api/zoeken URL of every result's map point for this search: the same filters, one result
 * per page (the points come apart from the page), no order.
 */
export const kaartPuntenUrl = (params: ZoekParams): string => {
  const zoek = toSearchString({ ...params, sortering: undefined, pagina: 1, perPagina: 1 })
  return `/api/zoeken${zoek || '?'}${zoek ? '&' : ''}punten=ja`
}

/** Query string for params (for links: pagination, facet links). Omits defaults. */
export const toSearchString = (params: Partial<ZoekParams>): string => {
  const s = new URLSearchParams()
  if (params.q) s.set('q', params.q)
  if (params.woonplaats) s.set('woonplaats', params.woonplaats)
  if (params.woonplaats && params.straal !== undefined && params.straal !== STRAAL_STANDAARD_KM) {
    s.set('straal', String(params.straal))
  }
  for (const code of params.soortZorg ?? []) s.append('soortZorg', code)
  for (const code of params.doelgroep ?? []) s.append('doelgroep', code)
  for (const code of params.zachteInformatie ?? []) s.append('zachteInformatie', code)
  if (params.vrijeCapaciteit) s.set('vrijeCapaciteit', 'ja')
  for (const v of params.voorziening ?? []) s.append('voorziening', v)
  for (const code of params.sector ?? []) s.append('sector', code)
  for (const code of params.zorgprofiel ?? []) s.append('zorgprofiel', code)
  for (const code of params.leveringsvorm ?? []) s.append('leveringsvorm', code)
  for (const v of params.zorgkantoor ?? []) s.append('zorgkantoor', v)
  if (params.dagbesteding) s.set('dagbesteding', 'ja')
  if (params.minWaardering !== undefined) s.set('minWaardering', String(params.minWaardering))
  if (params.sortering) s.set('sortering', params.sortering)
  if (params.perPagina && params.perPagina !== PER_PAGINA_STANDAARD) {
    s.set('perPagina', String(params.perPagina))
  }
  if (params.pagina && params.pagina > 1) s.set('pagina', String(params.pagina))
  const out = s.toString()
  return out ? `?${out}` : ''
}

/** The same search without any filter (text and place stay). */
export const zonderFilters = (params: ZoekParams): ZoekParams => {
  const zonder: ZoekParams = {
    ...params,
    soortZorg: [],
    zachteInformatie: [],
    doelgroep: [],
    pagina: 1,
  }
  for (const key of [
    'vrijeCapaciteit',
    'voorziening',
    'sector',
    'zorgprofiel',
    'leveringsvorm',
    'zorgkantoor',
    'dagbesteding',
    'minWaardering',
  ] as const) {
    delete zonder[key]
  }
  return zonder
}

// ---------------------------------------------------------------------------------------------
// The answer
// ---------------------------------------------------------------------------------------------

// The answer types are inferred from the API's zod schemas (./api-schemas, also the source of
// /api/openapi.json).
export type { FacetWaarde, Label, Resultaat } from './api-schemas'

/** A way out of an empty result: one click, with the number of locations it gives. */
export interface Alternatief {
  tekst: string
  aantal: number
  params: ZoekParams
}

export type { ZoekAntwoord } from './api-schemas'

/** What the HTML page needs beyond the JSON answer. */
export interface ZoekUitkomst {
  antwoord: ZoekAntwoord
  /** the search as read, in the form's terms: what the form and every link show */
  params: ZoekParams
  /** the woonplaats the search was resolved to */
  woonplaats?: GazetteerEntry
  /** how it shows: "Hengelo (Gelderland)" when there are more */
  woonplaatsLabel?: string
  /** the point searched from and its precision (with the postcode, when one was typed) */
  vanaf?: Vanaf & { postcode?: string }
  /** other woonplaatsen with the same name (e.g. two Hengelo's) */
  andereWoonplaatsen: GazetteerEntry[]
  alternatieven: Alternatief[]
  /** a place that a word of the text looks like ("tilbrug" → Tilburg) */
  bedoeltU?: { plaats: string; params: ZoekParams }
}

export type OnbekendePlaats = {
  ok: false
  fout: string
  velden: VeldFouten
  /** place labels to try instead */
  suggesties: string[]
  params: ZoekParams
}

export type ZoekResultaat = ({ ok: true } & ZoekUitkomst) | OnbekendePlaats

/** Map one engine hit to the public result (the only place that does so). */
export const toResultaat = (hit: SearchHit, plaats?: GazetteerEntry): Resultaat => {
  const doc = hit.document
  const bedient = plaats ? doc.woonplaatsIds.includes(plaats.id) : false
  const staatEr = plaats ? sleutel(doc.plaats) === sleutel(plaats.naam) : false
  return {
    id: doc.locatieId,
    naam: doc.naam,
    organisatie: doc.organisatie.naam,
    soortZorg: { code: doc.soortZorg.code, naam: doc.soortZorg.naam, icoon: doc.soortZorg.icoon },
    voorziening: doc.voorziening,
    plaats: doc.plaats,
    lat: doc.geo.lat,
    lng: doc.geo.lng,
    url: locatieUrl(doc.locatieId),
    ...(hit.afstandKm !== undefined && { afstandKm: Math.round(hit.afstandKm * 10) / 10 }),
    ...(bedient && { inPlaats: staatEr ? 'in' : 'werkt-in' }),
    dagbesteding: doc.dagbesteding && doc.soortZorg.code !== 'dagbesteding',
    zachteInformatie: doc.zachteInformatie.map((z) => ({
      code: z.code,
      naam: z.naam,
      icoon: z.icoon,
    })),
    ...(doc.vrijePlaatsen > 0 && {
      vrijePlaatsen: {
        aantal: doc.vrijePlaatsen,
        gemeldOp: doc.vrijePlaatsenGemeldOp ?? doc.bijgewerktOp,
      },
    }),
    ...(doc.waardering && {
      waardering: {
        score: doc.waardering.score,
        aantal: doc.waardering.aantal,
        url: doc.waardering.url,
      },
    }),
    foto: doc.foto,
  }
}

/** A map point with the location's CMS id (as the results use). */
const toPunt = ([id, lat, lng, soortZorg, naam]: MapPoint): KaartPunt => [
  id.replace(/^locatie-/, ''),
  lat,
  lng,
  soortZorg,
  naam,
]

/**
 * Facet counts as a list: highest count first, then by name; `selected` values are always
 * listed (count 0 when they match nothing) so they can be switched off.
 */
export const toFacetList = (
  counts: Record<string, number>,
  labels: Record<string, FacetLabel>,
  selected: string[] = [],
): FacetWaarde[] => {
  // built in one list, without intermediate maps and entry arrays: every search answer makes
  // about ten of these
  const list: FacetWaarde[] = []
  const add = (code: string, aantal: number) => {
    const l = labels[code]
    const waarde: FacetWaarde = { code, naam: l?.naam ?? code, aantal }
    if (l?.icoon) waarde.icoon = l.icoon
    list.push(waarde)
  }
  for (const code of Object.keys(counts)) add(code, counts[code]!)
  for (const code of selected) {
    if (!Object.hasOwn(counts, code) && !list.some((w) => w.code === code)) add(code, 0)
  }
  return list.sort((a, b) => b.aantal - a.aantal || a.naam.localeCompare(b.naam, 'nl'))
}

// ---------------------------------------------------------------------------------------------
// Running a search
// ---------------------------------------------------------------------------------------------

interface Gelezen {
  params: ZoekParams
  plaats?: GazetteerEntry
  /** where a search around `plaats` starts */
  vanaf?: Vanaf & { postcode?: string }
  woonplaatsLabel?: string
  andere: GazetteerEntry[]
  tekst: string
  herkend: Herkend[]
}

/** The engine query of read params (page and order included). */
const engineQuery = (g: Gelezen): SearchQuery => {
  const { params, plaats, tekst } = g
  const straal = params.straal ?? STRAAL_STANDAARD_KM
  const vanaf = g.vanaf ?? plaats
  return {
    ...(tekst && { text: tekst }),
    ...(plaats &&
      vanaf &&
      (straal === 0
        ? { woonplaatsId: plaats.id }
        : {
            geo: {
              lat: vanaf.lat,
              lng: vanaf.lng,
              radiusKm: straal,
              servesWoonplaatsId: plaats.id,
            },
          })),
    soortZorg: params.soortZorg,
    zachteInformatie: params.zachteInformatie,
    doelgroep: params.doelgroep,
    ...(params.vrijeCapaciteit && { vrijeCapaciteit: true }),
    ...(params.voorziening?.length && { voorziening: params.voorziening }),
    ...(params.sector?.length && { sector: params.sector }),
    ...(params.zorgprofiel?.length && { zorgprofiel: params.zorgprofiel }),
    ...(params.leveringsvorm?.length && { leveringsvorm: params.leveringsvorm }),
    ...(params.zorgkantoor?.length && { zorgkantoor: params.zorgkantoor }),
    ...(params.dagbesteding && { dagbesteding: true }),
    ...(params.minWaardering !== undefined && { minWaardering: params.minWaardering }),
    ...(params.punten && { withPoints: true }),
    ...(params.sortering && { sort: SORT_ORDER[params.sortering] }),
    page: params.pagina,
    perPage: params.perPagina,
  }
}

/** The order actually used, in the form's terms. */
const gebruikteSortering = (g: Gelezen): Sortering => {
  const hasText = Boolean(g.tekst)
  const geo = Boolean(g.plaats) && (g.params.straal ?? STRAAL_STANDAARD_KM) > 0
  const fallback: Sortering = geo ? 'afstand' : hasText ? 'relevantie' : 'naam'
  switch (g.params.sortering) {
    case 'afstand':
      return geo ? 'afstand' : fallback
    case 'relevantie':
      return hasText ? 'relevantie' : fallback
    case 'naam':
      return 'naam'
    case 'waardering':
      return 'waardering'
    default:
      return fallback
  }
}

/** The point a search around a found place starts from (its centre unless a postcode says more). */
const vanafVan = (t: PlaatsTreffer): Vanaf & { postcode?: string } => ({
  ...(t.vanaf ?? { lat: t.plaats.lat, lng: t.plaats.lng, bron: 'woonplaats' }),
  ...(t.postcode && { postcode: t.postcode }),
})

/** The message for digits in the woonplaats field that are no Dutch postcode. */
export const GEEN_POSTCODE = (invoer: string) =>
  `"${invoer}" is geen Nederlandse postcode. Een postcode begint met 4 cijfers, de eerste is geen 0: bijvoorbeeld 5038 of 5038 CL.`

/**
 * Read the params: resolve the woonplaats field, or find a place in the search box; turn care
 * words into filters (explicit filters of the same kind win); the rest is text. A woonplaats
 * field that holds more than a place ("verpleeghuis tilburg", "dagbesteding 5038") is split: the
 * place counts, the other words are read as if typed in the search box.
 */
const leesParams = (
  params: ZoekParams,
  plaatsen: Plaatsen,
): { ok: true; gelezen: Gelezen } | OnbekendePlaats => {
  let plaats: GazetteerEntry | undefined
  let vanaf: Gelezen['vanaf']
  let andere: GazetteerEntry[] = []
  let woonplaatsVeld: string | undefined
  let q = params.q ?? ''
  const herkendInVeld: Herkend[] = []
  if (params.woonplaats) {
    let keuze = plaatsen.zoek(params.woonplaats)
    if (keuze.soort === 'geen-postcode') {
      const fout = GEEN_POSTCODE(keuze.invoer)
      return { ok: false, fout, velden: { woonplaats: fout }, suggesties: [], params }
    }
    if (keuze.soort === 'onbekend' && !keuze.postcode) {
      const binnen = leesZoekvraag(params.woonplaats, plaatsen)
      if (binnen.plaats && binnen.zonderPlaats) {
        keuze = { soort: 'gevonden', ...binnen.plaats, anderen: [] }
        q = [q, binnen.zonderPlaats].filter(Boolean).join(' ')
        herkendInVeld.push(...binnen.herkend.filter((h) => h.soort === 'plaats'))
      }
    }
    if (keuze.soort === 'onbekend') {
      const suggesties = keuze.suggesties.map((s) => plaatsen.label(s))
      const onbekend = keuze.postcode
        ? `We kennen postcode ${keuze.postcode} nog niet.`
        : `We kennen de woonplaats "${params.woonplaats}" niet.`
      const fout = keuze.postcode
        ? `${onbekend} Zoek op de naam van de woonplaats.`
        : suggesties.length > 0
          ? `${onbekend} Bedoelt u ${suggesties[0]}?`
          : `${onbekend} Controleer de spelling.`
      return { ok: false, fout, velden: { woonplaats: onbekend }, suggesties, params }
    }
    plaats = keuze.plaats
    vanaf = vanafVan(keuze)
    andere = keuze.anderen
    woonplaatsVeld =
      keuze.via === 'postcode'
        ? keuze.postcode
        : herkendInVeld.length
          ? plaatsen.label(plaats)
          : params.woonplaats
  }
  const vraag = leesZoekvraag(q, plaats ? null : plaatsen)
  if (!plaats && vraag.plaats) {
    plaats = vraag.plaats.plaats
    vanaf = vanafVan(vraag.plaats)
    woonplaatsVeld = vraag.plaats.postcode ?? plaatsen.label(plaats)
  }
  const gelezen: Gelezen = {
    params: {
      ...params,
      ...(vraag.tekst ? { q: vraag.tekst } : { q: undefined }),
      ...(woonplaatsVeld ? { woonplaats: woonplaatsVeld } : { woonplaats: undefined }),
      ...(plaats ? { straal: params.straal ?? STRAAL_STANDAARD_KM } : { straal: undefined }),
      soortZorg: params.soortZorg.length ? params.soortZorg : vraag.soortZorg,
      doelgroep: params.doelgroep.length ? params.doelgroep : vraag.doelgroep,
    },
    ...(plaats && { plaats, vanaf, woonplaatsLabel: plaatsen.label(plaats) }),
    andere,
    tekst: vraag.tekst,
    herkend: [...herkendInVeld, ...vraag.herkend],
  }
  // drop undefined keys, so toSearchString and the form see a clean object
  for (const key of ['q', 'woonplaats', 'straal'] as const) {
    if (gelezen.params[key] === undefined) delete gelezen.params[key]
  }
  return { ok: true, gelezen }
}

const aantal = (n: number) => `${n.toLocaleString('nl-NL')} ${n === 1 ? 'locatie' : 'locaties'}`

/** Searches that would find something when this one finds nothing (counts included). */
const zoekAlternatieven = async (
  reader: SearchReader,
  g: Gelezen,
  labels: SearchResult['labels'],
): Promise<Alternatief[]> => {
  const kandidaten: { tekst: (n: number) => string; gelezen: Gelezen }[] = []
  const metParams = (params: Partial<ZoekParams>, extra: Partial<Gelezen> = {}): Gelezen => ({
    ...g,
    ...extra,
    params: { ...g.params, ...params, pagina: 1 },
  })
  const straal = g.params.straal ?? STRAAL_STANDAARD_KM
  if (g.plaats) {
    const groter = STRAAL_OPTIES_KM.filter((km) => km > straal && km >= STRAAL_STANDAARD_KM)
    for (const km of groter) {
      kandidaten.push({
        tekst: (n) => `Zoek tot ${km} km rond ${g.woonplaatsLabel}: ${aantal(n)}`,
        gelezen: metParams({ straal: km }),
      })
    }
  }
  if (g.params.soortZorg.length) {
    kandidaten.push({
      tekst: (n) => `Alle soorten zorg: ${aantal(n)}`,
      gelezen: metParams({ soortZorg: [] }),
    })
  }
  if (g.params.doelgroep.length) {
    kandidaten.push({
      tekst: (n) => `Voor alle doelgroepen: ${aantal(n)}`,
      gelezen: metParams({ doelgroep: [] }),
    })
  }
  if (g.params.vrijeCapaciteit) {
    const { vrijeCapaciteit: _vrij, ...zonderVrij } = g.params
    kandidaten.push({
      tekst: (n) => `Ook locaties zonder gemelde vrije plaatsen: ${aantal(n)}`,
      gelezen: { ...g, params: { ...zonderVrij, pagina: 1 } },
    })
  }
  for (const code of g.params.zachteInformatie) {
    const naam = labels.zachteInformatie[code]?.naam ?? code
    kandidaten.push({
      tekst: (n) => `Zonder "${naam}": ${aantal(n)}`,
      gelezen: metParams({ zachteInformatie: g.params.zachteInformatie.filter((c) => c !== code) }),
    })
  }
  if (g.tekst) {
    const { q: _q, ...zonderTekst } = g.params
    kandidaten.push({
      tekst: (n) => `Zonder de zoekwoorden "${g.tekst}": ${aantal(n)}`,
      gelezen: { ...g, tekst: '', params: { ...zonderTekst, pagina: 1 } },
    })
  }
  const counts = await Promise.all(
    kandidaten.map((k) =>
      reader.search({ ...engineQuery(k.gelezen), withPoints: false, page: 1, perPage: 1 }),
    ),
  )
  const out: Alternatief[] = []
  let straalGegeven = false
  kandidaten.forEach((k, i) => {
    const n = counts[i]?.total ?? 0
    if (n === 0) return
    const isStraal = k.gelezen.params.straal !== straal
    if (isStraal && straalGegeven) return // the smallest distance that finds something is enough
    if (isStraal) straalGegeven = true
    out.push({ tekst: k.tekst(n), aantal: n, params: k.gelezen.params })
  })
  return out
}

/** A word of the text that looks like a place name: offer that place instead. */
const zoekBedoeltU = (g: Gelezen, plaatsen: Plaatsen): ZoekUitkomst['bedoeltU'] => {
  if (g.plaats || !g.tekst) return undefined
  const ws = g.tekst.split(' ')
  for (const w of ws) {
    if (w.length < 4) continue
    const [plaats] = plaatsen.lijktOp(w, 1)
    if (!plaats) continue
    const rest = ws.filter((x) => x !== w).join(' ')
    const naam = plaatsen.label(plaats)
    return {
      plaats: naam,
      params: {
        ...g.params,
        ...(rest ? { q: rest } : { q: undefined }),
        woonplaats: naam,
        pagina: 1,
      },
    }
  }
  return undefined
}

/**
 * Run a search for validated params. Throws ZoekmachineStart while the index is loading.
 *
 * With a place: every location within `straal` km (default 25) of its centre, plus every
 * location that serves the place (home care, OCO, or standing in it) at distance 0, nearest
 * first. `straal=0`: only the locations in or serving the place.
 */
export const runSearch = async (
  params: ZoekParams,
  reader: SearchReader = getSearchReader(),
): Promise<ZoekResultaat> => {
  await zorgDatGereed(reader)
  const plaatsen = await getPlaatsen(reader)
  // a ready index without a gazetteer is still being filled: no "unknown place" from it
  if (plaatsen.size === 0 && (params.woonplaats || params.q)) throw new ZoekmachineStart()
  const gelezen = leesParams(params, plaatsen)
  if (!gelezen.ok) return gelezen
  const g = gelezen.gelezen
  const query = engineQuery(g)

  // one pass: the engine counts OR-filters without their own filter ("disjunctive" facets)
  const [result, tabel] = await Promise.all([reader.search(query), labelTabel(reader)])
  // The documents' own labels first; the published table names codes no document carries.
  const labels: SearchResult['labels'] = {
    soortZorg: { ...lijstLabels(tabel, 'soortenZorg'), ...result.labels.soortZorg },
    zachteInformatie: {
      ...lijstLabels(tabel, 'zachteInformatie'),
      ...result.labels.zachteInformatie,
    },
    doelgroep: { ...lijstLabels(tabel, 'doelgroepen'), ...result.labels.doelgroep },
    sector: { ...lijstLabels(tabel, 'sectoren'), ...result.labels.sector },
    zorgprofiel: { ...lijstLabels(tabel, 'zorgprofielen'), ...result.labels.zorgprofiel },
    leveringsvorm: { ...lijstLabels(tabel, 'leveringsvormen'), ...result.labels.leveringsvorm },
  }
  const alternatieven =
    result.total === 0 && isZoekvraag(g.params) ? await zoekAlternatieven(reader, g, labels) : []
  const bedoeltU = result.total === 0 ? zoekBedoeltU(g, plaatsen) : undefined

  return {
    ok: true,
    params: g.params,
    ...(g.plaats && { woonplaats: g.plaats, woonplaatsLabel: g.woonplaatsLabel }),
    ...(g.vanaf && { vanaf: g.vanaf }),
    andereWoonplaatsen: g.andere,
    alternatieven,
    ...(bedoeltU && { bedoeltU }),
    antwoord: {
      totaal: result.total,
      pagina: g.params.pagina,
      perPagina: g.params.perPagina,
      resultaten: result.hits.map((hit) => toResultaat(hit, g.plaats)),
      facetten: {
        soortZorg: toFacetList(result.facets.soortZorg, labels.soortZorg, g.params.soortZorg),
        zachteInformatie: toFacetList(
          result.facets.zachteInformatie,
          labels.zachteInformatie,
          g.params.zachteInformatie,
        ),
        doelgroep: toFacetList(result.facets.doelgroep, labels.doelgroep, g.params.doelgroep),
        plaats: toFacetList(result.facets.plaats, {}),
        vrijeCapaciteit: result.facets.vrijePlaatsen.ja ?? 0,
        voorziening: toFacetList(result.facets.voorziening, {}, g.params.voorziening),
        sector: toFacetList(result.facets.sector, labels.sector, g.params.sector),
        zorgprofiel: toFacetList(
          result.facets.zorgprofiel,
          labels.zorgprofiel,
          g.params.zorgprofiel,
        ),
        leveringsvorm: toFacetList(
          result.facets.leveringsvorm,
          labels.leveringsvorm,
          g.params.leveringsvorm,
        ),
        zorgkantoor: toFacetList(result.facets.zorgkantoor, {}, g.params.zorgkantoor),
        dagbesteding: result.facets.dagbesteding.ja ?? 0,
        waardering: WAARDERING_DREMPELS.map((minimaal) => ({
          minimaal,
          aantal: result.facets.waardering[String(minimaal)] ?? 0,
        })),
      },
      ...(result.points && { punten: result.points.map(toPunt) }),
      zoekvraag: {
        tekst: g.tekst || null,
        woonplaats: g.plaats
          ? { naam: g.plaats.naam, gemeente: g.plaats.gemeente, provincie: g.plaats.provincie }
          : null,
        vanaf: g.plaats ? (g.vanaf ?? null) : null,
        straalKm: g.plaats ? (g.params.straal ?? STRAAL_STANDAARD_KM) : null,
        soortZorg: g.params.soortZorg,
        doelgroep: g.params.doelgroep,
        herkend: g.herkend,
        sortering: gebruikteSortering(g),
      },
      ...(result.total === 0 && {
        alternatieven: alternatieven.map((a) => ({
          tekst: a.tekst,
          aantal: a.aantal,
          zoek: toSearchString(a.params),
        })),
      }),
    },
  }
}

/**
 * The line that says how a typed postcode was read: "Postcode 5038: we zoeken rond Tilburg.";
 * "ongeveer rond" when only its 2-digit region is known. Null without a postcode.
 */
export const postcodeUitleg = (uitkomst: ZoekUitkomst): string | null => {
  const { vanaf, woonplaatsLabel } = uitkomst
  if (!vanaf?.postcode || !woonplaatsLabel) return null
  const straal = uitkomst.params.straal ?? STRAAL_STANDAARD_KM
  const waar =
    straal === 0
      ? `in ${woonplaatsLabel}`
      : vanaf.bron === 'pc2'
        ? `ongeveer rond ${woonplaatsLabel}`
        : `rond ${woonplaatsLabel}`
  return `Postcode ${vanaf.postcode}: we zoeken ${waar}.`
}

/** Which orders make sense for this search (for the sort control). */
export const sorteringenVoor = (uitkomst: ZoekUitkomst): Sortering[] => {
  const opties: Sortering[] = []
  if (uitkomst.woonplaats && (uitkomst.params.straal ?? STRAAL_STANDAARD_KM) > 0)
    opties.push('afstand')
  if (uitkomst.antwoord.zoekvraag.tekst) opties.push('relevantie')
  opties.push('naam')
  return opties
}

// ---------------------------------------------------------------------------------------------
// Suggestions while typing a woonplaats
// ---------------------------------------------------------------------------------------------

export const plaatsSuggesties = async (
  input: string,
  reader: SearchReader = getSearchReader(),
  limit = 8,
) => {
  await zorgDatGereed(reader)
  return (await getPlaatsen(reader)).suggesties(input, limit)
}

/**
 * Names of locations and organisations for the suggestions while typing in the text box: one
 * engine search, then only names in which every typed word starts a word (a place or a care word
 * matching elsewhere in the document does not make its name a suggestion). A location's label
 * carries its place; an organisation's says so. Unique by name, best match first.
 */
export const naamSuggesties = async (
  input: string,
  reader: SearchReader = getSearchReader(),
  limit = 8,
): Promise<{ waarde: string; label: string }[]> => {
  await zorgDatGereed(reader)
  const woorden = tokenize(input)
  if (woorden.length === 0) return []
  const past = (naam: string) => {
    const eigen = tokenize(naam)
    return woorden.every((w) => eigen.some((e) => e.startsWith(w)))
  }
  const { hits } = await reader.search({ text: input, page: 1, perPage: 40, sort: 'relevance' })
  const uit: { waarde: string; label: string }[] = []
  const gezien = new Set<string>()
  const voegToe = (waarde: string, label: string) => {
    const sleutel = normalizeName(waarde)
    if (gezien.has(sleutel) || !past(waarde)) return
    gezien.add(sleutel)
    uit.push({ waarde, label })
  }
  for (const { document: doc } of hits) {
    voegToe(doc.naam, doc.plaats ? `${doc.naam} (${doc.plaats})` : doc.naam)
    voegToe(doc.organisatie.naam, `${doc.organisatie.naam} (organisatie)`)
    if (uit.length >= limit) break
  }
  return uit.slice(0, limit)
}

// ---------------------------------------------------------------------------------------------
// Lists for the form (all locations, no filters), cached briefly
// ---------------------------------------------------------------------------------------------

export interface Keuzelijsten {
  soortZorg: FacetWaarde[]
}

const LISTS_TTL_MS = 5 * 60 * 1000
let lists: { at: number; value: Keuzelijsten } | null = null

export const getKeuzelijsten = async (
  reader: SearchReader = getSearchReader(),
): Promise<Keuzelijsten> => {
  if (lists && Date.now() - lists.at < LISTS_TTL_MS) return lists.value
  const all = await reader.search({ page: 1, perPage: 1 })
  const value: Keuzelijsten = {
    soortZorg: toFacetList(all.facets.soortZorg, all.labels.soortZorg).sort((a, b) =>
      a.naam.localeCompare(b.naam, 'nl'),
    ),
  }
  // an empty engine (still starting) is not worth remembering
  if (all.total > 0) lists = { at: Date.now(), value }
  return value
}

/** For tests. */
export const resetSearchCaches = (): void => {
  lists = null
}
