/**
 * Deleting by a provider (§6). Public data never disappears without review.
 * - nieuw (never approved): removed at once, after the confirmation in the screen;
 * - voorgesteld: the proposal is discarded, the Definitief version stays exactly as it was;
 * - definitief: becomes voorgesteld-verwijderd, stays public until the removal is approved;
 * - in behandeling: refused (the organisation is locked);
 * - voorgesteld-verwijderd: nothing to do.
 * "Verwijdering ongedaan" (herstel) brings a voorgesteld-verwijderd item back to definitief.
 */
import { MESSAGES, WorkflowError, type Status } from './workflow'

export type VerwijderActie =
  'verwijderen' | 'voorstel-intrekken' | 'verwijdering-voorstellen' | 'niets'

export function verwijderActie(status: Status): VerwijderActie {
  switch (status) {
    case 'nieuw':
      return 'verwijderen'
    case 'voorgesteld':
      return 'voorstel-intrekken'
    case 'definitief':
      return 'verwijdering-voorstellen'
    case 'voorgesteld-verwijderd':
      return 'niets'
    case 'in-behandeling':
      throw new WorkflowError(MESSAGES.inBehandeling, 409)
  }
}

export const VERWIJDER_MESSAGES: Record<
  Exclude<VerwijderActie, 'niets'> | 'niets' | 'hersteld',
  string
> = {
  verwijderen:
    'Verwijderd. Dit was nog niet goedgekeurd, dus het zorgkantoor hoeft niets te beoordelen.',
  'voorstel-intrekken':
    'Uw voorgestelde wijziging is verwijderd. De goedgekeurde gegevens blijven zoals ze waren.',
  'verwijdering-voorstellen':
    'Klaar om te verwijderen. Het blijft zichtbaar in de Zorgatlas tot het zorgkantoor de verwijdering goedkeurt. Verstuur de wijziging, of klik op "Verwijdering ongedaan".',
  niets: 'Dit staat al klaar om verwijderd te worden.',
  hersteld: 'De verwijdering is ongedaan gemaakt.',
}

export function assertHerstelbaar(status: Status): void {
  if (status === 'in-behandeling') throw new WorkflowError(MESSAGES.inBehandeling, 409)
  if (status !== 'voorgesteld-verwijderd') {
    throw new WorkflowError('Er is geen verwijdering om ongedaan te maken.', 409)
  }
}
