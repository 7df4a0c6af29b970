/**
 * Whose login cookie counts (cross-site request forgery): the admin works on whatever host it is
 * opened from (localhost, 127.0.0.1, a name behind a proxy), so Payload's own check, which trusts
 * one fixed serverURL, is replaced by this one: a request that carries the login cookie and says
 * where it comes from (Origin) counts as logged in only when it comes from the CMS itself, as the
 * request reaches it (Host, or the proxy's X-Forwarded-Host and X-Forwarded-Proto), or from
 * CMS_PUBLIC_URL. Without Origin, a browser's Sec-Fetch-Site must not say cross-site. Pure.
 */
export const LOGIN_COOKIE = 'payload-token'

export interface Herkomst {
  /** the request's URL as the server sees it */
  url: string
  origin: string | null
  host: string | null
  forwardedHost: string | null
  forwardedProto: string | null
  secFetchSite: string | null
  /** CMS_PUBLIC_URL */
  publicUrl: string
}

const eerste = (waarde: string | null): string | null =>
  waarde?.split(',')[0]?.trim().toLowerCase() || null

const originVan = (url: string): string | null => {
  try {
    return new URL(url).origin.toLowerCase()
  } catch {
    return null
  }
}

/** The origins the CMS is reached at for this request. */
export function eigenOrigins(h: Herkomst): Set<string> {
  const origins = new Set<string>()
  const viaUrl = originVan(h.url)
  if (viaUrl) origins.add(viaUrl)
  const proto = eerste(h.forwardedProto) ?? new URL(h.url).protocol.replace(':', '')
  for (const host of [eerste(h.forwardedHost), eerste(h.host)]) {
    if (host) origins.add(`${proto}://${host}`)
  }
  const publiek = originVan(h.publicUrl)
  if (publiek) origins.add(publiek)
  return origins
}

/** Does the login cookie of this request count? */
export function cookieTelt(h: Herkomst): boolean {
  const origin = h.origin?.trim().toLowerCase()
  if (origin && origin !== 'null') return eigenOrigins(h).has(origin)
  if (origin === 'null') return false
  return h.secFetchSite?.toLowerCase() !== 'cross-site'
}

/** The Cookie header without the login cookie (the request then counts as not logged in). */
export function zonderLoginCookie(cookie: string): string {
  return cookie
    .split(';')
    .map((deel) => deel.trim())
    .filter((deel) => deel && !deel.startsWith(`${LOGIN_COOKIE}=`))
    .join('; ')
}
