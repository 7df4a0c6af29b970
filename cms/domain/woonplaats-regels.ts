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
