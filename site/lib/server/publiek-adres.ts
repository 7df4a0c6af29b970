/**
 * Absolute URLs of the public site (canonical links, sitemap.xml, robots.txt, JSON-LD): on
 * SITE_PUBLIC_URL when it is set, else on the origin the request came in on. Set it in
 * production: behind a proxy the request's origin is whatever the proxy forwards.
 */
import { getSiteConfig } from './config'

/** The origin absolute URLs start with (no trailing slash). */
export const siteOrigin = (
  request: URL,
  publicUrl: string | null = getSiteConfig().sitePublicUrl,
): string => publicUrl ?? request.origin

/** `pad` (starting with `/`, may carry a query) as an absolute URL of the site. */
export const absoluteUrl = (
  pad: string,
  request: URL,
  publicUrl: string | null = getSiteConfig().sitePublicUrl,
): string => `${siteOrigin(request, publicUrl)}${pad}`
