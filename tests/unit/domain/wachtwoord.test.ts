import { describe, expect, it } from 'vitest'
import { VEELGEBRUIKTE_WACHTWOORDEN } from '../../../cms/domain/data/veelgebruikte-wachtwoorden'
import {
  WACHTWOORD_MELDINGEN,
  isVeelgebruikt,
  wachtwoordFout,
} from '../../../cms/domain/wachtwoord'

describe('one password rule', () => {
  it('ships the 10,000 most common passwords of the named public list', () => {
    const lijst = VEELGEBRUIKTE_WACHTWOORDEN.split('\n')
    expect(lijst).toHaveLength(10_000)
    expect(lijst.slice(0, 3)).toEqual(['123456', 'password', '12345678'])
  })

  it('refuses a common password, also in capitals or with digits and signs around it', () => {
    expect(wachtwoordFout('qwerty123456')).toBe(WACHTWOORD_MELDINGEN.veelgebruikt)
    expect(wachtwoordFout('QWERTY123456')).toBe(WACHTWOORD_MELDINGEN.veelgebruikt)
    expect(wachtwoordFout('Password-2026!')).toBe(WACHTWOORD_MELDINGEN.veelgebruikt)
    expect(wachtwoordFout('Wachtwoord2026')).toBe(WACHTWOORD_MELDINGEN.veelgebruikt)
    expect(wachtwoordFout('welkom123456')).toBe(WACHTWOORD_MELDINGEN.veelgebruikt)
    expect(isVeelgebruikt('Zorgatlas-demo-2026')).toBe(false)
  })

  it('refuses the e-mail address and its local part, case-insensitive', () => {
    expect(wachtwoordFout('Anna.Jansen@zorg.nl1', 'anna.jansen@zorg.nl')).toBe(
      WACHTWOORD_MELDINGEN.email,
    )
    expect(wachtwoordFout('ANNA.JANSEN-2026', 'anna.jansen@zorg.nl')).toBe(
      WACHTWOORD_MELDINGEN.email,
    )
    expect(wachtwoordFout('Appelboom-2026', 'anna.jansen@zorg.nl')).toBeNull()
    // a local part of one or two letters says nothing
    expect(wachtwoordFout('Appelboom-2026', 'ap@zorg.nl')).toBeNull()
  })

  it('keeps length, letter and digit, and spaces', () => {
    expect(wachtwoordFout('abc')).toBe(WACHTWOORD_MELDINGEN.kort)
    expect(wachtwoordFout('abcdefghijkl')).toBe(WACHTWOORD_MELDINGEN.letterCijfer)
    expect(wachtwoordFout('Zorgatlas-demo-2026', 'beheer@zorgatlas.test')).toBeNull()
    expect(wachtwoordFout('Test-wachtwoord-2026', 'aanbieder@test.nl')).toBeNull()
  })
})
