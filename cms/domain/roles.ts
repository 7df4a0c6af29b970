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
