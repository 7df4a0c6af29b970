/** Roles of a CMS login, and the predicates access control is built from. */
export const ROLES = ['beheerder', 'zorgkantoor', 'zorgaanbieder'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  beheerder: 'Beheerder',
  zorgkantoor: 'Redacteur zorgkantoor',
  zorgaanbieder: 'Zorgaanbieder',
}

type IdLike = string | number
/** A relationship value as Payload gives it: an id, a populated document, or nothing. */
export type RelValue = IdLike | { id: IdLike } | null | undefined

/** The parts of a user that access decisions need. */
export interface RoleUser {
  id: IdLike
  rol?: Role | null
  zorgkantoor?: RelValue
  organisaties?: RelValue[] | null
}

export const relId = (value: RelValue): string | null => {
  if (value === null || value === undefined) return null
  if (typeof value === 'object') return String(value.id)
  return String(value)
}

/** The id of a relationship value without changing its type (numbers on SQL, strings on MongoDB). */
export const rawId = <T extends IdLike>(value: T | { id: T } | null | undefined): T | null => {
  if (value === null || value === undefined) return null
  return typeof value === 'object' ? value.id : value
}

export const isBeheerder = (user: RoleUser | null | undefined): boolean => user?.rol === 'beheerder'
export const isRedacteur = (user: RoleUser | null | undefined): boolean =>
  user?.rol === 'zorgkantoor'
export const isAanbieder = (user: RoleUser | null | undefined): boolean =>
  user?.rol === 'zorgaanbieder'
/** Editors and administrators may approve (publish) and reject. */
export const mayApprove = (user: RoleUser | null | undefined): boolean =>
  isBeheerder(user) || isRedacteur(user)

export const organisatieIdsOf = (user: RoleUser | null | undefined): string[] =>
  (user?.organisaties ?? []).map(relId).filter((id): id is string => id !== null)

export const zorgkantoorIdOf = (user: RoleUser | null | undefined): string | null =>
  relId(user?.zorgkantoor)

// ---------------------------------------------------------------------------------------------
// Logins managed by others
// ---------------------------------------------------------------------------------------------

/** The login-administration fields of a user, next to the role. */
export interface LoginUser extends RoleUser {
  /** the right "Gebruikersbeheerder van de organisatie", on top of the provider role */
  gebruikersbeheerder?: boolean | null
  /** false: deactivated (all rights off, cannot log in); absent counts as active */
  actief?: boolean | null
}

export const isActief = (user: LoginUser | null | undefined): boolean =>
  Boolean(user) && user?.actief !== false

/**
 * A provider-side login: the provider role, or no role at all (a provider whose rights were taken,
 * or a deactivated one). Logins of editors and beheerders are never managed by providers or editors.
 */
export const isAanbiederLogin = (user: { rol?: Role | null } | null | undefined): boolean =>
  Boolean(user) && (user?.rol === 'zorgaanbieder' || !user?.rol)

/** The organisation's user administrator (seed 004): an active provider with the extra right. */
export const isGebruikersbeheerder = (user: LoginUser | null | undefined): boolean =>
  isAanbieder(user) && user?.gebruikersbeheerder === true && isActief(user)

/** May invite and manage (some) provider logins: beheerder, editor, or user administrator. */
export const mayManageLogins = (user: LoginUser | null | undefined): boolean =>
  isActief(user) && (isBeheerder(user) || isRedacteur(user) || isGebruikersbeheerder(user))

/**
 * The organisations whose logins someone manages: all (beheerder), those of the editor's zorgkantoor
 * (given, since they come from the database), the user administrator's own, or none.
 */
export type Beheerbereik = 'alles' | readonly string[]

export function beheerbereikVan(
  user: LoginUser | null | undefined,
  organisatiesVanZorgkantoor: readonly string[],
): Beheerbereik {
  if (!mayManageLogins(user)) return []
  if (isBeheerder(user)) return 'alles'
  if (isRedacteur(user)) return organisatiesVanZorgkantoor
  return organisatieIdsOf(user)
}

const inBereik = (bereik: Beheerbereik, id: string) => bereik === 'alles' || bereik.includes(id)

/** Does someone with this scope manage every organisation of the login (the whole login)? */
export const beheertHeleLogin = (bereik: Beheerbereik, organisaties: readonly string[]): boolean =>
  organisaties.every((id) => inBereik(bereik, id))

/** The login's organisations the reader may see: those in their scope (B's stay invisible to A). */
export const zichtbareOrganisaties = <T extends RelValue>(
  bereik: Beheerbereik,
  organisaties: readonly T[],
): T[] =>
  organisaties.filter((value) => {
    const id = relId(value)
    return id !== null && inBereik(bereik, id)
  })

/**
 * A write keeps the organisations outside the writer's scope as they were: an editor of zorgkantoor
 * A sends only A's organisations (that is all they see); those of B are added back here.
 */
export function organisatiesNaSchrijven(
  bereik: Beheerbereik,
  voor: readonly string[],
  gestuurd: readonly string[],
): string[] {
  if (bereik === 'alles') return [...new Set(gestuurd)]
  const buiten = voor.filter((id) => !inBereik(bereik, id))
  return [...new Set([...gestuurd, ...buiten])]
}

/** The state of a login as the rules below compare it. */
export interface LoginStaat {
  id?: string | number | null
  rol: Role | null
  zorgkantoor: string | null
  organisaties: string[]
  gebruikersbeheerder: boolean
  contactpersoon: boolean
  nieuwsbrief: boolean
  actief: boolean
  naam: string
  email: string
}

export const LOGIN_MELDINGEN = {
  geenBeheerder: 'U mag geen logins beheren.',
  eigenRechten: 'U kunt uw eigen rechten, organisaties of status niet wijzigen.',
  eigenLoginVerwijderen: 'U kunt uw eigen login niet verwijderen.',
  geenAanbiederLogin: 'U kunt alleen logins van zorgaanbieders beheren.',
  organisatieBuitenBereik: 'U kunt alleen organisaties toevoegen of weghalen die u zelf beheert.',
  gedeeldeLogin:
    'Deze login hoort ook bij een organisatie die u niet beheert. U kunt alleen de koppeling met uw eigen organisaties wijzigen.',
  rolTeHoog: 'U kunt niemand redacteur of beheerder maken.',
  rechtNietZelf: 'U kunt geen rechten geven die u zelf niet heeft.',
  persoonlijk: 'Alleen de gebruiker zelf kan het e-mailadres of het wachtwoord wijzigen.',
  zorgkantoor: 'Alleen een beheerder kan het zorgkantoor van een login wijzigen.',
  inactief: 'Deze login is gedeactiveerd. Activeer de login eerst en wijzig daarna de rechten.',
  nogActief:
    'Deze login is nog actief. Zet de login eerst op niet actief (vink Actief uit en bewaar) en verwijder hem daarna.',
} as const

/** The fields that are the login as a whole, not its link to one organisation. */
const HELE_LOGIN: readonly (keyof LoginStaat)[] = [
  'rol',
  'gebruikersbeheerder',
  'contactpersoon',
  'nieuwsbrief',
  'actief',
  'naam',
]
const RECHTEN: readonly (keyof LoginStaat)[] = ['rol', 'gebruikersbeheerder']

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x))

/**
 * Why this change of a login (create: `voor` null) is refused for this actor, or null when it is
 * allowed. The beheerder may do anything. Everyone else:
 * - on their own login only the name, e-mail address and password (never rights, organisations or
 *   status);
 * - others' logins only as manager (editor, user administrator), only provider logins, never the
 *   e-mail address or password (that would take the login over), never the zorgkantoor;
 * - organisations added or removed must be in the manager's scope;
 * - the login as a whole (rights, contact person, newsletter, active, name) only when every
 *   organisation of the login is in the manager's scope: a user administrator of X may not make a
 *   colleague who also works for Y administrator of Y;
 * - never more rights than they have: no editor or beheerder role, the provider role and the user
 *   administrator right only when the actor holds them (an editor hands out both);
 * - while deactivated, rights stay off until the login is activated again.
 */
export function loginWijzigingFout(args: {
  actor: LoginUser
  bereik: Beheerbereik
  voor: LoginStaat | null
  na: LoginStaat
  wachtwoord: boolean
}): string | null {
  const { actor, bereik, voor, na, wachtwoord } = args
  if (isBeheerder(actor) && isActief(actor)) return null
  const changed = (key: keyof LoginStaat) =>
    voor === null
      ? key === 'organisaties'
        ? na.organisaties.length > 0
        : Boolean(na[key])
      : key === 'organisaties'
        ? !sameSet(voor.organisaties, na.organisaties)
        : voor[key] !== na[key]

  const self = voor !== null && String(voor.id) === String(actor.id)
  if (self) {
    const vast: (keyof LoginStaat)[] = [
      'rol',
      'gebruikersbeheerder',
      'contactpersoon',
      'nieuwsbrief',
      'actief',
      'organisaties',
      'zorgkantoor',
    ]
    return vast.some(changed) ? LOGIN_MELDINGEN.eigenRechten : null
  }
  if (!mayManageLogins(actor)) return LOGIN_MELDINGEN.geenBeheerder
  if (voor && !isAanbiederLogin(voor)) return LOGIN_MELDINGEN.geenAanbiederLogin
  if (!isAanbiederLogin(na)) return LOGIN_MELDINGEN.rolTeHoog
  if (changed('zorgkantoor')) return LOGIN_MELDINGEN.zorgkantoor
  if (voor && (changed('email') || wachtwoord)) return LOGIN_MELDINGEN.persoonlijk

  const erbij = na.organisaties.filter((id) => !voor?.organisaties.includes(id))
  const eraf = (voor?.organisaties ?? []).filter((id) => !na.organisaties.includes(id))
  if (![...erbij, ...eraf].every((id) => inBereik(bereik, id)))
    return LOGIN_MELDINGEN.organisatieBuitenBereik

  if (voor && HELE_LOGIN.some(changed) && !beheertHeleLogin(bereik, voor.organisaties))
    return LOGIN_MELDINGEN.gedeeldeLogin

  if (na.rol === 'zorgaanbieder' && (voor?.rol !== 'zorgaanbieder' || voor === null)) {
    if (!isRedacteur(actor) && !isAanbieder(actor)) return LOGIN_MELDINGEN.rechtNietZelf
  }
  if (na.gebruikersbeheerder && !voor?.gebruikersbeheerder) {
    if (!isRedacteur(actor) && !isGebruikersbeheerder(actor)) return LOGIN_MELDINGEN.rechtNietZelf
  }
  // Rights of a deactivated login stay off; activating restores them (rechtenBijActiveren).
  if (voor && !voor.actief && !na.actief && RECHTEN.some(changed)) return LOGIN_MELDINGEN.inactief
  return null
}

/**
 * Why this actor may not delete this login, or null. Deleting is a change of the whole login, and
 * comes after deactivating (seed 004 §3.3.2: "Om een gebruiker te verwijderen zet u deze eerst op
 * niet actief"), for everyone, the beheerder too: an active login is refused with the reason.
 */
export function loginVerwijderFout(args: {
  actor: LoginUser
  bereik: Beheerbereik
  doel: LoginStaat
}): string | null {
  const { actor, bereik, doel } = args
  if (String(doel.id) === String(actor.id)) return LOGIN_MELDINGEN.eigenLoginVerwijderen
  if (!(isBeheerder(actor) && isActief(actor))) {
    if (!mayManageLogins(actor)) return LOGIN_MELDINGEN.geenBeheerder
    if (!isAanbiederLogin(doel)) return LOGIN_MELDINGEN.geenAanbiederLogin
    if (!beheertHeleLogin(bereik, doel.organisaties)) return LOGIN_MELDINGEN.gedeeldeLogin
  }
  if (doel.actief) return LOGIN_MELDINGEN.nogActief
  return null
}

/** The rights a deactivation switches off, kept to restore them on reactivation. */
export interface VorigeRechten {
  rol: Role | null
  gebruikersbeheerder: boolean
}

/**
 * Deactivating (seed 004 §3.3.1): every role and right off, contact person and newsletter off; the
 * rights are kept aside. Activating restores the kept rights (not the contact person or newsletter:
 * someone else may have taken those over meanwhile). Null: the active state did not change.
 */
export function actiefOvergang(
  voor: Pick<LoginStaat, 'actief' | 'rol' | 'gebruikersbeheerder'>,
  naActief: boolean,
  bewaard: VorigeRechten | null | undefined,
):
  | { soort: 'gedeactiveerd'; wijziging: Partial<LoginStaat>; bewaren: VorigeRechten }
  | { soort: 'geactiveerd'; wijziging: Partial<LoginStaat> }
  | null {
  if (voor.actief && !naActief) {
    return {
      soort: 'gedeactiveerd',
      wijziging: {
        actief: false,
        rol: null,
        gebruikersbeheerder: false,
        contactpersoon: false,
        nieuwsbrief: false,
      },
      bewaren: { rol: voor.rol, gebruikersbeheerder: voor.gebruikersbeheerder },
    }
  }
  if (!voor.actief && naActief) {
    return {
      soort: 'geactiveerd',
      wijziging: {
        actief: true,
        rol: bewaard?.rol ?? voor.rol ?? null,
        gebruikersbeheerder: bewaard?.gebruikersbeheerder ?? false,
      },
    }
  }
  return null
}
