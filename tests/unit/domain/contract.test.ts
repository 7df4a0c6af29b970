import { describe, expect, it } from 'vitest'
import {
  contractJaar,
  contracterendeZorgkantoren,
  geenContractLabel,
  isGecontracteerd,
  naNietGecontracteerd,
  zonderContract,
} from '../../../cms/domain/contract'

describe('contracts (seed 001)', () => {
  it('only gedeeltelijk and volledig count as contracted', () => {
    expect(isGecontracteerd('volledig')).toBe(true)
    expect(isGecontracteerd('gedeeltelijk')).toBe(true)
    expect(isGecontracteerd('in-onderhandeling')).toBe(false)
    expect(isGecontracteerd('niet')).toBe(false)
    expect(isGecontracteerd(null)).toBe(false)
  })
  it('the contracting zorgkantoren of a year, sorted, without doubles', () => {
    const contracten = [
      { zorgkantoor: '2', jaar: 2026, status: 'volledig' },
      { zorgkantoor: '1', jaar: 2026, status: 'gedeeltelijk' },
      { zorgkantoor: '3', jaar: 2026, status: 'in-onderhandeling' },
      { zorgkantoor: '4', jaar: 2025, status: 'volledig' },
      { zorgkantoor: '5', jaar: 2026, status: 'niet' },
    ]
    expect(contracterendeZorgkantoren(contracten, 2026)).toEqual(['1', '2'])
    expect(contracterendeZorgkantoren(contracten, 2025)).toEqual(['4'])
    expect(zonderContract(contracten, 2026)).toBe(false)
    expect(zonderContract(contracten, 2024)).toBe(true)
    expect(zonderContract([{ zorgkantoor: '1', jaar: 2026, status: 'niet' }], 2026)).toBe(true)
    expect(geenContractLabel(2026)).toBe('Geen contract 2026')
  })
  it('the contract year is the calendar year in the Netherlands', () => {
    expect(contractJaar(new Date('2026-06-01T12:00:00Z'))).toBe(2026)
    // New Year's night: already 2027 in Amsterdam while it is still 2026 in UTC
    expect(contractJaar(new Date('2026-12-31T23:30:00Z'))).toBe(2027)
  })
  it('`niet` takes the zorgkantoor off; the last one removes the organisation (§1.2)', () => {
    expect(naNietGecontracteerd(['1', '2'], '1')).toEqual({
      zorgkantoren: ['2'],
      organisatieVerwijderen: false,
    })
    expect(naNietGecontracteerd(['1'], '1')).toEqual({
      zorgkantoren: [],
      organisatieVerwijderen: true,
    })
  })
})
