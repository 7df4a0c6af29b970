/**
 * The named rules of our custom endpoints. Every custom endpoint declares exactly one
 * (`endpoint({ regel })` in cms/http/endpoint.ts); the wrapper checks it before the body is read
 * and before the handler runs, and the access table (cms/access/table.ts) names the same rule.
 *
 * A rule decides on the login alone (its role and state). Which records a login may touch is
 * decided further down, by Payload's collection access (the use case reads and writes as the user)
 * or by the use case's own checks; a handler may use `overrideAccess: true` only after its rule ran.
 */
import type { PayloadRequest } from 'payload'
import {
  isAanbieder,
  isActief,
  isBeheerder,
  mayApprove,
  mayManageLogins,
  type LoginUser,
} from '../domain/roles'
import { userOf } from './index'

export const REGEL_NAMEN = [
  'iedereen',
  'ingelogd',
  'aanbieder',
  'aanbieder-of-beheerder',
  'beoordelaar',
  'loginbeheerder',
  'beheerder',
] as const
export type RegelNaam = (typeof REGEL_NAMEN)[number]

/** A refusal: 401 without a login, 403 for a login without the right. */
export interface Weigering {
  status: 401 | 403
  bericht: string
}

export interface Regel {
  naam: RegelNaam
  /** who passes, in a few words (rendered into docs/access.md) */
  uitleg: string
  /** null: the login passes */
  toets: (user: LoginUser | null) => Weigering | null
}

export const LOG_EERST_IN = 'Log eerst in.'

const nodigIngelogd = (user: LoginUser | null): Weigering | null =>
  user && isActief(user) ? null : { status: 401, bericht: LOG_EERST_IN }

const regel = (
  naam: RegelNaam,
  uitleg: string,
  mag: (user: LoginUser) => boolean,
  bericht: string,
): Regel => ({
  naam,
  uitleg,
  toets: (user) => nodigIngelogd(user) ?? (mag(user!) ? null : { status: 403, bericht }),
})

export const REGELS = {
  /** Public: the set-password link, forgot-password, health. The handler proves the rest. */
  iedereen: { naam: 'iedereen', uitleg: 'iedereen, ook zonder login', toets: () => null },
  ingelogd: regel('ingelogd', 'elke actieve login', () => true, LOG_EERST_IN),
  aanbieder: regel(
    'aanbieder',
    'zorgaanbieders',
    isAanbieder,
    'Alleen zorgaanbieders kunnen dit doen.',
  ),
  'aanbieder-of-beheerder': regel(
    'aanbieder-of-beheerder',
    'zorgaanbieders en beheerders',
    (u) => isAanbieder(u) || isBeheerder(u),
    'Alleen de zorgaanbieder kan dit doen.',
  ),
  beoordelaar: regel(
    'beoordelaar',
    'redacteuren van een zorgkantoor en beheerders',
    mayApprove,
    'Alleen het zorgkantoor kan dit doen.',
  ),
  loginbeheerder: regel(
    'loginbeheerder',
    'beheerders, redacteuren en gebruikersbeheerders van een organisatie',
    mayManageLogins,
    'U mag geen logins beheren.',
  ),
  beheerder: regel(
    'beheerder',
    'beheerders',
    isBeheerder,
    'Alleen een beheerder van de Zorgatlas kan dit doen.',
  ),
} as const satisfies Record<RegelNaam, Regel>

/** The refusal of a rule for this request's login, or null when it passes. */
export const toetsRegel = (regel: Regel, req: PayloadRequest): Weigering | null =>
  regel.toets(userOf(req))
