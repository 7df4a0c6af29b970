import { describe, expect, it } from 'vitest'
import { contracteringTekst } from '../../../site/lib/format'

describe('this year’s contracts on the detail page', () => {
  it('names the zorgkantoren in plain Dutch', () => {
    expect(contracteringTekst({ jaar: 2026, zorgkantoren: ['CZ zorgkantoor'] })).toBe(
      'Gecontracteerd door CZ zorgkantoor in 2026.',
    )
    expect(
      contracteringTekst({ jaar: 2026, zorgkantoren: ['CZ zorgkantoor', 'Menzis', 'VGZ'] }),
    ).toBe('Gecontracteerd door CZ zorgkantoor, Menzis en VGZ in 2026.')
  })
  it('says nothing without a contract', () => {
    expect(contracteringTekst(null)).toBeNull()
    expect(contracteringTekst(undefined)).toBeNull()
    expect(contracteringTekst({ jaar: 2026, zorgkantoren: [] })).toBeNull()
  })
})
