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
import { POSTCODEGEBIEDEN, type PostcodeGebied } from './data/postcodegebieden'
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

/** The centre of one PC4 area, as `npm run import:postcodes` writes it (WGS84). */
export interface Pc4Punt {
  postcode: string
  lat: number
  lng: number
}

export interface PostcodeBronnen {
  /** the fallback PC2/PC3 areas (default: data/postcodegebieden.ts) */
  gebieden?: readonly PostcodeGebied[]
  /** imported PC4 centres (DATA_DIR/postcodes-pc4.json), if any */
  pc4?: readonly Pc4Punt[]
}

/** Distance in km between two points (haversine). */
export const afstandKm = (a: { lat: number; lng: number }, b: { lat: number; lng: number }) => {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLng = (b.lng - a.lng) * rad
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)))
}

type Gebied = NonNullable<GazetteerEntry['postcodegebieden']>[number]

/**
 * Postcode areas per woonplaats id. A fallback area goes to the woonplaats it names (skipped when
 * this set of woonplaatsen lacks it) and is searched from that place's centre; an imported PC4
 * goes to the nearest woonplaats and is searched from its own centre.
 */
export const postcodegebiedenPerPlaats = (
  woonplaatsen: readonly GazetteerWoonplaats[],
  { gebieden = POSTCODEGEBIEDEN.gebieden, pc4 = [] }: PostcodeBronnen = {},
): Map<string, Gebied[]> => {
  const out = new Map<string, Gebied[]>()
  const voeg = (id: string, gebied: Gebied) => out.set(id, [...(out.get(id) ?? []), gebied])
  const byName = new Map<string, GazetteerWoonplaats[]>()
  for (const w of woonplaatsen) {
    const key = normalizeName(w.naam)
    byName.set(key, [...(byName.get(key) ?? []), w])
  }
  for (const gebied of gebieden) {
    const kandidaten = (byName.get(normalizeName(gebied.woonplaats)) ?? []).filter(
      (w) => !gebied.provincie || w.provincie === gebied.provincie,
    )
    const plaats = kandidaten.length === 1 ? kandidaten[0] : undefined
    if (plaats) voeg(plaats.id, { code: gebied.code, lat: plaats.lat, lng: plaats.lng })
  }
  for (const punt of pc4) {
    let nearest: GazetteerWoonplaats | undefined
    let best = Infinity
    for (const w of woonplaatsen) {
      const d = afstandKm(punt, w)
      if (d < best) [nearest, best] = [w, d]
    }
    if (nearest) voeg(nearest.id, { code: punt.postcode, lat: punt.lat, lng: punt.lng })
  }
  return out
}

/** Every woonplaats with its alternative names and postcodes, validated against the contract. */
export const buildGazetteer = (
  woonplaatsen: readonly GazetteerWoonplaats[],
  adressen: Iterable<GazetteerAdres> = [],
  groepen: readonly NaamGroep[] = ALTERNATIEVE_NAMEN,
  bronnen: PostcodeBronnen = {},
): GazetteerEntry[] => {
  const postcodes = new Map<string, string[]>()
  for (const [code, id] of postcodesFromAdressen(woonplaatsen, adressen)) {
    postcodes.set(id, [...(postcodes.get(id) ?? []), code])
  }
  const gebieden = postcodegebiedenPerPlaats(woonplaatsen, bronnen)
  return woonplaatsen.map((w) => {
    const eigen = gebieden.get(w.id)
    return GazetteerEntrySchema.parse({
      id: w.id,
      naam: w.naam,
      gemeente: w.gemeente,
      provincie: w.provincie,
      lat: w.lat,
      lng: w.lng,
      alternatieveNamen: alternatieveNamen(w, groepen),
      postcodes: (postcodes.get(w.id) ?? []).sort(),
      ...(eigen && { postcodegebieden: eigen.sort((a, b) => (a.code < b.code ? -1 : 1)) }),
    })
  })
}
