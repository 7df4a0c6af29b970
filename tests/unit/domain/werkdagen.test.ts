import { describe, expect, it } from 'vitest'
import {
  antwoordUiterlijk,
  dagInNederland,
  dagVoluit,
  feestdagen,
  isWerkdag,
  paaszondag,
  werkdagenNa,
} from '../../../cms/domain/werkdagen'

describe('paaszondag', () => {
  it('matches the published dates of Easter', () => {
    expect(paaszondag(2000)).toBe('2000-04-23')
    expect(paaszondag(2024)).toBe('2024-03-31')
    expect(paaszondag(2025)).toBe('2025-04-20')
    expect(paaszondag(2026)).toBe('2026-04-05')
    expect(paaszondag(2027)).toBe('2027-03-28')
    expect(paaszondag(2038)).toBe('2038-04-25')
  })
})

describe('feestdagen: the national holidays of the Algemene termijnenwet', () => {
  it('lists the eight days of 2026 in date order', () => {
    expect(feestdagen(2026)).toEqual([
      { dag: '2026-01-01', naam: 'Nieuwjaarsdag' },
      { dag: '2026-04-06', naam: 'Tweede Paasdag' },
      { dag: '2026-04-27', naam: 'Koningsdag' },
      { dag: '2026-05-05', naam: 'Bevrijdingsdag' },
      { dag: '2026-05-14', naam: 'Hemelvaartsdag' },
      { dag: '2026-05-25', naam: 'Tweede Pinksterdag' },
      { dag: '2026-12-25', naam: 'Eerste Kerstdag' },
      { dag: '2026-12-26', naam: 'Tweede Kerstdag' },
    ])
  })

  it('moves Koningsdag to 26 April when the 27th is a Sunday', () => {
    expect(feestdagen(2025).find((f) => f.naam === 'Koningsdag')?.dag).toBe('2025-04-26')
    expect(feestdagen(2031).find((f) => f.naam === 'Koningsdag')?.dag).toBe('2031-04-26')
  })

  it('does not count Goede Vrijdag', () => {
    expect(isWerkdag('2026-04-03')).toBe(true)
  })
})

describe('isWerkdag', () => {
  it('is false on weekends and holidays, true on other weekdays', () => {
    expect(isWerkdag('2026-12-05')).toBe(false) // Saturday
    expect(isWerkdag('2026-12-06')).toBe(false) // Sunday
    expect(isWerkdag('2026-12-25')).toBe(false) // Friday, Christmas
    expect(isWerkdag('2027-01-01')).toBe(false) // Friday, New Year
    expect(isWerkdag('2026-05-05')).toBe(false) // Tuesday, Bevrijdingsdag
    expect(isWerkdag('2026-12-07')).toBe(true) // Monday
  })
})

describe('werkdagenNa: the promised answer within five working days', () => {
  const op = (iso: string) => werkdagenNa(new Date(iso), 5)

  it('an ordinary week: Tuesday → next Tuesday', () => {
    expect(op('2026-12-01T09:00:00Z')).toBe('2026-12-08')
  })

  it('a request sent on Saturday is due the next Friday (the weekend never counts)', () => {
    expect(op('2026-12-05T10:00:00Z')).toBe('2026-12-11')
  })

  it('skips Christmas and New Year', () => {
    // Thu 24 Dec: 25 and 26 Dec, the weekend and 1 Jan are no working days.
    expect(op('2026-12-24T10:00:00Z')).toBe('2027-01-04')
  })

  it('skips Koningsdag and Bevrijdingsdag', () => {
    expect(op('2026-04-24T10:00:00Z')).toBe('2026-05-04')
    expect(op('2026-04-29T10:00:00Z')).toBe('2026-05-07')
  })

  it('skips Hemelvaartsdag and Tweede Pinksterdag', () => {
    // Mon 11 May 2026: 14 May (Ascension) does not count → Tue 19 May.
    expect(op('2026-05-11T10:00:00Z')).toBe('2026-05-19')
    // Thu 21 May: Fri 22, (weekend, Mon 25 Pentecost) 26, 27, 28, 29.
    expect(op('2026-05-21T10:00:00Z')).toBe('2026-05-29')
  })

  it('counts from the date in the Netherlands, not the machine clock (UTC)', () => {
    // 23:30 UTC on Wed 23 Dec is 00:30 on Thu 24 Dec in Amsterdam.
    expect(dagInNederland(new Date('2026-12-23T23:30:00Z'))).toBe('2026-12-24')
    expect(op('2026-12-23T23:30:00Z')).toBe('2027-01-04')
    expect(op('2026-12-23T22:30:00Z')).toBe('2026-12-31')
  })

  it('gives a moment that every Dutch date format shows as that day', () => {
    expect(antwoordUiterlijk(new Date('2026-12-01T09:00:00Z'))).toBe('2026-12-08T12:00:00.000Z')
    expect(dagVoluit('2026-12-08')).toBe('dinsdag 8 december 2026')
  })
})
