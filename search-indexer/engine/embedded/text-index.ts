/**
 * Our own inverted index over the six text fields: term → slots per field, field lengths for a
 * BM25-like score, terms sorted for prefix ranges and grouped by length for typo candidates.
 * Owned outright (no other library's internals); updates are per document.
 */
import { tokenize } from '../shared/text'
import { TEXT_FIELDS, type TextField } from './fields'

const FIELD_COUNT = TEXT_FIELDS.length

/** Relative weight of a match per field. */
export const BOOST: Record<TextField, number> = {
  naam: 3,
  organisatie: 2,
  plaats: 1.5,
  voorziening: 1,
  soortZorg: 1,
  woonplaatsen: 1,
}
const BOOSTS = TEXT_FIELDS.map((f) => BOOST[f])

export const BM25 = { k: 1.2, b: 0.75 }

/** True when a and b differ by at most one insertion, deletion or substitution. */
export const withinOneEdit = (a: string, b: string): boolean => {
  if (a === b) return true
  const la = a.length
  const lb = b.length
  if (la - lb > 1 || lb - la > 1) return false
  let i = 0
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++
  // the rest after the first difference: skip one character of the longer word (or of both)
  let x = la >= lb ? i + 1 : i
  let y = lb >= la ? i + 1 : i
  while (x < la && y < lb) if (a.charCodeAt(x++) !== b.charCodeAt(y++)) return false
  return la - x === lb - y
}

/**
 * The postings of one term in one field, and the constants of its BM25-like score: a slot in
 * `slots` scores `base / (1 + k1 + k2 * lengths[slot])`.
 */
export type FieldPostingsVisitor = (
  slots: readonly number[],
  base: number,
  k1: number,
  k2: number,
  lengths: Uint16Array,
  avg: number,
) => void

export class TextIndex {
  private readonly terms: string[] = []
  private readonly termIds = new Map<string, number>()
  /** postings[field][termId]: slots with the term in that field (unordered) */
  private readonly postings: number[][][] = TEXT_FIELDS.map(() => [])
  /** term ids by term, for prefix ranges; rebuilt lazily when terms were added */
  private sorted: number[] = []
  private sortedDirty = false
  private readonly byLength = new Map<number, number[]>()
  /** per slot: field * 2^24 + termId of every (field, term) it is in */
  private readonly slotTerms: (readonly number[] | undefined)[] = []
  private fieldLengths: Uint16Array[] = TEXT_FIELDS.map(() => new Uint16Array(1024))
  private readonly lengthSums = new Float64Array(FIELD_COUNT)
  private live = 0

  get termCount(): number {
    return this.terms.length
  }

  add(slot: number, text: Record<TextField, string>): void {
    this.remove(slot)
    if (slot >= this.fieldLengths[0]!.length) {
      const size = Math.max(slot + 1, this.fieldLengths[0]!.length * 2)
      this.fieldLengths = this.fieldLengths.map((old) => {
        const next = new Uint16Array(size)
        next.set(old)
        return next
      })
    }
    const entries: number[] = []
    for (let f = 0; f < FIELD_COUNT; f++) {
      const words = tokenize(text[TEXT_FIELDS[f]!])
      this.fieldLengths[f]![slot] = Math.min(65535, words.length)
      this.lengthSums[f]! += words.length
      for (const word of words) {
        const id = this.termId(word)
        const list = (this.postings[f]![id] ??= [])
        list.push(slot)
        entries.push(f * 0x1000000 + id)
      }
    }
    this.slotTerms[slot] = entries.slice() // exact length: a pushed array keeps spare room
    this.live++
  }

  remove(slot: number): void {
    const entries = this.slotTerms[slot]
    if (!entries) return
    for (const entry of entries) {
      const f = Math.floor(entry / 0x1000000)
      const list = this.postings[f]![entry % 0x1000000]
      if (!list) continue
      const at = list.lastIndexOf(slot)
      if (at >= 0) {
        list[at] = list[list.length - 1]!
        list.pop()
      }
    }
    for (let f = 0; f < FIELD_COUNT; f++) {
      this.lengthSums[f]! -= this.fieldLengths[f]![slot] ?? 0
      this.fieldLengths[f]![slot] = 0
    }
    this.slotTerms[slot] = undefined
    this.live--
  }

  /**
   * Words matching `token`: itself and words starting with it (prefix), and from 4 letters on the
   * words one edit away (typo). Calls `visit(termId, kind)` once per word.
   */
  matchWords(
    token: string,
    typoMinLength: number,
    visit: (termId: number, kind: 'exact' | 'prefix' | 'typo') => void,
  ): void {
    const sorted = this.sortedTerms()
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.terms[sorted[mid]!]! < token) lo = mid + 1
      else hi = mid
    }
    for (let i = lo; i < sorted.length; i++) {
      const id = sorted[i]!
      const term = this.terms[id]!
      if (!term.startsWith(token)) break
      visit(id, term === token ? 'exact' : 'prefix')
    }
    if (token.length < typoMinLength) return
    for (let len = token.length - 1; len <= token.length + 1; len++) {
      for (const id of this.byLength.get(len) ?? []) {
        const term = this.terms[id]!
        if (term.startsWith(token)) continue // already a prefix match
        if (withinOneEdit(token, term)) visit(id, 'typo')
      }
    }
  }

  /** The id of an indexed word, or undefined. */
  lookup(word: string): number | undefined {
    return this.termIds.get(word)
  }

  /**
   * Calls `visit` for every field with term `id`, with its postings and the constants of the
   * BM25-like score of a match in that field times `weight` (`docs`: the number of documents).
   * Returns whether any field has the term.
   */
  fieldPostings(id: number, weight: number, docs: number, visit: FieldPostingsVisitor): boolean {
    let any = false
    const live = Math.max(1, this.live)
    for (let f = 0; f < FIELD_COUNT; f++) {
      const list = this.postings[f]![id]
      if (!list || list.length === 0) continue
      any = true
      const n = list.length
      const idf = Math.log(1 + (docs - n + 0.5) / (n + 0.5))
      const base = idf * weight * BOOSTS[f]! * (BM25.k + 1)
      const avg = this.lengthSums[f]! / live || 1
      const k1 = BM25.k * (1 - BM25.b)
      const k2 = (BM25.k * BM25.b) / avg
      visit(list, base, k1, k2, this.fieldLengths[f]!, avg)
    }
    return any
  }

  private termId(word: string): number {
    let id = this.termIds.get(word)
    if (id === undefined) {
      id = this.terms.push(word) - 1
      this.termIds.set(word, id)
      let same = this.byLength.get(word.length)
      if (!same) this.byLength.set(word.length, (same = []))
      same.push(id)
      this.sortedDirty = true
    }
    return id
  }

  private sortedTerms(): number[] {
    if (this.sortedDirty) {
      const terms = this.terms
      this.sorted = terms.map((_, i) => i).sort((a, b) => (terms[a]! < terms[b]! ? -1 : 1))
      this.sortedDirty = false
    }
    return this.sorted
  }
}
