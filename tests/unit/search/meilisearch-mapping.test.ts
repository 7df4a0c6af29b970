import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { lijstDocument } from '../../../search-indexer/contract'
import {
  canonicalJson,
  documentFingerprint,
} from '../../../search-indexer/engine/shared/fingerprint'
import {
  buildExtraRequests,
  buildFilter,
  buildSearchPlan,
  buildSearchRequest,
  buildSort,
  documentsRequest,
  fillLijst,
  FINGERPRINT_PAGE,
  fingerprintFromStored,
  fingerprintPage,
  fromMeiliWoonplaats,
  HIT_ATTRIBUTES,
  idsWithoutLijst,
  labelledFacetValue,
  locatieSettings,
  mapSearchResponse,
  MEILI_DOCUMENT_FORMAT,
  mergeServedFirst,
  type MeiliSearchRequest,
  parseFacetValue,
  quote,
  toMeiliLocatie,
  toMeiliWoonplaats,
  withExtras,
  woonplaatsSettings,
} from '../../../search-indexer/engine/meilisearch/mapping'
import { emptyFacets, emptyLabels } from '../../../search-indexer/engine/shared/results'
import { STOPWOORDEN } from '../../../search-indexer/engine/shared/taal'
import {
  doelgroep,
  GAZETTEER,
  icoon,
  makePublicDocument,
  woonplaats,
} from '../../fixtures/public-documents'

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
    expect(locatieSettings.displayedAttributes).toEqual([
      'id',
      'document',
      'lijst',
      'fingerprint',
      '_geo',
      'soortZorgCode',
      'naam',
    ])
  })

  it('retrieves only id and list part for hits, and only displayed attributes anywhere', () => {
    const geo = { lat: 51.55, lng: 5.09, radiusKm: 25 }
    const query = { page: 2, perPage: 10, soortZorg: ['VV'], withPoints: true }
    const served = buildSearchPlan({ ...query, geo: { ...geo, servesWoonplaatsId: 'wp-x' } })
    if (served.kind !== 'served-first') throw new Error('expected a served-first plan')
    const single = buildSearchPlan({ ...query, geo })
    if (single.kind !== 'single') throw new Error('expected a single plan')
    const forHits = [single.request, buildSearchRequest(query), served.served, served.rest(3, 3)!]
    for (const request of forHits) expect(request.attributesToRetrieve).toEqual(['id', 'lijst'])
    expect(HIT_ATTRIBUTES).toEqual(['id', 'lijst'])
    // a request without hits retrieves nothing
    expect(served.restCount.attributesToRetrieve).toBeUndefined()

    // Meilisearch silently leaves out what is not displayed (the map points lost their names)
    const extras = buildExtraRequests(query)
    const all: MeiliSearchRequest[] = [
      ...forHits,
      served.restCount,
      ...extras.disjunctive.map((d) => d.request),
      extras.points!,
      documentsRequest(['locatie-1']),
    ]
    for (const request of all) {
      for (const attribute of request.attributesToRetrieve ?? []) {
        expect(locatieSettings.displayedAttributes).toContain(attribute)
      }
    }
  })

  it('speaks Dutch: stop words, synonyms of care words and localized attributes', () => {
    expect(locatieSettings.stopWords).toEqual(expect.arrayContaining(['de', 'het', 'in', 'bij']))
    expect(locatieSettings.stopWords).toEqual([...STOPWOORDEN])
    const synonyms = locatieSettings.synonyms ?? {}
    expect(synonyms.verpleeghuis).toEqual(expect.arrayContaining(['verpleegtehuis', 'zorgcentrum']))
    expect(synonyms.verpleegtehuis).toContain('verpleeghuis')
    expect(synonyms.dagbesteding).toEqual(expect.arrayContaining(['dagopvang']))
    expect(synonyms.dagopvang).toContain('dagbesteding')
    expect(locatieSettings.localizedAttributes).toEqual([
      { attributePatterns: ['*'], locales: ['nld'] },
    ])
    expect(woonplaatsSettings.localizedAttributes).toEqual([
      { attributePatterns: ['*'], locales: ['nld'] },
    ])
  })

  it('filters and sorts on the new dimensions: care offer, zorgkantoor, day care, rating', () => {
    expect(locatieSettings.filterableAttributes).toEqual(
      expect.arrayContaining([
        'id',
        'voorziening',
        'sectorCodes',
        'zorgprofielCodes',
        'leveringsvormCodes',
        'zorgkantoren',
        'dagbesteding',
        'heeftVrijePlaatsen',
        'waarderingScore',
      ]),
    )
    expect(locatieSettings.sortableAttributes).toEqual(
      expect.arrayContaining(['waarderingScore', 'waarderingAantal']),
    )
  })
})

describe('Meilisearch new dimensions', () => {
  const doc = makePublicDocument({
    voorziening: 'Verpleeghuis',
    dagbesteding: true,
    zorgkantoren: ['Zilveren Kruis', 'CZ'],
    waardering: { score: 8.2, aantal: 12, url: 'https://z.nl', naam: 'X', gekoppeld: 'adres' },
  })

  it('sends the care offer, zorgkantoren, day care and rating as flat fields', () => {
    const m = toMeiliLocatie(doc)
    expect(m.sectorCodes).toEqual(['VV'])
    expect(m.sectorFacets).toEqual([
      labelledFacetValue('VV', 'Ouderenzorg (verpleging en verzorging)'),
    ])
    expect(m.zorgkantoren).toEqual(['Zilveren Kruis', 'CZ'])
    expect(m.dagbesteding).toBe(true)
    expect(m.waarderingScore).toBe(8.2)
    expect(m.waarderingAantal).toBe(12)
    // no score: no field, so it sorts last and never passes a minimum
    expect(toMeiliLocatie(makePublicDocument({ waardering: null }))).not.toHaveProperty(
      'waarderingScore',
    )
  })

  it('filters every OR dimension with IN, day care and a minimum rating', () => {
    expect(
      buildFilter({
        page: 1,
        perPage: 5,
        voorziening: ['Verpleeghuis'],
        sector: ['VV', 'VG'],
        zorgprofiel: ['VV-5'],
        leveringsvorm: ['vpt'],
        zorgkantoor: ['CZ'],
        dagbesteding: true,
        minWaardering: 7,
      }),
    ).toEqual([
      'voorziening IN ["Verpleeghuis"]',
      'sectorCodes IN ["VV", "VG"]',
      'zorgprofielCodes IN ["VV-5"]',
      'leveringsvormCodes IN ["vpt"]',
      'zorgkantoren IN ["CZ"]',
      'dagbesteding = true',
      'waarderingScore >= 7',
    ])
    expect(buildSort({ page: 1, perPage: 5, sort: 'rating' })).toEqual([
      'waarderingScore:desc',
      'waarderingAantal:desc',
      'sortNaam:asc',
    ])
  })

  it('counts each active OR facet in its own request without its own filter', () => {
    const query = {
      page: 1,
      perPage: 5,
      soortZorg: ['VV'],
      vrijeCapaciteit: true,
      zachteInformatie: ['tuin'],
    }
    const extras = buildExtraRequests(query)
    expect(extras.points).toBeNull()
    expect(extras.disjunctive.map((d) => d.facet)).toEqual(['soortZorg', 'vrijePlaatsen'])
    const [soort, vrij] = extras.disjunctive
    expect(soort!.request.filter).toEqual(['vrijePlaatsen > 0', 'zachteInformatieCodes = "tuin"'])
    expect(soort!.request.facets).toEqual(['soortZorgFacet'])
    expect(soort!.request.hitsPerPage).toBe(0)
    expect(vrij!.request.filter).toEqual([
      'soortZorgCode IN ["VV"]',
      'zachteInformatieCodes = "tuin"',
    ])
    const main = { total: 1, hits: [], facets: emptyFacets(), labels: emptyLabels() }
    main.facets.soortZorg = { VV: 1 }
    const merged = withExtras(main, extras, [
      {
        hits: [],
        facetDistribution: {
          soortZorgFacet: {
            [labelledFacetValue('VV', 'Verpleging')]: 1,
            [labelledFacetValue('GGZ', 'GGZ')]: 4,
          },
        },
      },
      { hits: [], facetDistribution: { heeftVrijePlaatsen: { true: 2, false: 9 } } },
    ])
    expect(merged.facets.soortZorg).toEqual({ VV: 1, GGZ: 4 })
    expect(merged.labels.soortZorg.GGZ).toEqual({ naam: 'GGZ', icoon: '' })
    expect(merged.facets.vrijePlaatsen).toEqual({ ja: 2 })
  })

  it('asks every match for its point, ids and points only', () => {
    const extras = buildExtraRequests({ page: 1, perPage: 5, text: 'zon', withPoints: true })
    expect(extras.points).toMatchObject({
      q: 'zon',
      offset: 0,
      attributesToRetrieve: ['id', '_geo', 'soortZorgCode', 'naam'],
    })
    expect(extras.points!.limit).toBeGreaterThanOrEqual(40_000)
    const main = { total: 1, hits: [], facets: emptyFacets(), labels: emptyLabels() }
    const merged = withExtras(main, extras, [
      {
        hits: [
          {
            id: 'locatie-1',
            _geo: { lat: 52, lng: 5 },
            soortZorgCode: 'VV',
            naam: 'De Zonnebloem',
          } as never,
        ],
      },
    ])
    expect(merged.points).toEqual([['locatie-1', 52, 5, 'VV', 'De Zonnebloem']])
  })

  it('turns boolean and score distributions into our facets', () => {
    const result = mapSearchResponse(
      { page: 1, perPage: 5 },
      {
        hits: [],
        totalHits: 5,
        facetDistribution: {
          dagbesteding: { true: 3, false: 2 },
          waarderingScore: { '6.5': 1, '7': 2, '8.4': 1, '9.1': 1 },
          voorziening: { '': 2, Verpleeghuis: 3 },
        },
      },
    )
    expect(result.facets.dagbesteding).toEqual({ ja: 3 })
    expect(result.facets.waardering).toEqual({ '6': 5, '7': 4, '8': 2, '9': 1 })
    expect(result.facets.voorziening).toEqual({ Verpleeghuis: 3 })
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
      gecontroleerd: { op: '2026-11-20T14:30:00.000Z', door: 'CZ zorgkantoor' },
    })
    const m = toMeiliLocatie(doc)
    expect(m.id).toBe(doc.id)
    expect(m.document).toBe(doc)
    expect(m.lijst).toEqual(lijstDocument(doc))
    expect(m.document.gecontroleerd).toEqual({
      op: '2026-11-20T14:30:00.000Z',
      door: 'CZ zorgkantoor',
    })
    expect(m._geo).toEqual({ lat: 52.1, lng: 5.2 })
    expect(m.woonplaatsIds).toEqual(['w1', 'w2'])
    expect(m.woonplaatsNamen).toEqual(['Utrecht', 'Zeist'])
    expect(m.zachteInformatieCodes).toEqual(['tuin', 'rookvrij'])
    expect(m.soortZorgCode).toBe(doc.soortZorg.code)
    expect(m.organisatieType).toBe('oco')
    expect(m.organisatieVerkorteNaam).toBe('Zon')
    expect(m.plaats).toBe(doc.adres.plaats)
    expect(m.vrijePlaatsen).toBe(0)
    expect(toMeiliLocatie({ ...doc, vrijePlaatsen: 3 }).vrijePlaatsen).toBe(3)
    expect(locatieSettings.filterableAttributes).toContain('vrijePlaatsen')
  })

  it('stores the list part a hit retrieves, without street or contact details', () => {
    const doc = makePublicDocument({
      adres: { straat: 'Hoogstraat', huisnummer: '12a', postcode: '3511 AB', plaats: 'Utrecht' },
      telefoon: '030-1234567',
      email: 'info@zonnehuis.nl',
      website: 'https://zonnehuis.nl',
    })
    const { lijst } = toMeiliLocatie(doc)
    expect(lijst).toEqual(lijstDocument(doc))
    const json = JSON.stringify(lijst)
    for (const detail of ['Hoogstraat', '12a', '3511 AB', '030-1234567', 'info@', 'zonnehuis.nl'])
      expect(json).not.toContain(detail)
    for (const veld of ['adres', 'telefoon', 'email', 'website', 'zorgaanbod', 'vrijeCapaciteit'])
      expect(json).not.toContain(`"${veld}"`)
  })

  it('sends doelgroep codes and facet values that carry their labels', () => {
    const doc = makePublicDocument({
      doelgroepen: [doelgroep('vv-dementie', 'Ouderen met dementie')],
      zachteInformatie: [icoon('tuin', 'Tuin')],
    })
    const m = toMeiliLocatie(doc)
    expect(m.doelgroepCodes).toEqual(['vv-dementie'])
    expect(m.doelgroepFacets).toEqual([labelledFacetValue('vv-dementie', 'Ouderen met dementie')])
    expect(m.zachteInformatieFacets).toEqual([labelledFacetValue('tuin', 'Tuin', '')])
    expect(m.soortZorgFacet).toBe(labelledFacetValue('VV', 'Verpleging en verzorging', ''))
    expect(locatieSettings.filterableAttributes).toEqual(
      expect.arrayContaining(['doelgroepCodes', 'doelgroepFacets', 'soortZorgFacet']),
    )
  })

  it('sends the gazetteer with alternative names and postcodes, searchable', () => {
    const entry = GAZETTEER.find((g) => g.id === 'wp-den-bosch')!
    const m = toMeiliWoonplaats(entry)
    expect(m.alternatieveNamen).toEqual(['Den Bosch'])
    expect(m.postcodes).toEqual(['5211'])
    expect(woonplaatsSettings.searchableAttributes).toEqual([
      'naam',
      'alternatieveNamen',
      'postcodes',
    ])
    expect(woonplaatsSettings.filterableAttributes).toEqual(['postcodes'])
  })

  it('gives gazetteer entries a Meilisearch-safe key and maps them back', () => {
    const entry = { ...GAZETTEER[7]!, id: "wp/'s-hertogenbosch" }
    const m = toMeiliWoonplaats(entry)
    expect(m.key).toMatch(/^[a-f0-9]+$/)
    expect(fromMeiliWoonplaats(m)).toEqual(entry)
  })
})

describe('Meilisearch fingerprints', () => {
  it('stores the content hash of the public document beside it, and displays it', () => {
    const doc = makePublicDocument({ naam: 'Zonnehuis' })
    const m = toMeiliLocatie(doc)
    expect(m.fingerprint).toBe(`${MEILI_DOCUMENT_FORMAT}:${documentFingerprint(doc)}`)
    expect(m.fingerprint).toMatch(/^2:[0-9a-f]{64}$/)
    expect(fingerprintFromStored(m.fingerprint)).toBe(documentFingerprint(doc))
    expect(toMeiliLocatie({ ...doc, naam: 'Anders' }).fingerprint).not.toBe(m.fingerprint)
    expect(locatieSettings.displayedAttributes).toContain('fingerprint')
    // never searched or filtered on
    expect(locatieSettings.searchableAttributes).not.toContain('fingerprint')
    expect(locatieSettings.filterableAttributes).not.toContain('fingerprint')
  })

  it('reports a location stored in an older layout as out of date', () => {
    const hash = documentFingerprint(makePublicDocument())
    expect(fingerprintFromStored(`${MEILI_DOCUMENT_FORMAT}:${hash}`)).toBe(hash)
    // before the format prefix (no list part stored), and any other format
    for (const stored of [hash, `1:${hash}`, `${MEILI_DOCUMENT_FORMAT + 1}:${hash}`, '']) {
      expect(fingerprintFromStored(stored)).not.toBe(hash)
      expect(fingerprintFromStored(stored)).not.toMatch(/^[0-9a-f]{64}$/)
    }
  })

  it('pages through ids and hashes only, never the document bodies', () => {
    expect(fingerprintPage(0)).toEqual({
      offset: 0,
      limit: FINGERPRINT_PAGE,
      fields: ['id', 'fingerprint'],
    })
    expect(fingerprintPage(2000, 10)).toEqual({
      offset: 2000,
      limit: 10,
      fields: ['id', 'fingerprint'],
    })
  })

  it('the hash is of canonical JSON: key order does not matter, content does', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"e":0,"f":1}]},"b":1}',
    )
    expect(documentFingerprint({ a: 1, b: 2 })).toBe(documentFingerprint({ b: 2, a: 1 }))
    expect(documentFingerprint({ a: 1 })).not.toBe(documentFingerprint({ a: 2 }))
    expect(documentFingerprint({ a: 'x' })).toBe(
      createHash('sha256').update('{"a":"x"}').digest('hex'),
    )
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
    expect(buildFilter({ page: 1, perPage: 10, vrijeCapaciteit: true })).toEqual([
      'vrijePlaatsen > 0',
    ])
    expect(buildFilter({ page: 1, perPage: 10, vrijeCapaciteit: false })).toEqual([])
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
      'dagbesteding',
      'doelgroepFacets',
      'heeftVrijePlaatsen',
      'leveringsvormFacets',
      'organisatieType',
      'plaats',
      'sectorFacets',
      'soortZorgFacet',
      'voorziening',
      'waarderingScore',
      'zachteInformatieFacets',
      'zorgkantoren',
      'zorgprofielFacets',
    ])
  })

  it('ORs doelgroep codes and lets a served woonplaats match outside the radius', () => {
    expect(
      buildFilter({
        page: 1,
        perPage: 10,
        doelgroep: ['vv-dementie', 'vv-korsakov'],
        geo: { lat: 51.5, lng: 5.1, radiusKm: 25, servesWoonplaatsId: 'wp-"x' },
      }),
    ).toEqual([
      'doelgroepCodes IN ["vv-dementie", "vv-korsakov"]',
      '(_geoRadius(51.5, 5.1, 25000) OR woonplaatsIds = "wp-\\"x")',
    ])
  })

  it('sorts on request: name, distance only with geo, relevance only with text', () => {
    const geo = { lat: 52, lng: 5, radiusKm: 3 }
    expect(buildSort({ page: 1, perPage: 5, geo, sort: 'name' })).toEqual(['sortNaam:asc'])
    expect(buildSort({ page: 1, perPage: 5, geo, text: 'zon' })).toEqual(['_geoPoint(52, 5):asc'])
    expect(buildSort({ page: 1, perPage: 5, geo, text: 'zon', sort: 'relevance' })).toBeUndefined()
    expect(buildSort({ page: 1, perPage: 5, sort: 'distance' })).toEqual(['sortNaam:asc'])
    expect(buildSort({ page: 1, perPage: 5, sort: 'relevance' })).toEqual(['sortNaam:asc'])
  })
})

describe('Meilisearch served-first plan (distance order with a served woonplaats)', () => {
  const query = {
    page: 2,
    perPage: 10,
    soortZorg: ['VV'],
    geo: { lat: 51.55, lng: 5.09, radiusKm: 25, servesWoonplaatsId: 'wp-tilburg' },
  }

  it('is one plain request without a served woonplaats or ordered otherwise', () => {
    expect(buildSearchPlan({ ...query, geo: { lat: 51.55, lng: 5.09, radiusKm: 25 } }).kind).toBe(
      'single',
    )
    expect(buildSearchPlan({ ...query, sort: 'name' }).kind).toBe('single')
  })

  it('asks for the served page, counts the others, then fills the page with the others', () => {
    const plan = buildSearchPlan(query)
    if (plan.kind !== 'served-first') throw new Error('expected a served-first plan')
    expect(plan.served).toMatchObject({
      filter: ['soortZorgCode IN ["VV"]', 'woonplaatsIds = "wp-tilburg"'],
      sort: ['_geoPoint(51.55, 5.09):asc'],
      page: 2,
      hitsPerPage: 10,
    })
    const others = [
      'soortZorgCode IN ["VV"]',
      '_geoRadius(51.55, 5.09, 25000)',
      'NOT woonplaatsIds = "wp-tilburg"',
    ]
    expect(plan.restCount).toMatchObject({ filter: others, page: 1, hitsPerPage: 0 })
    // 13 served: page 2 shows served 11–13, then the first 7 others
    expect(plan.rest(13, 3)).toMatchObject({ filter: others, offset: 0, limit: 7 })
    // 4 served: page 2 starts at the 7th other
    expect(plan.rest(4, 0)).toMatchObject({ offset: 6, limit: 10 })
    // a full page of served locations needs no third request
    expect(plan.rest(40, 10)).toBeNull()
  })

  it('merges: served at distance 0, then the others, totals and facets added up', () => {
    const near = makePublicDocument({ woonplaatsen: [woonplaats('wp-tilburg', 'Tilburg')] })
    const far = makePublicDocument()
    const result = mergeServedFirst(
      query,
      {
        hits: [{ id: near.id, lijst: lijstDocument(near), _geoDistance: 30_000 }],
        totalHits: 11,
        facetDistribution: { soortZorgFacet: { [labelledFacetValue('VV', 'Ouderen')]: 11 } },
      },
      {
        hits: [],
        totalHits: 5,
        facetDistribution: { soortZorgFacet: { [labelledFacetValue('VV', 'Ouderen')]: 5 } },
      },
      { hits: [{ id: far.id, lijst: lijstDocument(far), _geoDistance: 4321 }] },
    )
    expect(result.total).toBe(16)
    expect(result.hits).toEqual([
      { document: lijstDocument(near), afstandKm: 0 },
      { document: lijstDocument(far), afstandKm: 4.32 },
    ])
    expect(result.facets.soortZorg).toEqual({ VV: 16 })
    expect(result.labels.soortZorg.VV).toEqual({ naam: 'Ouderen', icoon: '' })
  })
})

describe('Meilisearch response mapping', () => {
  it('maps facets to our names and _geoDistance (m) to afstandKm', () => {
    const doc = makePublicDocument()
    const result = mapSearchResponse(
      { page: 1, perPage: 5, geo: { lat: 52, lng: 5, radiusKm: 10 } },
      {
        hits: [{ id: doc.id, lijst: lijstDocument(doc), _geoDistance: 1234, _rankingScore: 0.9 }],
        totalHits: 17,
        facetDistribution: {
          soortZorgFacet: { [labelledFacetValue('VV', 'Verpleging', 'vv')]: 3 },
          zachteInformatieFacets: { [labelledFacetValue('tuin', 'Tuin', 'tuin')]: 1 },
          doelgroepFacets: { [labelledFacetValue('vv-dementie', 'Dementie')]: 2 },
          plaats: { Utrecht: 2 },
        },
      },
    )
    expect(result.total).toBe(17)
    expect(result.hits).toEqual([{ document: lijstDocument(doc), afstandKm: 1.23 }])
    expect(result.facets).toEqual({
      ...emptyFacets(),
      soortZorg: { VV: 3 },
      zachteInformatie: { tuin: 1 },
      doelgroep: { 'vv-dementie': 2 },
      plaats: { Utrecht: 2 },
    })
    expect(result.labels).toEqual({
      ...emptyLabels(),
      soortZorg: { VV: { naam: 'Verpleging', icoon: 'vv' } },
      zachteInformatie: { tuin: { naam: 'Tuin', icoon: 'tuin' } },
      doelgroep: { 'vv-dementie': { naam: 'Dementie', icoon: '' } },
    })
  })

  it('labelled facet values round-trip', () => {
    expect(parseFacetValue(labelledFacetValue('a', 'B c', 'd'))).toEqual({
      code: 'a',
      label: { naam: 'B c', icoon: 'd' },
    })
    expect(parseFacetValue('plain')).toEqual({ code: 'plain', label: null })
  })

  it('computes the distance itself when Meilisearch gives none, and none without geo', () => {
    const doc = makePublicDocument({ geo: { lat: 52.1, lng: 5.1 } })
    const hits = [{ id: doc.id, lijst: lijstDocument(doc) }]
    const geo = mapSearchResponse(
      { page: 1, perPage: 5, geo: { lat: 52.1, lng: 5.1, radiusKm: 1 } },
      { hits },
    )
    expect(geo.hits[0]?.afstandKm).toBe(0)
    const far = mapSearchResponse(
      { page: 1, perPage: 5, geo: { lat: 52.0, lng: 5.1, radiusKm: 20 } },
      { hits },
    )
    expect(far.hits[0]?.afstandKm).toBeCloseTo(11.12, 1)
    const plain = mapSearchResponse({ page: 1, perPage: 5 }, { hits })
    expect(plain.hits[0]).toEqual({ document: lijstDocument(doc) })
  })

  it('maps hits carrying only id, list part and distance as it mapped whole documents', () => {
    const served = makePublicDocument({
      geo: { lat: 52.37, lng: 4.9 },
      woonplaatsen: [woonplaats('wp-amsterdam', 'Amsterdam'), woonplaats('wp-x', 'X')],
    })
    const near = makePublicDocument({ geo: { lat: 52.1, lng: 5.1 } })
    const other = makePublicDocument({ geo: { lat: 52.2, lng: 5.1 } })
    const query = {
      page: 1,
      perPage: 5,
      geo: { lat: 52.1, lng: 5.1, radiusKm: 30, servesWoonplaatsId: 'wp-x' },
    }
    const slim = (doc: typeof served, _geoDistance?: number) => ({
      id: doc.id,
      lijst: lijstDocument(doc),
      ...(_geoDistance !== undefined && { _geoDistance }),
    })
    const result = mapSearchResponse(query, {
      hits: [slim(served, 40_000), slim(near, 1499), slim(other)],
      totalHits: 3,
    })
    expect(result.total).toBe(3)
    expect(result.hits).toEqual([
      // serves the woonplaats: distance 0 whatever Meilisearch measured
      { document: lijstDocument(served), afstandKm: 0 },
      // metres to km
      { document: lijstDocument(near), afstandKm: 1.5 },
      // no _geoDistance: haversine on the list part's point
      { document: lijstDocument(other), afstandKm: 11.12 },
    ])
  })
})

describe('Meilisearch hits of an index written before the list part', () => {
  const oud = makePublicDocument({ naam: 'Oud' })
  const nieuw = makePublicDocument({ naam: 'Nieuw' })
  const weg = makePublicDocument({ naam: 'Weg' })

  it('finds the hits without a list part, once each', () => {
    const responses = [
      { hits: [{ id: oud.id }, { id: nieuw.id, lijst: lijstDocument(nieuw) }] },
      { hits: [{ id: oud.id }, { id: weg.id }] },
      { hits: [] },
    ]
    expect(idsWithoutLijst(responses)).toEqual([oud.id, weg.id])
    expect(idsWithoutLijst([{ hits: [{ id: nieuw.id, lijst: lijstDocument(nieuw) }] }])).toEqual([])
  })

  it('asks their documents in one search', () => {
    expect(documentsRequest([oud.id, 'locatie-"x'])).toMatchObject({
      q: '',
      filter: [`id IN ["${oud.id}", "locatie-\\"x"]`],
      facets: [],
      offset: 0,
      limit: 2,
      attributesToRetrieve: ['id', 'document'],
    })
  })

  it('fills the list parts from the documents, leaves the others alone', () => {
    const lijst = lijstDocument(nieuw)
    const response = {
      hits: [{ id: oud.id, _geoDistance: 1200 }, { id: nieuw.id, lijst }, { id: weg.id }],
      totalHits: 3,
    }
    const filled = fillLijst(response, [{ id: oud.id, document: oud }])
    expect(filled.hits).toEqual([
      { id: oud.id, _geoDistance: 1200, lijst: lijstDocument(oud) },
      { id: nieuw.id, lijst },
      { id: weg.id },
    ])
    expect(filled.hits[1]!.lijst).toBe(lijst)
    expect(filled.totalHits).toBe(3)
    // pure: the response itself is unchanged
    expect(response.hits[0]).not.toHaveProperty('lijst')
    // a hit whose document went away meanwhile is left out of the result
    const result = mapSearchResponse({ page: 1, perPage: 5 }, filled)
    expect(result.hits.map((h) => h.document.naam)).toEqual(['Oud', 'Nieuw'])
  })
})
