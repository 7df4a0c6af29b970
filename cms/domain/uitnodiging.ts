/**
 * Logins by invitation (issue 11 item 4, manual §1.2): a set-password link that works once and
 * expires after 72 hours. Only a hash of the token is stored, so a copy of the database opens no
 * login. Also the e-mails (the password rule is ./wachtwoord.ts). Pure apart from the random token.
 */
import { createHash, randomBytes } from 'node:crypto'
import type { BerichtInhoud } from './berichten'

export const UITNODIGING_GELDIG_UREN = 72
const UUR = 60 * 60 * 1000

/** A new token for the link, and the hash that is stored. */
export function nieuwToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashToken(token) }
}

export const hashToken = (token: string): string =>
  createHash('sha256').update(token, 'utf8').digest('hex')

/** Does this text look like one of our tokens (43 characters base64url)? */
export const isTokenVorm = (token: unknown): token is string =>
  typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token)

export const geldigTot = (nu: Date): Date => new Date(nu.getTime() + UITNODIGING_GELDIG_UREN * UUR)

/** A stored link is usable until its moment, not at or after it. */
export function isVerlopen(tot: string | Date | null | undefined, nu: Date): boolean {
  if (!tot) return true
  const moment = new Date(tot).getTime()
  return Number.isNaN(moment) || nu.getTime() >= moment
}

export const UITNODIGING_MELDINGEN = {
  verlopen: `Deze link is verlopen. Een link is ${UITNODIGING_GELDIG_UREN} uur geldig. Vraag uw zorgkantoor of de gebruikersbeheerder van uw organisatie om een nieuwe uitnodiging.`,
  ongeldig:
    'Deze link is al gebruikt of is niet geldig. Heeft u al een wachtwoord ingesteld? Log dan in. Anders kunt u om een nieuwe uitnodiging vragen.',
  gedeactiveerd:
    'Deze login is gedeactiveerd. Neem contact op met de gebruikersbeheerder van uw organisatie of met uw zorgkantoor.',
} as const

const AFSLUITING =
  '\nMet vriendelijke groet,\nZorgatlas\n\nDit bericht is automatisch verstuurd. U kunt er niet op antwoorden.'

const opsomming = (namen: readonly string[]) => namen.map((n) => `- ${n}`).join('\n')

/** To a new login (or one that never set a password): set your password within 72 hours. */
export function berichtUitnodiging(args: {
  naam: string
  organisaties: readonly string[]
  uitgenodigdDoor: string
  link: string
}): BerichtInhoud {
  return {
    onderwerp: 'Uw login voor de beheeromgeving van de Zorgatlas',
    tekst: [
      `Beste ${args.naam},`,
      '',
      `${args.uitgenodigdDoor} heeft een login voor u gemaakt voor de beheeromgeving van de Zorgatlas.`,
      'Hiermee beheert u de gegevens van:',
      opsomming(args.organisaties),
      '',
      'Stel eerst uw wachtwoord in via deze link:',
      args.link,
      '',
      `De link werkt één keer en is ${UITNODIGING_GELDIG_UREN} uur geldig. Daarna logt u in met uw e-mailadres en uw wachtwoord.`,
      'Heeft u deze e-mail niet verwacht? Dan hoeft u niets te doen.',
      AFSLUITING,
    ].join('\n'),
  }
}

/** To an existing login: access to more organisations (one login for all, manual §1.3). */
export function berichtExtraToegang(args: {
  naam: string
  organisaties: readonly string[]
  uitgenodigdDoor: string
  link: string
}): BerichtInhoud {
  return {
    onderwerp: 'U heeft toegang tot meer organisaties in de Zorgatlas',
    tekst: [
      `Beste ${args.naam},`,
      '',
      `${args.uitgenodigdDoor} heeft uw login gekoppeld aan:`,
      opsomming(args.organisaties),
      '',
      'U logt in met uw eigen e-mailadres en wachtwoord. Na het inloggen ziet u al uw organisaties:',
      args.link,
      AFSLUITING,
    ].join('\n'),
  }
}

/** Payload's forgot-password mail, in Dutch, with the link to Payload's reset page. */
export function berichtWachtwoordVergeten(args: { naam: string; link: string }): BerichtInhoud {
  return {
    onderwerp: 'Nieuw wachtwoord voor de Zorgatlas',
    tekst: [
      `Beste ${args.naam},`,
      '',
      'U heeft gevraagd om een nieuw wachtwoord voor de beheeromgeving van de Zorgatlas.',
      'Kies een nieuw wachtwoord via deze link:',
      args.link,
      '',
      'De link is één uur geldig. Heeft u dit niet gevraagd? Dan hoeft u niets te doen: uw wachtwoord blijft hetzelfde.',
      AFSLUITING,
    ].join('\n'),
  }
}
