/**
 * Security headers on every response rendered by Astro (pages, API routes, 404s).
 * Everything is served from our own origin; the only outside host is the map tile server.
 */
import { defineMiddleware } from 'astro:middleware'
import { getSiteConfig } from './lib/server/config'

export const contentSecurityPolicy = (tileOrigin: string, dev = false): string =>
  [
    "default-src 'self'",
    // Vite's dev client needs inline code and a websocket; production gets none of that
    dev ? "script-src 'self' 'unsafe-inline'" : "script-src 'self'",
    dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    `img-src 'self' data: ${tileOrigin}`.trim(),
    "font-src 'self'",
    dev ? "connect-src 'self' ws: wss:" : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')

export const onRequest = defineMiddleware(async (_context, next) => {
  let response = await next()
  const { tileOrigin } = getSiteConfig().map
  try {
    response.headers.set('X-Content-Type-Options', 'nosniff')
  } catch {
    // immutable headers (e.g. Response.redirect): copy the response
    response = new Response(response.body, response)
  }
  const headers = response.headers
  headers.set('Content-Security-Policy', contentSecurityPolicy(tileOrigin, import.meta.env.DEV))
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Referrer-Policy', 'strict-origin-when-cross-origin')
  headers.set('X-Frame-Options', 'DENY')
  headers.set('Permissions-Policy', 'geolocation=(), camera=(), microphone=()')
  return response
})
