import { describe, expect, it } from 'vitest'
import {
  buildFilter,
  buildSearchRequest,
  buildSort,
  fromMeiliWoonplaats,
  locatieSettings,
  mapSearchResponse,
  quote,
  toMeiliLocatie,
  toMeiliWoonplaats,
} from '../../../search-indexer/engine/meilisearch/mapping'
import { GAZETTEER, icoon, makePublicDocument, woonplaats } from '../../fixtures/public-documents'

describe('Meilisearch settings', () => {
  it('searches only short fields, filters and sorts what queries use', () => {
    expect(locatieSettings.searchableAttributes).toEqual([
      'naam',
      'organisatieNaam',
      'organisatieVerkorteNaam',
      'plaats',
      'voorziening',
      'soortZorgNaam',
      'woonplaatsNamen',
    ])
    expect(locatieSettings.filterableAttributes).toEqual(
      expect.arrayContaining([
        'soortZorgCode',
        'zachteInformatieCodes',
        'woonplaatsIds',
        'plaats',
        'organisatieType',
        '_geo',
      ]),
    )
    expect(locatieSettings.sortableAttributes).toEqual(expect.arrayContaining(['_geo', 'sortNaam']))
    expect(locatieSettings.typoTolerance?.minWordSizeForTypos?.oneTypo).toBe(4)
    expect(locatieSettings.pagination?.maxTotalHits).toBeGreaterThanOrEqual(40_000)
    expect(locatieSettings.displayedAttributes).toEqual(['id', 'document'])
  })
})

describe('Meilisearch document mapping', () => {
  it('flattens filter fields and converts geo to _geo {lat, lng}', () => {
    const doc = makePublicDocument({
      naam: 'Zonnehuis',
      geo: { lat: 52.1, lng: 5.2 },
      woonplaatsen: [woonplaats('w1', 'Utrecht'), woonplaats('w2', 'Zeist')],
      zachteInformatie: [icoon('tuin'), icoon('tuin'), icoon('rookvrij')],
      organisatie: { id: 'o', naam: 'Stichting Zon', verkorteNaam: 'Zon', type: 'oco' },
    })
    const m = toMeiliLocatie(doc)
    expect(m.id).toBe(doc.id)
    expect(m.document).toBe(doc)
    expect(m._geo).toEqual({ lat: 52.1, lng: 5.2 })
    expect(m.woonplaatsIds).toEqual(['w1', 'w2'])
    expect(m.woonplaatsNamen).toEqual(['Utrecht', 'Zeist'])
    expect(m.zachteInformatieCodes).toEqual(['tuin', 'rookvrij'])
    expect(m.soortZorgCode).toBe(doc.soortZorg.code)
    expect(m.organisatieType).toBe('oco')
    expect(m.organisatieVerkorteNaam).toBe('Zon')
    expect(m.plaats).toBe(doc.adres.plaats)
  })

  it('gives gazetteer entries a Meilisearch-safe key and maps them back', () => {
    const entry = { ...GAZETTEER[7]!, id: "wp/'s-hertogenbosch" }
    const m = toMeiliWoonplaats(entry)
    expect(m.key).toMatch(/^[a-f0-9]+$/)
    expect(fromMeiliWoonplaats(m)).toEqual(entry)
  })
})

describe('Meilisearch filters', () => {
  it('quotes and escapes values', () => {
    expect(quote('VV')).toBe('"VV"')
    expect(quote('a"b\\c')).toBe('"a\\"b\\\\c"')
    expect(buildFilter({ page: 1, perPage: 10, soortZorg: ['VV', 'x" OR 1=1 OR "'] })).toEqual([
      'soortZorgCode IN ["VV", "x\\" OR 1=1 OR \\""]',
    ])
  })

  it('ORs soortZorg, ANDs zachteInformatie, filters woonplaats and geo radius in meters', () => {
    expect(
      buildFilter({
        page: 1,
        perPage: 10,
        soortZorg: ['VV', 'GGZ'],
        zachteInformatie: ['tuin', 'rookvrij', 'tuin'],
        woonplaatsId: 'wp-1',
        geo: { lat: 52.09, lng: 5.12, radiusKm: 7.5 },
      }),
    ).toEqual([
      'soortZorgCode IN ["VV", "GGZ"]',
      'zachteInformatieCodes = "tuin"',
      'zachteInformatieCodes = "rookvrij"',
      'woonplaatsIds = "wp-1"',
      '_geoRadius(52.09, 5.12, 7500)',
    ])
    expect(buildFilter({ page: 1, perPage: 10 })).toEqual([])
  })

  it('rejects non-finite coordinates', () => {
    expect(() =>
      buildFilter({ page: 1, perPage: 10, geo: { lat: NaN, lng: 5, radiusKm: 1 } }),
    ).toThrow(RangeError)
  })

  it('sorts by distance with geo, by name without text, by relevance with text', () => {
    expect(buildSort({ page: 1, perPage: 5, geo: { lat: 52, lng: 5, radiusKm: 3 } })).toEqual([
      '_geoPoint(52, 5):asc',
    ])
    expect(buildSort({ page: 1, perPage: 5 })).toEqual(['sortNaam:asc'])
    expect(buildSort({ page: 1, perPage: 5, text: 'zon' })).toBeUndefined()
  })

  it('builds a paged request with all facets and the "all" matching strategy', () => {
    const req = buildSearchRequest({ page: 0, perPage: 1000, text: ' zon ' })
    expect(req).toMatchObject({ q: 'zon', page: 1, hitsPerPage: 100, matchingStrategy: 'all' })
    expect(req.facets.sort()).toEqual([
      'organisatieType',
      'plaats',
      'soortZorgCode',
      'zachteInformatieCodes',
    ])
  })
})

describe('Meilisearch response mapping', () => {
  it('maps facets to our names and _geoDistance (m) to afstandKm', () => {
    const doc = makePublicDocument()
    const result = mapSearchResponse(
      { page: 1, perPage: 5, geo: { lat: 52, lng: 5, radiusKm: 10 } },
      {
        hits: [{ document: doc, _geoDistance: 1234, _rankingScore: 0.9 }],
        totalHits: 17,
        facetDistribution: {
          soortZorgCode: { VV: 3 },
          zachteInformatieCodes: { tuin: 1 },
          plaats: { Utrecht: 2 },
        },
      },
    )
    expect(result.total).toBe(17)
    expect(result.hits).toEqual([{ document: doc, afstandKm: 1.23 }])
    expect(result.facets).toEqual({
      soortZorg: { VV: 3 },
      zachteInformatie: { tuin: 1 },
      plaats: { Utrecht: 2 },
      organisatieType: {},
    })
  })

  it('computes the distance itself when Meilisearch gives none, and none without geo', () => {
    const doc = makePublicDocument({ geo: { lat: 52.1, lng: 5.1 } })
    const geo = mapSearchResponse(
      { page: 1, perPage: 5, geo: { lat: 52.1, lng: 5.1, radiusKm: 1 } },
      { hits: [{ document: doc }] },
    )
    expect(geo.hits[0]?.afstandKm).toBe(0)
    const plain = mapSearchResponse({ page: 1, perPage: 5 }, { hits: [{ document: doc }] })
    expect(plain.hits[0]).toEqual({ document: doc })
  })
})
