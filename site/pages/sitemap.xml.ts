/** GET /sitemap.xml: home, privacy, accessibility and every public location (absolute URLs). */
import type { APIRoute } from 'astro'
import { errorKind, getLogger } from '../../search-indexer/runtime/logger'
import { siteOrigin } from '../lib/server/publiek-adres'
import { publiekeLocatieIds, sitemapXml } from '../lib/server/sitemap'
import { OPNIEUW_NA_SECONDEN, ZoekmachineStart } from '../lib/server/zoekmachine'

export const GET: APIRoute = async ({ url }) => {
  try {
    const ids = await publiekeLocatieIds()
    return new Response(sitemapXml(siteOrigin(url), ids), {
      headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  } catch (error) {
    const start = error instanceof ZoekmachineStart
    if (!start) getLogger('site').error({ fout: errorKind(error) }, 'sitemap failed')
    return new Response(
      start
        ? 'De zoekfunctie wordt gestart. Probeer het over een paar seconden opnieuw.'
        : 'De sitemap is nu even niet beschikbaar. Probeer het later opnieuw.',
      {
        status: 503,
        headers: {
          'Content-Type': 'text/plain; charset=utf-8',
          'Cache-Control': 'no-store',
          ...(start && { 'Retry-After': String(OPNIEUW_NA_SECONDEN) }),
        },
      },
    )
  }
}
