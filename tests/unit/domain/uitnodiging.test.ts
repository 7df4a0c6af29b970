import { describe, expect, it } from 'vitest'
import {
  UITNODIGING_GELDIG_UREN,
  UITNODIGING_MELDINGEN,
  berichtUitnodiging,
  berichtVoorUitnodiging,
  berichtWachtwoordVergeten,
  geldigTot,
  hashToken,
  isTokenVorm,
  isVerlopen,
  isVoorLogin,
  nieuwToken,
  uitnodigingAntwoord,
  uitnodigingFout,
  uitnodigingSoort,
  zichtbareStatus,
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

describe('invitations', () => {
  const nu = new Date('2026-12-04T10:00:00Z')
  const straks = '2026-12-05T10:00:00.000Z'
  const voorbij = '2026-12-04T09:59:59.999Z'

  it('an open invitation expires by its moment, without a write', () => {
    expect(zichtbareStatus('open', straks, nu)).toBe('open')
    expect(zichtbareStatus('open', voorbij, nu)).toBe('verlopen')
    expect(zichtbareStatus('geaccepteerd', voorbij, nu)).toBe('geaccepteerd')
    expect(zichtbareStatus('geweigerd', straks, nu)).toBe('geweigerd')
    expect(zichtbareStatus(null, null, nu)).toBe('verlopen')
  })

  it('works once and until its moment: 410 texts in Dutch', () => {
    expect(uitnodigingFout({ status: 'open', geldigTot: straks }, nu)).toBeNull()
    expect(uitnodigingFout({ status: 'open', geldigTot: voorbij }, nu)).toBe(
      UITNODIGING_MELDINGEN.verlopen,
    )
    expect(uitnodigingFout({ status: 'geaccepteerd', geldigTot: straks }, nu)).toBe(
      UITNODIGING_MELDINGEN.alBeslist,
    )
    expect(uitnodigingFout(null, nu, UITNODIGING_MELDINGEN.ongeldig)).toBe(
      UITNODIGING_MELDINGEN.ongeldig,
    )
    expect(UITNODIGING_MELDINGEN.verlopen).toMatch(/verlopen.*72 uur/)
  })

  it('is for the login with its address, whatever the case', () => {
    expect(isVoorLogin('anna@test.nl', 'Anna@Test.NL')).toBe(true)
    expect(isVoorLogin('anna@test.nl', 'ben@test.nl')).toBe(false)
    expect(isVoorLogin('anna@test.nl', null)).toBe(false)
  })

  it('the owner of the address decides only which mail goes out', () => {
    expect(uitnodigingSoort(null)).toBe('nieuw')
    expect(uitnodigingSoort({ rol: 'zorgaanbieder', actief: true })).toBe('bestaand')
    expect(uitnodigingSoort({ rol: null, actief: true })).toBe('bestaand')
    expect(uitnodigingSoort({ rol: null, actief: false })).toBe('gedeactiveerd')
    expect(uitnodigingSoort({ rol: 'zorgkantoor', actief: true })).toBe('medewerker')
    expect(uitnodigingSoort({ rol: 'beheerder', actief: false })).toBe('medewerker')
    const args = {
      naam: 'Ria',
      organisaties: ['Stichting A'],
      uitgenodigdDoor: 'Cor (CZ zorgkantoor)',
      wachtwoordLink: 'http://x/admin/wachtwoord-instellen?token=abc',
      accepteerLink: 'http://x/admin/uitnodiging?token=abc',
    }
    const nieuw = berichtVoorUitnodiging('nieuw', args)
    expect(nieuw.tekst).toContain(args.wachtwoordLink)
    expect(nieuw.tekst).not.toContain(args.accepteerLink)
    const bestaand = berichtVoorUitnodiging('bestaand', args)
    expect(bestaand.tekst).toContain(args.accepteerLink)
    expect(bestaand.tekst).not.toContain(args.wachtwoordLink)
    expect(bestaand.tekst).toMatch(/Accepteren of Weigeren/)
    for (const soort of ['gedeactiveerd', 'medewerker'] as const) {
      const b = berichtVoorUitnodiging(soort, args)
      expect(b.tekst, soort).not.toContain('token=')
      expect(b.tekst, soort).toContain('- Stichting A')
    }
    expect(berichtVoorUitnodiging('gedeactiveerd', args).tekst).toMatch(/gedeactiveerd/)
    expect(berichtVoorUitnodiging('medewerker', args).tekst).toMatch(/kan niet .*gekoppeld/)
  })

  it('the inviter’s answer depends on the address and the organisations only', () => {
    expect(uitnodigingAntwoord('a@test.nl', ['Stichting A'])).toEqual({
      bericht: 'De uitnodiging is verstuurd naar a@test.nl.',
      email: 'a@test.nl',
      organisaties: ['Stichting A'],
    })
  })
})
