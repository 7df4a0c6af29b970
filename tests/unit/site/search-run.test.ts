import { beforeEach, describe, expect, it } from 'vitest'
import {
  resetSearchCaches,
  runSearch,
  toFacetList,
  toResultaat,
  ZoekmachineStart,
  type ZoekParams,
} from '../../../site/lib/server/search'
import { lijstDocument } from '../../../search-indexer/contract'
import { zoekPagina } from '../../../site/lib/server/pages'
import { DG, SITE_GAZETTEER, siteDocuments, SZ, ZI } from '../../fixtures/site-documents'
import { memoryReader } from '../../helpers/memory-reader'

const params = (p: Partial<ZoekParams> = {}): ZoekParams => ({
  soortZorg: [],
  zachteInformatie: [],
  doelgroep: [],
  pagina: 1,
  perPagina: 20,
  ...p,
})

let reader: ReturnType<typeof memoryReader>
beforeEach(() => {
  resetSearchCaches()
  reader = memoryReader(siteDocuments(), SITE_GAZETTEER)
})

const ok = async (p: Partial<ZoekParams>) => {
  const result = await runSearch(params(p), reader)
  if (!result.ok) throw new Error(`expected a result, got: ${result.fout}`)
  return result
}
const ids = (r: Awaited<ReturnType<typeof ok>>) => r.antwoord.resultaten.map((x) => x.id)

describe('toResultaat', () => {
  it('maps a hit to the public result with a detail url and rounded distance', () => {
    const doc = siteDocuments()[0]!
    expect(toResultaat({ document: lijstDocument(doc), afstandKm: 1.26 })).toEqual({
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
      foto: null,
      zachteInformatie: [ZI.huisdier, ZI.tuin, ZI.dementie].map(({ code, naam, icoon }) => ({
        code,
        naam,
        icoon,
      })),
    })
  })

  it('carries the first photo as the thumbnail of the result', () => {
    const doc = siteDocuments()[0]!
    const foto = (alt: string) => ({
      alt,
      herkomst: 'foto' as const,
      breedte: 960,
      hoogte: 640,
      src: `/media/101/f-${'a'.repeat(20)}-960.jpg`,
      srcset: { avif: '', webp: '', jpeg: '' },
    })
    const metFotos = { ...doc, fotos: [foto('Voorgevel'), foto('Tuin')] }
    expect(toResultaat({ document: lijstDocument(metFotos), afstandKm: 0 }).foto?.alt).toBe(
      'Voorgevel',
    )
  })

  it('says whether the location stands in or works in the place searched', () => {
    const [hof, , buurtzorg] = siteDocuments()
    const zeist = SITE_GAZETTEER.find((g) => g.id === 'wp-zeist')!
    const utrecht = SITE_GAZETTEER.find((g) => g.id === 'wp-utrecht')!
    expect(toResultaat({ document: lijstDocument(hof!), afstandKm: 0 }, utrecht).inPlaats).toBe(
      'in',
    )
    expect(toResultaat({ document: lijstDocument(buurtzorg!), afstandKm: 0 }, zeist).inPlaats).toBe(
      'werkt-in',
    )
    expect(toResultaat({ document: lijstDocument(hof!), afstandKm: 7 }, zeist)).not.toHaveProperty(
      'inPlaats',
    )
  })
})

describe('toFacetList', () => {
  it('sorts by count, then name, and keeps selected values with 0', () => {
    const list = toFacetList(
      { b: 2, a: 2, c: 5 },
      { a: { naam: 'A', icoon: '' }, b: { naam: 'B', icoon: '' }, c: { naam: 'C', icoon: '' } },
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

  it('lists a value once however often it is selected; an icon only where the label has one', () => {
    const list = toFacetList(
      { tuin: 3, roken: 1 },
      { tuin: { naam: 'Tuin', icoon: 'boom' }, huisdier: { naam: 'Huisdier', icoon: 'huisdier' } },
      ['huisdier', 'tuin', 'huisdier'],
    )
    expect(list).toEqual([
      { code: 'tuin', naam: 'Tuin', aantal: 3, icoon: 'boom' },
      { code: 'roken', naam: 'roken', aantal: 1 },
      { code: 'huisdier', naam: 'Huisdier', aantal: 0, icoon: 'huisdier' },
    ])
  })
})

describe('runSearch: a place search always finds what is near', () => {
  it('looks 25 km around the place by default, nearest first, serving locations at 0', async () => {
    const result = await ok({ woonplaats: 'Zeist' })
    expect(reader.queries[0]?.geo).toEqual({
      lat: 52.0894,
      lng: 5.2331,
      radiusKm: 25,
      servesWoonplaatsId: 'wp-zeist',
    })
    expect(result.params.straal).toBe(25)
    // in Zeist, serving Zeist (home care from Utrecht), then the rest by distance
    expect(ids(result).slice(0, 2).sort()).toEqual(['102', '103'])
    expect(ids(result).sort()).toEqual(['101', '102', '103', '104', '105'])
    const afstanden = result.antwoord.resultaten.map((r) => r.afstandKm ?? NaN)
    expect(afstanden).toEqual([...afstanden].sort((a, b) => a - b))
    expect(result.antwoord.zoekvraag).toMatchObject({ straalKm: 25, sortering: 'afstand' })
  })

  it('straal 0 keeps only the locations in or serving the place', async () => {
    const result = await ok({ woonplaats: 'zeist', straal: 0 })
    expect(reader.queries[0]).toMatchObject({ woonplaatsId: 'wp-zeist' })
    expect(reader.queries[0]).not.toHaveProperty('geo')
    expect(ids(result).sort()).toEqual(['102', '103'])
  })

  it('offers wider distances and dropping filters, with counts, when nothing is found', async () => {
    const result = await ok({ woonplaats: 'Wijlre', straal: 5, soortZorg: [SZ.ouderen.code] })
    expect(result.antwoord.totaal).toBe(0)
    expect(result.alternatieven.map((a) => [a.tekst, a.aantal])).toEqual([
      ['Zoek tot 25 km rond Wijlre: 1 locatie', 1],
      ['Alle soorten zorg: 1 locatie', 1],
    ])
    expect(result.alternatieven[0]?.params).toMatchObject({ straal: 25, woonplaats: 'Wijlre' })
    expect(result.antwoord.alternatieven?.[1]?.zoek).toBe('?woonplaats=Wijlre&straal=5')
  })
})

describe('runSearch: every woonplaats and postcode is known', () => {
  it('resolves alternative names and 4-digit postcodes', async () => {
    expect((await ok({ woonplaats: 'Den Bosch' })).woonplaats?.id).toBe('wp-den-bosch')
    expect((await ok({ woonplaats: 'ljouwert' })).woonplaats?.id).toBe('wp-leeuwarden')
    const pc = await ok({ woonplaats: '3701 CD' })
    expect(pc.woonplaats?.id).toBe('wp-zeist')
    expect(pc.params.woonplaats).toBe('3701')
  })

  it('picks the first exact match and reports namesakes; understands "Naam (Provincie)"', async () => {
    const hengelo = await ok({ woonplaats: 'Hengelo' })
    expect(hengelo.woonplaats?.id).toBe('wp-hengelo-ov')
    expect(hengelo.andereWoonplaatsen.map((w) => w.id)).toEqual(['wp-hengelo-gld'])
    expect((await ok({ woonplaats: 'Hengelo (Gelderland)' })).woonplaats?.id).toBe('wp-hengelo-gld')
  })

  it('answers a misspelt place with "Bedoelt u …?"', async () => {
    const result = await runSearch(params({ woonplaats: 'Maastrcht' }), reader)
    expect(result).toMatchObject({
      ok: false,
      fout: 'We kennen de woonplaats "Maastrcht" niet. Bedoelt u Maastricht?',
      suggesties: ['Maastricht'],
    })
  })

  it('says so for an unknown postcode', async () => {
    const result = await runSearch(params({ woonplaats: '9999' }), reader)
    expect(result).toMatchObject({ ok: false, fout: expect.stringContaining('postcode 9999') })
  })
})

describe('runSearch: one box understands a family’s words', () => {
  it('"verpleeghuis utrecht": a kind of care filter and a place', async () => {
    const result = await ok({ q: 'verpleeghuis utrecht' })
    expect(result.params).toMatchObject({
      woonplaats: 'Utrecht',
      straal: 25,
      soortZorg: ['ouderenzorg-instelling'],
    })
    expect(result.params.q).toBeUndefined()
    expect(ids(result)).toEqual(['101', '102'])
    expect(result.antwoord.zoekvraag.herkend.map((h) => h.soort)).toEqual(['soortZorg', 'plaats'])
  })

  it('"dementie zeist": a doelgroep filter; "autisme 3731": a postcode', async () => {
    const dementie = await ok({ q: 'dementie zeist' })
    expect(dementie.params.doelgroep).toEqual(['vv-dementie', 'vv-jonge-mensen-dementie'])
    expect(ids(dementie)).toEqual(['101'])
    expect(
      dementie.antwoord.facetten.doelgroep.find((f) => f.code === DG.dementie.code),
    ).toMatchObject({ naam: DG.dementie.naam, aantal: 1 })
    const autisme = await ok({ q: 'autisme 3731' })
    expect(autisme.woonplaats?.id).toBe('wp-de-bilt')
    expect(ids(autisme)).toEqual(['104'])
  })

  it('leaves the rest as text, and explicit filters win over words', async () => {
    const result = await ok({ q: 'mondriaan in utrecht' })
    expect(result.antwoord.zoekvraag.tekst).toBe('mondriaan')
    expect(ids(result)).toEqual(['101'])
    const expliciet = await ok({ q: 'verpleeghuis', soortZorg: [SZ.thuis.code] })
    expect(expliciet.params.soortZorg).toEqual([SZ.thuis.code])
  })

  it('offers "Bedoelt u …?" for a misspelt place among the words', async () => {
    // two letters swapped: too far for the engine's typo tolerance, close for a place name
    const result = await ok({ q: 'verpleeghuis utrceht' })
    expect(result.antwoord.totaal).toBe(0)
    expect(result.bedoeltU).toMatchObject({
      plaats: 'Utrecht',
      params: { woonplaats: 'Utrecht', soortZorg: ['ouderenzorg-instelling'] },
    })
    expect(result.bedoeltU?.params.q).toBeUndefined()
  })
})

describe('runSearch: no false answers while starting', () => {
  it('throws ZoekmachineStart, never "unknown place", while the index loads', async () => {
    reader.status = 'starting'
    await expect(runSearch(params({ woonplaats: 'Tilburg' }), reader)).rejects.toBeInstanceOf(
      ZoekmachineStart,
    )
    const empty = memoryReader([], [])
    await expect(runSearch(params({ woonplaats: 'Utrecht' }), empty)).rejects.toBeInstanceOf(
      ZoekmachineStart,
    )
  })

  it('the page says it is starting (503) and the home page shows no list', async () => {
    reader.status = 'starting'
    expect(await zoekPagina(new URLSearchParams('woonplaats=Utrecht'), reader)).toMatchObject({
      soort: 'opstarten',
      status: 503,
    })
    const ready = memoryReader(siteDocuments(), SITE_GAZETTEER)
    expect(await zoekPagina(new URLSearchParams(''), ready)).toMatchObject({
      soort: 'start',
      status: 200,
    })
    expect(await zoekPagina(new URLSearchParams('woonplaats=Nergenshuizen'), ready)).toMatchObject({
      soort: 'onbekende-plaats',
      status: 200,
    })
  })
})

describe('facet labels', () => {
  it('come with the facets: no extra searches', async () => {
    const result = await ok({ soortZorg: [SZ.ggz.code], perPagina: 1 })
    expect(result.antwoord.totaal).toBe(1)
    const soortZorg = Object.fromEntries(result.antwoord.facetten.soortZorg.map((f) => [f.code, f]))
    expect(soortZorg[SZ.ouderen.code]).toMatchObject({ naam: SZ.ouderen.naam, aantal: 4 })
    expect(soortZorg[SZ.ggz.code]).toMatchObject({ naam: 'GGZ-wonen', aantal: 1 })
    expect(result.antwoord.facetten.zachteInformatie).toEqual([
      { code: 'rookvrij', naam: 'Rookvrij', aantal: 1, icoon: 'roken' },
    ])
    // one engine pass: the soort-zorg counts without its own filter and the count of those with
    // free places (the "Alleen met vrije plaatsen" checkbox) come with it
    expect(reader.queries).toHaveLength(1)
    expect(result.antwoord.facetten.vrijeCapaciteit).toBe(0)
  })
})

describe('free places (§3.2.9)', () => {
  it('"Alleen met vrije plaatsen" keeps the locations that report places now, with the date', async () => {
    const alle = await ok({ woonplaats: 'Utrecht' })
    expect(alle.antwoord.facetten.vrijeCapaciteit).toBe(1)
    const vrij = await ok({ woonplaats: 'Utrecht', vrijeCapaciteit: true })
    expect(ids(vrij)).toEqual(['102'])
    expect(vrij.antwoord.resultaten[0]?.vrijePlaatsen).toEqual({
      aantal: 2,
      gemeldOp: '2026-11-27T09:30:00.000Z',
    })
    expect(alle.antwoord.resultaten.find((r) => r.id === '101')?.vrijePlaatsen).toBeUndefined()
  })

  it('offers the search without the filter, with its count, when nothing has free places', async () => {
    const result = await ok({ woonplaats: 'Utrecht', straal: 0, vrijeCapaciteit: true })
    expect(result.antwoord.totaal).toBe(0)
    expect(result.alternatieven).toContainEqual(
      expect.objectContaining({
        tekst: expect.stringMatching(/^Ook locaties zonder gemelde vrije plaatsen: \d+ locaties$/),
      }),
    )
    const zonder = result.alternatieven.find((a) => a.tekst.startsWith('Ook locaties zonder'))
    expect(zonder?.params.vrijeCapaciteit).toBeUndefined()
  })
})
