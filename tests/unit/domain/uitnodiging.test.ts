import { describe, expect, it } from 'vitest'
import {
  UITNODIGING_GELDIG_UREN,
  berichtUitnodiging,
  berichtWachtwoordVergeten,
  geldigTot,
  hashToken,
  isTokenVorm,
  isVerlopen,
  nieuwToken,
} from '../../../cms/domain/uitnodiging'
import { wachtwoordFout } from '../../../cms/domain/wachtwoord'

describe('invitation token', () => {
  it('is random, and only its hash is stored', () => {
    const a = nieuwToken()
    const b = nieuwToken()
    expect(a.token).not.toBe(b.token)
    expect(isTokenVorm(a.token)).toBe(true)
    expect(a.hash).toBe(hashToken(a.token))
    expect(a.hash).not.toContain(a.token)
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(isTokenVorm('kort')).toBe(false)
    expect(isTokenVorm(`${a.token}'--`)).toBe(false)
  })
  it('expires after exactly 72 hours', () => {
    expect(UITNODIGING_GELDIG_UREN).toBe(72)
    const nu = new Date('2026-11-30T10:00:00Z')
    const tot = geldigTot(nu)
    expect(tot.toISOString()).toBe('2026-12-03T10:00:00.000Z')
    expect(isVerlopen(tot, new Date('2026-12-03T09:59:59.999Z'))).toBe(false)
    expect(isVerlopen(tot, new Date('2026-12-03T10:00:00.000Z'))).toBe(true)
    expect(isVerlopen(tot.toISOString(), new Date('2026-12-04T00:00:00Z'))).toBe(true)
    expect(isVerlopen(null, nu)).toBe(true)
    expect(isVerlopen('geen datum', nu)).toBe(true)
  })
})

describe('password rules', () => {
  it('in Dutch: length, a letter and a digit, no surrounding spaces', () => {
    expect(wachtwoordFout('kort1')).toMatch(/minstens 12 tekens/)
    expect(wachtwoordFout('alleenletters')).toMatch(/letter en één cijfer/)
    expect(wachtwoordFout('123456789012')).toMatch(/letter en één cijfer/)
    expect(wachtwoordFout(' Wachtwoord-2026')).toMatch(/spatie/)
    expect(wachtwoordFout('x'.repeat(129) + '1')).toMatch(/hoogstens/)
    expect(wachtwoordFout('Goed-wachtwoord-2026')).toBeNull()
  })
})

describe('mails', () => {
  it('the invitation names the organisations, the link and the 72 hours', () => {
    const b = berichtUitnodiging({
      naam: 'Ria',
      organisaties: ['Stichting A', 'Stichting B'],
      uitgenodigdDoor: 'Cor (CZ zorgkantoor)',
      link: 'http://x/admin/wachtwoord-instellen?token=abc',
    })
    expect(b.tekst).toContain('- Stichting A')
    expect(b.tekst).toContain('http://x/admin/wachtwoord-instellen?token=abc')
    expect(b.tekst).toContain('72 uur')
    expect(b.onderwerp).toMatch(/login/)
  })
  it('the forgot-password mail is Dutch with its link', () => {
    const b = berichtWachtwoordVergeten({ naam: 'Ria', link: 'http://x/admin/reset/t' })
    expect(b.tekst).toContain('http://x/admin/reset/t')
    expect(b.onderwerp).toBe('Nieuw wachtwoord voor de Zorgatlas')
  })
})
