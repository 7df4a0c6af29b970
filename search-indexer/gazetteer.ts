/**
 * The gazetteer the indexer publishes with the documents: every woonplaats the CMS knows, with
 * the alternative names people use and the 4-digit postcodes (PC4) that belong to it. Pure;
 * unit tested. `sync.ts` loads the inputs.
 *
 * PC4 source: no open PC4 dataset is available from the package registries we can use, so a
 * postcode belongs to the woonplaats that the visiting addresses with that postcode name (the
 * place most addresses name, when they disagree). Only the 4 digits are ever published: a
 * kleinschalig wooninitiatief stays at place/postcode level.
 */
import alternatieveNamenData from './data/alternatieve-namen.json' with { type: 'json' }
import { GazetteerEntrySchema, type GazetteerEntry } from './contract'
import { normalizeName } from './engine/shared/text'

export interface GazetteerWoonplaats {
  id: string
  naam: string
  gemeente: string
  provincie: string
  lat: number
  lng: number
}

/** The visiting address of a location, as far as the gazetteer needs it. */
export interface GazetteerAdres {
  postcode?: string | null
  plaats?: string | null
  /** woonplaats ids of the location (its care offers), to pick between places with one name */
  woonplaatsIds?: readonly string[]
}

export interface NaamGroep {
  /** names of one place; the official one may be any of them */
  namen: string[]
  /** only for places in this province (for names that occur more than once) */
  provincie?: string
}

export const ALTERNATIEVE_NAMEN: readonly NaamGroep[] = alternatieveNamenData.groepen

/** The 4 digits of a Dutch postcode ("5038 CL", "5038cl", "5038"), or null. */
export const pc4 = (postcode: string | null | undefined): string | null => {
  const m = /^\s*([1-9]\d{3})(?:\s*[A-Za-z]{2})?\s*$/.exec(postcode ?? '')
  return m?.[1] ?? null
}

/** Alternative names for a woonplaats: the other names of the groups its official name is in. */
export const alternatieveNamen = (
  woonplaats: Pick<GazetteerWoonplaats, 'naam' | 'provincie'>,
  groepen: readonly NaamGroep[] = ALTERNATIEVE_NAMEN,
): string[] => {
  const naam = normalizeName(woonplaats.naam)
  const out: string[] = []
  for (const groep of groepen) {
    if (groep.provincie && groep.provincie !== woonplaats.provincie) continue
    if (!groep.namen.some((n) => normalizeName(n) === naam)) continue
    for (const n of groep.namen) {
      if (normalizeName(n) !== naam && !out.includes(n)) out.push(n)
    }
  }
  return out
}

/**
 * PC4 → woonplaats id, from visiting addresses. The address's plaats must name a known
 * woonplaats; with several of that name, the one among the location's woonplaatsen wins.
 */
export const postcodesFromAdressen = (
  woonplaatsen: readonly GazetteerWoonplaats[],
  adressen: Iterable<GazetteerAdres>,
): Map<string, string> => {
  const byName = new Map<string, GazetteerWoonplaats[]>()
  for (const w of woonplaatsen) {
    const key = normalizeName(w.naam)
    byName.set(key, [...(byName.get(key) ?? []), w])
  }
  const votes = new Map<string, Map<string, number>>()
  for (const adres of adressen) {
    const code = pc4(adres.postcode)
    const candidates = byName.get(normalizeName(adres.plaats ?? '')) ?? []
    if (!code || candidates.length === 0) continue
    const own = candidates.find((c) => adres.woonplaatsIds?.includes(c.id))
    const place = own ?? (candidates.length === 1 ? candidates[0] : undefined)
    if (!place) continue
    const perPlace = votes.get(code) ?? new Map<string, number>()
    perPlace.set(place.id, (perPlace.get(place.id) ?? 0) + 1)
    votes.set(code, perPlace)
  }
  const out = new Map<string, string>()
  for (const [code, perPlace] of votes) {
    const [winner] = [...perPlace].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    if (winner) out.set(code, winner[0])
  }
  return out
}

/** Every woonplaats with its alternative names and postcodes, validated against the contract. */
export const buildGazetteer = (
  woonplaatsen: readonly GazetteerWoonplaats[],
  adressen: Iterable<GazetteerAdres> = [],
  groepen: readonly NaamGroep[] = ALTERNATIEVE_NAMEN,
): GazetteerEntry[] => {
  const postcodes = new Map<string, string[]>()
  for (const [code, id] of postcodesFromAdressen(woonplaatsen, adressen)) {
    postcodes.set(id, [...(postcodes.get(id) ?? []), code])
  }
  return woonplaatsen.map((w) =>
    GazetteerEntrySchema.parse({
      id: w.id,
      naam: w.naam,
      gemeente: w.gemeente,
      provincie: w.provincie,
      lat: w.lat,
      lng: w.lng,
      alternatieveNamen: alternatieveNamen(w, groepen),
      postcodes: (postcodes.get(w.id) ?? []).sort(),
    }),
  )
}
