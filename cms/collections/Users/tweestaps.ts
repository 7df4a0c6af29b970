/**
 * Two-step login, the stored side: the secret encrypted at rest (AES-256-GCM with a key derived
 * from PAYLOAD_SECRET, so a copy of the database alone yields no codes), and the session of a
 * request read from its token even while it still waits for the second step (Payload's own token
 * check does not see such a session: verbergOpenSessies hides it).
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'
import { jwtVerify } from 'jose'
import { extractJWT, type PayloadRequest } from 'payload'
import { loadCmsConfig } from '../../config'

const sleutel = (secret: string) =>
  createHash('sha256').update(`${secret}:tweestaps`, 'utf8').digest()

export function versleutel(geheim: string, secret: string = loadCmsConfig().secret): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', sleutel(secret), iv)
  const data = Buffer.concat([cipher.update(geheim, 'utf8'), cipher.final()])
  return [
    'v1',
    iv.toString('base64url'),
    cipher.getAuthTag().toString('base64url'),
    data.toString('base64url'),
  ].join(':')
}

export function ontsleutel(
  opgeslagen: string,
  secret: string = loadCmsConfig().secret,
): string | null {
  const [versie, iv, tag, data] = opgeslagen.split(':')
  if (versie !== 'v1' || !iv || !tag || !data) return null
  try {
    const decipher = createDecipheriv('aes-256-gcm', sleutel(secret), Buffer.from(iv, 'base64url'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    return Buffer.concat([
      decipher.update(Buffer.from(data, 'base64url')),
      decipher.final(),
    ]).toString('utf8')
  } catch {
    return null
  }
}

/** The login as stored, with the bookkeeping of two-step login. */
export interface TweestapsLogin {
  id: number | string
  email: string
  naam?: string | null
  rol?: 'beheerder' | 'zorgkantoor' | 'zorgaanbieder' | null
  actief?: boolean | null
  tweestaps?: boolean | null
  tweestapsGeheim?: string | null
  tweestapsNieuwGeheim?: string | null
  tweestapsHerstelcodes?: string[] | null
  tweestapsOpen?: string[] | null
  tweestapsLaatsteStap?: number | null
  sessions?: { id: string; createdAt?: string | Date | null; expiresAt: string | Date }[] | null
}

export const openSessies = (u: Pick<TweestapsLogin, 'tweestapsOpen'>): string[] =>
  Array.isArray(u.tweestapsOpen) ? u.tweestapsOpen.filter((s) => typeof s === 'string') : []

/** Has this session outlived the absolute lifetime (SESSION_MAX_MINUTES after login)? */
export function isTeOud(sessie: { createdAt?: string | Date | null }, nu = new Date()): boolean {
  if (!sessie.createdAt) return false
  const start = new Date(sessie.createdAt).getTime()
  return nu.getTime() - start >= loadCmsConfig().sessionMaxMinutes * 60_000
}

export async function leesLogin(
  req: PayloadRequest,
  id: number | string,
): Promise<TweestapsLogin | null> {
  return (await req.payload.db.findOne({
    collection: 'users',
    where: { id: { equals: id } },
    req,
  })) as TweestapsLogin | null
}

/**
 * The session of this request's token (Authorization header or cookie), whole or still waiting
 * for the second step; null without a valid, living session.
 */
export async function sessieVan(
  req: PayloadRequest,
): Promise<{ user: TweestapsLogin; sid: string; open: boolean } | null> {
  const token = extractJWT({ headers: req.headers, payload: req.payload })
  if (!token) return null
  let claims: { id?: unknown; sid?: unknown; collection?: unknown }
  try {
    claims = (await jwtVerify(token, new TextEncoder().encode(req.payload.secret)))
      .payload as typeof claims
  } catch {
    return null
  }
  if (claims.collection !== 'users' || typeof claims.sid !== 'string') return null
  if (typeof claims.id !== 'number' && typeof claims.id !== 'string') return null
  const user = await leesLogin(req, claims.id)
  const sessie = user?.sessions?.find((s) => s.id === claims.sid)
  if (!user || !sessie || new Date(sessie.expiresAt).getTime() <= Date.now() || isTeOud(sessie))
    return null
  if (user.actief === false) return null
  return { user, sid: claims.sid, open: openSessies(user).includes(claims.sid) }
}

/** Write the two-step bookkeeping of a login (no hooks: not a change anyone makes by hand). */
export async function schrijfTweestaps(
  req: PayloadRequest,
  id: number | string,
  data: Partial<Omit<TweestapsLogin, 'id' | 'email' | 'sessions'>>,
): Promise<void> {
  await req.payload.db.updateOne({ collection: 'users', id, data, req, returning: false })
}
