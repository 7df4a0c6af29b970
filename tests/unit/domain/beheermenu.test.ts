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
      'uitnodigingen',
      'zorgkantoren',
      'woonplaatsen',
      'soorten-zorg',
      'worker-status',
      // the zorgkantoor's contract status (seed 001); providers read their own through REST only
      'contracten',
    ])
      expect(inMenu(aanbieder, slug), slug).toBe(false)
  })

  it('editors and beheerders keep the contracts', () => {
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

  it('editors review: versions and publishing, provider logins, but no reference lists', () => {
    const scherm = beheerschermVan({ rol: 'zorgkantoor' })
    expect(scherm).toMatchObject({ publiceren: true, versies: true, api: false })
    // editors invite and manage the provider logins of their organisations
    expect(scherm.menu).toContain('users')
    // and see whom they invited until the invitation is accepted, refused or expired
    expect(scherm.menu).toContain('uitnodigingen')
    expect(scherm.menu).not.toContain('woonplaatsen')
    expect(scherm.menu).not.toContain('zorgkantoren')
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

  it("the organisation's user administrator sees the provider's menu and the logins", () => {
    const gb = { rol: 'zorgaanbieder', gebruikersbeheerder: true } as const
    expect(inMenu(gb, 'users')).toBe(true)
    expect(inMenu(gb, 'uitnodigingen')).toBe(true)
    for (const slug of BEHEERSCHERM.zorgaanbieder.menu) expect(inMenu(gb, slug), slug).toBe(true)
    expect(inMenu(gb, 'zorgkantoren')).toBe(false)
    expect(beheerschermVan(gb)).toMatchObject({ publiceren: false, versies: false, api: false })
    // deactivated, or the right without the provider role: no logins
    expect(inMenu({ ...gb, actief: false }, 'users')).toBe(false)
    expect(inMenu({ ...gb, actief: false }, 'uitnodigingen')).toBe(false)
    expect(inMenu({ rol: null, gebruikersbeheerder: true }, 'users')).toBe(false)
  })

  it('only a beheerder sees the failed jobs of the worker', () => {
    expect(beheerschermVan({ rol: 'beheerder' }).taken).toBe(true)
    for (const user of [
      { rol: 'zorgkantoor' },
      { rol: 'zorgaanbieder' },
      { rol: 'zorgaanbieder', gebruikersbeheerder: true },
      { rol: 'zorgaanbieder', organisaties: [] },
      null,
    ])
      expect(beheerschermVan(user).taken, JSON.stringify(user)).toBe(false)
  })

  it('a login without a known role sees nothing', () => {
    expect(beheerschermVan(null).menu).toEqual([])
    expect(beheerschermVan({ rol: 'onbekend' as never })).toMatchObject({ menu: [], api: false })
    expect(inMenu(undefined, 'organisaties')).toBe(false)
  })
})
