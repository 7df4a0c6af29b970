import { describe, expect, it } from 'vitest'
import {
  ALTERNATIEVE_NAMEN,
  alternatieveNamen,
  buildGazetteer,
  pc4,
  postcodesFromAdressen,
  type GazetteerWoonplaats,
} from '../../search-indexer/gazetteer'
import woonplaatsenJson from '../../cms/seed/data/woonplaatsen.json' with { type: 'json' }

const wp = (id: string, naam: string, provincie = 'Noord-Brabant'): GazetteerWoonplaats => ({
  id,
  naam,
  gemeente: naam,
  provincie,
  lat: 51.5,
  lng: 5.1,
})

const PLAATSEN = [
  wp('1', "'s-Hertogenbosch"),
  wp('2', 'Den Haag', 'Zuid-Holland'),
  wp('3', 'Tilburg'),
  wp('4', 'Grou', 'Friesland'),
  wp('5', 'Sneek', 'Friesland'),
  wp('6', 'Hengelo', 'Overijssel'),
  wp('7', 'Hengelo', 'Gelderland'),
  wp('8', 'Lemmer', 'Gelderland'),
]

describe('pc4', () => {
  it('takes the 4 digits of a Dutch postcode, never more', () => {
    expect(pc4('5038 CL')).toBe('5038')
    expect(pc4('5038cl')).toBe('5038')
    expect(pc4(' 5038 ')).toBe('5038')
    expect(pc4('0123 AB')).toBeNull()
    expect(pc4('Postbus 12')).toBeNull()
    expect(pc4(null)).toBeNull()
  })
})

describe('alternative names', () => {
  it('work in both directions, whichever name is official', () => {
    expect(alternatieveNamen(PLAATSEN[0]!)).toEqual(['Den Bosch', 'Hertogenbosch'])
    expect(alternatieveNamen(PLAATSEN[1]!)).toEqual(["'s-Gravenhage", 'The Hague'])
    expect(alternatieveNamen(wp('x', "'s-Gravenhage", 'Zuid-Holland'))).toContain('Den Haag')
    expect(alternatieveNamen(PLAATSEN[3]!)).toEqual(['Grouw']) // official name is Frisian
    expect(alternatieveNamen(PLAATSEN[4]!)).toEqual(['Snits']) // official name is Dutch
  })

  it('respect the province of a group', () => {
    expect(alternatieveNamen(PLAATSEN[7]!)).toEqual([]) // a Lemmer outside Friesland
    expect(alternatieveNamen(PLAATSEN[2]!)).toEqual([])
  })

  it('every group has at least two different names', () => {
    for (const groep of ALTERNATIEVE_NAMEN) expect(new Set(groep.namen).size).toBeGreaterThan(1)
  })

  it('cover the big places of the shipped woonplaatsen', () => {
    const gazetteer = buildGazetteer(woonplaatsenJson.map((w) => ({ ...w, id: w.code })))
    const alt = (naam: string) => gazetteer.find((g) => g.naam === naam)?.alternatieveNamen
    expect(alt("'s-Hertogenbosch")).toContain('Den Bosch')
    expect(alt('Den Haag')).toContain("'s-Gravenhage")
    expect(alt('Leeuwarden')).toContain('Ljouwert')
    expect(gazetteer).toHaveLength(woonplaatsenJson.length) // every woonplaats, not only those with locations
  })
})

describe('postcodes from the visiting addresses', () => {
  it('give each PC4 to the place its addresses name; a majority decides', () => {
    const map = postcodesFromAdressen(PLAATSEN, [
      { postcode: '5038 CL', plaats: 'Tilburg' },
      { postcode: '5038 AB', plaats: 'tilburg' },
      { postcode: '5038 XX', plaats: "'s-Hertogenbosch" },
      { postcode: '5211 AA', plaats: "'s-Hertogenbosch" },
      { postcode: '9999', plaats: 'Onbekend' },
      { postcode: null, plaats: 'Tilburg' },
    ])
    expect(Object.fromEntries(map)).toEqual({ '5038': '3', '5211': '1' })
  })

  it('pick between places with one name by the location’s own woonplaatsen', () => {
    const map = postcodesFromAdressen(PLAATSEN, [
      { postcode: '7255 AA', plaats: 'Hengelo', woonplaatsIds: ['7'] },
      { postcode: '7551 AA', plaats: 'Hengelo' }, // ambiguous, no hint: left out
    ])
    expect(Object.fromEntries(map)).toEqual({ '7255': '7' })
  })

  it('end up in the gazetteer entry, sorted, with only 4 digits', () => {
    const gazetteer = buildGazetteer(PLAATSEN, [
      { postcode: '5041 ZZ', plaats: 'Tilburg' },
      { postcode: '5038 CL', plaats: 'Tilburg' },
    ])
    expect(gazetteer.find((g) => g.id === '3')?.postcodes).toEqual(['5038', '5041'])
    expect(gazetteer.find((g) => g.id === '1')?.postcodes).toEqual([])
  })
})
