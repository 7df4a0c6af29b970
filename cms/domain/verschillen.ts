/**
 * What changed in a record, field by field, in words an editor knows (the review desk and
 * the audit log). Pure: the fields are described by `VeldBeschrijving` (made from the collection
 * config in cms/domain/velden.ts), names of related records come from a lookup the caller fills.
 *
 * - Only changed fields are listed; a field that is the same on both sides never appears.
 * - Relations and reference codes are shown by name, select values by their label.
 * - Lists (hasMany relations, multi-selects) are compared as sets: order does not matter, and what
 *   was added or removed is named. Photos are compared in order (the first is the main photo).
 * - Rows of an array field are compared by their content, not by their generated row ids.
 * - Rich text is compared as plain text.
 */

/** How a field's value is compared and shown. */
export type VeldSoort =
  | 'tekst'
  | 'getal'
  | 'janee'
  | 'keuze'
  | 'relatie'
  | 'foto'
  | 'rijen'
  | 'rijketekst'
  | 'datum'
  | 'json'
  /** a YouTube video id: shown with the link to the video, never loaded from YouTube */
  | 'youtube'

export interface VeldBeschrijving {
  /** path in the document, dots between levels: `bezoekadres.straat`, `vv.zorgprofielen` */
  pad: string
  /** label the editor knows, levels joined with ›: `Bezoekadres › Straat` */
  label: string
  soort: VeldSoort
  /** hasMany relation, upload or select */
  meerdere?: boolean
  /** select: value → label */
  opties?: Record<string, string>
  /** relation or upload: the collection it points to */
  relatieNaar?: string
  /** array: the fields of one row (their paths relative to the row) */
  rijVelden?: VeldBeschrijving[]
  /** a note for its owner only (`custom.vertrouwelijk`): that it changed, never what it says */
  vertrouwelijk?: boolean
}

/** What the log and the review screen show instead of a confidential value. */
export const VERTROUWELIJKE_WAARDE = '(vertrouwelijk)'

/** A photo as the review screen shows it. */
export interface Foto {
  id: string
  alt: string
  /** thumbnail URL, null when the file is gone */
  url: string | null
}

/** A related record as shown: its name, and for photos the thumbnail. */
export interface Benoemd {
  naam: string
  foto?: Foto
}

/** Looks up a related record by collection and id (filled by the caller before comparing). */
export type Opzoeken = (collectie: string, id: string) => Benoemd | undefined

export type Veldverschil =
  | {
      veld: string
      label: string
      soort: 'tekst'
      oud: string | null
      nieuw: string | null
      /** a YouTube video: the link to each side's video (a plain link; nothing is loaded) */
      oudLink?: string | null
      nieuwLink?: string | null
    }
  | {
      veld: string
      label: string
      soort: 'lijst'
      oud: string[]
      nieuw: string[]
      erbij: string[]
      eraf: string[]
    }
  | {
      veld: string
      label: string
      soort: 'fotos'
      oud: Foto[]
      nieuw: Foto[]
      erbij: Foto[]
      eraf: Foto[]
    }

/** A document as Payload gives it: plain JSON. */
export type Doc = Record<string, unknown>

export const waardeOp = (doc: Doc | null | undefined, pad: string): unknown => {
  let current: unknown = doc
  for (const deel of pad.split('.')) {
    if (current === null || current === undefined || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[deel]
  }
  return current
}

/** The id of a relation value: an id, a populated document, or a polymorphic `{ value }`. */
export const idVan = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (typeof value === 'object') {
    const v = value as { id?: unknown; value?: unknown }
    if (v.id !== undefined) return idVan(v.id)
    if (v.value !== undefined) return idVan(v.value)
  }
  return null
}

const lijst = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]

/** Every related record the given documents point to, per collection (to look up their names). */
export function verwijzingen(
  velden: readonly VeldBeschrijving[],
  docs: readonly (Doc | null | undefined)[],
): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>()
  const add = (collectie: string, id: string | null) => {
    if (!id) return
    if (!result.has(collectie)) result.set(collectie, new Set())
    result.get(collectie)!.add(id)
  }
  const walk = (beschrijvingen: readonly VeldBeschrijving[], doc: Doc | null | undefined) => {
    for (const veld of beschrijvingen) {
      const value = waardeOp(doc, veld.pad)
      if ((veld.soort === 'relatie' || veld.soort === 'foto') && veld.relatieNaar) {
        for (const v of lijst(value)) add(veld.relatieNaar, idVan(v))
      }
      if (veld.soort === 'rijen' && veld.rijVelden) {
        for (const rij of lijst(value)) walk(veld.rijVelden, rij as Doc)
      }
    }
  }
  for (const doc of docs) walk(velden, doc)
  return result
}

const getal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 6 })

/** Lexical (or any nested `children` / `text`) rich text → plain text, paragraphs on new lines. */
export function platteTekst(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  const blokken: string[] = []
  const tekstVan = (node: unknown): string => {
    if (!node || typeof node !== 'object') return ''
    const n = node as { text?: unknown; children?: unknown[]; type?: string }
    if (typeof n.text === 'string') return n.text
    if (n.type === 'linebreak') return '\n'
    return (n.children ?? []).map(tekstVan).join('')
  }
  const root = (value as { root?: unknown }).root ?? value
  for (const child of (root as { children?: unknown[] }).children ?? []) {
    blokken.push(tekstVan(child))
  }
  return blokken.join('\n').trim()
}

/** Stable JSON: object keys sorted, so two equal values give the same text. */
export function stabielJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stabielJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stabielJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value ?? null)
}

const datumTekst = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null
  const d = new Date(String(value))
  if (Number.isNaN(d.getTime())) return String(value)
  return d.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' })
}

const naamVan = (veld: VeldBeschrijving, value: unknown, opzoeken: Opzoeken): string => {
  const id = idVan(value)
  if (id === null) return ''
  if (veld.relatieNaar) {
    const gevonden = opzoeken(veld.relatieNaar, id)
    if (gevonden) return gevonden.naam
  }
  // A populated document that was not looked up still carries a name.
  if (value && typeof value === 'object') {
    const v = value as { naam?: unknown; titel?: unknown; volledigeNaam?: unknown }
    const naam = v.volledigeNaam ?? v.naam ?? v.titel
    if (typeof naam === 'string' && naam) return naam
  }
  return `nr. ${id} (niet meer gevonden)`
}

/** A single (non-list) value as text, or null when empty. */
function alsTekst(veld: VeldBeschrijving, value: unknown, opzoeken: Opzoeken): string | null {
  switch (veld.soort) {
    case 'tekst': {
      if (value === null || value === undefined) return null
      const s = String(value).trim()
      return s === '' ? null : s
    }
    case 'getal':
      return typeof value === 'number' ? getal.format(value) : null
    case 'janee':
      return value === true ? 'Ja' : 'Nee'
    case 'keuze':
      return value === null || value === undefined || value === ''
        ? null
        : (veld.opties?.[String(value)] ?? String(value))
    case 'relatie':
    case 'foto':
      return idVan(value) === null ? null : naamVan(veld, value, opzoeken)
    case 'rijketekst': {
      const s = platteTekst(value)
      return s === '' ? null : s
    }
    case 'datum':
      return datumTekst(value)
    case 'youtube': {
      const id = typeof value === 'string' ? value.trim() : ''
      return id === '' ? null : `YouTube-video ${id}`
    }
    case 'json':
    case 'rijen':
      return value === null || value === undefined ? null : stabielJson(value)
  }
}

/** The watch link of a stored YouTube video id (the id is validated on save: 11 safe characters). */
export const youtubeLink = (value: unknown): string | null => {
  const id = typeof value === 'string' ? value.trim() : ''
  return /^[A-Za-z0-9_-]{11}$/.test(id) ? `https://www.youtube.com/watch?v=${id}` : null
}

/** One row of an array field in a few words: its values joined. */
function rijSamenvatting(veld: VeldBeschrijving, rij: unknown, opzoeken: Opzoeken): string {
  const delen: string[] = []
  for (const sub of veld.rijVelden ?? []) {
    const value = waardeOp(rij as Doc, sub.pad)
    if (sub.meerdere || sub.soort === 'rijen') {
      const items = lijstWaarden(sub, value, opzoeken).map((i) => i.tekst)
      if (items.length) delen.push(`${sub.label}: ${items.join(', ')}`)
    } else {
      const tekst = alsTekst(sub, value, opzoeken)
      if (tekst !== null && !(sub.soort === 'janee' && value !== true)) {
        delen.push((veld.rijVelden?.length ?? 0) > 1 ? `${sub.label}: ${tekst}` : tekst)
      }
    }
  }
  return delen.join('; ')
}

interface LijstWaarde {
  /** what decides equality: an id, a select value, or a row's content */
  sleutel: string
  tekst: string
  foto?: Foto
}

function lijstWaarden(veld: VeldBeschrijving, value: unknown, opzoeken: Opzoeken): LijstWaarde[] {
  const items = lijst(value)
  if (veld.soort === 'rijen') {
    return items
      .map((rij) => ({ sleutel: rijSamenvatting(veld, rij, opzoeken), tekst: '' }))
      .map((r) => ({ ...r, tekst: r.sleutel }))
      .filter((r) => r.sleutel !== '')
  }
  if (veld.soort !== 'relatie' && veld.soort !== 'foto') {
    return items
      .filter((v) => v !== null && v !== undefined && v !== '')
      .map((v) => ({ sleutel: String(v), tekst: veld.opties?.[String(v)] ?? String(v) }))
  }
  // relations and photos
  return items
    .map((v) => ({ v, id: idVan(v) }))
    .filter((x): x is { v: unknown; id: string } => x.id !== null)
    .map(({ v, id }) => {
      const gevonden = veld.relatieNaar ? opzoeken(veld.relatieNaar, id) : undefined
      return {
        sleutel: id,
        tekst: gevonden?.naam ?? naamVan(veld, v, opzoeken),
        foto: gevonden?.foto ?? { id, alt: gevonden?.naam ?? '', url: null },
      }
    })
}

const sortNl = (a: string, b: string) => a.localeCompare(b, 'nl')

/**
 * The changed fields between two versions. `oud` null means the record is new: every field with a
 * value is listed (with an empty old side).
 */
export function veldVerschillen(
  velden: readonly VeldBeschrijving[],
  oud: Doc | null,
  nieuw: Doc,
  opzoeken: Opzoeken,
): Veldverschil[] {
  const result: Veldverschil[] = []
  for (const veld of velden) {
    const a = waardeOp(oud, veld.pad)
    const b = waardeOp(nieuw, veld.pad)
    if (veld.soort === 'foto' && veld.meerdere) {
      const voor = lijstWaarden(veld, a, opzoeken)
      const na = lijstWaarden(veld, b, opzoeken)
      if (voor.map((f) => f.sleutel).join('|') === na.map((f) => f.sleutel).join('|')) continue
      const voorIds = new Set(voor.map((f) => f.sleutel))
      const naIds = new Set(na.map((f) => f.sleutel))
      result.push({
        veld: veld.pad,
        label: veld.label,
        soort: 'fotos',
        oud: voor.map((f) => f.foto!),
        nieuw: na.map((f) => f.foto!),
        erbij: na.filter((f) => !voorIds.has(f.sleutel)).map((f) => f.foto!),
        eraf: voor.filter((f) => !naIds.has(f.sleutel)).map((f) => f.foto!),
      })
      continue
    }
    if (veld.meerdere || veld.soort === 'rijen') {
      const voor = lijstWaarden(veld, a, opzoeken)
      const na = lijstWaarden(veld, b, opzoeken)
      // Rows keep their order (it is what the public sees); hasMany values are sets.
      const sleutels = (l: LijstWaarde[]) =>
        veld.soort === 'rijen'
          ? l.map((x) => x.sleutel)
          : [...new Set(l.map((x) => x.sleutel))].sort(sortNl)
      if (sleutels(voor).join('\u0000') === sleutels(na).join('\u0000')) continue
      const voorSet = new Set(voor.map((x) => x.sleutel))
      const naSet = new Set(na.map((x) => x.sleutel))
      const teksten = (l: LijstWaarde[]) =>
        veld.soort === 'rijen' ? l.map((x) => x.tekst) : l.map((x) => x.tekst).sort(sortNl)
      result.push({
        veld: veld.pad,
        label: veld.label,
        soort: 'lijst',
        oud: teksten(voor),
        nieuw: teksten(na),
        erbij: teksten(na.filter((x) => !voorSet.has(x.sleutel))),
        eraf: teksten(voor.filter((x) => !naSet.has(x.sleutel))),
      })
      continue
    }
    const voor = oud === null ? null : alsTekst(veld, a, opzoeken)
    const na = alsTekst(veld, b, opzoeken)
    if (oud === null && (na === null || (veld.soort === 'janee' && b !== true))) continue
    const gelijk =
      veld.soort === 'relatie' || veld.soort === 'foto' ? idVan(a) === idVan(b) : voor === na
    if (gelijk) continue
    if (veld.vertrouwelijk) {
      const verborgen = (v: string | null) => (v === null || v === '' ? v : VERTROUWELIJKE_WAARDE)
      result.push({
        veld: veld.pad,
        label: veld.label,
        soort: 'tekst',
        oud: verborgen(voor),
        nieuw: verborgen(na),
      })
      continue
    }
    if (veld.soort === 'youtube') {
      result.push({
        veld: veld.pad,
        label: veld.label,
        soort: 'tekst',
        oud: voor,
        nieuw: na,
        oudLink: oud === null ? null : youtubeLink(a),
        nieuwLink: youtubeLink(b),
      })
      continue
    }
    result.push({ veld: veld.pad, label: veld.label, soort: 'tekst', oud: voor, nieuw: na })
  }
  return result
}

// --- Change requests -----------------------------------------------------------------------------

/** What a sent item asks for, by its status before sending. */
export type ItemSoort = 'nieuw' | 'gewijzigd' | 'verwijderd'

export const ITEM_SOORT_LABELS: Record<ItemSoort, string> = {
  nieuw: 'Nieuw',
  gewijzigd: 'Gewijzigd',
  verwijderd: 'Wordt verwijderd',
}

export function itemSoort(vorigeStatus: string): ItemSoort {
  if (vorigeStatus === 'nieuw') return 'nieuw'
  if (vorigeStatus === 'voorgesteld-verwijderd') return 'verwijderd'
  return 'gewijzigd'
}

export interface Aantallen {
  nieuw: number
  gewijzigd: number
  verwijderd: number
}

export function telItems(items: readonly { vorigeStatus: string }[]): Aantallen {
  const aantallen: Aantallen = { nieuw: 0, gewijzigd: 0, verwijderd: 0 }
  for (const item of items) aantallen[itemSoort(item.vorigeStatus)]++
  return aantallen
}

/** "3 nieuw, 1 gewijzigd en 1 te verwijderen" — counts in words (empty parts left out). */
export function aantallenTekst(a: Aantallen): string {
  const delen = [
    a.nieuw ? `${a.nieuw} nieuw` : '',
    a.gewijzigd ? `${a.gewijzigd} gewijzigd` : '',
    a.verwijderd ? `${a.verwijderd} te verwijderen` : '',
  ].filter(Boolean)
  if (!delen.length) return 'geen onderdelen'
  if (delen.length === 1) return delen[0]!
  return `${delen.slice(0, -1).join(', ')} en ${delen.at(-1)}`
}

/** Waiting time in plain Dutch: "minder dan een uur", "5 uur", "1 dag", "12 dagen". */
export function wachttijdTekst(ms: number): string {
  const uur = Math.floor(ms / 3_600_000)
  if (uur < 1) return 'minder dan een uur'
  if (uur < 24) return `${uur} uur`
  const dagen = Math.floor(uur / 24)
  return dagen === 1 ? '1 dag' : `${dagen} dagen`
}
