/** Security headers on every response rendered by Astro (pages, API routes, 404s). */
import { defineMiddleware } from 'astro:middleware'
import { getSiteConfig } from './lib/server/config'
import { securityHeaders } from './lib/server/security'

export const onRequest = defineMiddleware(async (_context, next) => {
  let response = await next()
  const headers = securityHeaders(getSiteConfig().map.tileOrigin, import.meta.env.DEV)
  try {
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  } catch {
    // immutable headers (e.g. Response.redirect): copy the response first
    response = new Response(response.body, response)
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  }
  return response
})
