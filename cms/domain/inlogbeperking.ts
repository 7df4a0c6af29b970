/**
 * The limiter of the login door: how many tries a client address and an (address, account) pair
 * get before they wait, and how long. Pure; the counters live in the database
 * (cms/collections/Users/inlogpogingen.ts), shared by every CMS process.
 *
 * Failures are counted per (address, account) pair and per address, never per account alone, so
 * an attacker elsewhere cannot keep the owner out. Only the second step of a two-step login also
 * counts per account: whoever reaches it already knows the password.
 */
import { createHash } from 'node:crypto'
import { isIP } from 'node:net'

const MINUUT = 60_000
const VENSTER = 15 * MINUUT
const DAG = 24 * 60 * MINUUT

export interface Grens {
  /** failures (or requests) within the window before a wait */
  max: number
  vensterMs: number
  /** the first wait; each next block in a row doubles it, up to maxWachtMs */
  wachtMs: number
  maxWachtMs: number
}

const grens = (max: number): Grens => ({
  max,
  vensterMs: VENSTER,
  wachtMs: VENSTER,
  maxWachtMs: DAG,
})

/** The numbers of the README ("Logins nobody can turn against their owner"). */
export const GRENZEN = {
  /** wrong password or unknown address, per (address, account) */
  inloggenPaar: grens(5),
  /** wrong passwords from one address, whatever the accounts */
  inloggenAdres: grens(50),
  /** forgot-password requests (each one counts), per (address, account) and per address */
  vergetenPaar: grens(3),
  vergetenAdres: grens(20),
  /** unknown or used reset and set-password tokens, per address (a valid link always works) */
  tokenAdres: grens(20),
  /** wrong two-step codes, per (address, account) and per account */
  codePaar: grens(5),
  codeAccount: grens(20),
} as const satisfies Record<string, Grens>

export type GrensNaam = keyof typeof GRENZEN

/** The stored state of one counter. */
export interface Teller {
  mislukt: number
  /** start of the current window (null: no failures counted) */
  vanaf: Date | null
  geblokkeerdTot: Date | null
  /** blocks in a row (reset after a day without a block) */
  blokkades: number
}

export const LEGE_TELLER: Teller = { mislukt: 0, vanaf: null, geblokkeerdTot: null, blokkades: 0 }

/** Milliseconds this counter still has to wait, or 0. */
export function wachttijd(teller: Teller | null, nu: Date): number {
  const tot = teller?.geblokkeerdTot?.getTime()
  return tot && tot > nu.getTime() ? tot - nu.getTime() : 0
}

/** Has the counting window of this counter run out (or never started)? */
export const vensterVerlopen = (t: Teller, g: Grens, nu: Date): boolean =>
  !t.vanaf || nu.getTime() - t.vanaf.getTime() >= g.vensterMs

/** The block that starts now: the wait doubles with each block in a row, up to a day. */
export function blokkade(t: Teller, g: Grens, nu: Date): Teller {
  const laatsteBlok = t.geblokkeerdTot?.getTime() ?? 0
  // A day after the last block ended, the next block starts small again.
  const opRij = laatsteBlok && nu.getTime() - laatsteBlok > DAG ? 0 : t.blokkades
  const wacht = Math.min(g.wachtMs * 2 ** opRij, g.maxWachtMs)
  return {
    mislukt: 0,
    vanaf: null,
    geblokkeerdTot: new Date(nu.getTime() + wacht),
    blokkades: opRij + 1,
  }
}

/**
 * The counter after one more counted try. Tries are counted before they are checked (so a burst
 * of parallel requests cannot slip through), and a successful login takes its own try back; the
 * try after the limit starts a block.
 */
export function naPoging(teller: Teller | null, g: Grens, nu: Date): Teller {
  const t = teller ?? LEGE_TELLER
  if (wachttijd(t, nu) > 0) return t
  const mislukt = (vensterVerlopen(t, g, nu) ? 0 : t.mislukt) + 1
  if (mislukt > g.max) return blokkade(t, g, nu)
  return { ...t, mislukt, vanaf: mislukt === 1 ? nu : t.vanaf }
}

/** Seconds for the Retry-After header (at least 1). */
export const retryAfterSeconden = (ms: number): number => Math.max(1, Math.ceil(ms / 1000))

/** "over 15 minuten", "over 1 uur en 5 minuten", "over 30 seconden". */
export function wachtTekst(ms: number): string {
  const seconden = retryAfterSeconden(ms)
  if (seconden < 60) return `over ${seconden} seconden`
  const minuten = Math.ceil(seconden / 60)
  const uren = Math.floor(minuten / 60)
  const rest = minuten % 60
  const min = (n: number) => `${n} ${n === 1 ? 'minuut' : 'minuten'}`
  if (!uren) return `over ${min(minuten)}`
  return `over ${uren} uur${rest ? ` en ${min(rest)}` : ''}`
}

export const BEPERKING_MELDINGEN = {
  teVeel: (ms: number) =>
    `Te veel pogingen. Probeer het ${wachtTekst(ms)} opnieuw. Weet u uw wachtwoord niet meer? Kies dan "Wachtwoord vergeten".`,
  teVeelCodes: (ms: number) => `Te veel verkeerde codes. Probeer het ${wachtTekst(ms)} opnieuw.`,
  eenPerVerzoek: 'Doe één inlogpoging per verzoek.',
} as const

/**
 * The key of a counter. Accounts are stored as a hash of the normalised address: the table holds
 * no e-mail addresses (people type passwords into that field too).
 */
export function tellerSleutel(naam: GrensNaam, deel: { adres?: string; account?: string }): string {
  const account = deel.account
    ? createHash('sha256').update(deel.account.trim().toLowerCase()).digest('hex').slice(0, 32)
    : ''
  return [naam, deel.adres ?? '', account].join('|')
}

/** "::ffff:10.0.0.1" → "10.0.0.1"; anything that is not an IP address → null. */
export function normaliseerAdres(waarde: string | null | undefined): string | null {
  const adres = (waarde ?? '').trim().replace(/^\[|\]$/g, '')
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(adres)?.[1]
  const kandidaat = v4 ?? adres
  return isIP(kandidaat) ? kandidaat.toLowerCase() : null
}

/** The address used when the connection's address is not known (all such requests share it). */
export const ONBEKEND_ADRES = 'onbekend'

/**
 * The client's address: the connection's own address, unless that connection is a trusted proxy
 * (TRUSTED_PROXIES); then X-Forwarded-For is read from the right, skipping trusted proxies, and
 * the first other address is the client. Without trusted proxies the header is never read.
 */
export function kiesClientAdres(args: {
  verbinding: string | null
  forwardedFor: string | null
  vertrouwd: readonly string[]
}): string {
  const verbinding = normaliseerAdres(args.verbinding)
  if (!verbinding) return ONBEKEND_ADRES
  const vertrouwd = new Set(args.vertrouwd.map((a) => normaliseerAdres(a)).filter(Boolean))
  if (!vertrouwd.has(verbinding) || !args.forwardedFor) return verbinding
  const keten = args.forwardedFor.split(',').map((d) => normaliseerAdres(d))
  for (let i = keten.length - 1; i >= 0; i--) {
    const adres = keten[i]
    // Garbage in the chain: stop at the last trusted hop rather than believe what came before.
    if (!adres) return verbinding
    if (!vertrouwd.has(adres)) return adres
  }
  return verbinding
}
