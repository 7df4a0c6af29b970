import { beforeEach, describe, expect, it } from 'vitest'
import woonplaatsenJson from '../../../cms/seed/data/woonplaatsen.json' with { type: 'json' }
import { GazetteerEntrySchema } from '../../../search-indexer/contract'
import { afstandKm, buildGazetteer } from '../../../search-indexer/gazetteer'
import {
  postcodeUitleg,
  resetSearchCaches,
  runSearch,
  type ZoekParams,
} from '../../../site/lib/server/search'
import { Plaatsen } from '../../../site/lib/server/zoektaal/plaatsen'
import { SITE_GAZETTEER, siteDocuments, SZ } from '../../fixtures/site-documents'
import { memoryReader } from '../../helpers/memory-reader'

const WOONPLAATSEN = woonplaatsenJson.map((w) => ({ ...w, id: w.code }))
const centrum = (naam: string) => {
  const w = WOONPLAATSEN.find((x) => x.naam === naam)
  if (!w) throw new Error(naam)
  return w
}

/** The shipped woonplaatsen, with one location of ours in Zelhem (postcode 7021). */
const plaatsen = new Plaatsen(
  buildGazetteer(WOONPLAATSEN, [{ postcode: '7021 AB', plaats: 'Zelhem' }]),
)

/** 20 postcodes across the country and the city each lies in. */
const LANDELIJK: [string, string][] = [
  ['1012', 'Amsterdam'],
  ['3511', 'Utrecht'],
  ['5038', 'Tilburg'],
  ['9711', 'Groningen'],
  ['6211', 'Maastricht'],
  ['7511', 'Enschede'],
  ['8011', 'Zwolle'],
  ['2511', 'Den Haag'],
  ['3011', 'Rotterdam'],
  ['5611', 'Eindhoven'],
  ['1811', 'Alkmaar'],
  ['4811', 'Breda'],
  ['6811', 'Arnhem'],
  ['8911', 'Leeuwarden'],
  ['7411', 'Deventer'],
  ['4331', 'Middelburg'],
  ['2311', 'Leiden'],
  ['3811', 'Amersfoort'],
  ['6511', 'Nijmegen'],
  ['9401', 'Assen'],
]

describe('every valid postcode finds a search point', () => {
  it.each(LANDELIJK)('%s resolves within 25 km of %s, with its precision', (pc, stad) => {
    const keuze = plaatsen.zoek(pc)
    if (keuze.soort !== 'gevonden') throw new Error(`${pc}: ${keuze.soort}`)
    expect(keuze.postcode).toBe(pc)
    expect(['pc4', 'pc3', 'pc2']).toContain(keuze.vanaf?.bron)
    expect(afstandKm(keuze.vanaf!, centrum(stad))).toBeLessThan(25)
    expect(afstandKm(keuze.plaats, centrum(stad))).toBeLessThan(25)
  })

  it('every postcode from 1000 to 9999 resolves, with letters too', () => {
    for (let pc = 1000; pc <= 9999; pc++) {
      expect(plaatsen.zoek(String(pc)).soort, String(pc)).toBe('gevonden')
    }
    expect(plaatsen.zoek('5038 CL')).toMatchObject({
      plaats: { naam: 'Tilburg' },
      postcode: '5038',
    })
  })

  it('most precise first: own location, imported PC4, PC3, PC2', () => {
    // our location in Zelhem: as before, the woonplaats and its centre
    const zelhem = centrum('Zelhem')
    expect(plaatsen.zoek('7021')).toMatchObject({
      soort: 'gevonden',
      via: 'postcode',
      plaats: { naam: 'Zelhem' },
      vanaf: { lat: zelhem.lat, lng: zelhem.lng, bron: 'locaties' },
    })
    // without it: the 3-digit area (702: Zelhem)
    expect(plaatsen.zoek('7022')).toMatchObject({
      plaats: { naam: 'Zelhem' },
      vanaf: { bron: 'pc3' },
    })
    // an area without a line of its own (734: none of its places is a woonplaats of ours): the
    // 2-digit region
    expect(plaatsen.zoek('7345')).toMatchObject({
      plaats: { naam: 'Apeldoorn' },
      vanaf: { bron: 'pc2' },
    })
    expect(plaatsen.zoek('5038')).toMatchObject({
      plaats: { naam: 'Tilburg' },
      vanaf: { bron: 'pc3' },
    })
    const metImport = new Plaatsen(
      buildGazetteer(WOONPLAATSEN, [], undefined, {
        pc4: [{ postcode: '5038', lat: 51.566, lng: 5.0771 }],
      }),
    )
    expect(metImport.zoek('5038')).toMatchObject({
      plaats: { naam: 'Tilburg' },
      vanaf: { lat: 51.566, lng: 5.0771, bron: 'pc4' },
    })
    expect(metImport.zoek('5039')).toMatchObject({ vanaf: { bron: 'pc3' } })
  })

  it('digits that are no postcode are named as such', () => {
    expect(plaatsen.zoek('0123')).toEqual({ soort: 'geen-postcode', invoer: '0123' })
    expect(plaatsen.zoek('12345')).toEqual({ soort: 'geen-postcode', invoer: '12345' })
    expect(plaatsen.zoek('503')).toEqual({ soort: 'geen-postcode', invoer: '503' })
  })

  it('a postcode inside the search text resolves the same way', () => {
    const gevonden = plaatsen.vindIn(['dagbesteding', '1012'])
    expect(gevonden).toMatchObject({ plaats: { naam: 'Amsterdam' }, vanaf: { bron: 'pc3' } })
    expect(plaatsen.suggesties('1012')).toEqual([{ waarde: '1012', label: '1012 (Amsterdam)' }])
  })
})

// ---------------------------------------------------------------------------------------------
// The search itself (site fixtures: Utrecht, Zeist, De Bilt, …)
// ---------------------------------------------------------------------------------------------

const params = (p: Partial<ZoekParams> = {}): ZoekParams => ({
  soortZorg: [],
  zachteInformatie: [],
  doelgroep: [],
  pagina: 1,
  perPagina: 20,
  ...p,
})

/** The site's gazetteer with postcode areas: Utrecht's PC2 and PC3, and one imported PC4. */
const GAZETTEER = SITE_GAZETTEER.map((g) =>
  g.id === 'wp-utrecht'
    ? GazetteerEntrySchema.parse({
        ...g,
        postcodegebieden: [
          { code: '35', lat: g.lat, lng: g.lng },
          { code: '351', lat: g.lat, lng: g.lng },
          { code: '3512', lat: 52.0931, lng: 5.1156 },
        ],
      })
    : g,
)

let reader: ReturnType<typeof memoryReader>
beforeEach(() => {
  resetSearchCaches()
  reader = memoryReader(siteDocuments(), GAZETTEER)
})
const ok = async (p: Partial<ZoekParams>) => {
  const result = await runSearch(params(p), reader)
  if (!result.ok) throw new Error(`expected a result, got: ${result.fout}`)
  return result
}

describe('runSearch with a postcode', () => {
  it('says where it searched from and how precise that is', async () => {
    const pc3 = await ok({ woonplaats: '3511' })
    expect(pc3.woonplaats?.id).toBe('wp-utrecht')
    expect(pc3.params.woonplaats).toBe('3511')
    expect(pc3.antwoord.zoekvraag).toMatchObject({
      woonplaats: { naam: 'Utrecht' },
      vanaf: { lat: 52.0907, lng: 5.1214, bron: 'pc3', postcode: '3511' },
    })
    expect(postcodeUitleg(pc3)).toBe('Postcode 3511: we zoeken rond Utrecht.')

    const pc4 = await ok({ woonplaats: '3512 AB' })
    expect(pc4.antwoord.zoekvraag.vanaf).toEqual({
      lat: 52.0931,
      lng: 5.1156,
      bron: 'pc4',
      postcode: '3512',
    })
    // the engine searched around the PC4 centre, not the place's
    expect(reader.queries.at(-1)?.geo).toMatchObject({ lat: 52.0931, lng: 5.1156 })

    const pc2 = await ok({ woonplaats: '3599' })
    expect(pc2.antwoord.zoekvraag.vanaf?.bron).toBe('pc2')
    expect(postcodeUitleg(pc2)).toBe('Postcode 3599: we zoeken ongeveer rond Utrecht.')
    expect(postcodeUitleg(await ok({ woonplaats: '3599', straal: 0 }))).toBe(
      'Postcode 3599: we zoeken in Utrecht.',
    )
  })

  it('a postcode of our own locations resolves as before, from the place', async () => {
    const zeist = await ok({ woonplaats: '3701' })
    expect(zeist.woonplaats?.id).toBe('wp-zeist')
    expect(zeist.antwoord.zoekvraag.vanaf).toEqual({
      lat: 52.0894,
      lng: 5.2331,
      bron: 'locaties',
      postcode: '3701',
    })
    const named = await ok({ woonplaats: 'Zeist' })
    expect(named.antwoord.zoekvraag.vanaf).toEqual({
      lat: 52.0894,
      lng: 5.2331,
      bron: 'woonplaats',
    })
    expect(postcodeUitleg(named)).toBeNull()
  })

  it('digits that are no postcode get a clear Dutch message', async () => {
    for (const invoer of ['0123', '12345']) {
      const result = await runSearch(params({ woonplaats: invoer }), reader)
      expect(result).toMatchObject({
        ok: false,
        fout: `"${invoer}" is geen Nederlandse postcode. Een postcode begint met 4 cijfers, de eerste is geen 0: bijvoorbeeld 5038 of 5038 CL.`,
        velden: { woonplaats: expect.stringContaining('geen Nederlandse postcode') },
      })
    }
  })
})

describe('text and place together in the woonplaats box', () => {
  it('"verpleeghuis utrecht": the place, and the rest read as the search box would', async () => {
    const result = await ok({ woonplaats: 'verpleeghuis utrecht' })
    expect(result.woonplaats?.id).toBe('wp-utrecht')
    expect(result.params).toMatchObject({
      woonplaats: 'Utrecht',
      soortZorg: [SZ.ouderen.code],
      straal: 25,
    })
    expect(result.params.q).toBeUndefined()
    expect(result.antwoord.resultaten.map((r) => r.id)).toEqual(['101', '102'])
    expect(result.antwoord.zoekvraag.herkend.map((h) => h.soort)).toEqual(['plaats', 'soortZorg'])
  })

  it('"dagbesteding 3511": a postcode and a filter; other words stay text', async () => {
    const result = await ok({ woonplaats: 'dagbesteding 3511' })
    expect(result.params).toMatchObject({ woonplaats: '3511', soortZorg: ['dagbesteding'] })
    expect(result.params.q).toBeUndefined()
    expect(result.antwoord.zoekvraag.vanaf).toMatchObject({ bron: 'pc3', postcode: '3511' })
    const tekst = await ok({ woonplaats: 'mondriaan zeist', q: 'hof' })
    expect(tekst.woonplaats?.id).toBe('wp-zeist')
    expect(tekst.antwoord.zoekvraag.tekst).toBe('hof mondriaan')
  })

  it('a place box without any place still says it does not know it', async () => {
    const result = await runSearch(params({ woonplaats: 'verpleeghuis' }), reader)
    expect(result).toMatchObject({ ok: false, fout: expect.stringContaining('"verpleeghuis"') })
  })
})
