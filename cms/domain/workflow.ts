/**
 * The approval workflow of the manual (§5, §6) as plain functions.
 * Statuses apply to organisaties, locaties and zorgaanbod. The published (Definitief) version is
 * what the public sees; a provider's saved change is a draft carrying one of the pending statuses.
 */
export const STATUSES = [
  'nieuw',
  'voorgesteld',
  'in-behandeling',
  'definitief',
  'voorgesteld-verwijderd',
] as const
export type Status = (typeof STATUSES)[number]

export const STATUS_LABELS: Record<Status, string> = {
  nieuw: 'Nieuw',
  voorgesteld: 'Voorgestelde wijziging',
  'in-behandeling': 'In behandeling',
  definitief: 'Definitief',
  'voorgesteld-verwijderd': 'Voorgesteld verwijderd',
}

/** Statuses that "Wijziging versturen" sends to the zorgkantoor. */
export const PENDING_STATUSES: readonly Status[] = [
  'nieuw',
  'voorgesteld',
  'voorgesteld-verwijderd',
]

export const isPending = (status: Status | null | undefined): boolean =>
  status !== null && status !== undefined && PENDING_STATUSES.includes(status)

export const MESSAGES = {
  inBehandeling:
    'U kunt tijdelijk geen wijzigingen doorvoeren. Het zorgkantoor beoordeelt eerst uw verstuurde wijziging. Daarna kunt u weer wijzigen.',
  voorgesteldVerwijderd:
    'Dit item staat klaar om verwijderd te worden. Klik eerst op "Verwijdering ongedaan" als u het wilt wijzigen.',
  voorstelEerstBeoordelen:
    'Hier staat een voorstel van de zorgaanbieder dat nog niet is beoordeeld. Beoordeel eerst dat voorstel. Of kies "Publiceer wijzigingen" als u het voorstel samen met uw wijziging definitief wilt maken.',
  nietsTeVersturen: 'Er zijn geen wijzigingen om te versturen.',
  nietsTeBeoordelen: 'Deze organisatie heeft geen wijziging die op beoordeling wacht.',
  alVerstuurd: 'De wijzigingen van deze organisatie zijn al verstuurd en worden beoordeeld.',
} as const

export class WorkflowError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 403 | 404 | 409 | 410 | 429,
  ) {
    super(message)
    this.name = 'WorkflowError'
  }
}

/**
 * The status an item gets when a provider saves a change to it.
 * `current` is the status of the newest version (draft or published); undefined on create.
 */
export function statusAfterProviderEdit(current: Status | null | undefined): Status {
  switch (current) {
    case undefined:
    case null:
    case 'nieuw':
      return 'nieuw'
    case 'definitief':
    case 'voorgesteld':
      return 'voorgesteld'
    case 'in-behandeling':
      throw new WorkflowError(MESSAGES.inBehandeling, 409)
    case 'voorgesteld-verwijderd':
      throw new WorkflowError(MESSAGES.voorgesteldVerwijderd, 409)
  }
}

export interface SentItem {
  collection: 'organisaties' | 'locaties' | 'zorgaanbod'
  id: string
  /** status before sending: decides what approval or rejection does */
  vorigeStatus: Status
}

/** What approval does with one sent item. */
export function approvalAction(item: SentItem): 'publish' | 'delete' {
  return item.vorigeStatus === 'voorgesteld-verwijderd' ? 'delete' : 'publish'
}
