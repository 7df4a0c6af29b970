import { describe, expect, it } from 'vitest'
import {
  MAX_OPEN_TOEGANG,
  MAX_OPEN_VERZOEKEN,
  isOpen,
  limietMelding,
  normaliseerCode,
  routeerVerzoek,
  soortVanCode,
  standaardOnderwerp,
} from '../../../cms/domain/verzoeken'
import { beheerschermVan } from '../../../cms/domain/beheermenu'

describe('routeerVerzoek: which zorgkantoren receive a request', () => {
  const alle = [3, 1, 2]

  it('the zorgkantoren contracting the organisations found, and only those', () => {
    expect(
      routeerVerzoek({ gevondenOrganisaties: [{ zorgkantoren: [2] }], alleZorgkantoren: alle }),
    ).toEqual(['2'])
  })

  it('several organisations (an AGB code shared by locations of two): the union, once each', () => {
    expect(
      routeerVerzoek({
        gevondenOrganisaties: [{ zorgkantoren: [2, 1] }, { zorgkantoren: ['1'] }],
        alleZorgkantoren: alle,
      }),
    ).toEqual(['1', '2'])
  })

  it('an unknown code: every zorgkantoor', () => {
    expect(routeerVerzoek({ gevondenOrganisaties: [], alleZorgkantoren: alle })).toEqual([
      '1',
      '2',
      '3',
    ])
  })

  it('a known organisation that no zorgkantoor contracts any more: every zorgkantoor, never lost', () => {
    expect(
      routeerVerzoek({ gevondenOrganisaties: [{ zorgkantoren: [] }], alleZorgkantoren: alle }),
    ).toEqual(['1', '2', '3'])
  })

  it('sorts numerically', () => {
    expect(routeerVerzoek({ gevondenOrganisaties: [], alleZorgkantoren: [10, 9] })).toEqual([
      '9',
      '10',
    ])
  })
})

describe('codes', () => {
  it('normalises spaces, dots and dashes', () => {
    expect(normaliseerCode(' 12.34-56 78 ')).toBe('12345678')
  })
  it('8 digits is an AGB code, anything else an NZa code', () => {
    expect(soortVanCode('1234 5678')).toBe('agb')
    expect(soortVanCode('300101')).toBe('nza')
    expect(soortVanCode('1234567A')).toBe('nza')
  })
})

describe('caps on open requests', () => {
  it('refuses a fourth open access request, allows other kinds', () => {
    expect(
      limietMelding({ totaal: MAX_OPEN_TOEGANG, toegang: MAX_OPEN_TOEGANG }, 'toegang'),
    ).toMatch(/aanvragen voor toegang/)
    expect(
      limietMelding({ totaal: MAX_OPEN_TOEGANG, toegang: MAX_OPEN_TOEGANG }, 'probleem'),
    ).toBeNull()
  })
  it('refuses any request beyond the total cap', () => {
    expect(limietMelding({ totaal: MAX_OPEN_VERZOEKEN, toegang: 0 }, 'probleem')).toMatch(
      /nog niet zijn afgehandeld/,
    )
    expect(limietMelding({ totaal: MAX_OPEN_VERZOEKEN - 1, toegang: 0 }, 'probleem')).toBeNull()
  })
  it('only afgehandeld is closed', () => {
    expect(isOpen('open')).toBe(true)
    expect(isOpen('in-behandeling')).toBe(true)
    expect(isOpen('afgehandeld')).toBe(false)
  })
})

describe('standaardOnderwerp', () => {
  it('names the organisation of an access request', () => {
    expect(standaardOnderwerp('toegang', 'Stichting X')).toBe('Aanvraag toegang voor Stichting X')
    expect(standaardOnderwerp('probleem')).toBe('Probleem')
  })
})

describe('the admin menu of a provider without organisations', () => {
  it('shows only their requests', () => {
    expect(beheerschermVan({ rol: 'zorgaanbieder', organisaties: [] }).menu).toEqual(['verzoeken'])
  })
  it('a provider with organisations keeps the whole menu, with requests', () => {
    const menu = beheerschermVan({ rol: 'zorgaanbieder', organisaties: [1] }).menu
    expect(menu).toContain('locaties')
    expect(menu).toContain('verzoeken')
  })
})
