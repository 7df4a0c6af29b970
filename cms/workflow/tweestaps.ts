/**
 * The use cases of two-step login (the rules: cms/domain/tweestaps.ts; the stored side:
 * cms/collections/Users/tweestaps.ts): give the second step, set it up, and a beheerder's reset.
 * Wrong codes count in the login limiter per (address, login) and per login: whoever reaches the
 * second step already knows the password, so here the login itself may wait.
 */
import type { PayloadRequest } from 'payload'
import { renderSVG } from 'uqr'
import { schrijfInlogfout } from '../audit/inlogfouten'
import { schrijfAudit } from '../audit/schrijf'
import { clientAdres, sleutel, telPoging, vergeef } from '../collections/Users/beperking'
import {
  ontsleutel,
  openSessies,
  schrijfTweestaps,
  versleutel,
  type TweestapsLogin,
} from '../collections/Users/tweestaps'
import { loadCmsConfig } from '../config'
import {
  controleerCode,
  hashHerstelcode,
  isHerstelcodeVorm,
  nieuweHerstelcodes,
  nieuwGeheim,
  otpauthLink,
  tweedeStap,
} from '../domain/tweestaps'

export type Uitkomst<T> = { ok: true; waarde: T } | { ok: false; wacht?: number }

/** What this session must still do. */
export const stapVan = (user: TweestapsLogin) =>
  tweedeStap({
    rol: user.rol,
    ingesteld: Boolean(user.tweestaps),
    verplicht: loadCmsConfig().tweestapsVerplicht,
  })

/** Count a code try before checking it (like a login); the wait when over the limit. */
async function telCodepoging(req: PayloadRequest, user: TweestapsLogin): Promise<number> {
  const adres = clientAdres(req)
  return Math.max(
    await telPoging(req, 'codePaar', sleutel('codePaar', { adres, account: user.email })),
    await telPoging(req, 'codeAccount', sleutel('codeAccount', { account: user.email })),
  )
}

async function vergeefCodepoging(req: PayloadRequest, user: TweestapsLogin): Promise<void> {
  const adres = clientAdres(req)
  await vergeef(req, sleutel('codePaar', { adres, account: user.email }), 'wis')
  await vergeef(req, sleutel('codeAccount', { account: user.email }), 'een-terug')
}

const zonderSid = (user: TweestapsLogin, sid: string) => openSessies(user).filter((s) => s !== sid)

/**
 * The second step of a waiting session: a 6-digit code (each time step once) or an unused
 * recovery code (then gone). On success the session is whole.
 */
export async function geefTweedeStap(
  req: PayloadRequest,
  sessie: { user: TweestapsLogin; sid: string },
  code: string,
): Promise<Uitkomst<{ herstelcodesOver: number | null }>> {
  const { user, sid } = sessie
  const wacht = await telCodepoging(req, user)
  if (wacht > 0) {
    await schrijfInlogfout(req, { email: user.email, soort: 'code', geweigerd: true })
    return { ok: false, wacht }
  }
  const geheim = user.tweestapsGeheim ? ontsleutel(user.tweestapsGeheim) : null
  const stap = geheim ? controleerCode(geheim, code, new Date(), user.tweestapsLaatsteStap) : null
  if (geheim && stap !== null) {
    await schrijfTweestaps(req, user.id, {
      tweestapsOpen: zonderSid(user, sid),
      tweestapsLaatsteStap: stap,
    })
    await vergeefCodepoging(req, user)
    return { ok: true, waarde: { herstelcodesOver: null } }
  }
  const codes = Array.isArray(user.tweestapsHerstelcodes) ? user.tweestapsHerstelcodes : []
  const hash = isHerstelcodeVorm(code) ? hashHerstelcode(code) : null
  if (hash && codes.includes(hash)) {
    const over = codes.filter((c) => c !== hash)
    await schrijfTweestaps(req, user.id, {
      tweestapsOpen: zonderSid(user, sid),
      tweestapsHerstelcodes: over,
    })
    await vergeefCodepoging(req, user)
    await schrijfAudit(req, {
      actie: 'ingelogd',
      actor: { id: String(user.id), naam: user.naam || user.email, rol: null },
      collectie: 'users',
      documentId: user.id,
      toelichting: `Met een herstelcode (nog ${over.length} over).`,
    })
    return { ok: true, waarde: { herstelcodesOver: over.length } }
  }
  await schrijfInlogfout(req, { email: user.email, soort: 'code' })
  return { ok: false }
}

/** Start setting up: a new secret (kept aside until confirmed), its link and QR code (SVG). */
export async function startInstellen(
  req: PayloadRequest,
  user: TweestapsLogin,
): Promise<{ geheim: string; link: string; qr: string }> {
  const geheim = nieuwGeheim()
  await schrijfTweestaps(req, user.id, { tweestapsNieuwGeheim: versleutel(geheim) })
  const link = otpauthLink(geheim, user.email)
  return { geheim, link, qr: renderSVG(link, { border: 2 }) }
}

/**
 * Confirm the set-up with a code of the new secret: two-step login is on, this session is whole,
 * and ten recovery codes are given (shown once; only their hashes are kept).
 */
export async function bevestigInstellen(
  req: PayloadRequest,
  sessie: { user: TweestapsLogin; sid: string },
  code: string,
): Promise<Uitkomst<{ herstelcodes: string[] }>> {
  const { user, sid } = sessie
  const wacht = await telCodepoging(req, user)
  if (wacht > 0) return { ok: false, wacht }
  const geheim = user.tweestapsNieuwGeheim ? ontsleutel(user.tweestapsNieuwGeheim) : null
  const stap = geheim ? controleerCode(geheim, code, new Date(), null) : null
  if (!geheim || stap === null) return { ok: false }
  const { codes, hashes } = nieuweHerstelcodes()
  await schrijfTweestaps(req, user.id, {
    tweestaps: true,
    tweestapsGeheim: versleutel(geheim),
    tweestapsNieuwGeheim: null,
    tweestapsHerstelcodes: hashes,
    tweestapsLaatsteStap: stap,
    tweestapsOpen: zonderSid(user, sid),
  })
  await vergeefCodepoging(req, user)
  await schrijfAudit(req, {
    actie: 'tweestaps-aangezet',
    actor: { id: String(user.id), naam: user.naam || user.email, rol: null },
    collectie: 'users',
    documentId: user.id,
    documentTitel: user.naam || user.email,
  })
  return { ok: true, waarde: { herstelcodes: codes } }
}

/** End one waiting session (the login page's "log in again"). */
export async function beeindigSessie(
  req: PayloadRequest,
  user: TweestapsLogin,
  sid: string,
): Promise<void> {
  await schrijfTweestaps(req, user.id, { tweestapsOpen: zonderSid(user, sid) })
  const sessions = (user.sessions ?? []).filter((s) => s.id !== sid)
  await req.payload.db.updateOne({ collection: 'users', id: user.id, data: { sessions }, req })
}

/**
 * A beheerder turns someone's two-step login off (a lost phone and no recovery codes): the secret
 * and codes go, every session of that login ends; they set it up again at their next login.
 */
export async function resetTweestaps(req: PayloadRequest, user: TweestapsLogin): Promise<void> {
  await schrijfTweestaps(req, user.id, {
    tweestaps: false,
    tweestapsGeheim: null,
    tweestapsNieuwGeheim: null,
    tweestapsHerstelcodes: null,
    tweestapsLaatsteStap: null,
    tweestapsOpen: null,
  })
  await req.payload.db.updateOne({ collection: 'users', id: user.id, data: { sessions: [] }, req })
  await schrijfAudit(req, {
    actie: 'tweestaps-uitgezet',
    collectie: 'users',
    documentId: user.id,
    documentTitel: user.naam || user.email,
    toelichting: 'Door een beheerder. Alle sessies van deze login zijn beëindigd.',
  })
}
