/**
 * What search engines read: JSON-LD of a location page (only what the page shows; never the
 * street of a kleinschalig wooninitiatief), sitemap.xml from the engine's documents, robots.txt,
 * and absolute URLs on SITE_PUBLIC_URL or the request's origin.
 */
import { describe, expect, it } from 'vitest'
import type { PublicDocument } from '../../../search-indexer/contract'
import { parseSiteConfig } from '../../../site/lib/server/config'
import { locatieJsonLd, schemaTypeVoor } from '../../../site/lib/server/json-ld'
import { absoluteUrl, siteOrigin } from '../../../site/lib/server/publiek-adres'
import { publiekeLocatieIds, robotsTxt, sitemapXml } from '../../../site/lib/server/sitemap'
import { SITE_GAZETTEER, siteDocuments } from '../../fixtures/site-documents'
import { memoryReader } from '../../helpers/memory-reader'

const doc = (id: string): PublicDocument => siteDocuments().find((d) => d.locatieId === id)!
const URL_101 = 'https://zorgatlas.example/locatie/101'

describe('JSON-LD of a location page', () => {
  it('a nursing home with name, address, telephone, url, exact point and its rating', () => {
    const d = {
      ...doc('101'),
      waardering: {
        score: 8.4,
        aantal: 52,
        url: 'https://www.zorgkaartnederland.nl/zorginstelling/x-1',
        naam: 'X',
        gekoppeld: 'adres' as const,
      },
    }
    const ld = locatieJsonLd(d, URL_101, 'https://zorgatlas.example')
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': schemaTypeVoor(d.soortZorg.code),
      name: d.naam,
      url: URL_101,
      address: {
        '@type': 'PostalAddress',
        streetAddress: `${d.adres.straat} ${d.adres.huisnummer}`,
        postalCode: d.adres.postcode,
        addressLocality: d.adres.plaats,
      },
      geo: { latitude: d.geo.lat, longitude: d.geo.lng },
      aggregateRating: { ratingValue: 8.4, ratingCount: 52, bestRating: 10 },
    })
    if (d.telefoon) expect(ld.telephone).toBe(d.telefoon)
    expect(schemaTypeVoor('ouderenzorg-instelling')).toBe('NursingHome')
    expect(schemaTypeVoor('ggz-thuis')).toBe('MedicalBusiness')
  })

  it('no rating without a score or reviews', () => {
    const geenScore = { ...doc('101'), waardering: null }
    expect(locatieJsonLd(geenScore, URL_101, '')).not.toHaveProperty('aggregateRating')
    const leeg = {
      ...doc('101'),
      waardering: { score: null, aantal: 0, url: 'u', naam: 'n', gekoppeld: 'adres' as const },
    }
    expect(locatieJsonLd(leeg, URL_101, '')).not.toHaveProperty('aggregateRating')
  })

  it('a kleinschalig wooninitiatief: place and 4-digit postcode only, no point, whatever the index holds', () => {
    const klein = siteDocuments().find((d) => d.kleinschalig)!
    const lek = {
      ...klein,
      adres: { straat: 'Geheimstraat', huisnummer: '12', postcode: '6321 AB', plaats: 'Wijlre' },
    }
    const ld = locatieJsonLd(lek, 'https://zorgatlas.example/locatie/x', '')
    expect(ld.address).toEqual({
      '@type': 'PostalAddress',
      postalCode: '6321',
      addressLocality: 'Wijlre',
      addressCountry: 'NL',
    })
    expect(ld).not.toHaveProperty('geo')
    expect(JSON.stringify(ld)).not.toMatch(/Geheimstraat|6321 AB|"12"/)
  })
})

describe('sitemap.xml and robots.txt', () => {
  it('lists home, search by indication, the two text pages and every public location, absolute and escaped', async () => {
    const reader = memoryReader(siteDocuments(), SITE_GAZETTEER)
    const ids = await publiekeLocatieIds(reader)
    expect(ids).toEqual(
      siteDocuments()
        .map((d) => d.locatieId)
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
    )
    const xml = sitemapXml('https://zorgatlas.example', [...ids, 'a&b'])
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
    )
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
    expect(locs.slice(0, 4)).toEqual([
      'https://zorgatlas.example/',
      'https://zorgatlas.example/indicatie',
      'https://zorgatlas.example/privacy',
      'https://zorgatlas.example/toegankelijkheid',
    ])
    expect(locs).toContain('https://zorgatlas.example/locatie/101')
    expect(locs.at(-1)).toBe('https://zorgatlas.example/locatie/a%26b')
    expect(locs).toHaveLength(4 + ids.length + 1)
  })

  it('robots.txt names the sitemap', () => {
    expect(robotsTxt('https://zorgatlas.example')).toContain(
      'Sitemap: https://zorgatlas.example/sitemap.xml',
    )
  })
})

describe('absolute URLs', () => {
  const verzoek = new URL('http://127.0.0.1:4321/locatie/5?x=1')

  it('on SITE_PUBLIC_URL (its origin only) when set, else on the request’s origin', () => {
    const config = parseSiteConfig({ SITE_PUBLIC_URL: 'https://www.zorgatlas.example/pad/' })
    expect(config.sitePublicUrl).toBe('https://www.zorgatlas.example')
    expect(siteOrigin(verzoek, config.sitePublicUrl)).toBe('https://www.zorgatlas.example')
    expect(absoluteUrl('/privacy', verzoek, null)).toBe('http://127.0.0.1:4321/privacy')
    expect(parseSiteConfig({}).sitePublicUrl).toBeNull()
    expect(() => parseSiteConfig({ SITE_PUBLIC_URL: 'geen url' })).toThrow(/SITE_PUBLIC_URL/)
    expect(() => parseSiteConfig({ SITE_CONTACT_EMAIL: 'geen adres' })).toThrow(
      /SITE_CONTACT_EMAIL/,
    )
  })
})
