/**
 * Checks a password against a login's stored hash, as Payload's own login does (PBKDF2-SHA256:
 * 600,000 rounds and 32 bytes for current hashes, 25,000 and 512 for older ones). Used where the
 * current password is asked again (changing one's own password or e-mail address).
 */
import { pbkdf2, timingSafeEqual } from 'node:crypto'
import type { PayloadRequest } from 'payload'

const HUIDIG = 'pbkdf2-sha256-v1:'

function afleiden(wachtwoord: string, zout: string, rondes: number, lengte: number) {
  return new Promise<Buffer>((resolve, reject) =>
    pbkdf2(wachtwoord, zout, rondes, lengte, 'sha256', (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  )
}

export async function kloptWachtwoord(
  req: PayloadRequest,
  id: number | string,
  wachtwoord: string,
): Promise<boolean> {
  const doc = (await req.payload.db.findOne({
    collection: 'users',
    where: { id: { equals: id } },
    req,
  })) as { hash?: unknown; salt?: unknown } | null
  if (typeof doc?.hash !== 'string' || typeof doc.salt !== 'string') return false
  const nieuw = doc.hash.startsWith(HUIDIG)
  const opgeslagen = Buffer.from(nieuw ? doc.hash.slice(HUIDIG.length) : doc.hash, 'hex')
  const berekend = await afleiden(wachtwoord, doc.salt, nieuw ? 600_000 : 25_000, nieuw ? 32 : 512)
  return berekend.length === opgeslagen.length && timingSafeEqual(berekend, opgeslagen)
}
