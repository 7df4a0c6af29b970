/**
 * The Dutch words both engines share: stop words and synonyms of care words. One source: the
 * site's word list (site/lib/server/zoektaal/zorgwoorden.json), whose groups name the same kind
 * of care or target group in a family's words (verpleeghuis, verpleegtehuis, zorgcentrum …).
 * Meilisearch gets them as index settings (meilisearch/mapping.ts); the embedded engine applies
 * them to the query (embedded/core.ts).
 */
import zorgwoorden from '../../../site/lib/server/zoektaal/zorgwoorden.json' with { type: 'json' }
import { normalizeText } from './text'

/**
 * Words that carry no meaning in a search: the site's filler words ("in", "bij", "rond") and
 * the commonest Dutch function words. Lower case, without accents.
 */
export const STOPWOORDEN: readonly string[] = [
  ...new Set([
    ...zorgwoorden.vulwoorden,
    ...['de', 'het', 'van', 'der', 'den', 'op', 'aan', 'naar', 'om', 'uit', 'door', 'tot'],
  ]),
]

/** Groups of words that mean the same to a family (one group per kind of care or target group). */
export const SYNONIEMGROEPEN: readonly (readonly string[])[] = zorgwoorden.groepen
  .map((g) => [...new Set(g.woorden.map((w) => normalizeText(w).trim()))])
  .filter((g) => g.length > 1)

/** word → its synonyms (other words of its groups; phrases included), for Meilisearch. */
export const synoniemen = (): Record<string, string[]> => {
  const out: Record<string, Set<string>> = {}
  for (const groep of SYNONIEMGROEPEN) {
    for (const woord of groep) {
      const set = (out[woord] ??= new Set())
      for (const ander of groep) if (ander !== woord) set.add(ander)
    }
  }
  return Object.fromEntries(Object.entries(out).map(([w, s]) => [w, [...s].sort()]))
}

/** single word → the other single words of its groups (the embedded engine matches words). */
export const woordSynoniemen: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, Set<string>>()
  for (const groep of SYNONIEMGROEPEN) {
    const words = groep.filter((w) => !w.includes(' '))
    for (const woord of words) {
      const set = map.get(woord) ?? new Set<string>()
      for (const ander of words) if (ander !== woord) set.add(ander)
      map.set(woord, set)
    }
  }
  return new Map([...map].filter(([, s]) => s.size > 0).map(([w, s]) => [w, [...s]]))
})()

const stop = new Set(STOPWOORDEN)
export const isStopwoord = (word: string): boolean => stop.has(word)
