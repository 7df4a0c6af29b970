import { describe, expect, it } from 'vitest'
import {
  LOGIN_MELDINGEN,
  actiefOvergang,
  beheerbereikVan,
  beheertHeleLogin,
  isAanbiederLogin,
  isGebruikersbeheerder,
  loginVerwijderFout,
  loginWijzigingFout,
  mayManageLogins,
  organisatiesNaSchrijven,
  zichtbareOrganisaties,
  type LoginStaat,
  type LoginUser,
} from '../../../cms/domain/roles'

const beheerder: LoginUser = { id: 1, rol: 'beheerder' }
const redacteurA: LoginUser = { id: 2, rol: 'zorgkantoor', zorgkantoor: 10 }
const gbX: LoginUser = {
  id: 3,
  rol: 'zorgaanbieder',
  gebruikersbeheerder: true,
  organisaties: ['x'],
}
const aanbiederX: LoginUser = { id: 4, rol: 'zorgaanbieder', organisaties: ['x'] }

const staat = (over: Partial<LoginStaat> = {}): LoginStaat => ({
  id: 9,
  rol: 'zorgaanbieder',
  zorgkantoor: null,
  organisaties: ['x'],
  gebruikersbeheerder: false,
  contactpersoon: false,
  nieuwsbrief: false,
  actief: true,
  naam: 'Collega',
  email: 'collega@x.nl',
  ...over,
})

const wijzig = (actor: LoginUser, voor: LoginStaat | null, na: Partial<LoginStaat>, w = false) =>
  loginWijzigingFout({
    actor,
    bereik: beheerbereikVan(actor, ['x', 'y']),
    voor,
    na: { ...(voor ?? staat()), ...na },
    wachtwoord: w,
  })

describe('role predicates for logins', () => {
  it('the user administrator is a right on top of the active provider role', () => {
    expect(isGebruikersbeheerder(gbX)).toBe(true)
    expect(isGebruikersbeheerder({ ...gbX, actief: false })).toBe(false)
    expect(isGebruikersbeheerder({ ...gbX, rol: null })).toBe(false)
    expect(isGebruikersbeheerder({ ...gbX, rol: 'zorgkantoor' })).toBe(false)
    expect(isGebruikersbeheerder(aanbiederX)).toBe(false)
    expect(isGebruikersbeheerder(null)).toBe(false)
  })
  it('beheerders, editors and user administrators manage logins; plain providers do not', () => {
    expect(mayManageLogins(beheerder)).toBe(true)
    expect(mayManageLogins(redacteurA)).toBe(true)
    expect(mayManageLogins(gbX)).toBe(true)
    expect(mayManageLogins(aanbiederX)).toBe(false)
    expect(mayManageLogins({ ...redacteurA, actief: false })).toBe(false)
  })
  it('scope: all, the zorgkantoor organisations, or the own organisations', () => {
    expect(beheerbereikVan(beheerder, [])).toBe('alles')
    expect(beheerbereikVan(redacteurA, ['a1', 'a2'])).toEqual(['a1', 'a2'])
    expect(beheerbereikVan(gbX, ['a1'])).toEqual(['x'])
    expect(beheerbereikVan(aanbiederX, ['a1'])).toEqual([])
  })
  it('provider-side logins: the provider role or none', () => {
    expect(isAanbiederLogin({ rol: 'zorgaanbieder' })).toBe(true)
    expect(isAanbiederLogin({ rol: null })).toBe(true)
    expect(isAanbiederLogin({ rol: 'zorgkantoor' })).toBe(false)
    expect(isAanbiederLogin({ rol: 'beheerder' })).toBe(false)
  })
  it("A sees only A's organisations on a shared login, and a write keeps B's", () => {
    expect(zichtbareOrganisaties(['a'], ['a', 'b', { id: 'a2' }])).toEqual(['a'])
    expect(zichtbareOrganisaties('alles', ['a', 'b'])).toEqual(['a', 'b'])
    expect(organisatiesNaSchrijven(['a', 'a2'], ['a', 'b'], ['a2'])).toEqual(['a2', 'b'])
    expect(organisatiesNaSchrijven('alles', ['a', 'b'], ['a'])).toEqual(['a'])
    expect(beheertHeleLogin(['a'], ['a'])).toBe(true)
    expect(beheertHeleLogin(['a'], ['a', 'b'])).toBe(false)
  })
})

describe('changing a login', () => {
  it('the beheerder may do anything', () => {
    expect(wijzig(beheerder, staat(), { rol: 'beheerder', email: 'x@y.nl' }, true)).toBeNull()
  })
  it('on their own login nobody changes rights, organisations or status', () => {
    const self = staat({ id: 3, gebruikersbeheerder: true })
    expect(wijzig(gbX, self, { gebruikersbeheerder: false })).toBe(LOGIN_MELDINGEN.eigenRechten)
    expect(wijzig(gbX, self, { organisaties: ['x', 'z'] })).toBe(LOGIN_MELDINGEN.eigenRechten)
    expect(wijzig(aanbiederX, staat({ id: 4 }), { actief: false })).toBe(
      LOGIN_MELDINGEN.eigenRechten,
    )
    expect(wijzig(aanbiederX, staat({ id: 4 }), { naam: 'Nieuw' }, true)).toBeNull()
  })
  it('a plain provider manages nobody', () => {
    expect(wijzig(aanbiederX, staat(), { naam: 'Ander' })).toBe(LOGIN_MELDINGEN.geenBeheerder)
  })
  it('never more rights than they have', () => {
    expect(wijzig(gbX, staat(), { rol: 'zorgkantoor' })).toBe(LOGIN_MELDINGEN.rolTeHoog)
    expect(wijzig(gbX, staat(), { rol: 'beheerder' })).toBe(LOGIN_MELDINGEN.rolTeHoog)
    expect(wijzig(redacteurA, staat(), { rol: 'beheerder' })).toBe(LOGIN_MELDINGEN.rolTeHoog)
    expect(wijzig(gbX, staat(), { zorgkantoor: '10' })).toBe(LOGIN_MELDINGEN.zorgkantoor)
    expect(wijzig(gbX, staat(), { gebruikersbeheerder: true })).toBeNull()
    expect(wijzig(gbX, staat({ rol: null }), { rol: 'zorgaanbieder' })).toBeNull()
    // a provider who somehow manages (not possible today) could not hand out what they lack
    const zonderRol = { ...redacteurA, rol: null } as LoginUser
    expect(wijzig(zonderRol, staat(), { gebruikersbeheerder: true })).toBe(
      LOGIN_MELDINGEN.geenBeheerder,
    )
  })
  it('never the e-mail address or password of someone else', () => {
    expect(wijzig(gbX, staat(), { email: 'ander@x.nl' })).toBe(LOGIN_MELDINGEN.persoonlijk)
    expect(wijzig(redacteurA, staat(), {}, true)).toBe(LOGIN_MELDINGEN.persoonlijk)
  })
  it('never the logins of editors or beheerders', () => {
    expect(wijzig(redacteurA, staat({ rol: 'zorgkantoor' }), { naam: 'X' })).toBe(
      LOGIN_MELDINGEN.geenAanbiederLogin,
    )
  })
  it('organisations only within the scope', () => {
    expect(wijzig(gbX, staat(), { organisaties: ['x', 'z'] })).toBe(
      LOGIN_MELDINGEN.organisatieBuitenBereik,
    )
    expect(wijzig(gbX, staat({ organisaties: ['x', 'z'] }), { organisaties: ['x'] })).toBe(
      LOGIN_MELDINGEN.organisatieBuitenBereik,
    )
    expect(wijzig(gbX, staat({ organisaties: ['x', 'z'] }), { organisaties: ['z'] })).toBeNull()
    expect(
      wijzig(redacteurA, staat({ organisaties: ['x'] }), { organisaties: ['x', 'y'] }),
    ).toBeNull()
  })
  it('the whole login (rights, status) only when every organisation is in scope', () => {
    const gedeeld = staat({ organisaties: ['x', 'z'] })
    expect(wijzig(gbX, gedeeld, { gebruikersbeheerder: true })).toBe(LOGIN_MELDINGEN.gedeeldeLogin)
    expect(wijzig(gbX, gedeeld, { actief: false })).toBe(LOGIN_MELDINGEN.gedeeldeLogin)
    expect(wijzig(gbX, staat(), { actief: false, contactpersoon: true })).toBeNull()
  })
  it('a new login: provider role and organisations in scope', () => {
    expect(
      wijzig(gbX, null, { id: null, organisaties: ['x'], gebruikersbeheerder: true }),
    ).toBeNull()
    expect(wijzig(gbX, null, { id: null, organisaties: ['z'] })).toBe(
      LOGIN_MELDINGEN.organisatieBuitenBereik,
    )
    expect(wijzig(redacteurA, null, { id: null, rol: 'zorgkantoor' })).toBe(
      LOGIN_MELDINGEN.rolTeHoog,
    )
  })
  it('rights of a deactivated login stay off until it is activated', () => {
    const uit = staat({ actief: false, rol: null })
    expect(wijzig(gbX, uit, { rol: 'zorgaanbieder' })).toBe(LOGIN_MELDINGEN.inactief)
    expect(wijzig(gbX, uit, { actief: true })).toBeNull()
  })
})

describe('deleting a login', () => {
  const bereik = ['x']
  const uit = { actief: false, rol: null }
  it('an active login is deactivated first (seed 004 §3.3.2), for everyone, with the reason', () => {
    expect(loginVerwijderFout({ actor: gbX, bereik, doel: staat() })).toBe(
      LOGIN_MELDINGEN.nogActief,
    )
    expect(loginVerwijderFout({ actor: redacteurA, bereik, doel: staat() })).toBe(
      LOGIN_MELDINGEN.nogActief,
    )
    expect(loginVerwijderFout({ actor: beheerder, bereik: 'alles', doel: staat() })).toBe(
      LOGIN_MELDINGEN.nogActief,
    )
    expect(loginVerwijderFout({ actor: gbX, bereik, doel: staat(uit) })).toBeNull()
    expect(loginVerwijderFout({ actor: beheerder, bereik: 'alles', doel: staat(uit) })).toBeNull()
    // who may not delete it at all hears that first, not "deactivate it"
    expect(loginVerwijderFout({ actor: aanbiederX, bereik, doel: staat() })).toBe(
      LOGIN_MELDINGEN.geenBeheerder,
    )
  })
  it('whole provider logins in scope only, never oneself', () => {
    expect(loginVerwijderFout({ actor: gbX, bereik, doel: staat(uit) })).toBeNull()
    expect(loginVerwijderFout({ actor: gbX, bereik, doel: staat({ id: 3 }) })).toBe(
      LOGIN_MELDINGEN.eigenLoginVerwijderen,
    )
    expect(
      loginVerwijderFout({ actor: gbX, bereik, doel: staat({ organisaties: ['x', 'z'] }) }),
    ).toBe(LOGIN_MELDINGEN.gedeeldeLogin)
    expect(loginVerwijderFout({ actor: gbX, bereik, doel: staat({ rol: 'zorgkantoor' }) })).toBe(
      LOGIN_MELDINGEN.geenAanbiederLogin,
    )
    expect(loginVerwijderFout({ actor: aanbiederX, bereik, doel: staat() })).toBe(
      LOGIN_MELDINGEN.geenBeheerder,
    )
    expect(loginVerwijderFout({ actor: beheerder, bereik: 'alles', doel: staat(uit) })).toBeNull()
  })
})

describe('deactivating and activating', () => {
  it('switches every right and flag off, and keeps the rights aside', () => {
    const uit = actiefOvergang(
      { actief: true, rol: 'zorgaanbieder', gebruikersbeheerder: true },
      false,
      null,
    )
    expect(uit).toEqual({
      soort: 'gedeactiveerd',
      wijziging: {
        actief: false,
        rol: null,
        gebruikersbeheerder: false,
        contactpersoon: false,
        nieuwsbrief: false,
      },
      bewaren: { rol: 'zorgaanbieder', gebruikersbeheerder: true },
    })
  })
  it('activating restores the kept rights', () => {
    expect(
      actiefOvergang({ actief: false, rol: null, gebruikersbeheerder: false }, true, {
        rol: 'zorgaanbieder',
        gebruikersbeheerder: true,
      }),
    ).toEqual({
      soort: 'geactiveerd',
      wijziging: { actief: true, rol: 'zorgaanbieder', gebruikersbeheerder: true },
    })
  })
  it('no change of status: nothing to do', () => {
    expect(
      actiefOvergang({ actief: true, rol: null, gebruikersbeheerder: false }, true, null),
    ).toBe(null)
  })
})
