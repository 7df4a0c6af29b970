/**
 * One password rule for every path that sets a password (create, change, Payload's reset, the
 * set-password link, first-register, GraphQL): at least 12 characters with a letter and a digit,
 * not a common password, not the e-mail address. Pure; the messages are the ones users read.
 */
import { VEELGEBRUIKTE_WACHTWOORDEN } from './data/veelgebruikte-wachtwoorden'
import { WACHTWOORD_MAX, WACHTWOORD_MIN } from './wachtwoord-lengte'

export { WACHTWOORD_MAX, WACHTWOORD_MIN }

/** Dutch words people reach for, written by hand (the shipped list is English). */
const NEDERLANDS = [
  'wachtwoord',
  'welkom',
  'welkomwelkom',
  'geheim',
  'zorgatlas',
  'zorgkantoor',
  'voorjaar',
  'zomer',
  'herfst',
  'winter',
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
  'wachtwoordwachtwoord',
  'qwertyqwerty',
  'azertyazerty',
]

let lijst: Set<string> | undefined
const veelgebruikt = (): Set<string> =>
  (lijst ??= new Set([
    ...VEELGEBRUIKTE_WACHTWOORDEN.split('\n').map((w) => w.trim().toLowerCase()),
    ...NEDERLANDS,
  ]))

/**
 * Is this password, or its letters alone ("Password-2026!" → "password"), a common password?
 * The letters-only form catches the usual trick of a common word with digits around it.
 */
export function isVeelgebruikt(wachtwoord: string): boolean {
  const klein = wachtwoord.toLowerCase()
  const letters = klein.replace(/[^a-z]/g, '')
  return veelgebruikt().has(klein) || (letters.length > 0 && veelgebruikt().has(letters))
}

export const WACHTWOORD_MELDINGEN = {
  kort: `Kies een wachtwoord van minstens ${WACHTWOORD_MIN} tekens.`,
  lang: `Kies een wachtwoord van hoogstens ${WACHTWOORD_MAX} tekens.`,
  letterCijfer: 'Gebruik in uw wachtwoord minstens één letter en één cijfer.',
  spatie: 'Uw wachtwoord mag niet beginnen of eindigen met een spatie.',
  veelgebruikt:
    'Dit wachtwoord wordt veel gebruikt en is makkelijk te raden. Kies een wachtwoord dat niemand kan raden.',
  email: 'Uw wachtwoord mag uw e-mailadres niet bevatten, ook niet het deel voor de @.',
  leeg: 'Vul een wachtwoord in.',
} as const

/** The part of an address before the @, when it is long enough to matter (3 or more). */
const lokaalDeel = (email: string): string | null => {
  const deel = email.trim().toLowerCase().split('@')[0] ?? ''
  return deel.length >= 3 ? deel : null
}

/**
 * The first rule this password breaks, in Dutch, or null. `email`: the address of the login the
 * password is for (when known); the password may not contain it nor its local part.
 */
export function wachtwoordFout(wachtwoord: string, email?: string | null): string | null {
  if (wachtwoord.length < WACHTWOORD_MIN) return WACHTWOORD_MELDINGEN.kort
  if (wachtwoord.length > WACHTWOORD_MAX) return WACHTWOORD_MELDINGEN.lang
  if (!/[a-zA-Z]/.test(wachtwoord) || !/\d/.test(wachtwoord))
    return WACHTWOORD_MELDINGEN.letterCijfer
  if (/^\s|\s$/.test(wachtwoord)) return WACHTWOORD_MELDINGEN.spatie
  if (isVeelgebruikt(wachtwoord)) return WACHTWOORD_MELDINGEN.veelgebruikt
  if (email) {
    const klein = wachtwoord.toLowerCase()
    const deel = lokaalDeel(email)
    if (klein.includes(email.trim().toLowerCase()) || (deel && klein.includes(deel)))
      return WACHTWOORD_MELDINGEN.email
  }
  return null
}
