/** GET /robots.txt: everything may be crawled except the JSON API; names the sitemap. */
import type { APIRoute } from 'astro'
import { siteOrigin } from '../lib/server/publiek-adres'
import { robotsTxt } from '../lib/server/sitemap'

export const GET: APIRoute = ({ url }) =>
  new Response(robotsTxt(siteOrigin(url)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
