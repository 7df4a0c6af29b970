/**
 * ZorgkaartNederland ratings (§3.2.8): the records of a ZorgkaartNederland data file, how they
 * are read (CSV or JSON, all or nothing) and how a location is linked to one of them.
 *
 * File formats (documented in the README, "ZorgkaartNederland-waarderingen"):
 * - CSV: a header line with the column names below (any order, case-insensitive), then one record
 *   per line. The separator is `;` or `,` (read from the header line). Fields may be quoted with
 *   `"`. The score may use a decimal comma (`8,4`; quote it when the separator is `,`); an empty
 *   score means "no score yet".
 * - JSON: an array of objects with the same names; `score` is a number or null.
 *
 * Columns: zorgkaartId (digits), naam, straat, huisnummer (digits with an optional addition,
 * e.g. `12`, `12A`, `12-2`), postcode, plaats, score (0–10 or empty), aantalWaarderingen (≥ 0),
 * url (https://www.zorgkaartnederland.nl/…).
 */
import { z } from 'zod'
import { normalisePostcode } from './adres'

export const ZORGKAART_KOLOMMEN = [
  'zorgkaartId',
  'naam',
  'straat',
  'huisnummer',
  'postcode',
  'plaats',
  'score',
  'aantalWaarderingen',
  'url',
] as const
export type ZorgkaartKolom = (typeof ZORGKAART_KOLOMMEN)[number]

export const ZORGKAART_URL_PREFIX = 'https://www.zorgkaartnederland.nl/'

/** Field names in the users' words, for messages. */
const VELDNAMEN: Record<ZorgkaartKolom, string> = {
  zorgkaartId: 'het ZorgkaartNederland-ID',
  naam: 'de naam',
  straat: 'de straat',
  huisnummer: 'het huisnummer',
  postcode: 'de postcode',
  plaats: 'de plaats',
  score: 'het cijfer',
  aantalWaarderingen: 'het aantal waarderingen',
  url: 'de link',
}

const HUISNUMMER = /^\s*(\d{1,5})\s*[-\s]?\s*([a-zA-Z0-9]{0,6})\s*$/

/** One ZorgkaartNederland record: who it is, where, and its rating. */
export const ZorgkaartRecordSchema = z.object({
  /** ZorgkaartNederland's own id: digits */
  zorgkaartId: z
    .string()
    .trim()
    .regex(/^\d{1,10}$/, 'bestaat alleen uit cijfers'),
  /** the name on ZorgkaartNederland */
  naam: z.string().trim().min(1, 'is leeg').max(200, 'is langer dan 200 tekens'),
  straat: z.string().trim().min(1, 'is leeg').max(200, 'is langer dan 200 tekens'),
  /** digits with an optional addition: 12, 12A, 12-2 */
  huisnummer: z.string().trim().regex(HUISNUMMER, 'moet cijfers zijn, eventueel met toevoeging'),
  /** Dutch postcode, stored as "1234 AB" */
  postcode: z
    .string()
    .trim()
    .transform((v, ctx) => {
      const p = normalisePostcode(v)
      if (!p) {
        ctx.addIssue({ code: 'custom', message: 'moet zijn als 1234 AB' })
        return z.NEVER
      }
      return p
    }),
  plaats: z.string().trim().min(1, 'is leeg').max(100, 'is langer dan 100 tekens'),
  /** the average score, 0–10, one decimal; null while there is none */
  score: z
    .number('moet een getal zijn')
    .min(0, 'moet tussen 0 en 10 liggen')
    .max(10, 'moet tussen 0 en 10 liggen')
    .transform((v) => Math.round(v * 10) / 10)
    .nullable(),
  /** how many reviews the score is based on */
  aantalWaarderingen: z
    .number('moet een heel getal zijn')
    .int('moet een heel getal zijn')
    .min(0, 'mag niet negatief zijn'),
  /** the page on ZorgkaartNederland */
  url: z
    .string()
    .trim()
    .max(500, 'is langer dan 500 tekens')
    .refine(
      (v) => v.startsWith(ZORGKAART_URL_PREFIX) && URL.canParse(v),
      `moet beginnen met ${ZORGKAART_URL_PREFIX}`,
    ),
})
export type ZorgkaartRecord = z.output<typeof ZorgkaartRecordSchema>

export type ParseResultaat =
  { ok: true; records: ZorgkaartRecord[] } | { ok: false; fouten: string[] }

/** At most this many errors are reported; the rest are counted. */
const MAX_FOUTEN = 50

const foutTekst = (plek: string, issue: z.core.$ZodIssue, ruw: Record<string, unknown>) => {
  const veld = issue.path[0] as ZorgkaartKolom | undefined
  if (!veld || !(veld in VELDNAMEN)) return `${plek}: ${issue.message}.`
  const waarde = ruw[veld]
  const getoond =
    waarde === undefined || waarde === null || waarde === '' ? '' : ` '${String(waarde)}'`
  return `${plek}: ${VELDNAMEN[veld]}${getoond} klopt niet (${issue.message}).`
}

/** Validates raw records; every record's errors, or all records. Duplicate ids are refused. */
function valideer(
  rows: { plek: string; ruw: Record<string, unknown> }[],
  extraFouten: string[] = [],
): ParseResultaat {
  const fouten = [...extraFouten]
  const records: ZorgkaartRecord[] = []
  const gezien = new Map<string, string>()
  for (const { plek, ruw } of rows) {
    const r = ZorgkaartRecordSchema.safeParse(ruw)
    if (!r.success) {
      for (const issue of r.error.issues) fouten.push(foutTekst(plek, issue, ruw))
      continue
    }
    const eerder = gezien.get(r.data.zorgkaartId)
    if (eerder) {
      fouten.push(
        `${plek}: het ZorgkaartNederland-ID ${r.data.zorgkaartId} staat ook al in ${eerder.toLowerCase()}.`,
      )
      continue
    }
    gezien.set(r.data.zorgkaartId, plek)
    records.push(r.data)
  }
  if (fouten.length) {
    const extra = fouten.length - MAX_FOUTEN
    return {
      ok: false,
      fouten: extra > 0 ? [...fouten.slice(0, MAX_FOUTEN), `En nog ${extra} fouten.`] : fouten,
    }
  }
  return { ok: true, records }
}

/** Splits one CSV line on `sep`, honouring `"` quotes (`""` is a quote inside a field). */
export function splitCsvRegel(regel: string, sep: string): string[] | null {
  const velden: string[] = []
  let veld = ''
  let inQuotes = false
  for (let i = 0; i < regel.length; i++) {
    const c = regel[i]!
    if (inQuotes) {
      if (c === '"' && regel[i + 1] === '"') {
        veld += '"'
        i++
      } else if (c === '"') inQuotes = false
      else veld += c
    } else if (c === '"' && veld.trim() === '') {
      inQuotes = true
      veld = ''
    } else if (c === sep) {
      velden.push(veld)
      veld = ''
    } else veld += c
  }
  if (inQuotes) return null
  velden.push(veld)
  return velden
}

/** "8,4" or "8.4" → 8.4; "" → null; anything else stays text (and fails validation). */
const scoreVanTekst = (v: string): number | string | null => {
  const t = v.trim()
  if (t === '') return null
  return /^\d{1,2}([.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : t
}
const getalVanTekst = (v: string): number | string => {
  const t = v.trim()
  return /^\d+$/.test(t) ? Number(t) : t
}

/** Reads a CSV file (see the format above). Never returns some records and some errors. */
export function parseZorgkaartCsv(tekst: string): ParseResultaat {
  const regels = tekst.replace(/^\uFEFF/, '').split(/\r?\n/)
  const kop = regels[0] ?? ''
  if (!kop.trim())
    return { ok: false, fouten: ['Regel 1: de kopregel met de kolomnamen ontbreekt.'] }
  const sep = kop.includes(';') ? ';' : ','
  const namen = (splitCsvRegel(kop, sep) ?? []).map((n) => n.trim().toLowerCase())
  const kolommen = new Map<ZorgkaartKolom, number>()
  for (const k of ZORGKAART_KOLOMMEN) {
    const i = namen.indexOf(k.toLowerCase())
    if (i >= 0) kolommen.set(k, i)
  }
  const ontbreekt = ZORGKAART_KOLOMMEN.filter((k) => !kolommen.has(k))
  if (ontbreekt.length) {
    return {
      ok: false,
      fouten: [`Regel 1: de kolom ${ontbreekt.join(', ')} ontbreekt in de kopregel.`],
    }
  }
  const fouten: string[] = []
  const rows: { plek: string; ruw: Record<string, unknown> }[] = []
  regels.slice(1).forEach((regel, i) => {
    const plek = `Regel ${i + 2}`
    if (!regel.trim()) return
    const velden = splitCsvRegel(regel, sep)
    if (!velden) {
      fouten.push(`${plek}: een aanhalingsteken (") wordt niet afgesloten.`)
      return
    }
    if (velden.length !== namen.length) {
      fouten.push(
        `${plek}: de regel heeft ${velden.length} kolommen, de kopregel ${namen.length}. Staat er een scheidingsteken (${sep}) in een veld zonder aanhalingstekens?`,
      )
      return
    }
    const veld = (k: ZorgkaartKolom) => velden[kolommen.get(k)!] ?? ''
    rows.push({
      plek,
      ruw: {
        zorgkaartId: veld('zorgkaartId'),
        naam: veld('naam'),
        straat: veld('straat'),
        huisnummer: veld('huisnummer'),
        postcode: veld('postcode'),
        plaats: veld('plaats'),
        score: scoreVanTekst(veld('score')),
        aantalWaarderingen: getalVanTekst(veld('aantalWaarderingen')),
        url: veld('url'),
      },
    })
  })
  if (!rows.length && !fouten.length)
    return { ok: false, fouten: ['Het bestand bevat geen records.'] }
  return valideer(rows, fouten)
}

/** Reads a JSON file: an array of records (see the format above). All or nothing. */
export function parseZorgkaartJson(tekst: string): ParseResultaat {
  let data: unknown
  try {
    data = JSON.parse(tekst.replace(/^\uFEFF/, ''))
  } catch (e) {
    return { ok: false, fouten: [`Het bestand is geen geldige JSON: ${(e as Error).message}`] }
  }
  if (!Array.isArray(data)) {
    return { ok: false, fouten: ['Het bestand moet een lijst (JSON-array) van records zijn.'] }
  }
  if (!data.length) return { ok: false, fouten: ['Het bestand bevat geen records.'] }
  const fouten: string[] = []
  const rows: { plek: string; ruw: Record<string, unknown> }[] = []
  data.forEach((ruw: unknown, i) => {
    const plek = `Record ${i + 1}`
    if (typeof ruw !== 'object' || ruw === null || Array.isArray(ruw)) {
      fouten.push(`${plek}: dit is geen object met velden.`)
      return
    }
    rows.push({ plek, ruw: ruw as Record<string, unknown> })
  })
  return valideer(rows, fouten)
}

/** Picks the parser by file name: `.json` is JSON, anything else CSV. */
export const parseZorgkaartBestand = (naam: string, tekst: string): ParseResultaat =>
  /\.json$/i.test(naam) ? parseZorgkaartJson(tekst) : parseZorgkaartCsv(tekst)

/**
 * The address key records and locations are matched on: postcode without space, upper case, a
 * dash, the house number digits and the addition upper case ('5038 cl', '12 a' → '5038CL-12A').
 * Null when the postcode or house number is missing or not valid (no match then).
 */
export function adresSleutel(
  postcode: string | null | undefined,
  huisnummer: string | null | undefined,
  toevoeging?: string | null,
): string | null {
  const pc = normalisePostcode(postcode ?? '')
  const m = HUISNUMMER.exec(`${huisnummer ?? ''}${toevoeging ? ` ${toevoeging}` : ''}`.trim())
  if (!pc || !m) return null
  const nummer = String(Number(m[1]))
  const extra = (m[2] ?? '').toUpperCase()
  return `${pc.replace(' ', '')}-${nummer}${extra ? `-${extra}` : ''}`
}

/** How a location is linked: by the provider's id, or automatically by its visiting address. */
export type Koppelwijze = 'handmatig' | 'adres'

/** What the linking needs of a location's published version. */
export interface KoppelLocatie {
  kleinschalig?: boolean | null
  bezoekadres?: {
    huisnummer?: string | null
    huisnummerToevoeging?: string | null
    postcode?: string | null
  } | null
  zorgkaartNederland?: { zorgkaartId?: string | null; nietGeregistreerd?: boolean | null } | null
}

export type KoppelVraag =
  { wijze: 'handmatig'; zorgkaartId: string } | { wijze: 'adres'; sleutel: string } | null

/**
 * Which record to look for: the provider's id wins; else, unless "nog niet geregistreerd" is
 * ticked, the address. A kleinschalig wooninitiatief only by id (its address is private).
 */
export function koppelVraag(locatie: KoppelLocatie): KoppelVraag {
  const id = locatie.zorgkaartNederland?.zorgkaartId?.trim()
  if (id) return { wijze: 'handmatig', zorgkaartId: id }
  if (locatie.zorgkaartNederland?.nietGeregistreerd || locatie.kleinschalig) return null
  const a = locatie.bezoekadres
  const sleutel = adresSleutel(a?.postcode, a?.huisnummer, a?.huisnummerToevoeging)
  return sleutel ? { wijze: 'adres', sleutel } : null
}

/**
 * The record a location is linked to, given the records found for its question: by id the one
 * with that id; by address exactly one (none or several at one address: no automatic link).
 */
export function kiesKoppeling<R extends { zorgkaartId: string; adresSleutel?: string | null }>(
  vraag: KoppelVraag,
  gevonden: readonly R[],
): { record: R; wijze: Koppelwijze } | null {
  if (!vraag) return null
  if (vraag.wijze === 'handmatig') {
    const record = gevonden.find((r) => r.zorgkaartId === vraag.zorgkaartId)
    return record ? { record, wijze: 'handmatig' } : null
  }
  const bijAdres = gevonden.filter((r) => r.adresSleutel === vraag.sleutel)
  return bijAdres.length === 1 ? { record: bijAdres[0]!, wijze: 'adres' } : null
}

/** A field check for forms: true, or a Dutch message ("Het cijfer klopt niet: …"). */
export function controleerVeld(veld: ZorgkaartKolom, waarde: unknown): true | string {
  const r = ZorgkaartRecordSchema.shape[veld].safeParse(waarde ?? (veld === 'score' ? null : ''))
  if (r.success) return true
  const naam = VELDNAMEN[veld]
  return `${naam.charAt(0).toUpperCase()}${naam.slice(1)} klopt niet: ${r.error.issues[0]?.message ?? 'ongeldig'}.`
}

/**
 * A complete file replaces the register: records missing from it are removed. A file with far
 * fewer records than the register holds is more likely broken than a real change, so it removes
 * nothing: refused when it would remove more than half of a register of at least 20 records.
 */
export function magVolledigVervangen(
  bestaand: number,
  inBestand: number,
  teVerwijderen: number,
): true | string {
  if (bestaand < 20 || teVerwijderen * 2 <= bestaand) return true
  return `Het bestand heeft ${inBestand} records, het register ${bestaand}: ${teVerwijderen} records zouden verdwijnen. Dat lijkt op een onvolledig bestand; er is niets ingelezen.`
}
