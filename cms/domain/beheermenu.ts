/**
 * What each role sees in the admin: its menu (collections, in the order of the manual's work), the
 * document tabs "Versies" and "API", and the button "Publiceer wijzigingen". One table, one row per
 * role: a later role (e.g. the organisation's user administrator of seed 004) is one more row, a
 * new collection one more entry in the rows that may see it. This decides what is *shown*; what a
 * role may *do* stays with access control (cms/access), which the admin also follows.
 */
import type { Config } from '../payload-types'
import { ROLES, isGebruikersbeheerder, type LoginUser, type Role } from './roles'

/** Collections with a menu item in the admin. */
export type MenuItem = Exclude<keyof Config['collections'], `payload-${string}` | 'worker-status'>

export interface Beheerscherm {
  /** collections in the menu (and on the dashboard) */
  menu: readonly MenuItem[]
  /** the tab "Versies" of organisations, locations and care offers */
  versies: boolean
  /** the tab "API" (the record as JSON, for technical support) */
  api: boolean
  /** "Publiceer wijzigingen": publishing directly, without a change request */
  publiceren: boolean
  /** "Mislukte taken": jobs of the worker that failed for good, to retry or remove */
  taken: boolean
}

/**
 * The provider's work (§3–§6): their organisations, locations, care offers, free places and waiting
 * times, and photos. Editors see the same (they review, and may remove free-capacity entries).
 */
const ZORGAANBOD: readonly MenuItem[] = [
  'organisaties',
  'locaties',
  'zorgaanbod',
  // §3.2.9: reported by providers, not reviewed; editors may remove entries
  'vrije-capaciteit',
  'wachttijden',
  'wijzigingsverzoeken',
  // requests to the zorgkantoor: problems, new options, access
  'verzoeken',
  'media',
]

/** Reference lists and logins: the system administrator's work. */
const BEHEER: readonly MenuItem[] = [
  'woonplaatsen',
  'soorten-zorg',
  'zachte-informatie',
  'oco-dienstverlening',
  'zorgkantoren',
  'users',
  // who was invited, until they accept (their logins appear under users only then)
  'uitnodigingen',
]

export const BEHEERSCHERM: Readonly<Record<Role, Beheerscherm>> = {
  // Providers propose; the zorgkantoor publishes. No history to restore, no technical view.
  zorgaanbieder: { menu: ZORGAANBOD, versies: false, api: false, publiceren: false, taken: false },
  // Editors review and approve what providers send, and may compare versions.
  // They also read the audit log of their organisations, keep the contract status
  // per organisation and year (seed 001), and invite and manage the provider logins of their
  // organisations.
  zorgkantoor: {
    menu: [...ZORGAANBOD, 'contracten', 'audit-log', 'users', 'uitnodigingen'],
    versies: true,
    api: false,
    publiceren: true,
    taken: false,
  },
  beheerder: {
    menu: [...ZORGAANBOD, 'contracten', 'audit-log', ...BEHEER],
    versies: true,
    api: true,
    publiceren: true,
    // The worker's failed jobs (e-mail not sent, index not updated): the system's administrator.
    taken: true,
  },
}

/**
 * The organisation's user administrator (seed 004): a provider with one more menu item, the logins
 * of their own organisation(s). A right on top of the role, so not a row of its own in the table.
 */
export const GEBRUIKERSBEHEERDER: Beheerscherm = {
  ...BEHEERSCHERM.zorgaanbieder,
  menu: [...BEHEERSCHERM.zorgaanbieder.menu, 'users', 'uitnodigingen'],
}

/** A login without a (known) role sees nothing. */
const NIETS: Beheerscherm = {
  menu: [],
  versies: false,
  api: false,
  publiceren: false,
  taken: false,
}

const isRole = (value: unknown): value is Role => ROLES.includes(value as Role)

/** The role of a login as Payload hands it over: the user document, the client's user, or none. */
const rolVan = (user: unknown): Role | null => {
  const rol = typeof user === 'object' && user !== null && 'rol' in user ? user.rol : null
  return isRole(rol) ? rol : null
}

/**
 * A provider login without any organisation yet (seed 002) sees only its own requests: the start
 * screen explains how to get access and sends the access request.
 */
const ZONDER_ORGANISATIE: Beheerscherm = { ...NIETS, menu: ['verzoeken'] }

const zonderOrganisatie = (user: unknown): boolean => {
  const orgs =
    typeof user === 'object' && user !== null && 'organisaties' in user ? user.organisaties : null
  return Array.isArray(orgs) && orgs.length === 0
}

export function beheerschermVan(user: unknown): Beheerscherm {
  const rol = rolVan(user)
  if (!rol) return NIETS
  if (rol === 'zorgaanbieder' && zonderOrganisatie(user)) return ZONDER_ORGANISATIE
  if (isGebruikersbeheerder(user as LoginUser)) return GEBRUIKERSBEHEERDER
  return BEHEERSCHERM[rol]
}

export const inMenu = (user: unknown, slug: string): boolean =>
  beheerschermVan(user).menu.includes(slug as MenuItem)
