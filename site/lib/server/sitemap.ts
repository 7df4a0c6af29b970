/**
 * sitemap.xml and robots.txt. The sitemap lists the home page, search by indication, the two text
 * pages and every public location, read from the search engine (the same reader as the pages) in one query:
 * its map points name every document. One file holds up to 50,000 URLs (the protocol's limit),
 * enough for the ~40,000 locations the engine is built for.
 */
import type { SearchReader } from '../../../search-indexer/engine/port'
import { locatieUrl } from '../urls'
import { getSearchReader } from './reader'
import { zorgDatGereed } from './zoekmachine'

/** The pages that are always there, besides the locations. */
export const VASTE_PAGINAS = ['/', '/indicatie', '/privacy', '/toegankelijkheid'] as const

const xmlTekst = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** The CMS ids of every public location, in a stable order. Throws ZoekmachineStart. */
export const publiekeLocatieIds = async (
  reader: SearchReader = getSearchReader(),
): Promise<string[]> => {
  await zorgDatGereed(reader)
  const { points = [] } = await reader.search({ page: 1, perPage: 1, withPoints: true })
  return points
    .map(([id]) => id.replace(/^locatie-/, ''))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
}

export const sitemapXml = (origin: string, locatieIds: string[]): string => {
  const paden = [...VASTE_PAGINAS, ...locatieIds.map(locatieUrl)]
  const urls = paden.map((pad) => `  <url><loc>${xmlTekst(origin + pad)}</loc></url>`)
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n')
}

export const robotsTxt = (origin: string): string =>
  ['User-agent: *', 'Allow: /', 'Disallow: /api/', '', `Sitemap: ${origin}/sitemap.xml`, ''].join(
    '\n',
  )
