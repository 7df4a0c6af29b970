import { describe, expect, it } from 'vitest'
import woonplaatsenJson from '../../../cms/seed/data/woonplaatsen.json' with { type: 'json' }
import { POSTCODEGEBIEDEN } from '../../../search-indexer/data/postcodegebieden'
import { buildGazetteer } from '../../../search-indexer/gazetteer'

const WOONPLAATSEN = woonplaatsenJson.map((w) => ({ ...w, id: w.code }))

describe('the fallback table of postcode areas', () => {
  it('says what it is: verified against the public 4PP dataset, named with its commit', () => {
    expect(POSTCODEGEBIEDEN.status).toBe('geverifieerd')
    expect(POSTCODEGEBIEDEN.bron).toMatch(/github\.com\/bobdenotter\/4pp/)
    expect(POSTCODEGEBIEDEN.bron).toMatch(/dd53f859e56db5c658049e5ea42bdc18002cb766/)
  })

  it('names in every line exactly one woonplaats of woonplaatsen.json', () => {
    for (const g of POSTCODEGEBIEDEN.gebieden) {
      const treffers = WOONPLAATSEN.filter(
        (w) => w.naam === g.woonplaats && (!g.provincie || w.provincie === g.provincie),
      )
      expect(treffers, `${g.code} ${g.woonplaats} ${g.provincie ?? ''}`).toHaveLength(1)
    }
  })

  it('has every 2-digit region from 10 to 99, and no code twice', () => {
    const codes = POSTCODEGEBIEDEN.gebieden.map((g) => g.code)
    expect(new Set(codes).size).toBe(codes.length)
    for (let pc2 = 10; pc2 <= 99; pc2++) expect(codes, String(pc2)).toContain(String(pc2))
    for (const code of codes) expect(code).toMatch(/^[1-9]\d{1,2}$/)
  })

  it('reaches the published gazetteer: every area on the place it names, from its centre', () => {
    const gazetteer = buildGazetteer(WOONPLAATSEN)
    const gebieden = gazetteer.flatMap((g) =>
      (g.postcodegebieden ?? []).map((p) => ({ ...p, plaats: g })),
    )
    expect(gebieden).toHaveLength(POSTCODEGEBIEDEN.gebieden.length)
    const tilburg503 = gebieden.find((g) => g.code === '503')!
    expect(tilburg503.plaats.naam).toBe('Tilburg')
    expect([tilburg503.lat, tilburg503.lng]).toEqual([tilburg503.plaats.lat, tilburg503.plaats.lng])
  })

  it('puts an imported PC4 on the nearest woonplaats, searched from its own centre', () => {
    const gazetteer = buildGazetteer(WOONPLAATSEN, [], undefined, {
      gebieden: [],
      pc4: [{ postcode: '5038', lat: 51.566, lng: 5.0771 }],
    })
    const met = gazetteer.filter((g) => g.postcodegebieden?.length)
    expect(met.map((g) => g.naam)).toEqual(['Tilburg'])
    expect(met[0]!.postcodegebieden).toEqual([{ code: '5038', lat: 51.566, lng: 5.0771 }])
  })
})
