import { describe, expect, it } from 'vitest'
import { toastNl } from '../../../cms/domain/toastteksten'

describe("Payload's English upload toasts in Dutch", () => {
  it('a failed upload', () => {
    expect(toastNl('Failed to save 1 files')).toBe(
      '1 foto is niet opgeslagen. Bekijk de melding bij de foto.',
    )
    expect(toastNl('Failed to save 3 files')).toMatch(/^3 foto’s zijn niet opgeslagen/)
  })
  it('a successful upload', () => {
    expect(toastNl('Successfully saved 2 files')).toBe('2 foto’s zijn opgeslagen.')
  })
  it('leaves every other text alone', () => {
    expect(toastNl('Opgeslagen')).toBeNull()
  })
})
