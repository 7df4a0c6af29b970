/**
 * Text normalisation shared by every engine: lower case, no diacritics, words of letters and
 * digits. "Zorgcentrum Dé Höve, 's-Hertogenbosch" → ['zorgcentrum', 'de', 'hove', 's', 'hertogenbosch'].
 */

const COMBINING_MARKS = /\p{M}+/gu
const NON_WORD = /[^\p{L}\p{N}]+/u

/** Lower case and strip diacritics (é → e, ë → e, ĳ stays ĳ → ij via NFKD). */
export const normalizeText = (input: string): string =>
  input.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase()

/** Normalised words, in order, duplicates removed. */
export const tokenize = (input: string): string[] => {
  const seen = new Set<string>()
  for (const word of normalizeText(input).split(NON_WORD)) {
    if (word) seen.add(word)
  }
  return [...seen]
}

/** Normalised whole string for equality/prefix checks on names ("Den Haag" → "den haag"). */
export const normalizeName = (input: string): string => tokenize(input).join(' ')

/**
 * Rank names against a query the way the gazetteer lookup promises: exact (normalised) matches
 * first, then names starting with the query, then names with a later word starting with it
 * ("haag" → "Den Haag"); shorter names first within a tier. An item may have several names
 * (official and alternative ones); its best name counts. Non-matching items are dropped.
 */
export const rankByName = <T>(
  query: string,
  items: Iterable<T>,
  nameOf: (item: T) => string | readonly string[],
  limit = 10,
): T[] => {
  const q = normalizeName(query)
  if (!q || limit <= 0) return []
  const tiers: { item: T; name: string }[][] = [[], [], []]
  for (const item of items) {
    const names = nameOf(item)
    let best: { tier: number; name: string } | null = null
    for (const raw of typeof names === 'string' ? [names] : names) {
      const name = normalizeName(raw)
      const tier = name === q ? 0 : name.startsWith(q) ? 1 : name.includes(` ${q}`) ? 2 : -1
      if (tier >= 0 && (!best || tier < best.tier)) best = { tier, name }
    }
    if (best) tiers[best.tier]!.push({ item, name: best.name })
  }
  const byName = (a: { name: string }, b: { name: string }) =>
    a.name.length - b.name.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  return tiers
    .flatMap((tier) => tier.sort(byName))
    .slice(0, limit)
    .map((t) => t.item)
}

/** Every name of a gazetteer entry: the official one first, then the alternatives. */
export const gazetteerNames = (entry: {
  naam: string
  alternatieveNamen?: readonly string[]
}): string[] => [entry.naam, ...(entry.alternatieveNamen ?? [])]
