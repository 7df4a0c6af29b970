/**
 * Logins by invitation (manual §1.2, §1.3): an invitation that works once and expires after 72
 * hours. Only a hash of its token is stored, so a copy of the database opens nothing. A new address
 * sets a password and so makes its login; the owner of an existing login logs in and accepts or
 * refuses. The inviter gets the same answer and sees the same open invitation whoever owns the
 * address (uitnodigingSoort decides only the e-mail, which goes to the address itself). Also the
 * e-mails (the password rule is ./wachtwoord.ts). Pure apart from the random token.
 */
import { createHash, randomBytes } from 'node:crypto'
import type { BerichtInhoud } from './berichten'
import { isAanbiederLogin, type Role } from './roles'

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
  alBeslist:
    'Deze uitnodiging is al geaccepteerd of geweigerd, of de link is niet geldig. Kijk bij uw organisaties na het inloggen, of vraag om een nieuwe uitnodiging.',
  andereLogin:
    'Deze uitnodiging is voor een ander e-mailadres. Log uit en log in met het e-mailadres waarop u de uitnodiging kreeg.',
  alEenLogin:
    'Er is al een login met dit e-mailadres. Log in met uw e-mailadres en wachtwoord, en accepteer daarna de uitnodiging via de link in de e-mail.',
  geenAanbiederLogin:
    'Uw login is van een zorgkantoor of van de Zorgatlas. Die kan niet aan organisaties van zorgaanbieders worden gekoppeld.',
} as const

// ---------------------------------------------------------------------------------------------
// Invitations
// ---------------------------------------------------------------------------------------------

export const UITNODIGING_STATUSSEN = ['open', 'geaccepteerd', 'geweigerd', 'verlopen'] as const
export type UitnodigingStatus = (typeof UITNODIGING_STATUSSEN)[number]

export const UITNODIGING_STATUS_LABELS: Record<UitnodigingStatus, string> = {
  open: 'Open',
  geaccepteerd: 'Geaccepteerd',
  geweigerd: 'Geweigerd',
  verlopen: 'Verlopen',
}

/**
 * The status as everyone sees it: an open invitation whose moment has passed is expired. Stored is
 * only what someone did (open, geaccepteerd, geweigerd); expiry needs no write.
 */
export function zichtbareStatus(
  status: string | null | undefined,
  tot: string | Date | null | undefined,
  nu: Date,
): UitnodigingStatus {
  if (status === 'geaccepteerd' || status === 'geweigerd') return status
  return isVerlopen(tot, nu) ? 'verlopen' : 'open'
}

/** Can the invitation still be used (accepted, refused, a password set)? Null, or the 410 text. */
export function uitnodigingFout(
  uitnodiging: { status?: string | null; geldigTot?: string | Date | null } | null | undefined,
  nu: Date,
  /** the text for an unknown or used link */
  ongeldig: string = UITNODIGING_MELDINGEN.alBeslist,
): string | null {
  if (!uitnodiging) return ongeldig
  const status = zichtbareStatus(uitnodiging.status, uitnodiging.geldigTot, nu)
  if (status === 'open') return null
  return status === 'verlopen' ? UITNODIGING_MELDINGEN.verlopen : ongeldig
}

/** Is the invitation addressed to this login (e-mail addresses compare without case)? */
export const isVoorLogin = (uitnodigingEmail: string, loginEmail: string | null | undefined) =>
  uitnodigingEmail.trim().toLowerCase() === (loginEmail ?? '').trim().toLowerCase()

/**
 * Who owns the address, as only the e-mail to that address may tell: nobody yet (a login is made
 * when the password is set), an active provider-side login (it accepts or refuses), a deactivated
 * one, or a login of a zorgkantoor or of the Zorgatlas (never linked to providers' organisations).
 */
export type UitnodigingSoort = 'nieuw' | 'bestaand' | 'gedeactiveerd' | 'medewerker'

export function uitnodigingSoort(
  login: { rol?: Role | null; actief?: boolean | null } | null | undefined,
): UitnodigingSoort {
  if (!login) return 'nieuw'
  if (!isAanbiederLogin(login)) return 'medewerker'
  return login.actief === false ? 'gedeactiveerd' : 'bestaand'
}

/** The inviter's answer: one shape, one text, whoever owns the address. */
export interface UitnodigingAntwoord {
  bericht: string
  email: string
  /** the names of the organisations in the invitation */
  organisaties: string[]
}

/** What the invitee sees before deciding (logged in as the invitation's address). */
export interface UitnodigingVoorOntvanger {
  email: string
  organisaties: string[]
  uitgenodigdDoor: string
  geldigTot: string
}

export const uitnodigingAntwoord = (
  email: string,
  organisaties: readonly string[],
): UitnodigingAntwoord => ({
  bericht: `De uitnodiging is verstuurd naar ${email}.`,
  email,
  organisaties: [...organisaties],
})

const AFSLUITING =
  '\nMet vriendelijke groet,\nZorgatlas\n\nDit bericht is automatisch verstuurd. U kunt er niet op antwoorden.'

const opsomming = (namen: readonly string[]) => namen.map((n) => `- ${n}`).join('\n')

/** To a new address: set a password within 72 hours, which makes the login. */
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
      `${args.uitgenodigdDoor} nodigt u uit voor de beheeromgeving van de Zorgatlas.`,
      'Daar beheert u de gegevens van:',
      opsomming(args.organisaties),
      '',
      'Stel via deze link een wachtwoord in. Dan is uw login klaar:',
      args.link,
      '',
      `De link werkt één keer en is ${UITNODIGING_GELDIG_UREN} uur geldig. Daarna logt u in met uw e-mailadres en uw wachtwoord.`,
      'Wilt u geen login? Dan kunt u de uitnodiging via dezelfde link weigeren, of niets doen.',
      AFSLUITING,
    ].join('\n'),
  }
}

/** To the owner of an existing provider login: log in and accept or refuse (§1.3). */
export function berichtUitnodigingBestaand(args: {
  naam: string
  organisaties: readonly string[]
  uitgenodigdDoor: string
  link: string
}): BerichtInhoud {
  return {
    onderwerp: 'Uitnodiging: meer organisaties beheren in de Zorgatlas',
    tekst: [
      `Beste ${args.naam},`,
      '',
      `${args.uitgenodigdDoor} nodigt u uit om met uw login ook de gegevens te beheren van:`,
      opsomming(args.organisaties),
      '',
      'Wilt u dat? Open deze link, log in met uw eigen e-mailadres en wachtwoord, en kies Accepteren of Weigeren:',
      args.link,
      '',
      `De link werkt één keer en is ${UITNODIGING_GELDIG_UREN} uur geldig. Doet u niets, dan verandert er niets aan uw login.`,
      "Weet u uw wachtwoord niet meer? Kies dan op de inlogpagina 'Wachtwoord vergeten'.",
      AFSLUITING,
    ].join('\n'),
  }
}

/** To a deactivated login: invited, but it cannot accept; who to ask. */
export function berichtUitnodigingGedeactiveerd(args: {
  naam: string
  organisaties: readonly string[]
  uitgenodigdDoor: string
}): BerichtInhoud {
  return {
    onderwerp: 'Uitnodiging voor de Zorgatlas: uw login is gedeactiveerd',
    tekst: [
      `Beste ${args.naam},`,
      '',
      `${args.uitgenodigdDoor} nodigt u uit om de gegevens te beheren van:`,
      opsomming(args.organisaties),
      '',
      'Uw login is gedeactiveerd. Daarom kunt u deze uitnodiging niet accepteren.',
      'Wilt u weer met de Zorgatlas werken? Neem dan contact op met de gebruikersbeheerder van uw organisatie of met uw zorgkantoor. Zij kunnen uw login weer op actief zetten.',
      AFSLUITING,
    ].join('\n'),
  }
}

/**
 * To an address of a zorgkantoor's or the Zorgatlas's own login: it cannot be linked to providers'
 * organisations. No link; the owner knows what happened and that nothing changed.
 */
export function berichtUitnodigingMedewerker(args: {
  naam: string
  organisaties: readonly string[]
  uitgenodigdDoor: string
}): BerichtInhoud {
  return {
    onderwerp: 'Uitnodiging voor de Zorgatlas: niet mogelijk met uw login',
    tekst: [
      `Beste ${args.naam},`,
      '',
      `${args.uitgenodigdDoor} wilde u uitnodigen als zorgaanbieder voor:`,
      opsomming(args.organisaties),
      '',
      'Uw e-mailadres hoort bij een login van een zorgkantoor of van de Zorgatlas. Zo’n login kan niet aan organisaties van zorgaanbieders worden gekoppeld. Er is niets veranderd en u hoeft niets te doen.',
      'Heeft u wel een login als zorgaanbieder nodig? Vraag dan een uitnodiging op een ander e-mailadres.',
      AFSLUITING,
    ].join('\n'),
  }
}

/**
 * The one e-mail of an invitation, to the address itself; what it says depends on who owns the
 * address (never told to the inviter).
 */
export function berichtVoorUitnodiging(
  soort: UitnodigingSoort,
  args: {
    /** the login's own name; for a new address the name the inviter gave */
    naam: string
    organisaties: readonly string[]
    uitgenodigdDoor: string
    /** /admin/wachtwoord-instellen?token=… */
    wachtwoordLink: string
    /** /admin/uitnodiging?token=… */
    accepteerLink: string
  },
): BerichtInhoud {
  const { naam, organisaties, uitgenodigdDoor } = args
  switch (soort) {
    case 'nieuw':
      return berichtUitnodiging({ naam, organisaties, uitgenodigdDoor, link: args.wachtwoordLink })
    case 'bestaand':
      return berichtUitnodigingBestaand({
        naam,
        organisaties,
        uitgenodigdDoor,
        link: args.accepteerLink,
      })
    case 'gedeactiveerd':
      return berichtUitnodigingGedeactiveerd({ naam, organisaties, uitgenodigdDoor })
    case 'medewerker':
      return berichtUitnodigingMedewerker({ naam, organisaties, uitgenodigdDoor })
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
