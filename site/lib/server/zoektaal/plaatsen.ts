/**
 * The site's gazetteer: every woonplaats the indexer published, looked up by official name,
 * alternative name ("Den Bosch") or 4-digit postcode, with "Bedoelt u …?" for typos and
 * suggestions while typing. Pure; built from `SearchReader.getGazetteer()` (see ../plaatsen-cache).
 *
 * A postcode resolves, most precise first: a PC4 of our own locations (searched from the
 * woonplaats's centre, as always), an imported PC4 centre, then the fallback PC3 and PC2 areas
 * (search-indexer/data/postcodegebieden.ts). The answer says which one it was (`vanaf.bron`).
 */
import type { GazetteerEntry } from '../../../../search-indexer/contract'
import { bewerkingsafstand, sleutel, toegestaneFouten, woorden } from './woorden'

/**
 * Where a search around a place starts, and how precise that is: the woonplaats's centre (named
 * place, or a PC4 of our own locations), an imported PC4 centre, or a fallback PC3 / PC2 area.
 */
export type VanafBron = 'woonplaats' | 'locaties' | 'pc4' | 'pc3' | 'pc2'
export interface Vanaf {
  lat: number
  lng: number
  bron: VanafBron
}

export interface PlaatsTreffer {
  plaats: GazetteerEntry
  /** how the input named the place */
  via: 'naam' | 'alternatieve naam' | 'postcode'
  /** the PC4 when found by postcode */
  postcode?: string
  /** the point searched from, when found by postcode */
  vanaf?: Vanaf
}

export type PlaatsKeuze =
  | ({ soort: 'gevonden'; anderen: GazetteerEntry[] } & PlaatsTreffer)
  | { soort: 'onbekend'; suggesties: GazetteerEntry[]; postcode?: string }
  /** digits that are no Dutch postcode ("0123", "12345") */
  | { soort: 'geen-postcode'; invoer: string }

export interface PlaatsSuggestie {
  /** what goes into the woonplaats field */
  waarde: string
  /** what the list shows, e.g. "Den Bosch ('s-Hertogenbosch)" */
  label: string
}

/** A 4-digit postcode, optionally with its letters ("5038", "5038 CL", "5038cl"). */
const POSTCODE = /^\s*([1-9]\d{3})\s*(?:[a-z]{2})?\s*$/i
/** Digits, perhaps with a few letters: meant as a postcode, but not a valid one ("0123", "12345"). */
const CIJFERS = /^\s*\d[\d\s]*[a-z]{0,3}\s*$/i

/** The point searched from, per precision of a postcode match. */
const VANAF_BRON: Record<number, VanafBron> = { 4: 'pc4', 3: 'pc3', 2: 'pc2' }

interface GebiedIngang {
  plaats: GazetteerEntry
  lat: number
  lng: number
}

/** "Hengelo (Gelderland)" → { naam: 'Hengelo', nadere: 'Gelderland' } */
const splitNadere = (input: string): { naam: string; nadere?: string } => {
  const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(input)
  return m?.[1] && m[2] ? { naam: m[1], nadere: m[2] } : { naam: input }
}

interface NaamIngang {
  plaats: GazetteerEntry
  naam: string
  alternatief: boolean
}

export class Plaatsen {
  private readonly perSleutel = new Map<string, NaamIngang[]>()
  private readonly perPostcode = new Map<string, GazetteerEntry>()
  /** imported PC4 centres and fallback PC3/PC2 areas, by code */
  private readonly perGebied = new Map<string, GebiedIngang>()
  private readonly ingangen: (NaamIngang & { sleutel: string })[] = []
  /** most words in one name (for finding names inside a longer search text) */
  readonly maxWoorden: number

  constructor(readonly alle: readonly GazetteerEntry[]) {
    let max = 1
    for (const plaats of alle) {
      const namen = [
        { naam: plaats.naam, alternatief: false },
        ...(plaats.alternatieveNamen ?? []).map((naam) => ({ naam, alternatief: true })),
      ]
      for (const { naam, alternatief } of namen) {
        const key = sleutel(naam)
        if (!key) continue
        const ingang = { plaats, naam, alternatief }
        const list = this.perSleutel.get(key) ?? []
        if (!list.some((i) => i.plaats.id === plaats.id)) list.push(ingang)
        this.perSleutel.set(key, list)
        this.ingangen.push({ ...ingang, sleutel: key })
        max = Math.max(max, key.split(' ').length)
      }
      for (const pc of plaats.postcodes ?? []) this.perPostcode.set(pc, plaats)
      for (const g of plaats.postcodegebieden ?? []) {
        this.perGebied.set(g.code, { plaats, lat: g.lat, lng: g.lng })
      }
    }
    this.maxWoorden = max
  }

  get size(): number {
    return this.alle.length
  }

  /** The label we show for a place, and accept back: "Hengelo (Gelderland)" when ambiguous. */
  label(plaats: GazetteerEntry): string {
    const zelfde = this.perSleutel.get(sleutel(plaats.naam)) ?? []
    return zelfde.length > 1 ? `${plaats.naam} (${plaats.provincie})` : plaats.naam
  }

  /**
   * A PC4 ("5038"): our own locations' postcode first, then an imported PC4 centre, then the
   * PC3 and PC2 area it lies in. Null when none is known.
   */
  postcode(pc4: string): PlaatsTreffer | null {
    const eigen = this.perPostcode.get(pc4)
    if (eigen) {
      return {
        plaats: eigen,
        via: 'postcode',
        postcode: pc4,
        vanaf: { lat: eigen.lat, lng: eigen.lng, bron: 'locaties' },
      }
    }
    for (const len of [4, 3, 2]) {
      const gebied = this.perGebied.get(pc4.slice(0, len))
      if (gebied) {
        return {
          plaats: gebied.plaats,
          via: 'postcode',
          postcode: pc4,
          vanaf: { lat: gebied.lat, lng: gebied.lng, bron: VANAF_BRON[len]! },
        }
      }
    }
    return null
  }

  /** Resolve what someone typed in the woonplaats field. */
  zoek(input: string): PlaatsKeuze {
    const postcode = POSTCODE.exec(input)?.[1]
    if (postcode) {
      const treffer = this.postcode(postcode)
      return treffer
        ? { soort: 'gevonden', ...treffer, anderen: [] }
        : { soort: 'onbekend', suggesties: [], postcode }
    }
    if (CIJFERS.test(input)) return { soort: 'geen-postcode', invoer: input.trim() }
    const { naam, nadere } = splitNadere(input)
    const treffers = this.perSleutel.get(sleutel(naam)) ?? []
    if (treffers.length === 0) return { soort: 'onbekend', suggesties: this.lijktOp(naam) }
    const gekozen =
      (nadere &&
        treffers.find(
          (t) =>
            sleutel(t.plaats.provincie) === sleutel(nadere) ||
            sleutel(t.plaats.gemeente) === sleutel(nadere),
        )) ||
      treffers[0]!
    return {
      soort: 'gevonden',
      plaats: gekozen.plaats,
      via: gekozen.alternatief ? 'alternatieve naam' : 'naam',
      anderen: treffers.filter((t) => t !== gekozen).map((t) => t.plaats),
    }
  }

  /**
   * The first place name or postcode inside a list of words, longest name first at each
   * position: ['verpleeghuis', 'den', 'bosch'] → "Den Bosch" at words 1–2.
   */
  vindIn(ws: readonly string[]): (PlaatsTreffer & { start: number; eind: number }) | null {
    for (let start = 0; start < ws.length; start++) {
      const word = ws[start]!
      if (/^[1-9]\d{3}$/.test(word)) {
        const treffer = this.postcode(word)
        if (treffer) return { ...treffer, start, eind: start + 1 }
        continue
      }
      for (let len = Math.min(this.maxWoorden, ws.length - start); len >= 1; len--) {
        // a lone word of one or two letters is never taken for a place
        if (len === 1 && word.length < 3) continue
        const ingangen = this.perSleutel.get(ws.slice(start, start + len).join(' '))
        const eerste = ingangen?.[0]
        if (eerste) {
          return {
            plaats: eerste.plaats,
            via: eerste.alternatief ? 'alternatieve naam' : 'naam',
            start,
            eind: start + len,
          }
        }
      }
    }
    return null
  }

  /** Places whose name (or alternative name) is a few typos away: "Tilbrug" → Tilburg. */
  lijktOp(input: string, limit = 3): GazetteerEntry[] {
    const key = sleutel(input)
    if (key.length < 3) return []
    const max = toegestaneFouten(key.length)
    const scored: { plaats: GazetteerEntry; afstand: number; naam: string }[] = []
    for (const ingang of this.ingangen) {
      const afstand = bewerkingsafstand(key, ingang.sleutel, max)
      if (afstand <= max) scored.push({ plaats: ingang.plaats, afstand, naam: ingang.sleutel })
    }
    scored.sort(
      (a, b) =>
        a.afstand - b.afstand ||
        a.naam.length - b.naam.length ||
        (a.naam < b.naam ? -1 : a.naam > b.naam ? 1 : 0),
    )
    const out: GazetteerEntry[] = []
    for (const s of scored) {
      if (!out.includes(s.plaats)) out.push(s.plaats)
      if (out.length >= limit) break
    }
    return out
  }

  /**
   * Suggestions while typing: names (official or alternative) that are the input, start with
   * it, or have a word starting with it; postcodes that start with typed digits.
   */
  suggesties(input: string, limit = 8): PlaatsSuggestie[] {
    const key = sleutel(input)
    if (!key) return []
    if (/^\d{4}$/.test(key) && !this.perPostcode.has(key)) {
      const treffer = this.postcode(key)
      return treffer ? [{ waarde: key, label: `${key} (${this.label(treffer.plaats)})` }] : []
    }
    if (/^\d{1,4}$/.test(key)) {
      return [...this.perPostcode]
        .filter(([pc]) => pc.startsWith(key))
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .slice(0, limit)
        .map(([pc, plaats]) => ({ waarde: pc, label: `${pc} (${this.label(plaats)})` }))
    }
    const tiers: (NaamIngang & { sleutel: string })[][] = [[], [], []]
    for (const ingang of this.ingangen) {
      const k = ingang.sleutel
      const tier = k === key ? 0 : k.startsWith(key) ? 1 : k.includes(` ${key}`) ? 2 : -1
      if (tier >= 0) tiers[tier]!.push(ingang)
    }
    const out: PlaatsSuggestie[] = []
    const seen = new Set<string>()
    for (const tier of tiers) {
      tier.sort((a, b) => a.sleutel.length - b.sleutel.length || (a.sleutel < b.sleutel ? -1 : 1))
      for (const ingang of tier) {
        const label = this.label(ingang.plaats)
        const waarde = ingang.alternatief ? ingang.naam : label
        const key2 = `${ingang.plaats.id}|${waarde}`
        if (seen.has(key2)) continue
        seen.add(key2)
        out.push({
          waarde,
          label: ingang.alternatief ? `${ingang.naam} (${label})` : label,
        })
        if (out.length >= limit) return out
      }
    }
    return out
  }
}

export { woorden }
