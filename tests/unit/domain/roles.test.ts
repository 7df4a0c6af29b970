import { describe, expect, it } from 'vitest'
import {
  isAanbieder,
  mayApprove,
  organisatieIdsOf,
  rawId,
  relId,
  zorgkantoorIdOf,
} from '../../../cms/domain/roles'

describe('roles', () => {
  it('only editors and beheerders approve', () => {
    expect(mayApprove({ id: 1, rol: 'zorgkantoor' })).toBe(true)
    expect(mayApprove({ id: 1, rol: 'beheerder' })).toBe(true)
    expect(mayApprove({ id: 1, rol: 'zorgaanbieder' })).toBe(false)
    expect(mayApprove(null)).toBe(false)
    expect(isAanbieder({ id: 1, rol: 'zorgaanbieder' })).toBe(true)
  })
  it('reads relationship ids whether populated or not', () => {
    expect(organisatieIdsOf({ id: 1, organisaties: [3, { id: 4 }, '5'] })).toEqual(['3', '4', '5'])
    expect(zorgkantoorIdOf({ id: 1, zorgkantoor: { id: 7 } })).toBe('7')
    expect(relId(null)).toBeNull()
    expect(rawId({ id: 9 })).toBe(9)
    expect(rawId('abc')).toBe('abc')
  })
})
