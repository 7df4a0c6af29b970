/**
 * One behaviour contract for every search engine adapter. An adapter's integration test calls
 * `runSearchEngineContract('name', makeEngine)`; `makeEngine` gives a fresh, empty engine.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PublicDocumentSchema } from '../../search-indexer/contract'
import type { SearchQuery, SearchReader, SearchWriter } from '../../search-indexer/engine/port'
import {
  GAZETTEER,
  gazetteerEntry,
  makePublicDocument,
  sampleDocuments,
} from '../fixtures/public-documents'

export interface EngineUnderTest {
  reader: SearchReader
  writer: SearchWriter
  /** resolves once the reader sees every completed write */
  settle: () => Promise<void>
  cleanup: () => Promise<void>
}

const q = (query: Partial<SearchQuery>): SearchQuery => ({ page: 1, perPage: 20, ...query })

export const runSearchEngineContract = (
  name: string,
  makeEngine: () => Promise<EngineUnderTest>,
): void => {
  describe(`search engine contract: ${name}`, () => {
    let engine: EngineUnderTest
    let reader: SearchReader
    let writer: SearchWriter
    const names = async (query: Partial<SearchQuery>) =>
      (await reader.search(q(query))).hits.map((h) => h.document.naam)
    const load = async () => {
      await writer.replaceAll(sampleDocuments(), GAZETTEER)
      await engine.settle()
    }

    beforeEach(async () => {
      engine = await makeEngine()
      reader = engine.reader
      writer = engine.writer
    })
    afterEach(async () => {
      await engine.cleanup()
    })

    it('fixtures are valid public documents', () => {
      for (const doc of sampleDocuments())
        expect(() => PublicDocumentSchema.parse(doc)).not.toThrow()
    })

    it('serves empty results before anything is indexed', async () => {
      const result = await reader.search(q({ text: 'zon' }))
      expect(result.total).toBe(0)
      expect(result.hits).toEqual([])
      expect(await reader.getDocument('locatie-1')).toBeNull()
      expect(await reader.findWoonplaatsen('Utrecht')).toEqual([])
      const health = await reader.health()
      expect(health.documents).toBe(0)
      expect(['starting', 'ok']).toContain(health.status)
      expect(await writer.count()).toBe(0)
    })

    it('upsert is idempotent by id', async () => {
      const docs = sampleDocuments()
      await writer.upsert(docs)
      await writer.upsert(docs)
      await engine.settle()
      expect(await writer.count()).toBe(docs.length)
      expect((await reader.search(q({}))).total).toBe(docs.length)
      const changed = { ...docs[0]!, naam: 'Zonnehuis Nieuwe Naam' }
      await writer.upsert([changed])
      await engine.settle()
      expect(await writer.count()).toBe(docs.length)
      expect((await reader.getDocument(changed.id))?.naam).toBe('Zonnehuis Nieuwe Naam')
      expect(await names({ text: 'nieuwe' })).toEqual(['Zonnehuis Nieuwe Naam'])
    })

    it('deletes by id, and deleting an absent id is fine', async () => {
      await load()
      await writer.delete(['locatie-1', 'locatie-does-not-exist'])
      await writer.delete(['locatie-1'])
      await engine.settle()
      expect(await writer.count()).toBe(9)
      expect(await reader.getDocument('locatie-1')).toBeNull()
      expect(await names({ text: 'zonnehuis' })).toEqual([])
    })

    it('replaceAll swaps documents and gazetteer', async () => {
      await load()
      const only = makePublicDocument({
        id: 'locatie-900',
        locatieId: '900',
        naam: 'Nieuwbouw Oost',
      })
      await writer.replaceAll([only], [gazetteerEntry('wp-x', 'Xanten', 51.6, 6.4)])
      await engine.settle()
      expect(await writer.count()).toBe(1)
      expect((await reader.search(q({}))).hits.map((h) => h.document.id)).toEqual(['locatie-900'])
      expect(await reader.findWoonplaatsen('Utrecht')).toEqual([])
      expect((await reader.findWoonplaatsen('xanten')).map((w) => w.id)).toEqual(['wp-x'])
    })

    it('getDocument returns the full public document', async () => {
      await load()
      const expected = sampleDocuments().find((d) => d.id === 'locatie-5')
      expect(await reader.getDocument('locatie-5')).toEqual(expected)
      expect(await reader.getDocument('locatie-404')).toBeNull()
    })

    it('text: prefix, typo, case and diacritics', async () => {
      await load()
      expect((await names({ text: 'zon' })).sort()).toEqual([
        'Zonnehuis De Bilt',
        'Zonnestraal Utrecht',
      ])
      expect(await names({ text: 'zonnehuys' })).toContain('Zonnehuis De Bilt')
      expect(await names({ text: 'ELISE' })).toEqual(['Café Zorg Élise'])
      expect(await names({ text: 'cafe' })).toEqual(['Café Zorg Élise'])
      // organisation short name and place match too
      expect(await names({ text: 'PWS' })).toEqual(['De Bossche Hof'])
      expect(await names({ text: 'hengelo' })).toEqual(['Huize Hengelo'])
      // all words must match
      expect(await names({ text: 'zonne utrecht' })).toContain('Zonnestraal Utrecht')
      expect(await names({ text: 'zonnestraal amsterdam' })).toEqual([])
      expect(await names({ text: 'qqqxxx' })).toEqual([])
    })

    it('filters: soortZorg OR, zachteInformatie AND, woonplaats', async () => {
      await load()
      expect((await names({ soortZorg: ['VG', 'GGZ'] })).sort()).toEqual(
        ['Amstelhof', 'Het Amsterdamse Bos', 'Huize Hengelo', 'Lindehof'].sort(),
      )
      expect((await names({ zachteInformatie: ['huisdieren-welkom', 'tuin'] })).sort()).toEqual(
        ['Zeisterhof', 'Zonnehuis De Bilt'].sort(),
      )
      expect(await names({ zachteInformatie: ['huisdieren-welkom', 'tuin', 'rookvrij'] })).toEqual([
        'Zeisterhof',
      ])
      expect((await names({ woonplaatsId: 'wp-utrecht' })).sort()).toEqual(
        ['Kastanjehof', 'Lindehof', 'Zonnehuis De Bilt', 'Zonnestraal Utrecht'].sort(),
      )
      expect(await names({ woonplaatsId: 'wp-utrecht', soortZorg: ['VG'] })).toEqual(['Lindehof'])
      expect(await names({ text: 'zon', zachteInformatie: ['tuin'] })).toEqual([
        'Zonnehuis De Bilt',
      ])
    })

    it('facet counts over all matches', async () => {
      await load()
      const all = await reader.search(q({ perPage: 1 }))
      expect(all.total).toBe(10)
      expect(all.facets.soortZorg).toEqual({ VV: 6, GGZ: 2, VG: 2 })
      expect(all.facets.zachteInformatie).toEqual({ 'huisdieren-welkom': 3, tuin: 3, rookvrij: 2 })
      expect(all.facets.organisatieType).toEqual({ zorgaanbieder: 8, oco: 1, 'pgb-initiatief': 1 })
      expect(all.facets.plaats.Utrecht).toBe(4)
      const filtered = await reader.search(q({ woonplaatsId: 'wp-utrecht' }))
      expect(filtered.facets.soortZorg).toEqual({ VV: 3, VG: 1 })
      expect(filtered.facets.plaats).toEqual({ Utrecht: 4 })
    })

    it('geo radius with distances, sorted by distance without text', async () => {
      await load()
      const center = { lat: 52.09, lng: 5.12 }
      const result = await reader.search(q({ geo: { ...center, radiusKm: 15 } }))
      expect(result.hits.map((h) => h.document.naam)).toEqual([
        'Zonnestraal Utrecht',
        'Zonnehuis De Bilt',
        'Kastanjehof',
        'Lindehof',
        'Zeisterhof',
      ])
      const distances = result.hits.map((h) => h.afstandKm ?? NaN)
      expect(distances).toEqual([...distances].sort((a, b) => a - b))
      expect(distances[0]).toBeCloseTo(0, 1)
      expect(distances[4]).toBeGreaterThan(7)
      expect(distances[4]).toBeLessThan(8.5)
      expect(result.total).toBe(5)
      expect(result.facets.soortZorg).toEqual({ VV: 4, VG: 1 })
      // Zeisterhof is ~7.7 km away: inside 8 km, outside 7 km (exact circle, not a box)
      expect(await names({ geo: { ...center, radiusKm: 7 } })).not.toContain('Zeisterhof')
      const withText = await reader.search(q({ text: 'zeist', geo: { ...center, radiusKm: 8 } }))
      expect(withText.hits.map((h) => h.document.naam)).toEqual(['Zeisterhof'])
      expect(withText.hits[0]?.afstandKm).toBeGreaterThan(7)
    })

    it('paginates with a stable order and total', async () => {
      await load()
      const page1 = await reader.search(q({ page: 1, perPage: 4 }))
      const page2 = await reader.search(q({ page: 2, perPage: 4 }))
      const page3 = await reader.search(q({ page: 3, perPage: 4 }))
      expect([page1.total, page2.total, page3.total]).toEqual([10, 10, 10])
      expect([page1.hits.length, page2.hits.length, page3.hits.length]).toEqual([4, 4, 2])
      const ids = [...page1.hits, ...page2.hits, ...page3.hits].map((h) => h.document.id)
      expect(new Set(ids).size).toBe(10)
      expect((await reader.search(q({ page: 9, perPage: 4 }))).hits).toEqual([])
    })

    it('findWoonplaatsen: exact match first, then prefix', async () => {
      await load()
      const hengelo = await reader.findWoonplaatsen('hengelo')
      expect(hengelo.slice(0, 2).map((w) => w.naam)).toEqual(['Hengelo', 'Hengelo'])
      expect((await reader.findWoonplaatsen('Heng')).map((w) => w.id)).toContain('wp-hengevelde')
      expect((await reader.findWoonplaatsen('amst')).map((w) => w.naam).sort()).toEqual([
        'Amstelveen',
        'Amsterdam',
      ])
      expect((await reader.findWoonplaatsen('AMSTERDAM'))[0]?.id).toBe('wp-amsterdam')
      expect((await reader.findWoonplaatsen('hertogenbosch')).map((w) => w.id)).toEqual([
        'wp-den-bosch',
      ])
      expect(await reader.findWoonplaatsen('amst', 1)).toHaveLength(1)
    })

    it('health reports the document count', async () => {
      await load()
      const health = await reader.health()
      expect(health.status).toBe('ok')
      expect(health.documents).toBe(10)
    })
  })
}
