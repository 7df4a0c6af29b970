/**
 * Codes of the reference lists the beheerder maintains: soorten zorg, their
 * voorzieningen, zachte informatie, OCO services. A code is what records and the public index refer
 * to; the label (naam) may change, the code may not once anything uses it. Pure; unit-tested. The
 * migration that gave voorzieningen their codes uses `codeVanNaam` too.
 */

/** Lower case letters, digits and single dashes; 1–60 characters. */
export const CODE_PATROON = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const CODE_MAX = 60

/** A code made from a label: "Cliëntondersteuning (OCO)" → "clientondersteuning-oco". */
export function codeVanNaam(naam: string): string {
  const code = naam
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, CODE_MAX)
    .replace(/-+$/, '')
  return code || 'voorziening'
}

export const codeFout = (code: unknown): string | null =>
  typeof code === 'string' && code.length <= CODE_MAX && CODE_PATROON.test(code)
    ? null
    : 'Een code bestaat uit kleine letters, cijfers en streepjes, bijvoorbeeld verpleeghuis (hoogstens 60 tekens).'

export interface VoorzieningItem {
  id?: string | null
  naam: string
  code?: string | null
}

/**
 * Gives every voorziening without a code one made from its label, unique within the soort zorg
 * (a second "Wijkteam" becomes "wijkteam-2"). Codes already given are kept as they are.
 */
export function vulVoorzieningCodes<T extends VoorzieningItem>(items: readonly T[]): T[] {
  const gebruikt = new Set(items.map((i) => i.code).filter((c): c is string => Boolean(c)))
  return items.map((item) => {
    if (item.code) return item
    const basis = codeVanNaam(item.naam)
    let code = basis
    for (let n = 2; gebruikt.has(code); n++) code = `${basis}-${n}`
    gebruikt.add(code)
    return { ...item, code }
  })
}

/** Codes that occur more than once in one soort zorg. */
export const dubbeleCodes = (items: readonly VoorzieningItem[]): string[] => {
  const gezien = new Set<string>()
  const dubbel = new Set<string>()
  for (const { code } of items) {
    if (!code) continue
    if (gezien.has(code)) dubbel.add(code)
    gezien.add(code)
  }
  return [...dubbel]
}

/** What a save of a soort zorg does to its voorzieningen, matched by array row id, else code. */
export interface VoorzieningWijzigingen {
  /** a row kept whose code changed */
  codeGewijzigd: { van: string; naar: string }[]
  /** codes no longer in the list */
  verwijderd: string[]
  /** codes whose label changed */
  hernoemd: string[]
}

export function voorzieningWijzigingen(
  oud: readonly VoorzieningItem[],
  nieuw: readonly VoorzieningItem[],
): VoorzieningWijzigingen {
  const codeGewijzigd: VoorzieningWijzigingen['codeGewijzigd'] = []
  const hernoemd: string[] = []
  const gebleven = new Set<string>()
  for (const o of oud) {
    if (!o.code) continue
    const n =
      (o.id ? nieuw.find((x) => x.id && x.id === o.id) : undefined) ??
      nieuw.find((x) => x.code === o.code)
    if (!n) continue
    gebleven.add(o.code)
    if (n.code && n.code !== o.code) codeGewijzigd.push({ van: o.code, naar: n.code })
    else if (n.naam.trim() !== o.naam.trim()) hernoemd.push(o.code)
  }
  const nieuweCodes = new Set(nieuw.map((n) => n.code))
  const verwijderd = oud
    .map((o) => o.code)
    .filter((c): c is string => Boolean(c) && !gebleven.has(c as string) && !nieuweCodes.has(c))
  return { codeGewijzigd, verwijderd, hernoemd }
}

/** The label of a voorziening code within its soort zorg; null when it is not (or no longer) there. */
export const voorzieningLabel = (
  voorzieningen: readonly VoorzieningItem[] | null | undefined,
  code: string | null | undefined,
): string | null => (code ? (voorzieningen ?? []).find((v) => v.code === code)?.naam : null) ?? null

/** A value given for a location's voorziening as its code: a code, or a current label of the list. */
export function voorzieningCodeVan(
  voorzieningen: readonly VoorzieningItem[],
  waarde: string,
): string | null {
  const schoon = waarde.trim()
  if (voorzieningen.some((v) => v.code === schoon)) return schoon
  const op = voorzieningen.find((v) => v.naam.trim().toLowerCase() === schoon.toLowerCase())
  return op?.code ?? null
}

const locaties = (n: number) => (n === 1 ? '1 locatie' : `${n} locaties`)

export const REFERENTIE_MELDINGEN = {
  codeVast: (code: string, n: number) =>
    `De code "${code}" is in gebruik bij ${locaties(n)} en kan daarom niet veranderen. Verander alleen de naam; de code blijft.`,
  nietVerwijderen: (naam: string, n: number) =>
    `"${naam}" kan niet worden verwijderd: ${locaties(n)} ${n === 1 ? 'gebruikt' : 'gebruiken'} dit nog. Kies bij die locaties eerst iets anders.`,
  dubbel: (codes: string[]) =>
    `Elke voorziening heeft een eigen code. Deze code komt vaker voor: ${codes.join(', ')}.`,
} as const

/** Did a label that the public sees change (name, icon, group)? */
export const labelVeranderd = (
  oud: Record<string, unknown> | null | undefined,
  nieuw: Record<string, unknown>,
  velden: readonly string[] = ['naam', 'icoon', 'groep'],
): boolean => Boolean(oud) && velden.some((v) => (oud?.[v] ?? null) !== (nieuw[v] ?? null))
