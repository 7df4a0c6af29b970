import { describe, expect, it } from 'vitest'
import {
  NZA_MESSAGES,
  ZORGKANTOOR_MESSAGES as Z,
  gewijzigdeKoppelingen,
  isFictieveCode,
  isFictieveCodeVan,
  nzaCodeVoorType,
  volgendeFictieveCode,
  zorgkantorenWijzigingFout,
} from '../../../cms/domain/organisatie'

describe('fictitious NZa codes (§2): the reserved range OCO-0001…9999, PGB-0001…9999', () => {
  it('gives the lowest free code of the type’s own range', () => {
    expect(volgendeFictieveCode('oco', [])).toBe('OCO-0001')
    expect(volgendeFictieveCode('oco', ['OCO-0001', 'OCO-0002', 'OCO-0004'])).toBe('OCO-0003')
    // codes of the other range and real codes do not count
    expect(volgendeFictieveCode('pgb-initiatief', ['OCO-0001', '300101', 'PGB-0002'])).toBe(
      'PGB-0001',
    )
  })
  it('answers null when the range is full', () => {
    const alle = Array.from({ length: 9999 }, (_, i) => `OCO-${String(i + 1).padStart(4, '0')}`)
    expect(volgendeFictieveCode('oco', alle)).toBeNull()
    expect(volgendeFictieveCode('pgb-initiatief', alle)).toBe('PGB-0001')
  })
  it('knows a code of the range, per type', () => {
    expect(isFictieveCode('OCO-0007')).toBe(true)
    expect(isFictieveCode('300101')).toBe(false)
    expect(isFictieveCode('OCO-7')).toBe(false)
    expect(isFictieveCodeVan('oco', 'OCO-0007')).toBe(true)
    expect(isFictieveCodeVan('pgb-initiatief', 'OCO-0007')).toBe(false)
    expect(isFictieveCodeVan('oco', 'OCO-0000')).toBe(false)
    expect(isFictieveCodeVan('zorgaanbieder', 'OCO-0007')).toBe(false)
  })
})

describe('the NZa code fits the type', () => {
  it('a zorgaanbieder needs its real code, outside the reserved range', () => {
    expect(nzaCodeVoorType('zorgaanbieder', ' 300101 ')).toEqual({ code: '300101' })
    expect(nzaCodeVoorType('zorgaanbieder', '')).toEqual({ fout: NZA_MESSAGES.verplicht })
    expect(nzaCodeVoorType('zorgaanbieder', null)).toEqual({ fout: NZA_MESSAGES.verplicht })
    expect(nzaCodeVoorType('zorgaanbieder', 'OCO-0001')).toEqual({
      fout: NZA_MESSAGES.gereserveerd,
    })
    expect(nzaCodeVoorType('zorgaanbieder', 'pgb-12')).toEqual({ fout: NZA_MESSAGES.gereserveerd })
  })
  it('an OCO or PGB-initiatief gets a fictitious code, or keeps its own', () => {
    expect(nzaCodeVoorType('oco', '')).toEqual({ nieuw: true })
    expect(nzaCodeVoorType('oco', undefined)).toEqual({ nieuw: true })
    expect(nzaCodeVoorType('oco', 'OCO-0012')).toEqual({ code: 'OCO-0012' })
    expect(nzaCodeVoorType('pgb-initiatief', 'PGB-0003')).toEqual({ code: 'PGB-0003' })
  })
  it('a real code for an OCO is refused, unless the type just changed (then a new one)', () => {
    expect(nzaCodeVoorType('oco', '300101')).toEqual({ fout: NZA_MESSAGES.verkeerdeReeks('OCO') })
    expect(nzaCodeVoorType('oco', 'PGB-0001')).toEqual({ fout: NZA_MESSAGES.verkeerdeReeks('OCO') })
    expect(nzaCodeVoorType('oco', '300101', true)).toEqual({ nieuw: true })
    expect(nzaCodeVoorType('pgb-initiatief', 'OCO-0001', true)).toEqual({ nieuw: true })
  })
})

describe('the zorgkantoren of an organisation (§1.2)', () => {
  const cz = { id: 1, rol: 'zorgkantoor' as const, zorgkantoor: 'cz' }
  const beheerder = { id: 2, rol: 'beheerder' as const }
  const aanbieder = { id: 3, rol: 'zorgaanbieder' as const, organisaties: ['o1'] }
  const zonderZorgkantoor = { id: 4, rol: 'zorgkantoor' as const, zorgkantoor: null }

  it('names the links a change adds or removes', () => {
    expect(gewijzigdeKoppelingen(['cz', 'menzis'], ['menzis', 'cz'])).toEqual([])
    expect(gewijzigdeKoppelingen(['cz', 'menzis'], ['cz'])).toEqual(['menzis'])
    expect(gewijzigdeKoppelingen(['cz'], ['cz', 'zk'])).toEqual(['zk'])
    expect(gewijzigdeKoppelingen([], ['cz', 'cz'])).toEqual(['cz'])
  })

  it('an editor adds or removes only their own zorgkantoor’s link', () => {
    expect(zorgkantorenWijzigingFout(cz, ['cz', 'menzis'], ['menzis'])).toBeNull()
    expect(zorgkantorenWijzigingFout(cz, ['menzis'], ['menzis', 'cz'])).toBeNull()
    expect(zorgkantorenWijzigingFout(cz, ['cz', 'menzis'], ['menzis', 'cz'])).toBeNull()
    expect(zorgkantorenWijzigingFout(cz, ['cz', 'menzis'], ['cz'])).toBe(Z.alleenEigen)
    expect(zorgkantorenWijzigingFout(cz, ['cz'], ['cz', 'menzis'])).toBe(Z.alleenEigen)
    // swapping Menzis for Zilveren Kruis, or taking its own off together with another: no
    expect(zorgkantorenWijzigingFout(cz, ['cz', 'menzis'], ['cz', 'zk'])).toBe(Z.alleenEigen)
    expect(zorgkantorenWijzigingFout(cz, ['cz', 'menzis'], [])).toBe(Z.alleenEigen)
  })

  it('registers only with their own zorgkantoor', () => {
    expect(zorgkantorenWijzigingFout(cz, null, ['cz'])).toBeNull()
    expect(zorgkantorenWijzigingFout(cz, null, ['menzis'])).toBe(Z.registreren)
    expect(zorgkantorenWijzigingFout(cz, null, [])).toBe(Z.registreren)
    expect(zorgkantorenWijzigingFout(cz, null, ['cz', 'menzis'])).toBe(Z.alleenEigen)
    expect(zorgkantorenWijzigingFout(zonderZorgkantoor, null, ['cz'])).toBe(Z.registreren)
  })

  it('a beheerder changes every link; nobody else changes any', () => {
    expect(zorgkantorenWijzigingFout(beheerder, ['cz', 'menzis'], ['zk'])).toBeNull()
    expect(zorgkantorenWijzigingFout(beheerder, null, ['cz', 'menzis'])).toBeNull()
    expect(zorgkantorenWijzigingFout(aanbieder, ['cz'], ['cz', 'menzis'])).toBe(Z.alleenZorgkantoor)
    expect(zorgkantorenWijzigingFout(aanbieder, ['cz'], ['cz'])).toBeNull()
    expect(zorgkantorenWijzigingFout(null, ['cz'], [])).toBe(Z.alleenZorgkantoor)
  })
})
