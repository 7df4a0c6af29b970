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
  groep: 'De naam van de groep mag maximaal 100 tekens zijn.',
  overnameJaar: `Kies een jaar tussen ${JAAR_MIN + 1} en ${JAAR_MAX}: het jaar ervoor moet ook een contractjaar zijn.`,
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
  /** carried over from the year before and not yet reviewed by the zorgkantoor */
  voorstel?: boolean | null
}

/** A contract the zorgkantoor decided: anything but a carried-over proposal still to review. */
export const isVastgesteld = (c: Pick<ContractRegel, 'voorstel'>): boolean => c.voorstel !== true

/**
 * The zorgkantoren (ids) that contract the organisation (gedeeltelijk or volledig) in this year.
 * A proposal carried over from the year before does not count until the zorgkantoor reviewed it.
 */
export function contracterendeZorgkantoren(contracten: ContractRegel[], jaar: number): string[] {
  return [
    ...new Set(
      contracten
        .filter((c) => c.jaar === jaar && isVastgesteld(c) && isGecontracteerd(c.status))
        .map((c) => c.zorgkantoor),
    ),
  ].sort()
}

/**
 * The year and zorgkantoren the public sentence names ("Gecontracteerd door … in {jaar}."), so that
 * it stays true and present after New Year: this year once a zorgkantoor has recorded (and reviewed)
 * any contract with the organisation for it; until then last year's contracts, with last year named.
 * Never older than last year: a contract from two years ago says nothing about today.
 */
export function publiekeContractering(
  contracten: ContractRegel[],
  huidigJaar: number,
): { jaar: number; zorgkantoren: string[] } {
  const heeftJaar = (jaar: number) => contracten.some((c) => c.jaar === jaar && isVastgesteld(c))
  const jaar = heeftJaar(huidigJaar) || !heeftJaar(huidigJaar - 1) ? huidigJaar : huidigJaar - 1
  return { jaar, zorgkantoren: contracterendeZorgkantoren(contracten, jaar) }
}

/** The years the public sentence may look at (see publiekeContractering). */
export const publiekeContractJaren = (huidigJaar: number): number[] => [huidigJaar - 1, huidigJaar]

/**
 * Filling a new contract year from the year before ("op basis van uw contracteerinformatie over het
 * voorgaande jaar", seed 001): every contract of the zorgkantoor in the year before becomes a
 * proposal with the same status, to review. Never over a contract already recorded for the new
 * year, and only for organisations the zorgkantoor still works with (its `zorgkantoren`).
 */
export function contractOvername(args: {
  vorigJaar: readonly { organisatie: string; status: ContractStatus }[]
  /** organisations with a contract of this zorgkantoor for the new year already */
  alVastgelegd: ReadonlySet<string>
  /** organisations the zorgkantoor still has in their `zorgkantoren` */
  nogGekoppeld: ReadonlySet<string>
}): {
  overnemen: { organisatie: string; status: ContractStatus }[]
  alVastgelegd: number
  nietMeerGekoppeld: number
} {
  const overnemen: { organisatie: string; status: ContractStatus }[] = []
  let alVastgelegd = 0
  let nietMeerGekoppeld = 0
  const gezien = new Set<string>()
  for (const c of args.vorigJaar) {
    if (gezien.has(c.organisatie)) continue
    gezien.add(c.organisatie)
    if (args.alVastgelegd.has(c.organisatie)) alVastgelegd++
    else if (!args.nogGekoppeld.has(c.organisatie)) nietMeerGekoppeld++
    else overnemen.push({ organisatie: c.organisatie, status: c.status })
  }
  return { overnemen, alVastgelegd, nietMeerGekoppeld }
}

/**
 * The proposal mark after a write. Only the carry-over sets it; nobody ticks it by hand. The
 * zorgkantoor reviews a proposal by unticking it (the admin form), by changing its status, or by
 * setting a status without sending the mark (the contract screen, the bulk endpoint, a REST PATCH:
 * the collection's markeerBeoordeling sends `false` then, so the same status confirms it). A form
 * save that keeps the tick and the status (say, to write a note) leaves it a proposal.
 */
export function voorstelNa(args: {
  overname: boolean
  /** the mark before the write; null on create */
  voor: boolean | null
  /** the mark of the write (as sent, or as stored when not sent) */
  gevraagd: boolean | null | undefined
  statusGewijzigd: boolean
}): boolean {
  if (args.overname) return true
  if (args.voor !== true) return false
  return args.gevraagd !== false && !args.statusGewijzigd
}

/** The label of the carry-over action: "Jaar 2027 vullen vanuit 2026". */
export const overnameLabel = (jaar: number): string => `Jaar ${jaar} vullen vanuit ${jaar - 1}`

/**
 * A group (concern) of organisations, as the zorgkantoor types it: spaces trimmed and collapsed;
 * empty is no group. The filter compares the name exactly; the screen offers the names in use.
 */
export function normaliseerGroep(tekst: string | null | undefined): string | null {
  const schoon = (tekst ?? '').replace(/\s+/g, ' ').trim()
  return schoon ? schoon : null
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
