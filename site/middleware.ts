/**
 * Every response rendered by Astro (pages, API routes, 404s): security headers, and compressed
 * (brotli or gzip) when the client accepts it. Static files are compressed at build time.
 */
import { defineMiddleware } from 'astro:middleware'
import { comprimeer } from './lib/server/compressie'
import { getSiteConfig } from './lib/server/config'
import { securityHeaders } from './lib/server/security'

export const onRequest = defineMiddleware(async (context, next) => {
  let response = await next()
  const headers = securityHeaders(getSiteConfig().map.tileOrigin, import.meta.env.DEV)
  try {
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  } catch {
    // immutable headers (e.g. Response.redirect): copy the response first
    response = new Response(response.body, response)
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  }
  // the dev server (Vite) does its own thing with bodies
  return import.meta.env.DEV ? response : comprimeer(context.request, response)
})
