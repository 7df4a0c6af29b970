/**
 * Words as the search layer compares them: lower case, no accents, split on everything that is
 * not a letter or digit, in order (duplicates kept). "'s-Hertogenbosch" → ['s', 'hertogenbosch'].
 */
import { normalizeText } from '../../../../search-indexer/engine/shared/text'

const NON_WORD = /[^\p{L}\p{N}]+/u

export const woorden = (input: string): string[] =>
  normalizeText(input)
    .split(NON_WORD)
    .filter((w) => w !== '')

/** One key per name: its words joined by a space ("Den Bosch" → "den bosch"). */
export const sleutel = (input: string): string => woorden(input).join(' ')

/**
 * Edit distance with adjacent transpositions (optimal string alignment): "tilbrug" → "tilburg"
 * is 1. Stops early and returns `max + 1` once the distance must exceed `max`.
 */
export const bewerkingsafstand = (a: string, b: string, max = Infinity): number => {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const n = b.length
  let prev2 = new Array<number>(n + 1).fill(0)
  let prev = Array.from({ length: n + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(n + 1).fill(0)
    cur[0] = i
    let rowMin = cur[0]
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, prev2[j - 2]! + 1)
      }
      cur[j] = d
      if (d < rowMin) rowMin = d
    }
    if (rowMin > max) return max + 1
    prev2 = prev
    prev = cur
  }
  return prev[n]!
}

/** How many typos a word of this length may have and still be recognised. */
export const toegestaneFouten = (lengte: number): number => (lengte <= 4 ? 1 : lengte <= 8 ? 2 : 3)
