import { describe, expect, it } from 'vitest'
import { BEHEERSCHERM, beheerschermVan, inMenu } from '../../../cms/domain/beheermenu'
import { ROLES } from '../../../cms/domain/roles'

describe('role → admin menu', () => {
  it('has a row for every role', () => {
    expect(Object.keys(BEHEERSCHERM).sort()).toEqual([...ROLES].sort())
  })

  it('a provider sees their own work only: no logins, zorgkantoren or woonplaatsen', () => {
    const aanbieder = { rol: 'zorgaanbieder' } as const
    for (const slug of [
      'organisaties',
      'locaties',
      'zorgaanbod',
      'vrije-capaciteit',
      'wachttijden',
      'wijzigingsverzoeken',
      'media',
    ])
      expect(inMenu(aanbieder, slug), slug).toBe(true)
    for (const slug of [
      'users',
      'zorgkantoren',
      'woonplaatsen',
      'soorten-zorg',
      'worker-status',
      // the zorgkantoor's contract status (seed 001); providers read their own through REST only
      'contracten',
    ])
      expect(inMenu(aanbieder, slug), slug).toBe(false)
  })

  it('editors and beheerders keep the contracts (issue 11 §2)', () => {
    expect(inMenu({ rol: 'zorgkantoor' }, 'contracten')).toBe(true)
    expect(inMenu({ rol: 'beheerder' }, 'contracten')).toBe(true)
  })

  it('providers never publish and see no versions or API tab', () => {
    expect(beheerschermVan({ rol: 'zorgaanbieder' })).toMatchObject({
      publiceren: false,
      versies: false,
      api: false,
    })
  })

  it('editors review: versions and publishing, but no reference lists or logins', () => {
    const scherm = beheerschermVan({ rol: 'zorgkantoor' })
    expect(scherm).toMatchObject({ publiceren: true, versies: true, api: false })
    expect(scherm.menu).not.toContain('users')
    expect(scherm.menu).not.toContain('woonplaatsen')
    // free capacity and waiting times are the provider's work that editors see too, not reference lists
    expect(scherm.menu).toEqual(expect.arrayContaining(['vrije-capaciteit', 'wachttijden']))
  })

  it('the beheerder sees everything the editor sees, and the reference lists and logins', () => {
    const beheerder = beheerschermVan({ rol: 'beheerder' })
    for (const slug of BEHEERSCHERM.zorgkantoor.menu) expect(beheerder.menu).toContain(slug)
    expect(beheerder.menu).toEqual(
      expect.arrayContaining(['users', 'zorgkantoren', 'woonplaatsen']),
    )
    expect(beheerder).toMatchObject({ publiceren: true, versies: true, api: true })
  })

  it('a login without a known role sees nothing', () => {
    expect(beheerschermVan(null).menu).toEqual([])
    expect(beheerschermVan({ rol: 'onbekend' as never })).toMatchObject({ menu: [], api: false })
    expect(inMenu(undefined, 'organisaties')).toBe(false)
  })
})
