/**
 * How a change request names the people who sent and handled it. Stored as text at the moment of
 * the act (like the organisation's name): logins are not readable for other logins, and a login may
 * be deleted later, while the request stays as history.
 */
import type { Role } from './roles'

export interface Behandelaar {
  naam?: string | null
  rol?: Role | null
}

/**
 * "Peter Jansen" for a provider; "Marieke van den Berg (CZ zorgkantoor)" for an editor, so the
 * provider sees which zorgkantoor handled it; "Anouk de Vries (beheer Zorgatlas)" for a beheerder.
 */
export function behandelaarNaam(
  gebruiker: Behandelaar | null | undefined,
  zorgkantoorNaam?: string | null,
): string {
  const naam = gebruiker?.naam?.trim() ?? ''
  const bij =
    gebruiker?.rol === 'zorgkantoor'
      ? zorgkantoorNaam?.trim() || 'het zorgkantoor'
      : gebruiker?.rol === 'beheerder'
        ? 'beheer Zorgatlas'
        : ''
  if (naam && bij) return `${naam} (${bij})`
  if (naam) return naam
  return bij ? `Een medewerker van ${bij}` : 'Onbekend'
}

/** The title of a change request: the organisation and the day it was sent (dd-mm-jjjj). */
export const verzoekTitel = (organisatieNaam: string, verstuurd: string): string =>
  `${organisatieNaam} – ${verstuurd}`
