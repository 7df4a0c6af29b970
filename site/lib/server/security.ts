/**
 * Security headers of every response Astro renders. Everything is served from our own origin
 * (photos too: /media/...); the only outside hosts are the map tile server (images only) and
 * YouTube's privacy-enhanced player, framed only after the visitor clicks "play".
 */

/** The map tiles when MAP_TILE_URL is not set: PDOK BRT-Achtergrondkaart (Web Mercator). */
export const STANDAARD_TILE_URL =
  'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png'

/** The origin of a tile URL template (it has `{z}` placeholders, so not through URL). */
export const tileOriginOf = (tileUrl: string): string =>
  /^(https?:\/\/[^/]+)/.exec(tileUrl)?.[1] ?? ''

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

/**
 * The headers of every response: pages and API routes get them from the middleware
 * (site/middleware.ts); static files, which the Node server answers before Astro's middleware
 * runs (small files, files without a compressed copy, the favicon), from site/server/entry.ts.
 */
export const securityHeaders = (tileOrigin: string, dev = false): Record<string, string> => ({
  'Content-Security-Policy': contentSecurityPolicy(tileOrigin, dev),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'geolocation=(), camera=(), microphone=()',
})
