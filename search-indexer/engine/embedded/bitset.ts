/** Sets of slots as 32-bit words: filters are ANDs and ORs, facet counts are popcounts. */

export type Bits = Uint32Array

export const wordsFor = (slots: number): number => Math.max(1, Math.ceil(slots / 32))

export const setBit = (bits: Bits, slot: number): void => {
  bits[slot >>> 5]! |= 1 << (slot & 31)
}

export const clearBit = (bits: Bits, slot: number): void => {
  bits[slot >>> 5]! &= ~(1 << (slot & 31))
}

export const hasBit = (bits: Bits, slot: number): boolean =>
  (bits[slot >>> 5]! & (1 << (slot & 31))) !== 0

export const popcount32 = (x: number): number => {
  x -= (x >>> 1) & 0x55555555
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  x = (x + (x >>> 4)) & 0x0f0f0f0f
  return Math.imul(x, 0x01010101) >>> 24
}

/** The number of set bits of every 16-bit number: two lookups count a word (faster than bit tricks). */
const BITS16 = (() => {
  const table = new Uint8Array(0x10000)
  for (let i = 1; i < 0x10000; i++) table[i] = table[i >>> 1]! + (i & 1)
  return table
})()

/** The number of set bits of a 32-bit word (through a table; see `popcount32` for the formula). */
export const popcount = (x: number): number => BITS16[x & 0xffff]! + BITS16[x >>> 16]!

export const count = (bits: Bits): number => {
  let n = 0
  for (let i = 0; i < bits.length; i++) if (bits[i] !== 0) n += popcount32(bits[i]!)
  return n
}

/** |a ∧ b| over the word indexes in `words` (the non-zero words of a). */
export const countAnd = (a: Bits, b: Bits, words: Int32Array, nWords: number): number => {
  let n = 0
  for (let k = 0; k < nWords; k++) {
    const i = words[k]!
    const x = a[i]! & b[i]!
    if (x !== 0) n += popcount(x)
  }
  return n
}

/** |a ∧ b| over every word (faster than `countAnd` when most words of a are non-zero). */
export const countAndAll = (a: Bits, b: Bits): number => {
  let n = 0
  for (let i = 0; i < a.length; i++) {
    const x = a[i]! & b[i]!
    n += BITS16[x & 0xffff]! + BITS16[x >>> 16]!
  }
  return n
}

/** |a| over the word indexes in `words` (the non-zero words of a). */
export const countWords = (a: Bits, words: Int32Array, nWords: number): number => {
  let n = 0
  for (let k = 0; k < nWords; k++) n += popcount(a[words[k]!]!)
  return n
}

/** Indexes of the non-zero words of `bits`, into `out`; returns how many. */
export const nonZeroWords = (bits: Bits, out: Int32Array): number => {
  let n = 0
  for (let i = 0; i < bits.length; i++) if (bits[i] !== 0) out[n++] = i
  return n
}

/** Calls `fn` for every set slot, ascending. */
export const forEachSlot = (bits: Bits, fn: (slot: number) => void): void => {
  for (let i = 0; i < bits.length; i++) {
    let w = bits[i]!
    while (w !== 0) {
      const t = w & -w
      fn((i << 5) + (31 - Math.clz32(t)))
      w ^= t
    }
  }
}

/** A copy of `bits` grown to `words` words (new bits clear). */
export const grow = (bits: Bits, words: number): Bits => {
  if (bits.length >= words) return bits
  const out = new Uint32Array(words)
  out.set(bits)
  return out
}
