/**
 * Registering an organisation (§2): its type and its NZa code. A zorgaanbieder has its real NZa
 * code; an OCO or a PGB-initiatief has none, so the Zorgatlas gives it a fictitious one.
 *
 * Reserved range of fictitious codes (never a real NZa code, which has digits only):
 * - OCO:            `OCO-0001` … `OCO-9999`
 * - PGB-initiatief: `PGB-0001` … `PGB-9999`
 * The next free code is the lowest number of the type's range that is not in use yet.
 */
import { isBeheerder, isRedacteur, zorgkantoorIdOf, type RoleUser } from './roles'

export const ORGANISATIE_TYPE_CODES = ['zorgaanbieder', 'oco', 'pgb-initiatief'] as const
export type OrganisatieType = (typeof ORGANISATIE_TYPE_CODES)[number]

export const FICTIEVE_PREFIX: Record<Exclude<OrganisatieType, 'zorgaanbieder'>, string> = {
  oco: 'OCO',
  'pgb-initiatief': 'PGB',
}

export const FICTIEF_MAX = 9999

const FICTIEF = /^(OCO|PGB)-(\d{4})$/

export const NZA_MESSAGES = {
  dubbel: (naam: string) =>
    `Deze NZa-code is al in gebruik bij organisatie "${naam}". Een NZa-code hoort bij één organisatie.`,
  verplicht: 'Vul de NZa-code van de zorgaanbieder in.',
  gereserveerd:
    'Codes die beginnen met OCO- of PGB- zijn fictieve codes voor OCO en PGB-initiatieven. Vul de echte NZa-code van de zorgaanbieder in.',
  verkeerdeReeks: (prefix: string) =>
    `Een fictieve code voor deze soort organisatie heeft de vorm ${prefix}-0001. Laat het veld leeg, dan maakt de Zorgatlas de code.`,
  vol: (prefix: string) =>
    `Alle fictieve codes ${prefix}-0001 tot en met ${prefix}-${FICTIEF_MAX} zijn in gebruik. Neem contact op met de beheerder.`,
} as const

export const needsFictieveCode = (type: string | null | undefined): boolean =>
  type === 'oco' || type === 'pgb-initiatief'

/** Is this a code of the reserved range (any type)? */
export const isFictieveCode = (code: string | null | undefined): boolean =>
  FICTIEF.test((code ?? '').trim())

/** Is this a fictitious code of the given type's range? */
export function isFictieveCodeVan(type: string, code: string | null | undefined): boolean {
  const match = FICTIEF.exec((code ?? '').trim())
  if (!match || !needsFictieveCode(type)) return false
  return match[1] === FICTIEVE_PREFIX[type as keyof typeof FICTIEVE_PREFIX] && match[2] !== '0000'
}

/**
 * The lowest free fictitious code of the type's range, given the codes in use; null when the
 * range is full.
 */
export function volgendeFictieveCode(
  type: 'oco' | 'pgb-initiatief',
  inGebruik: Iterable<string>,
): string | null {
  const prefix = FICTIEVE_PREFIX[type]
  const bezet = new Set<number>()
  for (const code of inGebruik) {
    const match = FICTIEF.exec(code.trim())
    if (match && match[1] === prefix) bezet.add(Number(match[2]))
  }
  for (let n = 1; n <= FICTIEF_MAX; n++) {
    if (!bezet.has(n)) return `${prefix}-${String(n).padStart(4, '0')}`
  }
  return null
}

/**
 * What to store as NZa code for this type (before the uniqueness check): the given code, a new
 * fictitious one (`nieuw`), or a Dutch refusal.
 * - zorgaanbieder: a real code is required and may not be in the reserved range;
 * - OCO / PGB: a code of its own range is kept; no code, or a code left over from another type
 *   (`typeGewijzigd`), gets a new fictitious code; any other code is refused.
 */
export function nzaCodeVoorType(
  type: string,
  code: string | null | undefined,
  typeGewijzigd = false,
): { code: string } | { nieuw: true } | { fout: string } {
  const waarde = (code ?? '').trim()
  if (!needsFictieveCode(type)) {
    if (!waarde) return { fout: NZA_MESSAGES.verplicht }
    if (/^(OCO|PGB)-/i.test(waarde)) return { fout: NZA_MESSAGES.gereserveerd }
    return { code: waarde }
  }
  if (isFictieveCodeVan(type, waarde)) return { code: waarde }
  if (!waarde || typeGewijzigd) return { nieuw: true }
  return {
    fout: NZA_MESSAGES.verkeerdeReeks(FICTIEVE_PREFIX[type as keyof typeof FICTIEVE_PREFIX]),
  }
}

// ---------------------------------------------------------------------------------------------
// The zorgkantoren of an organisation (§1.2)
// ---------------------------------------------------------------------------------------------

export const ZORGKANTOOR_MESSAGES = {
  registreren:
    'U kunt alleen organisaties registreren die uw eigen zorgkantoor contracteert. Kies uw zorgkantoor bij Zorgkantoren.',
  alleenEigen:
    'U kunt alleen de koppeling met uw eigen zorgkantoor toevoegen of weghalen. De koppeling met een ander zorgkantoor wijzigt dat zorgkantoor zelf, of een beheerder van de Zorgatlas.',
  alleenZorgkantoor: 'Alleen het zorgkantoor kan de zorgkantoren van een organisatie wijzigen.',
} as const

/** The zorgkantoren whose link with the organisation a change adds or removes (ids, sorted). */
export function gewijzigdeKoppelingen(voor: readonly string[], na: readonly string[]): string[] {
  const oud = new Set(voor.map(String))
  const nieuw = new Set(na.map(String))
  return [
    ...[...nieuw].filter((id) => !oud.has(id)),
    ...[...oud].filter((id) => !nieuw.has(id)),
  ].sort()
}

/**
 * May this login change the organisation's zorgkantoren from `voor` to `na` (`voor` null: the
 * organisation is being registered)? A beheerder changes every link. An editor adds or removes only
 * the link with their own zorgkantoor, and registers an organisation only with it: another
 * zorgkantoor's link is that zorgkantoor's business (a CZ editor never takes Menzis off a shared
 * organisation, nor puts it on one). Nobody else changes a link. Null, or the Dutch refusal.
 */
export function zorgkantorenWijzigingFout(
  user: RoleUser | null | undefined,
  voor: readonly string[] | null,
  na: readonly string[],
): string | null {
  if (isBeheerder(user)) return null
  const gewijzigd = gewijzigdeKoppelingen(voor ?? [], na)
  if (!isRedacteur(user)) return gewijzigd.length ? ZORGKANTOOR_MESSAGES.alleenZorgkantoor : null
  const eigen = zorgkantoorIdOf(user)
  if (voor === null && (!eigen || !na.map(String).includes(eigen)))
    return ZORGKANTOOR_MESSAGES.registreren
  return gewijzigd.every((id) => id === eigen) ? null : ZORGKANTOOR_MESSAGES.alleenEigen
}
