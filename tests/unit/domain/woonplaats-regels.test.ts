import { describe, expect, it } from 'vitest'
import {
  anderLocatiesInRegio,
  checkWoonplaats,
  normaliseerPlaats,
  wijktAfVanAdres,
  WOONPLAATS_ADRES_MESSAGES,
  WOONPLAATS_MESSAGES,
  woonplaatsBijAdresFout,
} from '../../../cms/domain/woonplaats-regels'

describe('woonplaatsen per location (§4.1)', () => {
  it('residential and day care: exactly one woonplaats', () => {
    expect(checkWoonplaats({ meerdereWoonplaatsen: false, bestaande: [], nieuwe: 'a' })).toBeNull()
    expect(checkWoonplaats({ meerdereWoonplaatsen: false, bestaande: ['a'], nieuwe: 'b' })).toBe(
      WOONPLAATS_MESSAGES.eenWoonplaats,
    )
  })
  it('home care and OCO: many woonplaatsen, but each once', () => {
    expect(
      checkWoonplaats({ meerdereWoonplaatsen: true, bestaande: ['a', 'b'], nieuwe: 'c' }),
    ).toBeNull()
    expect(checkWoonplaats({ meerdereWoonplaatsen: true, bestaande: ['a'], nieuwe: 'a' })).toBe(
      WOONPLAATS_MESSAGES.dubbel,
    )
  })
})

describe('the woonplaats where the location is housed (§4.1)', () => {
  const basis = { meerdereWoonplaatsen: false, woonplaats: 'Tilburg', adresPlaats: 'Tilburg' }

  it('compares place names without case, accents, apostrophes or hyphens', () => {
    expect(normaliseerPlaats("'s-Hertogenbosch")).toBe(normaliseerPlaats('S Hertogenbosch'))
    expect(normaliseerPlaats('Sint-Oedenrode')).toBe(normaliseerPlaats('sint oedenrode'))
    expect(normaliseerPlaats('Zuidlaren ')).toBe('zuidlaren')
    expect(normaliseerPlaats('Tiel')).not.toBe(normaliseerPlaats('Tilburg'))
  })

  it('residential and day care: the woonplaats is the place of the visiting address', () => {
    expect(woonplaatsBijAdresFout({ ...basis, toelichting: null })).toBeNull()
    expect(woonplaatsBijAdresFout({ ...basis, adresPlaats: 'TILBURG', toelichting: '' })).toBeNull()
    expect(woonplaatsBijAdresFout({ ...basis, woonplaats: 'Breda', toelichting: '  ' })).toBe(
      WOONPLAATS_ADRES_MESSAGES.anders('Breda', 'Tilburg'),
    )
  })

  it('a difference the provider explains is accepted (the reviewer reads the explanation)', () => {
    expect(
      woonplaatsBijAdresFout({
        ...basis,
        woonplaats: 'Berkel-Enschot',
        toelichting: 'Het gebouw staat op de grens; de bewoners wonen in Berkel-Enschot.',
      }),
    ).toBeNull()
    expect(wijktAfVanAdres({ ...basis, woonplaats: 'Berkel-Enschot' })).toBe(true)
  })

  it('home care and OCO serve many places: no check; no address place yet: no check', () => {
    expect(
      woonplaatsBijAdresFout({
        ...basis,
        meerdereWoonplaatsen: true,
        woonplaats: 'Breda',
        toelichting: null,
      }),
    ).toBeNull()
    expect(
      woonplaatsBijAdresFout({ ...basis, adresPlaats: '', woonplaats: 'Breda', toelichting: null }),
    ).toBeNull()
  })
})

describe('home care and OCO: one location per zorgkantoorregio (§4.1)', () => {
  const andere = [
    { naam: 'Thuiszorg Noord', regios: ['Midden-Brabant', 'West-Brabant'] },
    { naam: 'Thuiszorg Oost', regios: ['Twente'] },
  ]
  it('names the other locations that already serve the region', () => {
    expect(
      anderLocatiesInRegio({ meerdereWoonplaatsen: true, regio: 'midden-brabant', andere }),
    ).toEqual(['Thuiszorg Noord'])
    expect(anderLocatiesInRegio({ meerdereWoonplaatsen: true, regio: 'Zeeland', andere })).toEqual(
      [],
    )
  })
  it('not for residential care, nor without a known region', () => {
    expect(anderLocatiesInRegio({ meerdereWoonplaatsen: false, regio: 'Twente', andere })).toEqual(
      [],
    )
    expect(anderLocatiesInRegio({ meerdereWoonplaatsen: true, regio: null, andere })).toEqual([])
  })
})
