/**
 * Facet counts over a dense set in WebAssembly (facet-count.wat): the AND and popcount of the set
 * with each facet value's bitset, 128 bits per step (about five times faster than the same count
 * in JavaScript, `countAndAll`). The rows are copies of the index's value bitsets, made again
 * after a change (`load`); the index keeps its own bitsets as they are.
 *
 * Where WebAssembly SIMD is missing (an old or restricted runtime) `FacetMatrix.create` answers
 * null and the index counts in JavaScript: the same numbers.
 */
import type { Bits } from './bitset'
import { FACET_COUNT_WASM } from './facet-count.wasm'

const PAGE = 65_536

interface Exports {
  memory: WebAssembly.Memory
  counts: (words: number, from: number, rows: number, out: number) => void
}

let compiled: WebAssembly.Module | null | undefined

const wasmModule = (): WebAssembly.Module | null => {
  if (compiled !== undefined) return compiled
  try {
    const bytes = Buffer.from(FACET_COUNT_WASM, 'base64')
    compiled = WebAssembly.validate(bytes) ? new WebAssembly.Module(bytes) : null
  } catch {
    compiled = null
  }
  return compiled
}

export class FacetMatrix {
  private words = 0
  private rows = 0
  private view = new Uint32Array(0)

  static create(): FacetMatrix | null {
    const module = wasmModule()
    return module
      ? new FacetMatrix(new WebAssembly.Instance(module).exports as unknown as Exports)
      : null
  }

  private constructor(private readonly wasm: Exports) {}

  /** Copies `bitsets` (row r = bitsets[r], its first `words` words) in. */
  load(bitsets: readonly (Bits | undefined)[], words: number): void {
    this.words = Math.ceil(words / 4) * 4
    this.rows = bitsets.length
    // the set, the rows, then one count per row
    const bytes = (this.rows + 1) * this.words * 4 + this.rows * 4
    const { memory } = this.wasm
    if (memory.buffer.byteLength < bytes) {
      memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / PAGE))
    }
    this.view = new Uint32Array(memory.buffer)
    this.view.fill(0, 0, (this.rows + 1) * this.words)
    bitsets.forEach((bits, r) => {
      if (bits) this.view.set(bits.subarray(0, Math.min(words, bits.length)), (r + 1) * this.words)
    })
  }

  /** Puts the set to count over in place (its first `words` words, as loaded). */
  setSet(set: Bits): void {
    this.view.fill(0, 0, this.words)
    this.view.set(set.subarray(0, Math.min(set.length, this.words)), 0)
  }

  /** |set ∧ row| for the rows from `from` to `from + n`, into `out[from ..]`. */
  count(from: number, n: number, out: Int32Array): void {
    if (n <= 0) return
    const at = (this.rows + 1) * this.words * 4
    this.wasm.counts(this.words, from, n, at)
    const counts = new Int32Array(this.wasm.memory.buffer, at, n)
    out.set(counts, from)
  }
}
