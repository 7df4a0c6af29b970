import { describe, expect, it } from 'vitest'
import {
  CAPACITEIT_MESSAGES as M,
  dagVan,
  geldigheidFouten,
  isActueel,
  isMelder,
  magMelden,
  meldenFout,
  standaardGeldigTot,
} from '../../../cms/domain/capaciteit'

describe('free capacity dates (§3.2.9)', () => {
  it('is valid 30 days by default', () => {
    expect(standaardGeldigTot('2026-12-02')).toBe('2027-01-01')
  })

  it('refuses an end before the start, more than 90 days, or in the past', () => {
    const vandaag = '2026-12-02T10:00:00Z'
    expect(geldigheidFouten('2026-12-02', '2027-01-01', vandaag)).toEqual([])
    expect(geldigheidFouten('2026-12-02', '2027-03-02', vandaag)).toEqual([])
    expect(geldigheidFouten('2026-12-02', '2027-03-03', vandaag)).toEqual([M.geldigTotTeVer])
    expect(geldigheidFouten('2026-12-10', '2026-12-05', vandaag)).toEqual([M.geldigTotVoorVanaf])
    expect(geldigheidFouten('2026-11-01', '2026-12-01', vandaag)).toEqual([M.verlopen])
  })

  it('stays public through its end date, in Dutch time', () => {
    expect(isActueel('2026-12-02', '2026-12-02T22:30:00Z')).toBe(true) // 23:30 in Amsterdam
    expect(isActueel('2026-12-02', '2026-12-02T23:30:00Z')).toBe(false) // 00:30 the next day
    expect(dagVan('2026-12-31T23:30:00Z')).toBe('2027-01-01')
  })
})

describe('who reports free places and waiting times (§3.2.9)', () => {
  const aanbieder = { id: 1, rol: 'zorgaanbieder' as const, organisaties: [7, { id: 8 }] }
  const redacteur = { id: 2, rol: 'zorgkantoor' as const, zorgkantoor: 1, organisaties: [7] }
  const beheerder = { id: 3, rol: 'beheerder' as const }
  const zonderRol = { id: 4, rol: null, organisaties: [7] }

  it('the provider of the location’s organisation, and a beheerder', () => {
    expect(magMelden(aanbieder, '7')).toBe(true)
    expect(magMelden(aanbieder, '8')).toBe(true)
    expect(magMelden(beheerder, '7')).toBe(true)
    expect(meldenFout(aanbieder, '7')).toBeNull()
  })

  it('not another organisation’s provider, an editor (even of a contracting zorgkantoor), or a login without a role', () => {
    expect(meldenFout(aanbieder, '9')).toBe(M.eigenLocaties)
    expect(meldenFout(redacteur, '7')).toBe(M.alleenAanbieder)
    expect(meldenFout(zonderRol, '7')).toBe(M.alleenAanbieder)
    expect(meldenFout(null, '7')).toBe(M.alleenAanbieder)
    expect([aanbieder, beheerder, redacteur, zonderRol, null].map(isMelder)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ])
  })
})
