import { beforeEach, describe, expect, it } from 'vitest'
import type { GazetteerEntry } from '../../../search-indexer/contract'
import type { SearchQuery, SearchReader, SearchResult } from '../../../search-indexer/engine/port'
import {
  resetSearchCaches,
  runSearch,
  toFacetList,
  toResultaat,
  type ZoekParams,
} from '../../../site/lib/server/search'
import { SITE_GAZETTEER, siteDocuments, SZ, ZI } from '../../fixtures/site-documents'

/** A reader over the fixture documents that records the queries it gets. */
const fakeReader = () => {
  const docs = siteDocuments()
  const queries: SearchQuery[] = []
  const reader: SearchReader = {
    async search(query) {
      queries.push(query)
      const hits = docs
        .filter((d) => !query.soortZorg?.length || query.soortZorg.includes(d.soortZorg.code))
        .filter((d) =>
          (query.zachteInformatie ?? []).every((c) => d.zachteInformatie.some((z) => z.code === c)),
        )
        .filter(
          (d) => !query.woonplaatsId || d.woonplaatsen.some((w) => w.id === query.woonplaatsId),
        )
      const facets: SearchResult['facets'] = {
        soortZorg: {},
        zachteInformatie: {},
        plaats: {},
        organisatieType: {},
      }
      for (const d of hits) {
        facets.soortZorg[d.soortZorg.code] = (facets.soortZorg[d.soortZorg.code] ?? 0) + 1
        facets.plaats[d.adres.plaats] = (facets.plaats[d.adres.plaats] ?? 0) + 1
        for (const z of d.zachteInformatie)
          facets.zachteInformatie[z.code] = (facets.zachteInformatie[z.code] ?? 0) + 1
      }
      const start = (query.page - 1) * query.perPage
      return {
        total: hits.length,
        hits: hits
          .slice(start, start + query.perPage)
          .map((document) => ({ document, ...(query.geo && { afstandKm: 1.234 }) })),
        facets,
      }
    },
    async getDocument(id) {
      return docs.find((d) => d.id === id) ?? null
    },
    async findWoonplaatsen(naam: string): Promise<GazetteerEntry[]> {
      const q = naam.toLowerCase()
      return SITE_GAZETTEER.filter((g) => g.naam.toLowerCase().startsWith(q))
    },
    async indexerStatus() {
      return null
    },
    async health() {
      return { status: 'ok', documents: docs.length, engine: 'embedded' }
    },
    async close() {},
  }
  return { reader, queries }
}

const params = (p: Partial<ZoekParams> = {}): ZoekParams => ({
  soortZorg: [],
  zachteInformatie: [],
  pagina: 1,
  perPagina: 20,
  ...p,
})

beforeEach(() => resetSearchCaches())

describe('toResultaat', () => {
  it('maps a hit to the public result with a detail url and rounded distance', () => {
    const doc = siteDocuments()[0]!
    expect(toResultaat({ document: doc, afstandKm: 1.26 })).toEqual({
      id: '101',
      naam: 'Zorgstroom – Verpleeghuis Hof Mondriaan',
      organisatie: 'Zorgstroom',
      soortZorg: { code: SZ.ouderen.code, naam: SZ.ouderen.naam, icoon: SZ.ouderen.icoon },
      voorziening: 'Verpleeghuis',
      plaats: 'Utrecht',
      lat: 52.0805,
      lng: 5.1105,
      url: '/locatie/101',
      afstandKm: 1.3,
      dagbesteding: false,
      zachteInformatie: [ZI.huisdier, ZI.tuin, ZI.dementie].map(({ code, naam, icoon }) => ({
        code,
        naam,
        icoon,
      })),
    })
  })

  it('leaves afstandKm out when the engine gives none', () => {
    expect(toResultaat({ document: siteDocuments()[0]! })).not.toHaveProperty('afstandKm')
  })
})

describe('toFacetList', () => {
  it('sorts by count, then name, and keeps selected values with 0', () => {
    const list = toFacetList(
      { b: 2, a: 2, c: 5 },
      (code) => ({ code, naam: code.toUpperCase(), icoon: '' }),
      ['z'],
    )
    expect(list.map((f) => [f.code, f.aantal])).toEqual([
      ['c', 5],
      ['a', 2],
      ['b', 2],
      ['z', 0],
    ])
    expect(list[0]).toEqual({ code: 'c', naam: 'C', aantal: 5 })
  })
})

describe('runSearch', () => {
  it('resolves a woonplaats without straal to a woonplaatsId filter', async () => {
    const { reader, queries } = fakeReader()
    const result = await runSearch(params({ woonplaats: 'zeist' }), reader)
    expect(result.ok).toBe(true)
    expect(queries[0]).toMatchObject({ woonplaatsId: 'wp-zeist' })
    expect(queries[0]).not.toHaveProperty('geo')
    // Zeist: the woonzorgcentrum there and the home care that serves it
    if (result.ok)
      expect(result.antwoord.resultaten.map((r) => r.id).sort()).toEqual(['102', '103'])
  })

  it('resolves a woonplaats with straal to a geo radius around its centre', async () => {
    const { reader, queries } = fakeReader()
    const result = await runSearch(params({ woonplaats: 'Utrecht', straal: 10 }), reader)
    expect(queries[0]?.geo).toEqual({ lat: 52.0907, lng: 5.1214, radiusKm: 10 })
    expect(result.ok && result.woonplaats?.id).toBe('wp-utrecht')
    expect(result.ok && result.antwoord.resultaten[0]?.afstandKm).toBe(1.2)
  })

  it('picks the first exact match and reports namesakes', async () => {
    const { reader } = fakeReader()
    const result = await runSearch(params({ woonplaats: 'Hengelo' }), reader)
    expect(result.ok && result.woonplaats?.id).toBe('wp-hengelo-ov')
    expect(result.ok && result.andereWoonplaatsen.map((w) => w.id)).toEqual(['wp-hengelo-gld'])
  })

  it('understands "Naam (Provincie)"', async () => {
    const { reader } = fakeReader()
    const result = await runSearch(params({ woonplaats: 'Hengelo (Gelderland)' }), reader)
    expect(result.ok && result.woonplaats?.id).toBe('wp-hengelo-gld')
  })

  it('answers an unknown woonplaats with a Dutch message and suggestions', async () => {
    const { reader } = fakeReader()
    const result = await runSearch(params({ woonplaats: 'Hengel' }), reader)
    expect(result).toMatchObject({
      ok: false,
      velden: { woonplaats: expect.stringContaining('We kennen de woonplaats "Hengel" niet') },
      suggesties: ['Hengelo (Overijssel)', 'Hengelo (Gelderland)'],
    })
  })

  it('counts soort zorg without its own filter and names facet values', async () => {
    const { reader } = fakeReader()
    const result = await runSearch(params({ soortZorg: [SZ.ggz.code], perPagina: 1 }), reader)
    if (!result.ok) throw new Error('expected ok')
    expect(result.antwoord.totaal).toBe(1)
    const soortZorg = Object.fromEntries(result.antwoord.facetten.soortZorg.map((f) => [f.code, f]))
    expect(soortZorg[SZ.ouderen.code]).toMatchObject({ naam: SZ.ouderen.naam, aantal: 4 })
    expect(soortZorg[SZ.ggz.code]).toMatchObject({ naam: 'GGZ-wonen', aantal: 1 })
    const zachte = result.antwoord.facetten.zachteInformatie
    expect(zachte).toEqual([{ code: 'rookvrij', naam: 'Rookvrij', aantal: 1, icoon: 'roken' }])
  })

  it('learns labels of facet values that are not on the current page', async () => {
    const { reader } = fakeReader()
    const result = await runSearch(params({ perPagina: 1 }), reader)
    if (!result.ok) throw new Error('expected ok')
    for (const f of [
      ...result.antwoord.facetten.soortZorg,
      ...result.antwoord.facetten.zachteInformatie,
    ]) {
      expect(f.naam).not.toBe(f.code)
    }
  })
})
