/**
 * Woonplaats cardinality (§4.1): home care (zorg thuis) and OCO have one location with many
 * woonplaatsen; any other kind of care has exactly one woonplaats per location.
 */
export const WOONPLAATS_MESSAGES = {
  eenWoonplaats:
    'Bij deze soort zorg hoort precies één woonplaats per locatie. Deze locatie heeft al een woonplaats. Voeg voor een andere woonplaats een nieuwe locatie toe.',
  dubbel: 'Deze woonplaats is al toegevoegd aan deze locatie.',
} as const

export interface WoonplaatsCheckInput {
  /** soort zorg allows many woonplaatsen (thuiszorg, OCO) */
  meerdereWoonplaatsen: boolean
  /** woonplaats ids already used by other care offers of this location */
  bestaande: readonly string[]
  nieuwe: string
}

export function checkWoonplaats({
  meerdereWoonplaatsen,
  bestaande,
  nieuwe,
}: WoonplaatsCheckInput): string | null {
  if (bestaande.includes(nieuwe)) return WOONPLAATS_MESSAGES.dubbel
  if (!meerdereWoonplaatsen && bestaande.length > 0) return WOONPLAATS_MESSAGES.eenWoonplaats
  return null
}

/**
 * A place name as typed in an address or listed as a woonplaats, for comparing: case, accents,
 * apostrophes, hyphens and spaces do not count ("'s-Hertogenbosch" = "s Hertogenbosch").
 */
export function normaliseerPlaats(naam: string | null | undefined): string {
  return (naam ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

export const WOONPLAATS_ADRES_MESSAGES = {
  anders: (woonplaats: string, plaats: string) =>
    `Kies de woonplaats waar de locatie gehuisvest is: ${plaats} (de plaats van het bezoekadres), niet ${woonplaats}. Is ${woonplaats} toch juist? Leg dan bij "Toelichting bij de woonplaats" uit waarom. Het zorgkantoor ziet die toelichting bij de beoordeling.`,
  waarschuwing: (woonplaats: string, plaats: string) =>
    `De woonplaats ${woonplaats} is niet de plaats van het bezoekadres (${plaats}). Kies de woonplaats waar de locatie gehuisvest is, of leg het verschil uit bij "Toelichting bij de woonplaats".`,
  tweedeInRegio: (regio: string, soortZorg: string, locaties: string[]) =>
    `Uw organisatie heeft in zorgkantoorregio ${regio} al een locatie met ${soortZorg.toLowerCase()}: ${locaties.join(', ')}. Registreer per regio één locatie met daaronder alle woonplaatsen waar u deze zorg levert. Voeg deze woonplaats bij voorkeur daar toe.`,
} as const

export interface WoonplaatsBijAdresInput {
  /** the kind of care allows many woonplaatsen (home care, OCO): then the rule does not apply */
  meerdereWoonplaatsen: boolean
  woonplaats: string
  /** the place of the location's visiting address */
  adresPlaats: string | null | undefined
  /** the provider's explanation of a difference */
  toelichting: string | null | undefined
}

/** Does the one woonplaats of residential or day care differ from the address's place? */
export function wijktAfVanAdres(input: Omit<WoonplaatsBijAdresInput, 'toelichting'>): boolean {
  if (input.meerdereWoonplaatsen) return false
  const plaats = normaliseerPlaats(input.adresPlaats)
  return plaats !== '' && plaats !== normaliseerPlaats(input.woonplaats)
}

/**
 * §4.1 "Selecteer de woonplaats waar de locatie gehuisvest is": for residential and day care the
 * one woonplaats is the place of the visiting address, unless the provider explains the difference
 * (shown to the reviewer). Home care and OCO serve many places: no check. Null: fine.
 */
export function woonplaatsBijAdresFout(input: WoonplaatsBijAdresInput): string | null {
  if (!wijktAfVanAdres(input)) return null
  if ((input.toelichting ?? '').trim()) return null
  return WOONPLAATS_ADRES_MESSAGES.anders(input.woonplaats, String(input.adresPlaats).trim())
}

/**
 * §4.1 "Levert u thuiszorg of onafhankelijke cliëntondersteuning? Dan registreert u (per regio) 1
 * locatie": the other locations of the organisation with the same kind of care that already serve
 * this zorgkantoorregio. A warning, not a refusal: the manual asks it, it does not forbid a second
 * location (a team with its own address and phone number may be a reason).
 */
export function anderLocatiesInRegio(args: {
  meerdereWoonplaatsen: boolean
  regio: string | null | undefined
  /** the organisation's other locations with the same kind of care, with the regions they serve */
  andere: readonly { naam: string; regios: readonly (string | null | undefined)[] }[]
}): string[] {
  const regio = normaliseerPlaats(args.regio)
  if (!args.meerdereWoonplaatsen || !regio) return []
  return args.andere
    .filter((l) => l.regios.some((r) => normaliseerPlaats(r) === regio))
    .map((l) => l.naam)
    .sort((a, b) => a.localeCompare(b, 'nl'))
}
