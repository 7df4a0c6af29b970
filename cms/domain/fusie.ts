/**
 * Merger (fusie, §2): the zorgkantoor moves all locations of an organisation to the surviving
 * organisation, only when neither has an open change request and everything of both is Definitief.
 * The merged organisation is removed afterwards.
 */

export const FUSIE_MESSAGES = {
  zelfde: 'Een organisatie kan niet met zichzelf fuseren. Kies een andere organisatie.',
  nietGevonden: 'Deze organisatie bestaat niet of u heeft er geen toegang toe.',
  naarNietGevonden:
    'De organisatie waarin u wilt laten opgaan bestaat niet, of uw zorgkantoor contracteert die niet.',
  alleenZorgkantoor: 'Alleen het zorgkantoor kan organisaties laten fuseren.',
  openVerzoek: (naam: string) =>
    `Fuseren kan nu niet: organisatie "${naam}" heeft een wijzigingsverzoek dat nog in behandeling is. Handel dat eerst af.`,
  nietDefinitief: (naam: string, aantal: number) =>
    `Fuseren kan nu niet: bij organisatie "${naam}" ${aantal === 1 ? 'is 1 onderdeel' : `zijn ${aantal} onderdelen`} (organisatie, locatie of zorgaanbod) nog niet definitief. Laat de wijzigingen eerst goedkeuren of intrekken.`,
} as const

export interface FusieKant {
  naam: string
  /** an open (in behandeling) change request exists */
  openVerzoek: boolean
  /** number of items (organisation, locations, care offers) that are not Definitief */
  nietDefinitief: number
}

/** Why the merger cannot happen now (409), or null. The merged organisation is checked first. */
export function fusieBezwaar(van: FusieKant, naar: FusieKant): string | null {
  for (const kant of [van, naar]) {
    if (kant.openVerzoek) return FUSIE_MESSAGES.openVerzoek(kant.naam)
  }
  for (const kant of [van, naar]) {
    if (kant.nietDefinitief > 0)
      return FUSIE_MESSAGES.nietDefinitief(kant.naam, kant.nietDefinitief)
  }
  return null
}

/** The surviving organisation's zorgkantoren: its own, then those of the merged one (no doubles). */
export function zorgkantorenNaFusie(naar: string[], van: string[]): string[] {
  return [...new Set([...naar, ...van])]
}

/** A login's organisations after the merger: `van` replaced by `naar`, no doubles, order kept. */
export function organisatiesNaFusie(organisaties: string[], van: string, naar: string): string[] {
  return [...new Set(organisaties.map((o) => (o === van ? naar : o)))]
}
