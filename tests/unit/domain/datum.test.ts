import { describe, expect, it } from 'vitest'
import { datum, datumTijd, DATUM_TIJD_FORMAAT } from '../../../cms/domain/datum'

describe('Dutch dates (dd-mm-jjjj)', () => {
  it('writes day, month and year with two digits, in Dutch time', () => {
    expect(datum('2026-12-01T10:00:00.000Z')).toBe('01-12-2026')
    expect(datumTijd('2026-12-01T10:05:00.000Z')).toBe('01-12-2026 11:05') // winter time, UTC+1
    expect(datumTijd('2026-07-01T22:30:00.000Z')).toBe('02-07-2026 00:30') // summer time, next day
    expect(datumTijd(new Date('2026-11-29T21:22:00.000Z'))).toBe('29-11-2026 22:22')
  })
  it('gives nothing for no date or an invalid one', () => {
    expect(datum(null)).toBe('')
    expect(datum('')).toBe('')
    expect(datumTijd('geen datum')).toBe('')
  })
  it("Payload's pattern is the same format", () => {
    expect(DATUM_TIJD_FORMAAT).toBe('dd-MM-yyyy HH:mm')
  })
})
