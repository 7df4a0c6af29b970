import { describe, expect, it } from 'vitest'
import {
  groepNaam,
  icoonPad,
  kaartStatus,
  leesKaartAntwoord,
  markerNaam,
} from '../../../site/lib/kaart'
import { kaartPuntenUrl, parseSearchParams } from '../../../site/lib/server/search'

describe('the points of the results map', () => {
  it('takes every well-formed point and the names of the kinds of care', () => {
    const { punten, soorten } = leesKaartAntwoord({
      punten: [
        ['101', 52.09, 5.12, 'VV', 'De Linde'],
        ['102', 91, 5, 'VV', 'Buiten de wereld'],
        ['103', 52, 'x', 'VV', 'Geen getal'],
        ['104', 52, 5],
        'geen punt',
        ['105', 51.5, 4.9, 'GHZ', '<img src=x onerror=alert(1)>'],
      ],
      facetten: {
        soortZorg: [
          { code: 'VV', naam: 'Verpleeghuis', aantal: 1, icoon: 'ouderenzorg-instelling' },
          { code: 'GHZ', naam: 'Gehandicaptenzorg', aantal: 1 },
          { naam: 'zonder code' },
        ],
      },
    })
    expect(punten).toEqual([
      ['101', 52.09, 5.12, 'VV', 'De Linde'],
      ['105', 51.5, 4.9, 'GHZ', '<img src=x onerror=alert(1)>'],
    ])
    expect([...soorten]).toEqual([
      ['VV', { naam: 'Verpleeghuis', icoon: 'ouderenzorg-instelling' }],
      ['GHZ', { naam: 'Gehandicaptenzorg' }],
    ])
  })

  it('gives nothing for an answer that is not one', () => {
    for (const body of [null, 'tekst', 12, {}, { punten: 'nee', facetten: 3 }]) {
      const { punten, soorten } = leesKaartAntwoord(body)
      expect(punten).toEqual([])
      expect(soorten.size).toBe(0)
    }
  })

  it('uses an icon only when its key is a plain file name', () => {
    expect(icoonPad({ naam: 'Verpleeghuis', icoon: 'ouderenzorg-instelling' })).toBe(
      '/icons/ouderenzorg-instelling.svg',
    )
    expect(icoonPad({ naam: 'x', icoon: '../../etc/passwd' })).toBeNull()
    expect(icoonPad({ naam: 'x', icoon: 'a"onload="b' })).toBeNull()
    expect(icoonPad({ naam: 'x' })).toBeNull()
    expect(icoonPad(undefined)).toBeNull()
  })
})

describe('names on the map for keyboard and screen reader', () => {
  it('names a marker by the location and its kind of care', () => {
    expect(markerNaam('De Linde', { naam: 'Verpleeghuis' })).toBe('De Linde, verpleeghuis')
    expect(markerNaam('De Linde', undefined)).toBe('De Linde')
  })

  it('says what choosing a group does', () => {
    expect(groepNaam(12, false)).toBe('12 locaties bij elkaar. Kies om in te zoomen.')
    expect(groepNaam(3, true)).toBe('3 locaties op dezelfde plek. Kies om ze te zien.')
  })

  it('says what is in view after every move', () => {
    expect(kaartStatus(2, 1, 40)).toBe('In beeld: 2 groepen en 1 locatie.')
    expect(kaartStatus(1, 0, 40)).toBe('In beeld: 1 groep.')
    expect(kaartStatus(0, 5, 5)).toBe('In beeld: 5 locaties.')
    expect(kaartStatus(0, 0, 40)).toBe('In dit deel van de kaart staan geen locaties.')
    expect(kaartStatus(0, 0, 0)).toBe('Er staan geen locaties op de kaart.')
  })
})

describe('the URL of every result’s point', () => {
  it('keeps the filters, asks one result per page and the points, drops order and page', () => {
    const params = parseSearchParams(
      new URLSearchParams(
        'q=verpleeghuis&woonplaats=Tilburg&straal=10&soortZorg=VV&sortering=naam&pagina=3',
      ),
    )
    expect(params.ok).toBe(true)
    if (!params.ok) return
    const url = new URL(kaartPuntenUrl(params.params), 'http://x')
    expect(url.pathname).toBe('/api/zoeken')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      q: 'verpleeghuis',
      woonplaats: 'Tilburg',
      straal: '10',
      soortZorg: 'VV',
      perPagina: '1',
      punten: 'ja',
    })
  })
})
