/**
 * One behaviour contract for every search engine adapter. An adapter's integration test calls
 * `runSearchEngineContract('name', makeEngine)`; `makeEngine` gives a fresh, empty engine.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CONTRACT_VERSIE, lijstDocument, PublicDocumentSchema } from '../../search-indexer/contract'
import type { SearchQuery, SearchReader, SearchWriter } from '../../search-indexer/engine/port'
import { documentFingerprint } from '../../search-indexer/engine/shared/fingerprint'
import {
  GAZETTEER,
  gazetteerEntry,
  makePublicDocument,
  sampleDocuments,
  SOORT_ZORG,
  woonplaats,
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

    it('prepare readies an empty engine and keeps what is written, however often it runs', async () => {
      await writer.prepare()
      await engine.settle()
      expect((await reader.search(q({ text: 'zon' }))).total).toBe(0)
      await load()
      const before = await names({})
      await writer.prepare()
      await writer.prepare()
      await engine.settle()
      expect(await writer.count()).toBe(sampleDocuments().length)
      expect(await names({})).toEqual(before)
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

    it('a hit carries the list part of the document written', async () => {
      // one call: sampleDocuments() numbers most organisations afresh each time
      const docs = sampleDocuments()
      await writer.replaceAll(docs, GAZETTEER)
      await engine.settle()
      const written = new Map(docs.map((d) => [d.id, d]))
      const plain = await reader.search(q({}))
      // distance order with a served woonplaats: served, then the others (two requests)
      const served = await reader.search(
        q({ geo: { lat: 52.09, lng: 5.12, radiusKm: 15, servesWoonplaatsId: 'wp-utrecht' } }),
      )
      expect(plain.hits).toHaveLength(written.size)
      expect(served.hits.length).toBeGreaterThan(4)
      for (const hit of [...plain.hits, ...served.hits]) {
        expect(hit.document).toEqual(lijstDocument(written.get(hit.document.id)!))
      }
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

    it('findWoonplaatsen matches alternative names in both directions', async () => {
      await load()
      expect((await reader.findWoonplaatsen('Den Bosch')).map((w) => w.id)).toEqual([
        'wp-den-bosch',
      ])
      expect((await reader.findWoonplaatsen("'s-Gravenhage")).map((w) => w.id)).toEqual([
        'wp-den-haag',
      ])
      expect((await reader.findWoonplaatsen('den haag'))[0]?.id).toBe('wp-den-haag')
    })

    it('getGazetteer returns every woonplaats with alternative names and postcodes', async () => {
      expect(await reader.getGazetteer()).toEqual([])
      await load()
      const all = await reader.getGazetteer()
      expect(all.map((w) => w.id).sort()).toEqual(GAZETTEER.map((w) => w.id).sort())
      expect(all.find((w) => w.id === 'wp-den-bosch')).toEqual(
        GAZETTEER.find((w) => w.id === 'wp-den-bosch'),
      )
      expect(all.find((w) => w.id === 'wp-utrecht')?.postcodes).toEqual(['3511', '3512'])
    })

    it('filters on doelgroep (OR) with facet counts and labels', async () => {
      await load()
      expect((await names({ doelgroep: ['vv-dementie'] })).sort()).toEqual([
        'Zeisterhof',
        'Zonnehuis De Bilt',
      ])
      expect((await names({ doelgroep: ['vv-korsakov', 'vg-autisme'] })).sort()).toEqual([
        'Lindehof',
        'Zeisterhof',
      ])
      expect(await names({ doelgroep: ['vv-dementie'], zachteInformatie: ['rookvrij'] })).toEqual([
        'Zeisterhof',
      ])
      const all = await reader.search(q({ perPage: 1 }))
      expect(all.facets.doelgroep).toEqual({ 'vv-dementie': 2, 'vv-korsakov': 1, 'vg-autisme': 1 })
      expect(all.labels.doelgroep['vv-dementie']).toEqual({
        naam: 'Ouderen met dementie',
        icoon: '',
      })
      const geo = await reader.search(
        q({ doelgroep: ['vv-dementie'], geo: { lat: 52.09, lng: 5.12, radiusKm: 5 } }),
      )
      expect(geo.hits.map((h) => h.document.naam)).toEqual(['Zonnehuis De Bilt'])
    })

    it('filters on free places reported now, and a document that loses them drops out', async () => {
      await load()
      const plaatsen = (aantal: number) => ({
        sector: { code: 'VV', naam: 'Verpleging en verzorging' },
        zorgprofiel: null,
        soortPlaats: { code: 'verblijf', naam: 'Verblijf' },
        aantal,
        beschikbaarVanaf: '2026-11-29',
        geldigTot: '2026-12-29',
        gemeldOp: '2026-11-29T10:00:00.000Z',
        toelichting: null,
      })
      const [bilt, , amstelhof] = sampleDocuments()
      await writer.upsert([
        { ...bilt!, vrijeCapaciteit: [plaatsen(2)], vrijePlaatsen: 2 },
        { ...amstelhof!, vrijeCapaciteit: [plaatsen(1)], vrijePlaatsen: 1 },
      ])
      await engine.settle()
      expect((await names({ vrijeCapaciteit: true })).sort()).toEqual([
        'Amstelhof',
        'Zonnehuis De Bilt',
      ])
      expect(
        await names({ vrijeCapaciteit: true, geo: { lat: 52.09, lng: 5.12, radiusKm: 5 } }),
      ).toEqual(['Zonnehuis De Bilt'])
      expect((await names({ vrijeCapaciteit: false })).length).toBe(sampleDocuments().length)
      const gevonden = await reader.getDocument(bilt!.id)
      expect(gevonden?.vrijeCapaciteit[0]?.aantal).toBe(2)
      await writer.upsert([{ ...amstelhof!, vrijeCapaciteit: [], vrijePlaatsen: 0 }])
      await engine.settle()
      expect(await names({ vrijeCapaciteit: true })).toEqual(['Zonnehuis De Bilt'])
    })

    it('facets carry the labels of their codes, so no extra search is needed', async () => {
      await load()
      const all = await reader.search(q({ perPage: 1 }))
      expect(all.labels.soortZorg.VV).toEqual({ naam: 'Verpleging en verzorging', icoon: '' })
      expect(all.labels.zachteInformatie['huisdieren-welkom']?.naam).toBe('Huisdieren welkom')
      expect(Object.keys(all.labels.zachteInformatie).sort()).toEqual(
        Object.keys(all.facets.zachteInformatie).sort(),
      )
    })

    it('a location serving the woonplaats counts as distance 0, whatever its distance', async () => {
      await load()
      // home care based in Amsterdam that also serves Utrecht
      const thuis = makePublicDocument({
        id: 'locatie-50',
        locatieId: '50',
        naam: 'Thuiszorg Overal',
        geo: { lat: 52.3676, lng: 4.9041 },
        woonplaatsen: [
          woonplaats('wp-amsterdam', 'Amsterdam'),
          woonplaats('wp-utrecht', 'Utrecht'),
        ],
      })
      await writer.upsert([thuis])
      await engine.settle()
      const center = { lat: 52.09, lng: 5.12 }
      const near = await reader.search(
        q({ geo: { ...center, radiusKm: 3, servesWoonplaatsId: 'wp-utrecht' } }),
      )
      const hits = near.hits.map((h) => [h.document.naam, h.afstandKm])
      // served first (distance 0, nearest of them first), then the rest by distance
      expect(hits.map(([n]) => n)).toEqual([
        'Zonnestraal Utrecht',
        'Zonnehuis De Bilt',
        'Kastanjehof',
        'Lindehof',
        'Thuiszorg Overal',
      ])
      expect(new Set(hits.map(([, km]) => km))).toEqual(new Set([0]))
      expect(near.total).toBe(5)
      expect(near.facets.soortZorg).toEqual({ VV: 4, VG: 1 })
      // not served: only the radius counts
      const plain = await reader.search(q({ geo: { ...center, radiusKm: 3 } }))
      expect(plain.hits.map((h) => h.document.naam)).not.toContain('Thuiszorg Overal')
      // the Zeist place: Zeisterhof serves it; Utrecht ones within 8 km follow by distance
      const zeist = await reader.search(
        q({ geo: { lat: 52.0894, lng: 5.2331, radiusKm: 8, servesWoonplaatsId: 'wp-zeist' } }),
      )
      expect(zeist.hits[0]?.document.naam).toBe('Zeisterhof')
      const afstanden = zeist.hits.map((h) => h.afstandKm ?? NaN)
      expect(afstanden).toEqual([...afstanden].sort((a, b) => a - b))
      // paging over served and other locations keeps one order
      const page1 = await reader.search(
        q({ geo: { ...center, radiusKm: 15, servesWoonplaatsId: 'wp-utrecht' }, perPage: 3 }),
      )
      const page2 = await reader.search(
        q({
          geo: { ...center, radiusKm: 15, servesWoonplaatsId: 'wp-utrecht' },
          perPage: 3,
          page: 2,
        }),
      )
      expect([...page1.hits, ...page2.hits].map((h) => h.document.naam)).toEqual([
        'Zonnestraal Utrecht',
        'Zonnehuis De Bilt',
        'Kastanjehof',
        'Lindehof',
        'Thuiszorg Overal',
        'Zeisterhof',
      ])
      expect(page2.total).toBe(6)
    })

    it('sort: name, distance and relevance on request', async () => {
      await load()
      const geo = { lat: 52.09, lng: 5.12, radiusKm: 15 }
      expect(await names({ geo, sort: 'name' })).toEqual([
        'Kastanjehof',
        'Lindehof',
        'Zeisterhof',
        'Zonnehuis De Bilt',
        'Zonnestraal Utrecht',
      ])
      // with a place, distance is the default order, also with text
      expect(await names({ text: 'zon', geo })).toEqual([
        'Zonnestraal Utrecht',
        'Zonnehuis De Bilt',
      ])
      expect(await names({ text: 'zon', sort: 'name' })).toEqual([
        'Zonnehuis De Bilt',
        'Zonnestraal Utrecht',
      ])
      // relevance without text falls back to name order
      expect((await names({ sort: 'relevance', perPage: 2 }))[0]).toBe('Amstelhof')
      // distance without a geo point falls back to name order
      expect((await names({ sort: 'distance', perPage: 2 }))[0]).toBe('Amstelhof')
    })

    it('fingerprints: the content hash of every stored document, by id', async () => {
      expect(await writer.fingerprints()).toEqual(new Map())
      const docs = sampleDocuments()
      await writer.replaceAll(docs, GAZETTEER)
      await engine.settle()
      const expected = new Map(docs.map((d) => [d.id, documentFingerprint(d)]))
      expect(await writer.fingerprints()).toEqual(expected)
      // a change of content changes the hash; a key order does not
      const changed = { ...docs[1]!, naam: `${docs[1]!.naam} (nieuw)` }
      const reordered = Object.fromEntries(Object.entries(docs[2]!).reverse()) as typeof changed
      await writer.upsert([changed, reordered])
      await writer.delete([docs[0]!.id])
      await engine.settle()
      const after = await writer.fingerprints()
      expect(after.has(docs[0]!.id)).toBe(false)
      expect(after.get(changed.id)).toBe(documentFingerprint(changed))
      expect(after.get(changed.id)).not.toBe(expected.get(changed.id))
      expect(after.get(docs[2]!.id)).toBe(expected.get(docs[2]!.id))
      expect(after.size).toBe(docs.length - 1)
    })

    describe('find, compare, choose: every dimension', () => {
      const wp = woonplaats('wp-utrecht', 'Utrecht')
      const aanbod = (sector: string, profielen: string[], vormen: string[]) => ({
        woonplaats: wp,
        zachteInformatie: [],
        sectoren: [{ code: sector, naam: `Sector ${sector}` }],
        dienstverlening: [],
        doelgroepen: [],
        aanbod: [
          {
            sector: { code: sector, naam: `Sector ${sector}` },
            doelgroepen: [],
            zorgprofielen: profielen.map((code) => ({ code, naam: `Profiel ${code}` })),
            leveringsvormen: vormen.map((code) => ({ code, naam: `Vorm ${code}` })),
            dagbesteding: null,
          },
        ],
      })
      const rating = (score: number | null, aantal: number) => ({
        score,
        aantal,
        url: 'https://www.zorgkaartnederland.nl/x',
        naam: 'x',
        gekoppeld: 'adres' as const,
      })
      const docs = () => [
        makePublicDocument({
          id: 'locatie-d1',
          locatieId: 'd1',
          naam: 'Verpleeghuis De Eik',
          voorziening: 'Verpleeghuis',
          zorgaanbod: [aanbod('VV', ['VV-5', 'VV-6'], ['verblijf'])],
          zorgkantoren: ['Zilveren Kruis'],
          dagbesteding: true,
          waardering: rating(8.4, 30),
        }),
        makePublicDocument({
          id: 'locatie-d2',
          locatieId: 'd2',
          naam: 'Woonzorg Het Anker',
          voorziening: 'Woonzorgcentrum',
          zorgaanbod: [aanbod('VV', ['VV-4'], ['vpt', 'mpt'])],
          zorgkantoren: ['CZ'],
          waardering: rating(7.1, 5),
        }),
        makePublicDocument({
          id: 'locatie-d3',
          locatieId: 'd3',
          naam: 'De Berk',
          soortZorg: SOORT_ZORG.VG,
          zorgaanbod: [aanbod('VG', ['VG-3'], ['verblijf'])],
          zorgkantoren: ['CZ', 'Menzis'],
          dagbesteding: true,
          waardering: rating(9.2, 2),
        }),
        makePublicDocument({
          id: 'locatie-d4',
          locatieId: 'd4',
          naam: 'Zonnewijzer',
          zorgaanbod: [aanbod('VV', ['VV-5'], ['verblijf'])],
          waardering: null,
        }),
      ]
      const ids = async (query: Partial<SearchQuery>) =>
        (await reader.search(q(query))).hits.map((h) => h.document.id)
      beforeEach(async () => {
        await writer.replaceAll(docs(), GAZETTEER)
        await engine.settle()
      })

      it('filters the care offer, voorziening, zorgkantoor and day care', async () => {
        expect((await ids({ zorgprofiel: ['VV-5'] })).sort()).toEqual(['locatie-d1', 'locatie-d4'])
        expect((await ids({ leveringsvorm: ['vpt'] })).sort()).toEqual(['locatie-d2'])
        expect((await ids({ sector: ['VG'] })).sort()).toEqual(['locatie-d3'])
        expect((await ids({ voorziening: ['Verpleeghuis', 'Woonzorgcentrum'] })).sort()).toEqual([
          'locatie-d1',
          'locatie-d2',
        ])
        expect((await ids({ zorgkantoor: ['CZ'] })).sort()).toEqual(['locatie-d2', 'locatie-d3'])
        expect((await ids({ dagbesteding: true })).sort()).toEqual(['locatie-d1', 'locatie-d3'])
      })

      it('counts every dimension, an OR dimension without its own filter', async () => {
        const all = await reader.search(q({ perPage: 1 }))
        expect(all.facets.zorgprofiel).toEqual({ 'VV-4': 1, 'VV-5': 2, 'VV-6': 1, 'VG-3': 1 })
        expect(all.facets.leveringsvorm).toEqual({ verblijf: 3, vpt: 1, mpt: 1 })
        expect(all.facets.sector).toEqual({ VV: 3, VG: 1 })
        expect(all.facets.voorziening).toEqual({ Verpleeghuis: 1, Woonzorgcentrum: 1 })
        expect(all.facets.zorgkantoor).toEqual({ 'Zilveren Kruis': 2, CZ: 2, Menzis: 1 })
        expect(all.facets.dagbesteding).toEqual({ ja: 2 })
        expect(all.facets.waardering).toEqual({ '6': 3, '7': 3, '8': 2, '9': 1 })
        expect(all.labels.zorgprofiel['VV-5']).toEqual({ naam: 'Profiel VV-5', icoon: '' })
        expect(all.labels.leveringsvorm.vpt).toEqual({ naam: 'Vorm vpt', icoon: '' })

        const vg = await reader.search(q({ soortZorg: ['VG'], zorgkantoor: ['CZ'] }))
        expect(vg.total).toBe(1)
        // soort zorg counted without its own filter (but with the zorgkantoor filter) …
        expect(vg.facets.soortZorg).toEqual({ VV: 1, VG: 1 })
        // … zorgkantoor without its own (but with soort zorg) …
        expect(vg.facets.zorgkantoor).toEqual({ CZ: 1, Menzis: 1 })
        // … and the others over the matches
        expect(vg.facets.sector).toEqual({ VG: 1 })
      })

      it('filters on a minimum rating and sorts by rating, unrated last', async () => {
        expect((await ids({ minWaardering: 8 })).sort()).toEqual(['locatie-d1', 'locatie-d3'])
        const min8 = await reader.search(q({ minWaardering: 8 }))
        // the rating facet counts without its own minimum
        expect(min8.facets.waardering).toEqual({ '6': 3, '7': 3, '8': 2, '9': 1 })
        expect(await ids({ sort: 'rating' })).toEqual([
          'locatie-d3',
          'locatie-d1',
          'locatie-d2',
          'locatie-d4',
        ])
      })

      it('gives every match its map point when asked, not only the page', async () => {
        const result = await reader.search(q({ perPage: 1, withPoints: true, sector: ['VV'] }))
        expect(result.hits).toHaveLength(1)
        expect(result.points?.map((p) => p[0]).sort()).toEqual([
          'locatie-d1',
          'locatie-d2',
          'locatie-d4',
        ])
        const d1 = result.points?.find((p) => p[0] === 'locatie-d1')
        expect(d1?.slice(1, 4)).toEqual([52.0907, 5.1214, 'VV'])
        // the name, so every marker on the map can be named without fetching its document
        expect(d1?.[4]).toBe((await reader.getDocument('locatie-d1'))?.naam)
        expect(d1?.[4]).toBeTruthy()
        expect((await reader.search(q({ perPage: 1 }))).points).toBeUndefined()
      })

      it('finds care words by their synonyms', async () => {
        // verpleeghuis and woonzorgcentrum are in one group of the word list
        expect(await ids({ text: 'verpleegtehuis' })).toEqual(['locatie-d1', 'locatie-d2'])
        expect(await ids({ text: 'berk' })).toEqual(['locatie-d3'])
      })
    })

    it('health reports the document count', async () => {
      await load()
      const health = await reader.health()
      expect(health.status).toBe('ok')
      expect(health.documents).toBe(10)
    })

    it('publishes the label table and the worker status beside the documents', async () => {
      await load()
      expect(await reader.labels()).toBeNull()
      expect(await reader.indexerStatus()).toBeNull()
      const tabel = {
        contractVersie: CONTRACT_VERSIE,
        lijsten: { doelgroepen: { 'vv-dementie': 'Mensen met dementie' } },
      }
      await writer.publishLabels(tabel)
      const status = {
        heartbeatAt: '2026-11-29T10:00:00.000Z',
        startedAt: '2026-11-29T09:00:00.000Z',
        queue: { depth: 3, oldestWaitingAt: '2026-11-29T09:59:00.000Z', failed: 1 },
        running: 1,
        lastErrorAt: null,
      }
      await writer.publishStatus(status)
      await engine.settle()
      expect(await reader.labels()).toEqual(tabel)
      expect(await writer.publishedLabels()).toEqual(tabel)
      expect(await reader.indexerStatus()).toEqual(status)
      expect(await writer.count()).toBe(10) // the documents are untouched
    })
  })
}
