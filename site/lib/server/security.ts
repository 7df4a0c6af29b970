/**
 * Security headers of every response Astro renders. Everything is served from our own origin
 * (photos too: /media/...); the only outside hosts are the map tile server (images only) and
 * YouTube's privacy-enhanced player, framed only after the visitor clicks "play".
 */

/** The only origin the site frames: YouTube without cookies (§3.2.7). */
export const VIDEO_ORIGIN = 'https://www.youtube-nocookie.com'

export const contentSecurityPolicy = (tileOrigin: string, dev = false): string =>
  [
    "default-src 'self'",
    // Vite's dev client needs inline code and a websocket; production gets none of that
    dev ? "script-src 'self' 'unsafe-inline'" : "script-src 'self'",
    dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    `img-src 'self' data: ${tileOrigin}`.trim(),
    "font-src 'self'",
    `frame-src ${VIDEO_ORIGIN}`,
    dev ? "connect-src 'self' ws: wss:" : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')

export const securityHeaders = (tileOrigin: string, dev = false): Record<string, string> => ({
  'Content-Security-Policy': contentSecurityPolicy(tileOrigin, dev),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'geolocation=(), camera=(), microphone=()',
})
