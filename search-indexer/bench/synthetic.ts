/**
 * Synthetic locations for the benchmarks: reproducible (seeded), spread over 50 Dutch places,
 * with the codes of the real reference lists (soort zorg, zachte informatie, doelgroepen, care
 * profiles, delivery forms), a whole care offer per woonplaats, free places, waiting times and
 * ratings. Documents are made by the real projection (`toPublicDocument`), so they have the
 * size and shape the site serves.
 */
import type { GazetteerEntry } from '../contract'
import { toPublicDocument, type ProjectionInput } from '../projection'
import type { PublicDocument } from '../contract'
import { soortenZorg, zachteInformatie, zorgkantoren } from '../../cms/seed/reference'
import {
  doelgroepen,
  leveringsvormen,
  zorgprofielen,
  type Sector,
} from '../../cms/domain/referentielijsten'
import { sectorVeld } from '../../cms/domain/zorgaanbod'

/** A reproducible random source (mulberry32). */
export const seededRandom = (start = 42) => {
  let seed = start
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = seed
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const some = <T>(items: readonly T[], p: number): T[] => items.filter(() => random() < p)
  return { random, pick, some }
}

const PLACES: [string, string, number, number][] = [
  ['Amsterdam', 'Noord-Holland', 52.3676, 4.9041],
  ['Rotterdam', 'Zuid-Holland', 51.9244, 4.4777],
  ['Den Haag', 'Zuid-Holland', 52.0705, 4.3007],
  ['Utrecht', 'Utrecht', 52.0907, 5.1214],
  ['Eindhoven', 'Noord-Brabant', 51.4416, 5.4697],
  ['Groningen', 'Groningen', 53.2194, 6.5665],
  ['Tilburg', 'Noord-Brabant', 51.5555, 5.0913],
  ['Almere', 'Flevoland', 52.3508, 5.2647],
  ['Breda', 'Noord-Brabant', 51.5719, 4.7683],
  ['Nijmegen', 'Gelderland', 51.8126, 5.8372],
  ['Apeldoorn', 'Gelderland', 52.2112, 5.9699],
  ['Haarlem', 'Noord-Holland', 52.3874, 4.6462],
  ['Arnhem', 'Gelderland', 51.9851, 5.8987],
  ['Enschede', 'Overijssel', 52.2215, 6.8937],
  ['Amersfoort', 'Utrecht', 52.1561, 5.3878],
  ['Zaandam', 'Noord-Holland', 52.442, 4.8292],
  ["'s-Hertogenbosch", 'Noord-Brabant', 51.6978, 5.3037],
  ['Zwolle', 'Overijssel', 52.5168, 6.083],
  ['Leiden', 'Zuid-Holland', 52.1601, 4.497],
  ['Maastricht', 'Limburg', 50.8514, 5.691],
  ['Dordrecht', 'Zuid-Holland', 51.8133, 4.6901],
  ['Zoetermeer', 'Zuid-Holland', 52.0575, 4.4931],
  ['Leeuwarden', 'Friesland', 53.2012, 5.7999],
  ['Deventer', 'Overijssel', 52.2661, 6.1552],
  ['Delft', 'Zuid-Holland', 52.0116, 4.3571],
  ['Alkmaar', 'Noord-Holland', 52.6324, 4.7534],
  ['Heerlen', 'Limburg', 50.8882, 5.9795],
  ['Venlo', 'Limburg', 51.3704, 6.1724],
  ['Hengelo', 'Overijssel', 52.2658, 6.7931],
  ['Assen', 'Drenthe', 52.9929, 6.5642],
  ['Emmen', 'Drenthe', 52.7792, 6.9069],
  ['Middelburg', 'Zeeland', 51.4988, 3.6136],
  ['Goes', 'Zeeland', 51.5044, 3.8889],
  ['Roermond', 'Limburg', 51.1942, 5.9874],
  ['Ede', 'Gelderland', 52.0402, 5.6649],
  ['Doetinchem', 'Gelderland', 51.965, 6.2886],
  ['Hoorn', 'Noord-Holland', 52.6424, 5.0602],
  ['Den Helder', 'Noord-Holland', 52.9563, 4.7601],
  ['Sneek', 'Friesland', 53.0327, 5.6589],
  ['Heerenveen', 'Friesland', 52.9597, 5.9197],
  ['Zeist', 'Utrecht', 52.0894, 5.2331],
  ['Veenendaal', 'Utrecht', 52.0287, 5.5589],
  ['Gouda', 'Zuid-Holland', 52.0115, 4.7105],
  ['Oss', 'Noord-Brabant', 51.765, 5.518],
  ['Helmond', 'Noord-Brabant', 51.4793, 5.657],
  ['Roosendaal', 'Noord-Brabant', 51.5308, 4.4653],
  ['Lelystad', 'Flevoland', 52.5185, 5.4714],
  ['Hilversum', 'Noord-Holland', 52.2292, 5.1669],
  ['Kampen', 'Overijssel', 52.555, 5.9114],
  ['Harderwijk', 'Gelderland', 52.3417, 5.62],
]

export const SYNTHETIC_GAZETTEER: GazetteerEntry[] = PLACES.map(
  ([naam, provincie, lat, lng], i) => ({
    id: `wp-${i}`,
    naam,
    gemeente: naam,
    provincie,
    lat,
    lng,
    alternatieveNamen: naam === "'s-Hertogenbosch" ? ['Den Bosch'] : [],
    postcodes: [String(1000 + i * 100)],
  }),
)

const NAME_HEADS = [
  'Zonnehuis',
  'Huize',
  'Zorgcentrum',
  'Residentie',
  'Woonzorgcentrum',
  'De',
  'Het',
  'Villa',
  'Hof van',
  'Verpleeghuis',
  'Kleinschalig wonen',
]
const NAME_TAILS = [
  'Linde',
  'Eik',
  'Kastanje',
  'Anker',
  'Bron',
  'Hoeve',
  'Beukenhof',
  'Rozengaarde',
  'Zonnebloem',
  'Vlinder',
  'Akkers',
  'Weide',
  'Molen',
  'Haven',
  'Toren',
  'Duinroos',
  'Heide',
  'Esch',
  'Brink',
  'Wilgen',
  'Populier',
  'Klaproos',
  'Vijverhof',
  'Lindehof',
  'Bloesem',
]

/** The projection's input for synthetic location `i` (1-based ids). */
export const syntheticInputs = (n: number, start = 42): ProjectionInput[] => {
  const { random, pick, some } = seededRandom(start)
  const orgs = Array.from({ length: 900 }, (_, i) => ({
    id: `org-${i + 1}`,
    naam: `${pick(['Stichting', 'Zorggroep', 'Coöperatie', 'Zorg'])} ${pick(NAME_TAILS)} ${pick(['Noord', 'Zuid', 'Oost', 'West', 'Midden', 'Regio', ''])} ${i}`
      .replace(/\s+/g, ' ')
      .trim(),
    verkorteNaam: random() < 0.3 ? pick(NAME_TAILS) : null,
    type: 'zorgaanbieder' as const,
  }))
  const kantoren = zorgkantoren.map((z) => z.naam)
  const woonplaats = (g: GazetteerEntry) => ({
    id: g.id,
    naam: g.naam,
    gemeente: g.gemeente,
    provincie: g.provincie,
    lat: g.lat,
    lng: g.lng,
  })
  return Array.from({ length: n }, (_, i): ProjectionInput => {
    const soort = pick(soortenZorg)
    const place = pick(SYNTHETIC_GAZETTEER)
    const thuis = soort.thuis
    const served = thuis
      ? [
          place,
          ...Array.from({ length: 1 + Math.floor(random() * 6) }, () => pick(SYNTHETIC_GAZETTEER)),
        ]
      : [place]
    const zachte = some(zachteInformatie, 0.12).map((z) => ({
      code: z.code,
      naam: z.naam,
      icoon: z.icoon,
      groep: z.groep,
    }))
    const sectors = soort.sectoren.length ? soort.sectoren : (['VV'] as Sector[])
    const inhoud: Record<string, unknown> = {}
    const dg: string[] = []
    for (const sector of sectors) {
      const eigen = doelgroepen.filter((d) => d.sector === sector)
      const codes = some(eigen, 0.35).map((d) => d.code)
      if (codes.length === 0 && eigen[0]) codes.push(pick(eigen).code)
      dg.push(...codes)
      const dag = random() < 0.3
      inhoud[sectorVeld(sector)] = {
        doelgroepen: codes,
        zorgprofielen: some(
          zorgprofielen.filter((p) => p.sector === sector && !p.vervallen),
          0.3,
        ).map((p) => p.code),
        leveringsvormen: some(leveringsvormen, 0.5).map((l) => l.code),
        dagbesteding: dag
          ? {
              dagbesteding: true,
              dagbehandeling: random() < 0.3,
              doelgroepen: codes.slice(0, 1),
              toelichting: random() < 0.5 ? 'Elke werkdag van 9 tot 16 uur, met vervoer.' : null,
            }
          : null,
      }
    }
    const org = pick(orgs)
    const id = String(i + 1)
    const profielen = zorgprofielen.filter((p) => sectors.includes(p.sector) && !p.vervallen)
    const met = random()
    return {
      locatie: {
        id,
        gebruikVolledigeNaam: false,
        volledigeNaam: `${pick(NAME_HEADS)} ${pick(NAME_TAILS)}${random() < 0.3 ? ` ${place.naam}` : ''}`,
        naam: null,
        voorziening:
          random() < 0.6 && soort.voorzieningen.length ? pick(soort.voorzieningen) : null,
        kleinschalig: random() < 0.05,
        bezoekadres: {
          straat: `${pick(NAME_TAILS)}laan`,
          huisnummer: String(1 + Math.floor(random() * 200)),
          postcode: `${1000 + Math.floor(random() * 8999)} AB`,
          plaats: place.naam,
        },
        coordinaten: {
          lat: place.lat + (random() - 0.5) * 0.12,
          lng: place.lng + (random() - 0.5) * 0.18,
        },
        telefoon: '030-1234567',
        email: 'info@example.nl',
        website: 'https://example.nl',
        updatedAt: '2026-11-01T10:00:00.000Z',
      },
      organisatie: { ...org, type: soort.organisatieType },
      soortZorg: { code: soort.code, naam: soort.naam, icoon: soort.icoon, groep: '' },
      zorgkantoren: some(kantoren, 0.3).length ? some(kantoren, 0.3) : [pick(kantoren)],
      contractering: random() < 0.7 ? { jaar: 2026, zorgkantoren: [pick(kantoren)] } : null,
      vrijeCapaciteit:
        met < 0.15
          ? [
              {
                sector: sectors[0]!,
                zorgprofiel: profielen[0]?.code ?? null,
                soortPlaats: 'verblijf',
                aantal: 1 + Math.floor(random() * 4),
                beschikbaarVanaf: '2026-11-01',
                geldigTot: '2099-12-31',
                gemeldOp: '2026-11-01T09:00:00.000Z',
                toelichting: null,
              },
            ]
          : [],
      wachttijden: some(profielen, 0.2).map((p) => ({
        zorgprofiel: p.code,
        weken: Math.floor(random() * 30),
        gemeldOp: '2026-10-01T09:00:00.000Z',
      })),
      zorgkaart:
        random() < 0.6
          ? [
              {
                zorgkaartId: `zk-${id}`,
                naam: 'Synthetisch',
                score: Math.round((5 + random() * 5) * 10) / 10,
                aantalWaarderingen: Math.floor(random() * 200),
                url: `https://www.zorgkaartnederland.nl/zorginstelling/zk-${id}`,
              },
            ]
          : [],
      zorgaanbod: [...new Map(served.map((g) => [g.id, g])).values()].map((g) => ({
        woonplaats: woonplaats(g),
        zachteInformatie: zachte,
        dienstverlening: [],
        sectoren: sectors,
        gevuld: true,
        dagbesteding: Object.values(inhoud).some(
          (s) => (s as { dagbesteding: unknown }).dagbesteding !== null,
        ),
        doelgroepen: dg,
        inhoud,
      })),
      fotos: [],
      gecontroleerd: { op: '2026-11-01T10:00:00.000Z', door: 'Zorgatlas' },
    }
  })
}

/** `n` public documents (the projection of `syntheticInputs`). */
export const syntheticDocuments = (n: number, start = 42): PublicDocument[] =>
  syntheticInputs(n, start).map((input) => {
    // the ZorgkaartNederland link is by the provider's id
    const withLink = {
      ...input,
      locatie: {
        ...input.locatie,
        zorgkaartNederland: input.zorgkaart?.[0]
          ? { zorgkaartId: input.zorgkaart[0].zorgkaartId }
          : null,
      },
    }
    const doc = toPublicDocument(withLink, '2026-11-15T00:00:00.000Z')
    if (!doc) throw new Error(`synthetic location ${input.locatie.id} is not public`)
    return doc
  })
