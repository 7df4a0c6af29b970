/**
 * Two-step login (TOTP, RFC 6238, with the `otpauth` library; ADR 0015): after the password, a
 * 6-digit code from an authenticator app, or one of ten single-use recovery codes. A code works
 * once: a time step at or before the last accepted one is refused. Pure apart from the random
 * secrets; storing and the session bookkeeping are in cms/collections/Users/tweestaps.ts.
 */
import { createHash, randomBytes } from 'node:crypto'
import { Secret, TOTP } from 'otpauth'
import { ROLES, type Role } from './roles'

export const TWEESTAPS_UITGEVER = 'Zorgatlas'
const PERIODE = 30

/**
 * The documented secret of the demo logins (README, demo logins): any authenticator app, or
 * `npx tsx scripts/demo-code.ts`, gives their codes. Never used outside the demo data.
 */
export const DEMO_TWEESTAPS_GEHEIM = 'ZORGATLASDEMOTWEESTAPSGEHEIM2FA4'

const totp = (geheim: string, label = '') =>
  new TOTP({
    issuer: TWEESTAPS_UITGEVER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIODE,
    secret: Secret.fromBase32(geheim),
  })

/** A new secret (160 bits, base32), as the app stores it. */
export const nieuwGeheim = (): string => new Secret({ size: 20 }).base32

/** The otpauth:// link in the QR code. */
export const otpauthLink = (geheim: string, email: string): string => totp(geheim, email).toString()

/** The time step of a moment. */
export const tijdstap = (nu: Date): number => Math.floor(nu.getTime() / 1000 / PERIODE)

/** The code of a secret at a moment (tests and the demo script use it too). */
export const codeVoor = (geheim: string, nu: Date): string =>
  totp(geheim).generate({ timestamp: nu.getTime() })

/**
 * The time step this code belongs to, when it is right now (one step of clock difference either
 * way) and newer than the last accepted one; else null.
 */
export function controleerCode(
  geheim: string,
  code: string,
  nu: Date,
  laatsteStap: number | null | undefined,
): number | null {
  const schoon = code.replace(/\s/g, '')
  if (!/^\d{6}$/.test(schoon)) return null
  const delta = totp(geheim).validate({ token: schoon, timestamp: nu.getTime(), window: 1 })
  if (delta === null) return null
  const stap = tijdstap(nu) + delta
  return laatsteStap !== null && laatsteStap !== undefined && stap <= laatsteStap ? null : stap
}

const HERSTEL_AANTAL = 10
const HERSTEL_TEKENS = 'abcdefghjkmnpqrstuvwxyz23456789'

/** A recovery code as typed: lower case, without spaces and dashes. */
export const normaliseerHerstelcode = (code: string): string =>
  code.toLowerCase().replace(/[\s-]/g, '')

export const hashHerstelcode = (code: string): string =>
  createHash('sha256').update(normaliseerHerstelcode(code), 'utf8').digest('hex')

/** Ten recovery codes (xxxxx-xxxxx, 50 bits each), shown once, and the hashes that are stored. */
export function nieuweHerstelcodes(): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: HERSTEL_AANTAL }, () => {
    const bytes = randomBytes(10)
    const tekens = [...bytes].map((b) => HERSTEL_TEKENS[b % HERSTEL_TEKENS.length]).join('')
    return `${tekens.slice(0, 5)}-${tekens.slice(5)}`
  })
  return { codes, hashes: codes.map(hashHerstelcode) }
}

/** Is this input a recovery code rather than a 6-digit code? */
export const isHerstelcodeVorm = (code: string): boolean =>
  /^[a-z0-9]{10}$/.test(normaliseerHerstelcode(code)) && !/^\d+$/.test(code.trim())

/** Roles for which two-step login is required (when TWO_FACTOR_REQUIRED is on). */
export const TWEESTAPS_VERPLICHT_VOOR: readonly Role[] = ROLES.filter(
  (r) => r === 'zorgkantoor' || r === 'beheerder',
)

/** What this login must do after the password: nothing, give a code, or set it up first. */
export function tweedeStap(args: {
  rol: Role | null | undefined
  ingesteld: boolean
  verplicht: boolean
}): 'geen' | 'code' | 'instellen' {
  if (args.ingesteld) return 'code'
  if (args.verplicht && args.rol && TWEESTAPS_VERPLICHT_VOOR.includes(args.rol)) return 'instellen'
  return 'geen'
}

export const TWEESTAPS_MELDINGEN = {
  codeFout: 'Deze code klopt niet. Kijk in uw app naar de code die nu getoond wordt.',
  geenStap: 'Log eerst in met uw e-mailadres en wachtwoord.',
  alIngesteld: 'Inloggen in twee stappen staat al aan voor deze login.',
  nietGestart: 'Start het instellen opnieuw.',
  nogInstellen: 'Stel eerst inloggen in twee stappen in.',
} as const
