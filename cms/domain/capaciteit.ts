/**
 * Free capacity (§3.2.9): operational data, not reviewed, recorded with who and when. An entry is
 * public from its report until its end date (geldigTot, at most 90 days after it becomes free,
 * 30 by default); then it leaves the public site by itself.
 */
export const STANDAARD_GELDIG_DAGEN = 30
export const MAX_GELDIG_DAGEN = 90

export const CAPACITEIT_MESSAGES = {
  aantal: 'Vul het aantal vrije plaatsen in: 1 of meer.',
  geldigTotVoorVanaf: 'De einddatum ligt vóór de datum waarop de plaatsen vrij zijn.',
  geldigTotTeVer: `Een melding geldt hoogstens ${MAX_GELDIG_DAGEN} dagen. Kies een eerdere einddatum; daarna kunt u opnieuw melden.`,
  verlopen: 'De einddatum ligt in het verleden. Kies een datum vanaf vandaag.',
  zorgprofielSector: 'Dit zorgprofiel hoort niet bij de gekozen sector.',
} as const

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
