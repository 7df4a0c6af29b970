/**
 * The audit trail: who did what, when, to which record, with before and after of the
 * changed fields. Pure: labels, the one-line summary, pseudonyms. Writing happens in cms/audit.
 */
import { randomBytes } from 'node:crypto'

export const AUDIT_ACTIES = [
  'aangemaakt',
  'gewijzigd',
  'verstuurd',
  'goedgekeurd',
  'afgewezen',
  'verwijderd',
  'verwijdering-voorgesteld',
  'voorstel-ingetrokken',
  'hersteld',
  'gekopieerd',
  'gefuseerd',
  'ingelogd',
  'uitgelogd',
  'inloggen-mislukt',
  'opnieuw-geprobeerd',
  'wachtwoord-gewijzigd',
  'tweestaps-aangezet',
  'tweestaps-uitgezet',
] as const
export type AuditActie = (typeof AUDIT_ACTIES)[number]

export const AUDIT_ACTIE_LABELS: Record<AuditActie, string> = {
  aangemaakt: 'Aangemaakt',
  gewijzigd: 'Gewijzigd',
  verstuurd: 'Wijziging verstuurd',
  goedgekeurd: 'Goedgekeurd',
  afgewezen: 'Afgewezen',
  verwijderd: 'Verwijderd',
  'verwijdering-voorgesteld': 'Verwijdering aangevraagd',
  'voorstel-ingetrokken': 'Voorstel ingetrokken',
  hersteld: 'Verwijdering ongedaan gemaakt',
  gekopieerd: 'Gekopieerd',
  gefuseerd: 'Fusie',
  ingelogd: 'Ingelogd',
  uitgelogd: 'Uitgelogd',
  'inloggen-mislukt': 'Inloggen mislukt',
  'opnieuw-geprobeerd': 'Opnieuw geprobeerd',
  'wachtwoord-gewijzigd': 'Wachtwoord gewijzigd',
  'tweestaps-aangezet': 'Inloggen in twee stappen aangezet',
  'tweestaps-uitgezet': 'Inloggen in twee stappen uitgezet',
}

/** Who did it, as the log keeps it: the id and the name as it was then (text, no foreign key). */
export interface AuditActor {
  id: string | null
  naam: string
  rol: string | null
}

/** Work done by the system itself (seeding, the worker, cascades without a login). */
export const SYSTEEM: AuditActor = { id: null, naam: 'Systeem', rol: null }

/**
 * One line for lists, without who did it (that is its own column, and a pseudonym may replace it):
 * "Goedgekeurd: Locatie “Zorgstroom – Verpleeghuis Hof Mondriaan”".
 */
export function auditSamenvatting(
  actie: AuditActie,
  wat: { collectieLabel?: string | null; titel?: string | null },
): string {
  const label = AUDIT_ACTIE_LABELS[actie]
  const onderwerp = [wat.collectieLabel, wat.titel ? `“${wat.titel}”` : null]
    .filter(Boolean)
    .join(' ')
  return onderwerp ? `${label}: ${onderwerp}` : label
}

/**
 * A pseudonym for a login whose personal data was removed: the same code on all of their entries
 * (so the trail stays readable as "one person"), never derived from their id or name.
 */
export function nieuwPseudoniem(): { id: string; naam: string } {
  const code = randomBytes(4).toString('hex')
  return { id: `verwijderd-${code}`, naam: `Verwijderde gebruiker ${code}` }
}

/** Text put in place of personal values (name, e-mail) in entries about a removed login. */
export const VERWIJDERDE_WAARDE = '[verwijderd]'

/** The public label of who approved: the editor's zorgkantoor, or Zorgatlas for a beheerder. */
export const ZORGATLAS = 'Zorgatlas'
