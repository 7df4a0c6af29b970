/**
 * Display name of a location (§3.2.4): "{verkorte naam or naam} – {voorziening} {naam locatie}",
 * e.g. "Zorgstroom – Verpleeghuis Hof Mondriaan".
 */
export interface NaamInput {
  organisatieNaam: string
  verkorteNaam?: string | null
  voorziening?: string | null
  locatieNaam?: string | null
}

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim()

export function volledigeNaam({
  organisatieNaam,
  verkorteNaam,
  voorziening,
  locatieNaam,
}: NaamInput): string {
  const org = clean(verkorteNaam) || clean(organisatieNaam)
  const rest = [clean(voorziening), clean(locatieNaam)].filter(Boolean).join(' ')
  if (!org) return rest
  return rest ? `${org} – ${rest}` : org
}
