import { describe, expect, it } from 'vitest'
import { checkWoonplaats, WOONPLAATS_MESSAGES } from '../../../cms/domain/woonplaats-regels'

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
