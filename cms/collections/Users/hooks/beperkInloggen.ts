/**
 * The login limiter in front of Payload's login, forgot-password and reset-password (REST and
 * GraphQL alike; the Local API is our own code and is not limited):
 * - login: the try is counted per (address, account) and per address before the password is
 *   checked; over the limit → 429 with Retry-After, the same answer for any address. A successful
 *   login takes its try back (vergeefInlogpoging). For an address without a login the password is
 *   hashed against a dummy, so the answer takes as long as for a real login.
 * - forgot-password: every request counts, per pair and per address.
 * - reset-password: unknown or expired tokens count per address (naInlogfout); while an address
 *   waits, only a valid token still works — the owner's link always does. The new password must
 *   pass the password rule (Payload's reset runs no change hooks).
 * One login try per request: GraphQL could otherwise put many in one.
 */
import { pbkdf2 } from 'node:crypto'
import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { BEPERKING_MELDINGEN } from '../../../domain/inlogbeperking'
import { wachtwoordFout } from '../../../domain/wachtwoord'
import { clientAdres, sleutel, telPoging, teVeel, wachtVoor } from '../beperking'
import { veldFout } from './bewaakWachtwoord'

export const INLOGPOGING = 'inlogPoging'

export interface Inlogpoging {
  soort: 'login' | 'reset'
  adres: string
  account: string
  /** refused by the limiter before it was tried */
  geweigerd?: boolean
  /** the login succeeded (its try was taken back) */
  gelukt?: boolean
  /** the failure has been written down */
  verwerkt?: boolean
}

export const pogingVan = (req: PayloadRequest): Inlogpoging | undefined =>
  req.context[INLOGPOGING] as Inlogpoging | undefined

/** The same work as checking a real password (Payload: PBKDF2-SHA256, 600,000 rounds, 32 bytes). */
const DUMMY_ZOUT = 'zorgatlas-dummy-zout-voor-onbekende-adressen'
const dummyHash = (wachtwoord: string) =>
  new Promise<void>((resolve) =>
    pbkdf2(wachtwoord, DUMMY_ZOUT, 600_000, 32, 'sha256', () => resolve()),
  )

const tekst = (v: unknown) => (typeof v === 'string' ? v.trim().toLowerCase() : '')

export const beperkInloggen: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (req.payloadAPI === 'local') return args
  const data = (args as { data?: Record<string, unknown> }).data ?? {}
  const adres = clientAdres(req)

  if (operation === 'login') {
    if (pogingVan(req)) throw teVeel(req, 1000, BEPERKING_MELDINGEN.eenPerVerzoek)
    const account = tekst(data.email)
    const poging: Inlogpoging = { soort: 'login', adres, account }
    req.context[INLOGPOGING] = poging
    const wacht = Math.max(
      await telPoging(req, 'inloggenPaar', sleutel('inloggenPaar', { adres, account })),
      await telPoging(req, 'inloggenAdres', sleutel('inloggenAdres', { adres })),
    )
    if (wacht > 0) {
      poging.geweigerd = true
      throw teVeel(req, wacht, BEPERKING_MELDINGEN.teVeel(wacht))
    }
    const bestaat = account
      ? await req.payload.db.findOne({
          collection: 'users',
          where: { email: { equals: account } },
          req,
        })
      : null
    if (!bestaat && typeof data.password === 'string') await dummyHash(data.password)
    return args
  }

  if (operation === 'forgotPassword') {
    const account = tekst(data.email)
    const wacht = Math.max(
      await telPoging(req, 'vergetenPaar', sleutel('vergetenPaar', { adres, account })),
      await telPoging(req, 'vergetenAdres', sleutel('vergetenAdres', { adres })),
    )
    if (wacht > 0) throw teVeel(req, wacht, BEPERKING_MELDINGEN.teVeel(wacht))
    return args
  }

  if (operation === 'resetPassword') {
    req.context[INLOGPOGING] = { soort: 'reset', adres, account: '' } satisfies Inlogpoging
    const token = typeof data.token === 'string' ? data.token : ''
    const eigenaar = token
      ? ((await req.payload.db.findOne({
          collection: 'users',
          where: {
            resetPasswordToken: { equals: token },
            resetPasswordExpiration: { greater_than: new Date().toISOString() },
          },
          req,
        })) as { email?: string } | null)
      : null
    const wacht = await wachtVoor(req, [sleutel('tokenAdres', { adres })])
    if (wacht > 0 && !eigenaar) throw teVeel(req, wacht, BEPERKING_MELDINGEN.teVeel(wacht))
    // Payload's reset runs no change hooks: the password rule is checked here.
    if (eigenaar) {
      const melding = wachtwoordFout(
        typeof data.password === 'string' ? data.password : '',
        eigenaar.email,
      )
      if (melding) throw veldFout(req, 'password', melding)
    }
  }
  return args
}
