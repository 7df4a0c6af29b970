import { describe, expect, it } from 'vitest'
import {
  aantalLocaties,
  adresRegel,
  afstand,
  datum,
  telefoonHref,
  vanafTekst,
  vrijePlaatsenTekst,
  waarderingTekst,
  wachttijdTekst,
  websiteHref,
  websiteTekst,
} from '../../../site/lib/format'
import { toLeafletLatLng } from '../../../site/lib/geo'
import { terugNaarZoeken } from '../../../site/lib/urls'
import { parseSiteConfig } from '../../../site/lib/server/config'
import { contentSecurityPolicy } from '../../../site/lib/server/security'

describe('format', () => {
  it('counts locations in Dutch', () => {
    expect(aantalLocaties(1)).toBe('1 locatie gevonden')
    expect(aantalLocaties(23)).toBe('23 locaties gevonden')
    expect(aantalLocaties(40000)).toBe('40.000 locaties gevonden')
  })

  it('shows distances with a Dutch decimal comma', () => {
    expect(afstand(2.34)).toBe('2,3 km')
    expect(afstand(12.6)).toBe('13 km')
  })

  it('writes a normal address on one line', () => {
    expect(
      adresRegel({
        kleinschalig: false,
        adres: { straat: 'Markt', huisnummer: '1a', postcode: '6211 CK', plaats: 'Maastricht' },
      }),
    ).toBe('Markt 1a, 6211 CK Maastricht')
  })

  it('never shows more than place level for a kleinschalig wooninitiatief', () => {
    const safe = {
      straat: 'Kleinschalig wooninitiatief',
      huisnummer: null,
      postcode: '6321',
      plaats: 'Wijlre',
    }
    expect(adresRegel({ kleinschalig: true, adres: safe })).toBe(
      'Kleinschalig wooninitiatief, 6321 Wijlre',
    )
    // even if a document ever held more, the page shows no street, number or letters
    const leaky = {
      straat: 'Geheimstraat',
      huisnummer: '12',
      postcode: '6321 AB',
      plaats: 'Wijlre',
    }
    expect(adresRegel({ kleinschalig: true, adres: leaky })).toBe(
      'Kleinschalig wooninitiatief, 6321 Wijlre',
    )
  })

  it('makes tel: and website links safe', () => {
    expect(telefoonHref('030 - 123 45 67')).toBe('tel:0301234567')
    expect(telefoonHref('+31 (0)30 123')).toBe('tel:+31030123')
    expect(websiteHref('www.example.nl')).toBe('https://www.example.nl/')
    expect(websiteHref('javascript:alert(1)')).toBeNull()
    expect(websiteTekst('https://www.example.nl/')).toBe('www.example.nl')
  })

  it('writes dates in Dutch', () => {
    expect(datum('2026-11-01T10:00:00.000Z')).toBe('1 november 2026')
    expect(datum('geen datum')).toBeNull()
  })

  it('converts coordinates to Leaflet order', () => {
    expect(toLeafletLatLng({ lat: 52.1, lng: 5.1 })).toEqual([52.1, 5.1])
  })
})

describe('site config', () => {
  it('has working defaults', () => {
    const config = parseSiteConfig({})
    expect(config.port).toBe(4321)
    expect(config.engine.engine).toBe('embedded')
    expect(config.map.tileOrigin).toBe('https://service.pdok.nl')
    expect(config.cmsPublicUrl).toBe('http://localhost:3000')
  })

  it('explains bad values', () => {
    expect(() => parseSiteConfig({ SITE_PORT: 'abc' })).toThrow(/SITE_PORT/)
    expect(() => parseSiteConfig({ MAP_TILE_URL: 'tiles' })).toThrow(/MAP_TILE_URL/)
  })

  it('puts only our origin and the tile host in the CSP', () => {
    const csp = contentSecurityPolicy('https://tiles.example')
    expect(csp).toContain("img-src 'self' data: https://tiles.example")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("script-src 'self';")
    expect(csp).not.toContain('unsafe')
  })
})

describe('terugNaarZoeken', () => {
  const here = new URL('http://127.0.0.1:4321/locatie/101')
  it('goes back to the search the visitor came from', () => {
    expect(terugNaarZoeken('http://127.0.0.1:4321/?woonplaats=Utrecht&straal=10', here)).toBe(
      '/?woonplaats=Utrecht&straal=10',
    )
  })
  it('ignores other sites, other pages and garbage', () => {
    expect(terugNaarZoeken('https://evil.example/?q=x', here)).toBe('/')
    expect(terugNaarZoeken('http://127.0.0.1:4321/locatie/5', here)).toBe('/')
    expect(terugNaarZoeken('not a url', here)).toBe('/')
    expect(terugNaarZoeken(null, here)).toBe('/')
  })
})

describe('free places and waiting times', () => {
  it('says how many places and when they were reported, in Dutch time', () => {
    expect(vrijePlaatsenTekst(1, '2026-11-27T23:30:00.000Z')).toBe(
      '1 plaats vrij (gemeld op 28 november 2026)',
    )
    expect(vrijePlaatsenTekst(12, '2026-11-27T09:00:00.000Z')).toBe(
      '12 plaatsen vrij (gemeld op 27 november 2026)',
    )
    expect(vrijePlaatsenTekst(3, 'geen datum')).toBe('3 plaatsen vrij')
  })

  it('words a waiting time and a start date still to come', () => {
    expect(wachttijdTekst(0)).toBe('Geen wachttijd')
    expect(wachttijdTekst(1)).toBe('Ongeveer 1 week')
    expect(wachttijdTekst(6)).toBe('Ongeveer 6 weken')
    const nu = new Date('2026-11-29T12:00:00Z')
    expect(vanafTekst('2026-12-02', nu)).toBe('Vanaf 2 december 2026')
    expect(vanafTekst('2026-11-29', nu)).toBeNull()
    expect(vanafTekst('2026-11-01', nu)).toBeNull()
    expect(vanafTekst('morgen', nu)).toBeNull()
  })
})

describe('waarderingTekst (ZorgkaartNederland, §3.2.8)', () => {
  it('writes the score with a decimal comma and the number of reviews in Dutch', () => {
    expect(waarderingTekst(8.4, 123)).toBe(
      'Waardering 8,4 · 123 waarderingen op ZorgkaartNederland',
    )
    expect(waarderingTekst(9, 1)).toBe('Waardering 9,0 · 1 waardering op ZorgkaartNederland')
    expect(waarderingTekst(7.25, 1234)).toBe(
      'Waardering 7,3 · 1.234 waarderingen op ZorgkaartNederland',
    )
  })
  it('says so when there is no score yet', () => {
    expect(waarderingTekst(null, 0)).toBe('Nog geen waardering op ZorgkaartNederland')
  })
})
