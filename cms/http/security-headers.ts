/**
 * Security headers of every CMS response (set by cms/proxy.ts; the file answers of uploads get
 * theirs in rest-routes.ts). Pure builders, unit-tested.
 *
 * Two policies:
 * - admin pages: scripts only from our origin or with the nonce of this response (Next.js puts
 *   the nonce on its own scripts when the request carries the policy); styles from our origin and
 *   inline, because Payload's admin and react-select set inline styles (`style="…"` and `<style>`
 *   elements without a nonce); images also as `data:` and `blob:` (upload previews);
 * - API answers (JSON, GraphQL, files): nothing may load or run at all (`default-src 'none'`),
 *   and a file opened in the browser runs in a sandbox.
 */

/** A fresh nonce for one response: 128 random bits, base64. */
export function maakNonce(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return btoa(String.fromCharCode(...bytes))
}

/** The admin's Content-Security-Policy; `dev` adds what Next's development server needs. */
export function beheerCsp(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    // 'unsafe-eval' only in development: React rebuilds server error stacks with eval there
    `script-src 'self' 'nonce-${nonce}'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** The policy of API answers and uploaded files: load nothing, run nothing. */
export const API_CSP = [
  "default-src 'none'",
  "img-src 'self'",
  "style-src 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  'sandbox',
].join('; ')

/** One year, as the HSTS preload list asks. */
export const HSTS = 'max-age=31536000; includeSubDomains'

/**
 * Is this CMS reached over HTTPS? When the request came in over https (directly, or as the
 * TLS-terminating proxy says in X-Forwarded-Proto), or when its public URL is https: then every
 * visitor comes through https anyway, and a browser ignores HSTS on a plain-http answer.
 */
export function overHttps(requestUrl: string, forwardedProto: string | null, publicUrl: string) {
  const proto = forwardedProto?.split(',')[0]?.trim().toLowerCase()
  return (
    requestUrl.startsWith('https:') ||
    proto === 'https' ||
    publicUrl.toLowerCase().startsWith('https:')
  )
}

/** The headers every CMS response gets besides its Content-Security-Policy. */
export function cmsHeaders(https: boolean): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(https ? { 'Strict-Transport-Security': HSTS } : {}),
  }
}

/** Is this path an API route (JSON, GraphQL or a file), not an admin page? */
export const isApiPad = (pathname: string): boolean =>
  pathname === '/api' || pathname.startsWith('/api/')

/** Image types a browser shows as an image and never runs (SVG is left out: it can hold script). */
const VEILIGE_BEELDEN = /^image\/(jpeg|png|webp|avif|gif)\s*(;|$)/i

/** A file name for Content-Disposition: ASCII letters, digits, dots, dashes and underscores. */
export function veiligeNaam(naam: string): string {
  const schoon = naam
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents: é → e
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .replace(/-{2,}/g, '-')
    .slice(0, 100)
  return schoon || 'bestand'
}

/**
 * How an uploaded file is delivered: an image of a safe type inline, anything else as a download
 * (`attachment`) with a safe file name, so the browser never renders it as a page of ours.
 */
export function bestandsDispositie(contentType: string | null, naam: string): string | null {
  if (contentType && VEILIGE_BEELDEN.test(contentType)) return null
  return `attachment; filename="${veiligeNaam(naam)}"`
}
