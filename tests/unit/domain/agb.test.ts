import { describe, expect, it } from 'vitest'
import {
  AGB_MESSAGES,
  nextVolgnummer,
  normaliseAgbCode,
  validateAgbCode,
} from '../../../cms/domain/agb'

describe('AGB code (§3.2.1)', () => {
  it('accepts exactly 8 digits, also with spaces or dots', () => {
    expect(validateAgbCode('12345678')).toBe(true)
    expect(validateAgbCode('1234 5678')).toBe(true)
    expect(normaliseAgbCode('12.34.56.78')).toBe('12345678')
  })
  it('refuses anything else with a Dutch message', () => {
    for (const bad of ['1234567', '123456789', 'abcdefgh', '', null, 12345678]) {
      expect(validateAgbCode(bad)).toBe(AGB_MESSAGES.format)
    }
  })
})

describe('volgnummer (§3.2.2)', () => {
  it('is 0 for a hoofdlocatie', () => {
    expect(nextVolgnummer(true, [0, 1, 2])).toBe(0)
  })
  it('is the lowest free number ≥ 1 otherwise', () => {
    expect(nextVolgnummer(false, [0])).toBe(1)
    expect(nextVolgnummer(false, [0, 1, 2])).toBe(3)
    expect(nextVolgnummer(false, [0, 2])).toBe(1)
    expect(nextVolgnummer(false, [])).toBe(1)
  })
})
