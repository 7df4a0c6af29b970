/**
 * Contracts (seed 001, manual §1.2): per organisation, zorgkantoor and year one status. The
 * organisation's `zorgkantoren` stays the one source for access, queues, mail and who may edit;
 * the contract status is what the zorgkantoor agreed, and what the public document names.
 */

export const CONTRACT_STATUSSEN = ['niet', 'in-onderhandeling', 'gedeeltelijk', 'volledig'] as const
export type ContractStatus = (typeof CONTRACT_STATUSSEN)[number]

export const CONTRACT_STATUS_LABELS: Record<ContractStatus, string> = {
  niet: 'Niet gecontracteerd',
  'in-onderhandeling': 'In onderhandeling',
  gedeeltelijk: 'Gedeeltelijk gecontracteerd',
  volledig: 'Volledig gecontracteerd',
}

/** A contract year the system accepts. */
export const JAAR_MIN = 2000
export const JAAR_MAX = 2100

export const CONTRACT_MESSAGES = {
  dubbel: (jaar: number) =>
    `Er is al een contract van dit zorgkantoor met deze organisatie voor ${jaar}. Pas dat contract aan.`,
  eigenZorgkantoor:
    'U kunt alleen contracten van uw eigen zorgkantoor vastleggen, voor organisaties die uw zorgkantoor contracteert.',
  geenZorgkantoor: 'Kies het zorgkantoor van het contract.',
  jaar: `Vul een jaar in tussen ${JAAR_MIN} en ${JAAR_MAX}.`,
  nietDefinitief: (namen: string[]) =>
    `Het zorgkantoor kan nu niet worden weggehaald bij: ${namen.join(', ')}. Deze organisatie heeft een wijziging die nog niet is goedgekeurd. Handel die eerst af.`,
} as const

/** Counts as contracted (for the flag in the list and the public document). */
export const isGecontracteerd = (status: string | null | undefined): boolean =>
  status === 'gedeeltelijk' || status === 'volledig'

/** The contract year of a moment (the calendar year in the Netherlands). */
export function contractJaar(nu: Date = new Date()): number {
  const jaar = new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
  }).format(nu)
  return Number(jaar)
}

export interface ContractRegel {
  zorgkantoor: string
  jaar: number
  status: ContractStatus | string
}

/** The zorgkantoren (ids) that contract the organisation (gedeeltelijk or volledig) in this year. */
export function contracterendeZorgkantoren(contracten: ContractRegel[], jaar: number): string[] {
  return [
    ...new Set(
      contracten
        .filter((c) => c.jaar === jaar && isGecontracteerd(c.status))
        .map((c) => c.zorgkantoor),
    ),
  ].sort()
}

/** Without a gedeeltelijk or volledig contract this year: flagged in the list (§1.2). */
export const zonderContract = (contracten: ContractRegel[], jaar: number): boolean =>
  contracterendeZorgkantoren(contracten, jaar).length === 0

/** The flag's text in the organisation list. */
export const geenContractLabel = (jaar: number): string => `Geen contract ${jaar}`

/**
 * What setting this year's status to `niet` for a zorgkantoor does to the organisation's
 * `zorgkantoren` when the user asks for it (§1.2): remove that zorgkantoor, and remove the
 * organisation when it was the last one.
 */
export function naNietGecontracteerd(
  zorgkantoren: string[],
  zorgkantoor: string,
): { zorgkantoren: string[]; organisatieVerwijderen: boolean } {
  const over = zorgkantoren.filter((z) => z !== zorgkantoor)
  return { zorgkantoren: over, organisatieVerwijderen: over.length === 0 }
}
