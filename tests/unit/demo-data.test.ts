import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { volledigeNaam } from '../../cms/domain/locatie-naam'
import { validateAdres } from '../../cms/domain/adres'
import { adresSleutel, parseZorgkaartCsv } from '../../cms/domain/zorgkaart'
import { buildDemoZorgkaart, zorgkaartCsv } from '../../cms/seed/demo-zorgkaart'
import woonplaatsenJson from '../../cms/seed/data/woonplaatsen.json' with { type: 'json' }
import { buildDemoCapaciteit } from '../../cms/seed/demo-capaciteit'
import { buildDemoData, createRandom, postcodeGebieden } from '../../cms/seed/demo-data'
import { geldigheidFouten, standaardGeldigTot } from '../../cms/domain/capaciteit'
import {
  iconen,
  ocoDienstverlening,
  soortenZorg,
  zachteInformatie,
  zorgkantoorregios,
  zorgkantoren,
} from '../../cms/seed/reference'
import { doelgroepen, zorgprofielen } from '../../cms/domain/referentielijsten'
import {
  gemeenteNaam,
  isWijk,
  mapWoonplaatsen,
  regioVoor,
  slug,
  woonplaatsNaam,
  type Woonplaats,
} from '../../cms/seed/woonplaatsen'

const data = buildDemoData()
const woonplaatsen = woonplaatsenJson as readonly Woonplaats[]
const woonplaatsByCode = new Map(woonplaatsen.map((w) => [w.code, w]))
const orgByKey = new Map(data.organisaties.map((o) => [o.key, o]))
const soortByCode = new Map(soortenZorg.map((s) => [s.code, s]))

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item])
  return map
}

describe('buildDemoData', () => {
  it('is deterministic, and another seed gives other data', () => {
    expect(buildDemoData()).toEqual(data)
    expect(JSON.stringify(buildDemoData({ seed: 42 }))).not.toEqual(JSON.stringify(data))
  })

  it('does not use Math.random', () => {
    const original = Math.random
    Math.random = () => {
      throw new Error('Math.random used')
    }
    try {
      expect(() => buildDemoData({ seed: 7 })).not.toThrow()
    } finally {
      Math.random = original
    }
  })

  it('gives a realistic share of the locations photos (alt text, consent with people) and some a video', () => {
    const met = data.locaties.filter((l) => l.fotos.length > 0)
    const share = met.length / data.locaties.length
    expect(share).toBeGreaterThan(0.25)
    expect(share).toBeLessThan(0.5)
    expect(met.some((l) => l.fotos.length > 1)).toBe(true)
    expect(met.some((l) => l.kleinschalig)).toBe(true)
    for (const l of met) {
      expect(l.fotos.length).toBeLessThanOrEqual(3)
      for (const f of l.fotos) {
        expect(f.alt.length).toBeGreaterThan(10)
        // the living room shows residents: consent is needed and given (§3.2.6)
        expect(f.mensenInBeeld).toBe(f.scene === 'huiskamer')
        expect(f.alt.includes('bewoners')).toBe(f.scene === 'huiskamer')
      }
      // a kleinschalig wooninitiatief never shows its front (§3.2.5)
      if (l.kleinschalig) expect(l.fotos.map((f) => f.scene)).not.toContain('gevel')
    }
    const videos = data.locaties.filter((l) => l.video)
    expect(videos.length).toBeGreaterThan(5)
    for (const l of videos) expect(l.video).toMatch(/^[A-Za-z0-9_-]{11}$/)
  })

  it('has the expected counts', () => {
    expect(data.zorgkantoren.length).toBeGreaterThanOrEqual(3)
    expect(data.organisaties).toHaveLength(40)
    expect(data.locaties.length).toBeGreaterThanOrEqual(200)
    expect(data.organisaties.filter((o) => o.type === 'oco').length).toBeGreaterThanOrEqual(3)
    expect(
      data.organisaties.filter((o) => o.type === 'pgb-initiatief').length,
    ).toBeGreaterThanOrEqual(1)
    expect(
      data.organisaties.filter((o) => o.zorgkantoren.length > 1).length,
    ).toBeGreaterThanOrEqual(3)
  })

  it('has unique keys and codes', () => {
    const unique = (xs: string[]) => expect(new Set(xs).size).toBe(xs.length)
    unique(data.organisaties.map((o) => o.key))
    unique(data.organisaties.map((o) => o.nzaCode))
    unique(data.locaties.map((l) => l.key))
    unique(data.zorgaanbod.map((z) => z.key))
    unique(data.gebruikers.map((g) => g.email))
    unique(data.locaties.map((l) => `${l.agbCode}/${l.volgnummer}`))
  })

  it('uses fictitious NZa codes for OCO and PGB organisations', () => {
    for (const o of data.organisaties) {
      if (o.type === 'zorgaanbieder') expect(o.nzaCode).toMatch(/^\d{6}$/)
      if (o.type === 'oco') expect(o.nzaCode).toMatch(/^OCO-\d{4}$/)
    }
  })

  it('represents every soort zorg, each with a valid voorziening and a fitting organisation type', () => {
    expect(new Set(data.locaties.map((l) => l.soortZorg))).toEqual(
      new Set(soortenZorg.map((s) => s.code)),
    )
    for (const l of data.locaties) {
      const soort = soortByCode.get(l.soortZorg)
      expect(soort?.voorzieningen).toContain(l.voorziening)
      expect(orgByKey.get(l.organisatie)?.type).toBe(soort?.organisatieType)
    }
  })

  it('gives AGB codes of 8 digits, consistent with hoofdlocatie and volgnummer', () => {
    const byAgb = groupBy(data.locaties, (l) => l.agbCode)
    for (const [agb, locs] of byAgb) {
      expect(agb).toMatch(/^\d{8}$/)
      const hoofd = locs.filter((l) => l.hoofdlocatie)
      expect(hoofd, `AGB ${agb}`).toHaveLength(1)
      expect(hoofd[0]?.volgnummer).toBe(0)
      expect(new Set(locs.map((l) => l.organisatie)).size).toBe(1)
      const volgnummers = locs.filter((l) => !l.hoofdlocatie).map((l) => l.volgnummer)
      expect(volgnummers.every((n) => n >= 1)).toBe(true)
      expect(new Set(volgnummers).size).toBe(volgnummers.length)
    }
    expect(data.locaties.some((l) => !l.hoofdlocatie)).toBe(true)
  })

  it('gives home care and OCO 3–8 woonplaatsen in one region, anything else exactly one', () => {
    for (const l of data.locaties) {
      const soort = soortByCode.get(l.soortZorg)
      if (soort?.thuis) {
        expect(l.woonplaatsen.length).toBeGreaterThanOrEqual(3)
        expect(l.woonplaatsen.length).toBeLessThanOrEqual(8)
        const regios = new Set(l.woonplaatsen.map((c) => woonplaatsByCode.get(c)?.zorgkantoorregio))
        expect(regios).toEqual(new Set([l.zorgkantoorregio]))
      } else {
        expect(l.woonplaatsen, l.key).toHaveLength(1)
      }
      expect(new Set(l.woonplaatsen).size).toBe(l.woonplaatsen.length)
    }
  })

  it('registers home care and OCO once per organisation, soort zorg and region', () => {
    const thuis = data.locaties.filter((l) => soortByCode.get(l.soortZorg)?.thuis)
    const keys = thuis.map((l) => `${l.organisatie}|${l.soortZorg}|${l.zorgkantoorregio}`)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('places every location in existing woonplaatsen of its organisation’s zorgkantoren', () => {
    for (const l of data.locaties) {
      const org = orgByKey.get(l.organisatie)
      for (const code of l.woonplaatsen) {
        const w = woonplaatsByCode.get(code)
        expect(w, code).toBeDefined()
        expect(org?.zorgkantoren).toContain(w?.zorgkantoor)
      }
      expect(l.bezoekadres.plaats).toBe(woonplaatsByCode.get(l.woonplaatsen[0] ?? '')?.naam)
    }
    for (const z of data.zorgaanbod)
      expect(woonplaatsByCode.has(z.woonplaats), z.woonplaats).toBe(true)
  })

  it('follows the address rules: postcode format, kleinschalig wooninitiatief, no postbus', () => {
    const kleinschalig = data.locaties.filter((l) => l.kleinschalig)
    expect(kleinschalig.length).toBeGreaterThanOrEqual(8)
    expect(kleinschalig.length).toBeLessThanOrEqual(12)
    for (const l of data.locaties) {
      const a = l.bezoekadres
      expect(validateAdres({ kleinschalig: l.kleinschalig, ...a }), l.key).toEqual({})
      expect(JSON.stringify(a)).not.toMatch(/post\s*bus/i)
      if (l.kleinschalig) {
        expect(a.straat).toBe('Kleinschalig wooninitiatief')
        expect(a.huisnummer).toBeNull()
        expect(a.huisnummerToevoeging).toBeNull()
        expect(a.postcode).toMatch(/^[1-9]\d{3}$/)
        expect(l.voorziening).toBe('Kleinschalig wonen')
        // the map never shows the exact spot
        const w = woonplaatsByCode.get(l.woonplaatsen[0] ?? '')
        expect(l.geo).toEqual({ lat: w?.lat, lng: w?.lng })
      } else {
        expect(a.postcode).toMatch(/^[1-9][0-9]{3} ?[A-Z]{2}$/)
        expect(a.huisnummer).toMatch(/^[1-9]\d*$/)
        expect(l.voorziening).not.toBe('Kleinschalig wonen')
      }
    }
  })

  it('composes readable display names', () => {
    for (const l of data.locaties) {
      const org = orgByKey.get(l.organisatie)
      const naam = volledigeNaam({
        organisatieNaam: org?.naam ?? '',
        verkorteNaam: org?.verkorteNaam,
        voorziening: l.voorziening,
        locatieNaam: l.naam,
      })
      expect(naam).toMatch(/^\S.* – \S/)
    }
  })

  it('mixes statuses: mostly definitief, in-behandeling only in organisations with a pending request', () => {
    const definitief = data.locaties.filter((l) => l.status === 'definitief').length
    expect(definitief / data.locaties.length).toBeGreaterThan(0.65)
    expect(definitief / data.locaties.length).toBeLessThan(0.85)
    for (const status of ['nieuw', 'voorgesteld', 'in-behandeling'] as const) {
      expect(
        data.locaties.some((l) => l.status === status),
        status,
      ).toBe(true)
    }
    for (const item of [...data.locaties, ...data.zorgaanbod]) {
      if (item.status !== 'in-behandeling') continue
      const orgKey =
        'organisatie' in item
          ? item.organisatie
          : data.locaties.find((l) => l.key === item.locatie)?.organisatie
      expect(orgByKey.get(orgKey ?? '')?.wijzigingVerstuurd).toBe(true)
    }
    // a never-approved organisation has no approved locations
    for (const l of data.locaties) {
      if (orgByKey.get(l.organisatie)?.status === 'nieuw') expect(l.status).not.toBe('definitief')
    }
  })

  it('fills a care offer for every woonplaats of a location, except a few approved locations', () => {
    const aanbodPerLocatie = groupBy(data.zorgaanbod, (z) => z.locatie)
    const zonder = data.locaties.filter((l) => !aanbodPerLocatie.has(l.key))
    expect(zonder.length).toBeGreaterThanOrEqual(2)
    expect(zonder.every((l) => l.status === 'definitief')).toBe(true)
    for (const l of data.locaties) {
      const aanbod = aanbodPerLocatie.get(l.key)
      if (aanbod) expect(aanbod.map((z) => z.woonplaats).sort()).toEqual([...l.woonplaatsen].sort())
    }
  })

  it('fills care offers with known codes that fit the soort zorg', () => {
    const zacht = new Map(zachteInformatie.map((z) => [z.code, z]))
    const profielen = new Map(zorgprofielen.map((p) => [p.code, p]))
    const groepen = new Map(doelgroepen.map((d) => [d.code, d]))
    const diensten = new Set(ocoDienstverlening.map((d) => d.code))
    const locatieByKey = new Map(data.locaties.map((l) => [l.key, l]))
    for (const z of data.zorgaanbod) {
      const l = locatieByKey.get(z.locatie)
      const soort = soortByCode.get(l?.soortZorg ?? 'oco')
      expect(z.zachteInformatie.length).toBeLessThanOrEqual(soort?.thuis ? 2 : 5)
      for (const code of z.zachteInformatie) {
        expect(zacht.has(code), code).toBe(true)
        if (soort?.thuis) expect(zacht.get(code)?.thuisRelevant, code).toBe(true)
      }
      if (soort?.code === 'oco') {
        expect(z.dienstverlening.length).toBeGreaterThan(0)
        expect(z.dienstverlening.every((d) => diensten.has(d))).toBe(true)
        expect(Object.keys(z.sectoren)).toHaveLength(0)
        continue
      }
      expect(z.dienstverlening).toHaveLength(0)
      const sectoren = Object.entries(z.sectoren)
      expect(sectoren.length).toBeGreaterThan(0)
      for (const [sector, aanbod] of sectoren) {
        expect(soort?.sectoren).toContain(sector)
        expect(aanbod.zorgprofielen.length).toBeGreaterThan(0)
        expect(aanbod.leveringsvormen.length).toBeGreaterThan(0)
        for (const p of aanbod.zorgprofielen) expect(profielen.get(p)?.sector, p).toBe(sector)
        for (const d of aanbod.doelgroepen) expect(groepen.get(d)?.sector, d).toBe(sector)
        if (soort?.code === 'dagbesteding') expect(aanbod.dagbesteding).toBe(true)
        if (soort?.code === 'pgb-wooninitiatief') expect(aanbod.leveringsvormen).toEqual(['pgb'])
      }
    }
  })

  it('has the demo users, with aanbieder@ working for organisations under two zorgkantoren', () => {
    const byEmail = new Map(data.gebruikers.map((g) => [g.email, g]))
    expect(byEmail.get('beheer@zorgatlas.test')?.rol).toBe('beheerder')
    expect(byEmail.get('redacteur.cz@zorgatlas.test')).toMatchObject({
      rol: 'zorgkantoor',
      zorgkantoor: 'cz',
    })
    expect(byEmail.get('redacteur.menzis@zorgatlas.test')).toMatchObject({
      rol: 'zorgkantoor',
      zorgkantoor: 'menzis',
    })
    const aanbieder = byEmail.get('aanbieder@zorgatlas.test')
    expect(aanbieder?.rol).toBe('zorgaanbieder')
    expect(aanbieder?.organisaties.length).toBeGreaterThanOrEqual(3)
    const zks = new Set(aanbieder?.organisaties.flatMap((k) => orgByKey.get(k)?.zorgkantoren ?? []))
    expect(zks.has('cz') && zks.has('menzis')).toBe(true)
    const aanbieder2 = byEmail.get('aanbieder2@zorgatlas.test')
    expect(aanbieder2?.rol).toBe('zorgaanbieder')
    expect(aanbieder2?.organisaties.some((k) => aanbieder?.organisaties.includes(k))).toBe(false)
    // seed 004: a user administrator who manages every organisation of a colleague
    const gb = byEmail.get('gebruikersbeheer@zorgatlas.test')
    expect(gb).toMatchObject({ rol: 'zorgaanbieder', gebruikersbeheerder: true })
    const collega = byEmail.get('collega@zorgatlas.test')
    expect(collega?.organisaties.every((k) => gb?.organisaties.includes(k))).toBe(true)
    for (const g of data.gebruikers) {
      expect(g.naam).toMatch(/^\S+ \S/)
      for (const k of g.organisaties) expect(orgByKey.has(k), k).toBe(true)
    }
  })
})

describe('reference lists', () => {
  it('has stable unique codes', () => {
    const lists = [
      soortenZorg,
      zachteInformatie,
      ocoDienstverlening,
      zorgprofielen,
      doelgroepen,
      zorgkantoorregios,
    ]
    for (const list of lists) {
      const codes = list.map((x) => x.code)
      expect(new Set(codes).size).toBe(codes.length)
    }
    for (const z of [...soortenZorg, ...zachteInformatie, ...ocoDienstverlening, ...doelgroepen]) {
      expect(z.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    }
  })

  it('has at least 30 zachte informatie options, each with a short help text', () => {
    expect(zachteInformatie.length).toBeGreaterThanOrEqual(30)
    for (const z of zachteInformatie) expect(z.toelichting).toMatch(/^[A-Z].{10,140}\.$/)
  })

  it('has an icon file for every icon key', () => {
    for (const icoon of iconen) {
      expect(existsSync(join('site/public/icons', `${icoon}.svg`)), icoon).toBe(true)
    }
  })

  it('gives every zorgkantoor its regions, and every region one zorgkantoor', () => {
    expect(zorgkantoren.map((z) => z.code)).toEqual([
      'cz',
      'menzis',
      'zilveren-kruis',
      'de-friesland',
    ])
    const alle = zorgkantoren.flatMap((z) => z.regios)
    expect(new Set(alle)).toEqual(new Set(zorgkantoorregios.map((r) => r.code)))
    expect(alle).toHaveLength(zorgkantoorregios.length)
  })
})

describe('woonplaatsen mapping', () => {
  it('cleans names', () => {
    expect(slug("'s-Hertogenbosch")).toBe('s-hertogenbosch')
    expect(slug('Sûdwest Fryslân')).toBe('sudwest-fryslan')
    expect(gemeenteNaam('Gemeente Zwolle')).toBe('Zwolle')
    expect(gemeenteNaam('Rotterdam')).toBe('Rotterdam')
    expect(woonplaatsNaam('The Hague')).toBe('Den Haag')
    expect(woonplaatsNaam('Zwolle')).toBe('Zwolle')
  })

  it('maps gemeenten to a zorgkantoorregio and zorgkantoor', () => {
    expect(regioVoor('Limburg', 'Maastricht')).toMatchObject({
      naam: 'Zuid-Limburg',
      zorgkantoor: 'cz',
    })
    expect(regioVoor('Limburg', 'Venlo')).toMatchObject({ naam: 'Noord- en Midden-Limburg' })
    expect(regioVoor('Overijssel', 'Enschede')).toMatchObject({
      naam: 'Twente',
      zorgkantoor: 'menzis',
    })
    expect(regioVoor('Noord-Holland', 'Amsterdam')).toMatchObject({ zorgkantoor: 'zilveren-kruis' })
    expect(regioVoor('Friesland', 'Leeuwarden')).toMatchObject({
      naam: 'Friesland',
      zorgkantoor: 'de-friesland',
    })
    expect(regioVoor('Drenthe', 'Assen').zorgkantoor).toBe('zilveren-kruis')
    expect(regioVoor('Zeeland', 'Goes').zorgkantoor).toBe('cz')
  })

  it('recognises city districts', () => {
    const amsterdam = { lat: 52.37403, lng: 4.88969 }
    expect(isWijk({ naam: 'Amsterdam-Oost', lat: 52.36, lng: 4.93 }, 'Amsterdam', amsterdam)).toBe(
      true,
    )
    expect(isWijk({ naam: 'Jordaan', lat: 52.375, lng: 4.88 }, 'Amsterdam', amsterdam)).toBe(true)
    expect(isWijk({ naam: 'Amsterdam', ...amsterdam }, 'Amsterdam', amsterdam)).toBe(false)
    // a village 8 km from a small town stays
    expect(isWijk({ naam: 'Wijhe', lat: 52.386, lng: 6.133 }, 'Olst-Wijhe', undefined)).toBe(false)
    expect(
      isWijk({ naam: 'Ommen', lat: 52.52, lng: 6.42 }, 'Zwolle', { lat: 52.5125, lng: 6.09444 }),
    ).toBe(false)
  })

  it('maps GeoNames places: Dutch names, 5 decimals, dedupe, districts dropped, sorted', () => {
    const admin2 = [
      { code: 'NL.15.0193', name: 'Gemeente Zwolle' },
      { code: 'NL.11.0518', name: 'Gemeente Den Haag' },
      { code: 'NL.05.0971', name: 'Gemeente Stein' },
      { code: 'NL.05.1931', name: 'Gemeente Beekdaelen' },
    ]
    const place = (name: string, lat: string, lng: string, admin1: string, adm2: string) => ({
      name,
      lat,
      lng,
      country: 'NL',
      admin1,
      admin2: adm2,
    })
    const result = mapWoonplaatsen(
      [
        place('Zwolle', '52.5125', '6.094444', '15', '0193'),
        place('Zwolle', '52.5125', '6.094444', '15', '0193'),
        place('The Hague', '52.07667', '4.29861', '11', '0518'),
        place('Statenkwartier', '52.0883', '4.2836', '11', '0518'),
        place('Stein', '50.96917', '5.76667', '05', '0971'),
        place('Stein', '50.92', '5.85', '05', '1931'),
        { ...place('Antwerpen', '51.2', '4.4', '05', '0971'), country: 'BE' },
      ],
      admin2,
    )
    expect(result.map((w) => w.code)).toEqual([
      '0518-den-haag',
      '1931-stein',
      '0971-stein',
      '0193-zwolle',
    ])
    expect(result[3]).toEqual({
      code: '0193-zwolle',
      naam: 'Zwolle',
      gemeente: 'Zwolle',
      gemeenteCode: '0193',
      provincie: 'Overijssel',
      lat: 52.5125,
      lng: 6.09444,
      zorgkantoorregio: 'Zwolle',
      zorgkantoor: 'menzis',
    })
    expect(() => mapWoonplaatsen([place('X', '1', '1', '99', '0001')], admin2)).toThrow(/province/)
  })

  it('ships a consistent woonplaatsen.json', () => {
    expect(woonplaatsen.length).toBeGreaterThan(1000)
    const codes = woonplaatsen.map((w) => w.code)
    expect(new Set(codes).size).toBe(codes.length)
    const regios = new Map(zorgkantoorregios.map((r) => [r.naam, r]))
    for (const w of woonplaatsen) {
      expect(w.gemeenteCode).toMatch(/^\d{4}$/)
      expect(regios.get(w.zorgkantoorregio)?.zorgkantoor, w.code).toBe(w.zorgkantoor)
      expect(regios.get(w.zorgkantoorregio)?.provincie).toBe(w.provincie)
      expect(w.lat).toBeGreaterThan(50.7)
      expect(w.lat).toBeLessThan(53.6)
      expect(Math.round(w.lat * 1e5) / 1e5).toBe(w.lat)
    }
    const names = woonplaatsen.map((w) => w.naam)
    expect(names).toEqual(
      [...names].sort(
        new Intl.Collator('nl', { sensitivity: 'base', ignorePunctuation: true }).compare,
      ),
    )
  })

  it('has a seeded PRNG that repeats', () => {
    const a = createRandom(1)
    const b = createRandom(1)
    expect([a.next(), a.next(), a.int(1, 6)]).toEqual([b.next(), b.next(), b.int(1, 6)])
  })
})

describe('demo postcodes fit their place', () => {
  const data = buildDemoData()
  const pc4 = (postcode: string) => postcode.slice(0, 4)

  it('one PC4 never names two places', () => {
    const places = new Map<string, Set<string>>()
    for (const l of data.locaties) {
      const set = places.get(pc4(l.bezoekadres.postcode)) ?? new Set()
      set.add(l.woonplaatsen[0]!)
      places.set(pc4(l.bezoekadres.postcode), set)
    }
    for (const [code, set] of places) expect([code, set.size]).toEqual([code, 1])
  })

  it('bigger places get their real range (Tilburg 5011–5049)', () => {
    const tilburg = data.locaties.filter((l) => l.bezoekadres.plaats === 'Tilburg')
    for (const l of tilburg) {
      expect(Number(pc4(l.bezoekadres.postcode))).toBeGreaterThanOrEqual(5011)
      expect(Number(pc4(l.bezoekadres.postcode))).toBeLessThanOrEqual(5049)
    }
    const gebieden = postcodeGebieden(woonplaatsenJson as Woonplaats[])
    expect(gebieden.get('0855-tilburg')).toEqual({ van: 5011, tot: 5049 })
    const vans = [...gebieden.values()].map((g) => g.van)
    expect(new Set(vans).size).toBe(vans.length)
  })
})

describe('buildDemoCapaciteit', () => {
  const plek = buildDemoCapaciteit(data)
  const locaties = new Map(data.locaties.map((l) => [l.key, l]))
  const profielen = new Map(zorgprofielen.map((p) => [p.code, p]))

  it('is deterministic, and reports free places at about one in four approved locations', () => {
    expect(buildDemoCapaciteit(data)).toEqual(plek)
    const metAanbod = new Set(
      data.zorgaanbod
        .filter(
          (z) => z.status === 'definitief' && locaties.get(z.locatie)?.status === 'definitief',
        )
        .map((z) => z.locatie),
    )
    const aandeel = plek.vrijeCapaciteit.length / metAanbod.size
    expect(aandeel).toBeGreaterThan(0.12)
    expect(aandeel).toBeLessThan(0.35)
    expect(plek.wachttijden.length).toBeGreaterThan(0)
  })

  it('only for approved locations, with current profiles of the sector and valid dates', () => {
    for (const v of plek.vrijeCapaciteit) {
      expect(locaties.get(v.locatie)?.status).toBe('definitief')
      if (v.zorgprofiel) {
        expect(profielen.get(v.zorgprofiel)?.sector).toBe(v.sector)
        expect(profielen.get(v.zorgprofiel)?.vervallen).toBeFalsy()
      }
      expect(v.aantal).toBeGreaterThanOrEqual(1)
      expect(v.aantal).toBeLessThanOrEqual(4)
      const vandaag = new Date(Date.UTC(2026, 10, 29, 12))
      const vanaf = new Date(vandaag.getTime() + v.vanafDagen * 86_400_000)
      expect(geldigheidFouten(vanaf, standaardGeldigTot(vanaf), vandaag)).toEqual([])
    }
    for (const w of plek.wachttijden) {
      expect(locaties.get(w.locatie)?.status).toBe('definitief')
      expect(profielen.get(w.zorgprofiel)?.vervallen).toBeFalsy()
      expect(w.weken).toBeGreaterThanOrEqual(0)
    }
  })
})

describe('demo ZorgkaartNederland file (§3.2.8)', () => {
  it('is the committed file, valid, on about 60% of the approved addresses, some shared', () => {
    const demo = buildDemoData()
    const records = buildDemoZorgkaart(demo)
    const bestand = readFileSync(
      new URL('../../cms/seed/data/zorgkaart-demo.csv', import.meta.url),
      'utf8',
    )
    expect(bestand).toBe(zorgkaartCsv(records))
    const gelezen = parseZorgkaartCsv(bestand)
    expect(gelezen.ok && gelezen.records).toEqual(records)
    const perSleutel = new Map<string, number>()
    for (const r of records) {
      const k = adresSleutel(r.postcode, r.huisnummer)!
      perSleutel.set(k, (perSleutel.get(k) ?? 0) + 1)
    }
    const kandidaten = demo.locaties.filter((l) => l.status === 'definitief' && !l.kleinschalig)
    const metRecord = kandidaten.filter((l) =>
      perSleutel.has(
        adresSleutel(
          l.bezoekadres.postcode,
          l.bezoekadres.huisnummer,
          l.bezoekadres.huisnummerToevoeging,
        )!,
      ),
    )
    expect(metRecord.length / kandidaten.length).toBeGreaterThan(0.5)
    expect(metRecord.length / kandidaten.length).toBeLessThan(0.7)
    expect([...perSleutel.values()].filter((n) => n > 1).length).toBeGreaterThanOrEqual(2)
    const scores = records.flatMap((r) => (r.score === null ? [] : [r.score]))
    expect(Math.min(...scores)).toBeGreaterThanOrEqual(6.5)
    expect(Math.max(...scores)).toBeLessThanOrEqual(9.6)
  })
})
