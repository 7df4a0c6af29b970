/**
 * The login limiter's counters in the database (collection `inlogpogingen`), shared by every CMS
 * process. The rules and numbers are cms/domain/inlogbeperking.ts. A try is counted with an
 * atomic increment before it is checked, so parallel requests cannot slip through together.
 *
 * Written through the adapter with the request's `req`: call these outside a transaction for
 * counts that must stay when the request fails (the login's failure path has none open).
 */
import { APIError, type PayloadRequest } from 'payload'
import {
  GRENZEN,
  blokkade,
  retryAfterSeconden,
  tellerSleutel,
  vensterVerlopen,
  wachttijd,
  type GrensNaam,
  type Teller,
} from '../../domain/inlogbeperking'
import { loadCmsConfig } from '../../config'
import { clientAdres as adresVan } from '../../http/verbinding'

const SLUG = 'inlogpogingen'

interface Rij {
  id: number | string
  sleutel: string
  mislukt?: number | null
  vanaf?: string | null
  geblokkeerdTot?: string | null
  blokkades?: number | null
}

const datum = (v: string | null | undefined) => (v ? new Date(v) : null)
const tellerVan = (r: Rij): Teller => ({
  mislukt: r.mislukt ?? 0,
  vanaf: datum(r.vanaf),
  geblokkeerdTot: datum(r.geblokkeerdTot),
  blokkades: r.blokkades ?? 0,
})
const opslag = (t: Teller) => ({
  mislukt: t.mislukt,
  vanaf: t.vanaf?.toISOString() ?? null,
  geblokkeerdTot: t.geblokkeerdTot?.toISOString() ?? null,
  blokkades: t.blokkades,
})

/** The client address of this request, as the limiter counts it. */
export const clientAdres = (req: PayloadRequest): string =>
  adresVan(req, loadCmsConfig().trustedProxies)

export const sleutel = tellerSleutel

async function lees(req: PayloadRequest, key: string): Promise<Rij | null> {
  return (await req.payload.db.findOne({
    collection: SLUG,
    where: { sleutel: { equals: key } },
    req,
  })) as Rij | null
}

/** Now and then, a new counter clears counters untouched for two days and not waiting. */
const OPRUIMKANS = 0.02
const OPRUIMEN_NA_MS = 2 * 24 * 60 * 60 * 1000

async function ruimOp(req: PayloadRequest, nu: Date): Promise<void> {
  const grens = new Date(nu.getTime() - OPRUIMEN_NA_MS).toISOString()
  await req.payload.db.deleteMany({
    collection: SLUG,
    where: {
      and: [
        { updatedAt: { less_than: grens } },
        {
          or: [
            { geblokkeerdTot: { exists: false } },
            { geblokkeerdTot: { less_than: nu.toISOString() } },
          ],
        },
      ],
    },
    req,
  })
}

/** How long (ms) the longest of these counters still waits; 0: go ahead. Reads only. */
export async function wachtVoor(req: PayloadRequest, keys: readonly string[]): Promise<number> {
  const nu = new Date()
  let wacht = 0
  for (const key of keys) {
    const rij = await lees(req, key)
    if (rij) wacht = Math.max(wacht, wachttijd(tellerVan(rij), nu))
  }
  return wacht
}

/**
 * Count one try on this counter. Returns the wait (ms) when this try is over the limit (it must
 * be refused), else 0.
 */
export async function telPoging(
  req: PayloadRequest,
  naam: GrensNaam,
  key: string,
): Promise<number> {
  const grens = GRENZEN[naam]
  const nu = new Date()
  for (let poging = 0; poging < 3; poging++) {
    const rij = await lees(req, key)
    if (!rij) {
      if (Math.random() < OPRUIMKANS) await ruimOp(req, nu)
      try {
        await req.payload.db.create({
          collection: SLUG,
          data: { sleutel: key, mislukt: 1, vanaf: nu.toISOString(), blokkades: 0 },
          req,
        })
        return 0
      } catch {
        continue // created by a parallel request: count on its row
      }
    }
    const teller = tellerVan(rij)
    const wacht = wachttijd(teller, nu)
    if (wacht > 0) return wacht
    if (vensterVerlopen(teller, grens, nu)) {
      await req.payload.db.updateOne({
        collection: SLUG,
        id: rij.id,
        data: { mislukt: 1, vanaf: nu.toISOString() },
        req,
      })
      return 0
    }
    const na = (await req.payload.db.updateOne({
      collection: SLUG,
      id: rij.id,
      data: { mislukt: { $inc: 1 } },
      req,
    })) as unknown as Rij
    if ((na.mislukt ?? 0) <= grens.max) return 0
    const blok = blokkade(teller, grens, nu)
    await req.payload.db.updateOne({ collection: SLUG, id: rij.id, data: opslag(blok), req })
    return wachttijd(blok, nu)
  }
  return 0
}

/** A success takes its own try back: the pair starts over, a shared counter goes down by one. */
export async function vergeef(
  req: PayloadRequest,
  key: string,
  hoe: 'wis' | 'een-terug',
): Promise<void> {
  const rij = await lees(req, key)
  if (!rij) return
  if (hoe === 'wis' && !wachttijd(tellerVan(rij), new Date())) {
    await req.payload.db.deleteOne({ collection: SLUG, where: { id: { equals: rij.id } }, req })
  } else if (hoe === 'een-terug' && (rij.mislukt ?? 0) > 0) {
    await req.payload.db.updateOne({
      collection: SLUG,
      id: rij.id,
      data: { mislukt: { $inc: -1 } },
      req,
    })
  }
}

/** Remove every counter of an account (a beheerder's unlock). */
export async function wisAccount(req: PayloadRequest, email: string): Promise<void> {
  const hash = tellerSleutel('codeAccount', { account: email }).split('|')[2]
  if (!hash) return
  await req.payload.db.deleteMany({ collection: SLUG, where: { sleutel: { like: hash } }, req })
}

/** The refusal: 429 with Retry-After (Payload's error route adds req.responseHeaders). */
export function teVeel(req: PayloadRequest, ms: number, melding: string): APIError {
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(retryAfterSeconden(ms)))
  req.responseHeaders = headers
  return new APIError(melding, 429, null, true)
}

export const retryAfterHeader = (ms: number) => ({ 'Retry-After': String(retryAfterSeconden(ms)) })
