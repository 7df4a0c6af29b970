import { describe, expect, it } from 'vitest'
import {
  ADRES_MESSAGES,
  isPostbus,
  normalisePostcode,
  publicAdres,
  validateAdres,
} from '../../../cms/domain/adres'

const ok = { straat: 'Heuvelring', huisnummer: '12', postcode: '5038 CL', plaats: 'Tilburg' }

describe('bezoekadres (§3.2.4)', () => {
  it('accepts a normal Dutch address', () => {
    expect(validateAdres(ok)).toEqual({})
  })
  it('normalises postcodes and refuses invalid ones', () => {
    expect(normalisePostcode('5038cl')).toBe('5038 CL')
    expect(normalisePostcode(' 5038  CL ')).toBe('5038 CL')
    expect(normalisePostcode('0123 AB')).toBeNull()
    expect(normalisePostcode('1234 SS')).toBeNull()
    expect(validateAdres({ ...ok, postcode: '12345' }).postcode).toBe(ADRES_MESSAGES.postcode)
  })
  it('refuses a postbus, with the reason', () => {
    for (const straat of ['Postbus 123', 'postbus', 'P.O. Box 5', 'Antwoordnummer 10']) {
      expect(isPostbus(straat)).toBe(true)
      expect(validateAdres({ ...ok, straat }).straat).toBe(ADRES_MESSAGES.postbus)
    }
    expect(isPostbus('Postbusweg')).toBe(false)
    expect(ADRES_MESSAGES.postbus).toContain('ZorgkaartNederland')
  })
  it('requires a numeric house number and a short addition', () => {
    expect(validateAdres({ ...ok, huisnummer: '' }).huisnummer).toBe(ADRES_MESSAGES.huisnummer)
    expect(validateAdres({ ...ok, huisnummer: '12a' }).huisnummer).toBe(ADRES_MESSAGES.huisnummer)
    expect(validateAdres({ ...ok, huisnummerToevoeging: 'A' })).toEqual({})
    expect(
      validateAdres({ ...ok, huisnummerToevoeging: 'veel te lang' }).huisnummerToevoeging,
    ).toBeDefined()
  })
})

describe('kleinschalig wooninitiatief (§3.2.5)', () => {
  const klein = {
    kleinschalig: true,
    straat: 'Kleinschalig wooninitiatief',
    huisnummer: '',
    postcode: '6321',
    plaats: 'Wijlre',
  }
  it('takes 4 postcode digits and no house number', () => {
    expect(validateAdres(klein)).toEqual({})
    expect(validateAdres({ ...klein, huisnummer: '3' }).huisnummer).toBe(
      ADRES_MESSAGES.huisnummerKleinschalig,
    )
    expect(validateAdres({ ...klein, postcode: '6321 AB' }).postcode).toBe(
      ADRES_MESSAGES.postcodeKleinschalig,
    )
  })
  it('never shows the street or number in public, even when stored', () => {
    const shown = publicAdres({
      kleinschalig: true,
      straat: 'Geheimstraat',
      huisnummer: '5',
      postcode: '6321 AB',
      plaats: 'Wijlre',
    })
    expect(shown).toEqual({
      straat: 'Kleinschalig wooninitiatief',
      huisnummer: null,
      postcode: '6321',
      plaats: 'Wijlre',
    })
    expect(JSON.stringify(shown)).not.toContain('Geheim')
  })
  it('shows a normal address with its number and addition', () => {
    expect(publicAdres({ ...ok, huisnummerToevoeging: 'A' })).toEqual({
      straat: 'Heuvelring',
      huisnummer: '12 A',
      postcode: '5038 CL',
      plaats: 'Tilburg',
    })
  })
})
