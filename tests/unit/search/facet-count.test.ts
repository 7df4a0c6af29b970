import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { compileWat, moduleText, WASM_SOURCES } from '../../../scripts/build-wasm'
import { countAndAll } from '../../../search-indexer/engine/embedded/bitset'
import { EmbeddedIndex } from '../../../search-indexer/engine/embedded/core'
import { FacetMatrix } from '../../../search-indexer/engine/embedded/facet-count'
import { indexFields } from '../../../search-indexer/engine/embedded/fields'
import type { SearchQuery } from '../../../search-indexer/engine/port'
import {
  seededRandom,
  syntheticDocuments,
  SYNTHETIC_GAZETTEER,
} from '../../../search-indexer/bench/synthetic'

describe('facet counts in WebAssembly', () => {
  it('the bytes in the module are those of the .wat source (npm run build:wasm)', async () => {
    for (const source of WASM_SOURCES) {
      const expected = moduleText(source.name, source.wat, await compileWat(source.wat))
      expect(readFileSync(source.module, 'utf8')).toBe(expected)
    }
  })

  it('counts |set ∧ row| exactly as JavaScript does, for any width and run of rows', () => {
    const matrix = FacetMatrix.create()
    expect(matrix).not.toBeNull()
    const { random } = seededRandom(11)
    const word = () => Math.floor(random() * 2 ** 32) >>> 0
    for (const words of [1, 3, 4, 5, 37, 1250]) {
      const rows = Array.from({ length: 20 }, (_, r) =>
        // empty, full, sparse and random rows; one row shorter than the set
        Uint32Array.from({ length: r === 5 ? Math.max(1, words - 2) : words }, () =>
          r === 0 ? 0 : r === 1 ? 0xffffffff : r % 3 === 0 ? word() & word() & word() : word(),
        ),
      )
      matrix!.load(rows, words)
      for (const dense of [true, false]) {
        const set = Uint32Array.from({ length: words }, () =>
          dense ? word() | word() : word() & word(),
        )
        matrix!.setSet(set)
        const out = new Int32Array(rows.length).fill(-1)
        matrix!.count(0, 7, out)
        matrix!.count(7, rows.length - 7, out)
        const padded = (bits: Uint32Array) => {
          const full = new Uint32Array(words)
          full.set(bits)
          return full
        }
        expect(Array.from(out)).toEqual(rows.map((row) => countAndAll(set, padded(row))))
      }
    }
  })

  it('an index answers the same with and without WebAssembly, before and after changes', () => {
    const rows = syntheticDocuments(1500).map(indexFields)
    const queries: SearchQuery[] = [
      { page: 1, perPage: 5 },
      { text: 'd', page: 1, perPage: 5 },
      { text: 'stichting', page: 1, perPage: 5 },
      { soortZorg: ['ouderenzorg-instelling', 'dagbesteding'], page: 1, perPage: 5 },
      { sector: ['VV'], zachteInformatie: ['tuin'], page: 2, perPage: 5 },
      { leveringsvorm: ['pgb'], doelgroep: ['vg-kinderen'], page: 1, perPage: 5 },
    ]
    const withWasm = EmbeddedIndex.buildSync(rows, SYNTHETIC_GAZETTEER)
    const withoutWasm = EmbeddedIndex.buildSync(rows, SYNTHETIC_GAZETTEER, { wasm: false })
    for (const query of queries) expect(withWasm.search(query)).toEqual(withoutWasm.search(query))
    // another location's care offer for a tenth of them, some removed, some new
    const changes = {
      upsert: [
        ...rows
          .filter((_, i) => i % 10 === 0)
          .map((r, i) => ({ ...rows[(i * 7 + 3) % rows.length]!, id: r.id })),
        ...rows.slice(0, 40).map((r, i) => ({ ...r, id: `nieuw-${i}` })),
      ],
      delete: rows.filter((_, i) => i % 10 === 1).map((r) => r.id),
    }
    withWasm.apply(changes)
    withoutWasm.apply(changes)
    for (const query of queries) expect(withWasm.search(query)).toEqual(withoutWasm.search(query))
  })
})
