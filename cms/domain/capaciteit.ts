/**
 * Free capacity (§3.2.9): operational data, not reviewed, recorded with who and when. An entry is
 * public from its report until its end date (geldigTot, at most 90 days after it becomes free,
 * 30 by default); then it leaves the public site by itself.
 */
import { isAanbieder, isBeheerder, organisatieIdsOf, type RoleUser } from './roles'

export const STANDAARD_GELDIG_DAGEN = 30
export const MAX_GELDIG_DAGEN = 90

export const CAPACITEIT_MESSAGES = {
  aantal: 'Vul het aantal vrije plaatsen in: 1 of meer.',
  geldigTotVoorVanaf: 'De einddatum ligt vóór de datum waarop de plaatsen vrij zijn.',
  geldigTotTeVer: `Een melding geldt hoogstens ${MAX_GELDIG_DAGEN} dagen. Kies een eerdere einddatum; daarna kunt u opnieuw melden.`,
  verlopen: 'De einddatum ligt in het verleden. Kies een datum vanaf vandaag.',
  zorgprofielSector: 'Dit zorgprofiel hoort niet bij de gekozen sector.',
  eigenLocaties: 'U kunt alleen meldingen doen bij uw eigen locaties.',
  alleenAanbieder:
    'Alleen de zorgaanbieder van de locatie meldt vrije plaatsen en wachttijden. Het zorgkantoor kan een melding wel verwijderen.',
} as const

/**
 * Who reports free places and waiting times of a location, and changes them (§3.2.9): a provider
 * login of the location's organisation, and a beheerder. The zorgkantoor does not report for a
 * provider; it may only remove an entry ("Zorgadvies kan in onderling overleg ook deze gegevens
 * verwijderen"), which the collections' delete access allows.
 */
export function magMelden(user: RoleUser | null | undefined, organisatieId: string): boolean {
  if (isBeheerder(user)) return true
  return isAanbieder(user) && organisatieIdsOf(user).includes(String(organisatieId))
}

/** The roles that report at all (for access and for showing the report buttons). */
export const isMelder = (user: RoleUser | null | undefined): boolean =>
  isAanbieder(user) || isBeheerder(user)

/** The refusal for a login that may not report for this organisation, or null. */
export function meldenFout(
  user: RoleUser | null | undefined,
  organisatieId: string,
): string | null {
  if (magMelden(user, organisatieId)) return null
  return isAanbieder(user) ? CAPACITEIT_MESSAGES.eigenLocaties : CAPACITEIT_MESSAGES.alleenAanbieder
}

const DAG_MS = 86_400_000

/** The date part (YYYY-MM-DD) of a date, in the Netherlands. */
export const dagVan = (d: Date | string): string =>
  new Date(d).toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' })

/** The default end date: 30 days after the places become free. */
export const standaardGeldigTot = (beschikbaarVanaf: Date | string): string =>
  dagVan(new Date(new Date(beschikbaarVanaf).getTime() + STANDAARD_GELDIG_DAGEN * DAG_MS))

/** Problems with the dates of an entry (empty when fine). `vandaag` for tests. */
export function geldigheidFouten(
  beschikbaarVanaf: Date | string,
  geldigTot: Date | string,
  vandaag: Date | string = new Date(),
): string[] {
  const vanaf = dagVan(beschikbaarVanaf)
  const tot = dagVan(geldigTot)
  const fouten: string[] = []
  if (tot < vanaf) fouten.push(CAPACITEIT_MESSAGES.geldigTotVoorVanaf)
  const grens = dagVan(new Date(new Date(beschikbaarVanaf).getTime() + MAX_GELDIG_DAGEN * DAG_MS))
  if (tot > grens) fouten.push(CAPACITEIT_MESSAGES.geldigTotTeVer)
  if (tot < dagVan(vandaag)) fouten.push(CAPACITEIT_MESSAGES.verlopen)
  return fouten
}

/**
 * A day as stored: noon UTC of that day, which is the same day in the Netherlands all year. Stored
 * this way, "ended before today" is one comparison with `${today}T00:00:00.000Z`.
 */
export const opgeslagenDag = (d: Date | string): string => `${dagVan(d)}T12:00:00.000Z`

/** The moment before which a stored end date has passed (the start of today, as stored days go). */
export const verlopenGrens = (nu: Date | string = new Date()): string =>
  `${dagVan(nu)}T00:00:00.000Z`

/** Is the entry still public on this day (through its end date)? */
export const isActueel = (geldigTot: Date | string, nu: Date | string = new Date()): boolean =>
  dagVan(geldigTot) >= dagVan(nu)
