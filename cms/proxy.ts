/**
 * In front of every CMS request (Next.js "proxy", formerly "middleware"):
 * - an address that is not UTF-8 (`/admin/%C0%AF`, `/api/%C0%AF`) answers 400 with a Dutch
 *   message: Next.js itself failed on it with a plain-text 500 while looking for its error page;
 * - every response gets the security headers (cms/http/security-headers.ts): admin pages a
 *   Content-Security-Policy with a fresh nonce, which Next.js reads from the request's policy and
 *   puts on its own scripts; API answers and files the policy that loads nothing;
 * - the login cookie counts only for requests from the CMS itself, on whatever host it is opened
 *   (cms/http/herkomst.ts): Payload's own check trusted one fixed serverURL, so the admin opened at
 *   127.0.0.1 or behind a proxy lost its login on every write.
 */
import { NextResponse, type NextRequest } from 'next/server'
import { loadCmsConfig } from './config'
import {
  API_CSP,
  beheerCsp,
  cmsHeaders,
  isApiPad,
  maakNonce,
  overHttps,
} from './http/security-headers'
import { ADRES_MESSAGES, isDecodablePath } from './validation/malformed-input'
import { cookieTelt, LOGIN_COOKIE, zonderLoginCookie } from './http/herkomst'

const ONLEESBAAR_HTML = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Adres klopt niet – Zorgatlas beheer</title></head><body><h1>Dit adres klopt niet</h1><p>${ADRES_MESSAGES.pad}</p><p><a href="/admin">Naar de start van het beheer</a></p></body></html>`

export function proxy(request: NextRequest): NextResponse {
  const url = new URL(request.url)
  const https = overHttps(request.url, request.headers.get('x-forwarded-proto'), publicUrl())
  const api = isApiPad(url.pathname)
  const headers = cmsHeaders(https)

  if (!isDecodablePath(url.pathname)) {
    const response = api
      ? NextResponse.json(
          { errors: [{ message: ADRES_MESSAGES.pad }], fout: ADRES_MESSAGES.pad },
          { status: 400 },
        )
      : new NextResponse(ONLEESBAAR_HTML, {
          status: 400,
          headers: { 'Content-Type': 'text/html; charset=utf-8' },
        })
    response.headers.set('Content-Security-Policy', API_CSP)
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
    return response
  }

  let csp = API_CSP
  let response: NextResponse
  const cookie = request.headers.get('cookie') ?? ''
  const vreemd =
    cookie.includes(`${LOGIN_COOKIE}=`) &&
    !cookieTelt({
      url: request.url,
      origin: request.headers.get('origin'),
      host: request.headers.get('host'),
      forwardedHost: request.headers.get('x-forwarded-host'),
      forwardedProto: request.headers.get('x-forwarded-proto'),
      secFetchSite: request.headers.get('sec-fetch-site'),
      publicUrl: publicUrl(),
    })
  if (vreemd) {
    // Another site's request: it goes on as not logged in.
    const requestHeaders = new Headers(request.headers)
    requestHeaders.set('cookie', zonderLoginCookie(cookie))
    response = NextResponse.next({ request: { headers: requestHeaders } })
  } else if (api) {
    response = NextResponse.next()
  } else {
    const nonce = maakNonce()
    csp = beheerCsp(nonce, process.env.NODE_ENV === 'development')
    const requestHeaders = new Headers(request.headers)
    requestHeaders.set('x-nonce', nonce)
    requestHeaders.set('Content-Security-Policy', csp)
    response = NextResponse.next({ request: { headers: requestHeaders } })
  }
  response.headers.set('Content-Security-Policy', csp)
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}

let cachedPublicUrl: string | undefined
/** CMS_PUBLIC_URL as the CMS configuration reads it. */
const publicUrl = (): string => (cachedPublicUrl ??= loadCmsConfig().publicUrl)

// Every path, static files and the favicon included: every response gets the headers.
export const config = { matcher: '/:path*' }
