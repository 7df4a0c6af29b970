/** AGB code and volgnummer rules (§3.2.1, §3.2.2). */
export const AGB_PATTERN = /^\d{8}$/

export const AGB_MESSAGES = {
  format: 'Vul een AGB-code van precies 8 cijfers in.',
  hoofdlocatieBestaat:
    'Er is al een hoofdlocatie met deze AGB-code. Kies bij Hoofdlocatie "Nee" om een extra locatie met dezelfde AGB-code toe te voegen.',
  geenHoofdlocatie:
    'Er is nog geen hoofdlocatie met deze AGB-code. Voeg eerst de hoofdlocatie toe, of kies bij Hoofdlocatie "Ja".',
} as const

export const normaliseAgbCode = (value: string): string => value.replace(/[\s.-]/g, '')

export function validateAgbCode(value: unknown): string | true {
  if (typeof value !== 'string' || !AGB_PATTERN.test(normaliseAgbCode(value)))
    return AGB_MESSAGES.format
  return true
}

/**
 * Volgnummer of a location: 0 for a hoofdlocatie; otherwise the lowest free number ≥ 1 among the
 * numbers already used for the same AGB code.
 */
export function nextVolgnummer(hoofdlocatie: boolean, used: readonly number[]): number {
  if (hoofdlocatie) return 0
  const taken = new Set(used)
  let n = 1
  while (taken.has(n)) n++
  return n
}
