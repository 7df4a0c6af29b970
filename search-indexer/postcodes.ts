/**
 * Imported PC4 centres: what `npm run import:postcodes -- FILE` reads and writes, and what the
 * indexer's gazetteer picks up (DATA_DIR/postcodes-pc4.json). Pure parsing and conversion; the
 * CLI is import-postcodes.ts.
 *
 * Accepted input:
 * - GeoJSON as PDOK serves CBS "Postcode4" (WFS or OGC API features): a FeatureCollection whose
 *   features carry `properties.postcode` (or `postcode4`, `pc4`) and a Polygon or MultiPolygon.
 *   Coordinates in WGS84 (`[lng, lat]`) or in RD New (EPSG:28992, metres): a `crs` naming 28992
 *   or coordinates larger than 180 mean RD, converted with the standard approximation below.
 *   The centre of a postcode is the area-weighted centroid of its polygons (holes subtracted).
 * - CSV with the header `postcode,lat,lng` (or `;` as separator, then a decimal comma may be used).
 *
 * A file with any bad line or feature is refused whole, with a Dutch message per problem.
 */
import { resolve } from 'node:path'
import { z } from 'zod'
import type { Pc4Punt } from './gazetteer'

/** Name of the file in DATA_DIR that the gazetteer reads. */
export const PC4_BESTAND = 'postcodes-pc4.json'

/** Where the imported PC4 centres live: `DATA_DIR/postcodes-pc4.json`. */
export const pc4Pad = (env: NodeJS.ProcessEnv = process.env): string =>
  resolve(env.DATA_DIR?.trim() || './data', PC4_BESTAND)

const PC4 = /^[1-9]\d{3}$/

/** The Netherlands, generously: a centre outside it is a wrong file or a wrong projection. */
const IN_NEDERLAND = { lat: [50.6, 53.7], lng: [3.2, 7.3] } as const

export const Pc4PuntSchema = z.object({
  postcode: z.string().regex(PC4),
  lat: z.number().min(IN_NEDERLAND.lat[0]).max(IN_NEDERLAND.lat[1]),
  lng: z.number().min(IN_NEDERLAND.lng[0]).max(IN_NEDERLAND.lng[1]),
})

/** DATA_DIR/postcodes-pc4.json */
export const Pc4BestandSchema = z.object({
  /** the file name it was imported from */
  bron: z.string(),
  /** ISO time of the import */
  ingelezenOp: z.string(),
  postcodes: z.array(Pc4PuntSchema),
})
export type Pc4Bestand = z.infer<typeof Pc4BestandSchema>

export type Inlezen = { ok: true; punten: Pc4Punt[] } | { ok: false; fouten: string[] }

// ---------------------------------------------------------------------------------------------
// RD New (EPSG:28992) → WGS84
// ---------------------------------------------------------------------------------------------

/** [p, q, K]: latitude term K · dX^p · dY^q (arc seconds). Schreutelaar / Strang van Hees. */
const K: readonly (readonly [number, number, number])[] = [
  [0, 1, 3235.65389],
  [2, 0, -32.58297],
  [0, 2, -0.2475],
  [2, 1, -0.84978],
  [0, 3, -0.0655],
  [2, 2, -0.01709],
  [1, 0, -0.00738],
  [4, 0, 0.0053],
  [2, 3, -0.00039],
  [4, 1, 0.00033],
  [1, 1, -0.00012],
]
/** [p, q, L]: longitude term L · dX^p · dY^q (arc seconds). */
const L: readonly (readonly [number, number, number])[] = [
  [1, 0, 5260.52916],
  [1, 1, 105.94684],
  [1, 2, 2.45656],
  [3, 0, -0.81885],
  [1, 3, 0.05594],
  [3, 1, -0.05607],
  [0, 1, 0.01199],
  [3, 2, -0.00256],
  [1, 4, 0.00128],
  [0, 2, 0.00022],
  [2, 0, -0.00022],
  [5, 0, 0.00026],
]

/**
 * RD New coordinates (metres) to WGS84 latitude and longitude, with the standard polynomial
 * approximation around Amersfoort (155000, 463000); accurate to about a metre, plenty for a centre.
 */
export const rdNaarWgs84 = (x: number, y: number): { lat: number; lng: number } => {
  const dX = (x - 155000) * 1e-5
  const dY = (y - 463000) * 1e-5
  const som = (termen: typeof K) =>
    termen.reduce((acc, [p, q, c]) => acc + c * dX ** p * dY ** q, 0)
  return { lat: 52.1551744 + som(K) / 3600, lng: 5.38720621 + som(L) / 3600 }
}

// ---------------------------------------------------------------------------------------------
// Centroids
// ---------------------------------------------------------------------------------------------

type Ring = number[][]

/** Signed area and area-weighted centre of one ring (shoelace). */
const ringMoment = (ring: Ring): { a: number; cx: number; cy: number } => {
  let a = 0
  let cx = 0
  let cy = 0
  for (let i = 0; i < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i]!
    const [x1 = 0, y1 = 0] = ring[(i + 1) % ring.length]!
    const f = x0 * y1 - x1 * y0
    a += f
    cx += (x0 + x1) * f
    cy += (y0 + y1) * f
  }
  return { a: a / 2, cx: cx / 6, cy: cy / 6 }
}

/**
 * The area-weighted centroid of polygons (each a list of rings: the outer one first, then holes),
 * in the coordinates given, with the area in those units squared. A shape without area gives the
 * mean of its points and area 0.
 */
export const zwaartepunt = (
  polygonen: readonly (readonly Ring[])[],
): { x: number; y: number; oppervlak: number } => {
  let a = 0
  let mx = 0
  let my = 0
  for (const rings of polygonen) {
    rings.forEach((ring, i) => {
      const m = ringMoment(ring)
      // the outer ring adds, holes subtract, whatever their orientation
      const teken = (i === 0 ? 1 : -1) * Math.sign(m.a)
      a += teken * m.a
      mx += teken * m.cx
      my += teken * m.cy
    })
  }
  if (Math.abs(a) > 0) return { x: mx / a, y: my / a, oppervlak: Math.abs(a) }
  const punten = polygonen.flat(2)
  const n = Math.max(1, punten.length)
  return {
    x: punten.reduce((s, p) => s + (p[0] ?? 0), 0) / n,
    y: punten.reduce((s, p) => s + (p[1] ?? 0), 0) / n,
    oppervlak: 0,
  }
}

// ---------------------------------------------------------------------------------------------
// GeoJSON
// ---------------------------------------------------------------------------------------------

const Positie = z.array(z.number()).min(2)
const RingSchema = z.array(Positie).min(4)
const GeometrieSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(RingSchema).min(1) }),
  z.object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(RingSchema).min(1)).min(1),
  }),
])

const FeatureCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  crs: z
    .object({ properties: z.object({ name: z.string() }).partial() })
    .partial()
    .optional(),
  features: z.array(z.unknown()),
})

const FeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.record(z.string(), z.unknown()).nullable(),
  geometry: z.unknown(),
})

/** The PC4 of a feature: `postcode`, `postcode4` or `pc4`, as text or number. */
const postcodeVan = (properties: Record<string, unknown> | null): string | null => {
  for (const key of ['postcode', 'postcode4', 'pc4']) {
    const v = properties?.[key]
    if (typeof v === 'string' || typeof v === 'number') return String(v).trim()
  }
  return null
}

interface Deel {
  lat: number
  lng: number
  /** km², for weighing several features of one postcode */
  km2: number
}

const KM_PER_GRAAD = 111.32

const leesGeoJson = (data: unknown): Inlezen => {
  const fc = FeatureCollectionSchema.safeParse(data)
  if (!fc.success) {
    return {
      ok: false,
      fouten: ['Het bestand is geen GeoJSON FeatureCollection (met "type" en "features").'],
    }
  }
  const crsRd = /28992/.test(fc.data.crs?.properties?.name ?? '')
  const fouten: string[] = []
  const delen = new Map<string, Deel[]>()
  fc.data.features.forEach((raw, i) => {
    const nr = `Object ${i + 1}`
    const feature = FeatureSchema.safeParse(raw)
    if (!feature.success) {
      fouten.push(`${nr}: dit is geen GeoJSON Feature met "properties" en "geometry".`)
      return
    }
    const postcode = postcodeVan(feature.data.properties)
    if (postcode === null) {
      fouten.push(`${nr}: de postcode ontbreekt (verwacht in properties.postcode of postcode4).`)
      return
    }
    if (!PC4.test(postcode)) {
      fouten.push(`${nr}: "${postcode}" is geen postcode van 4 cijfers (1000 tot en met 9999).`)
      return
    }
    const geometrie = GeometrieSchema.safeParse(feature.data.geometry)
    if (!geometrie.success) {
      fouten.push(`${nr} (postcode ${postcode}): de vorm moet een Polygon of MultiPolygon zijn.`)
      return
    }
    const polygonen =
      geometrie.data.type === 'Polygon' ? [geometrie.data.coordinates] : geometrie.data.coordinates
    const c = zwaartepunt(polygonen)
    const rd = crsRd || Math.abs(c.x) > 180 || Math.abs(c.y) > 180
    const punt = rd ? rdNaarWgs84(c.x, c.y) : { lat: c.y, lng: c.x }
    const km2 = rd
      ? c.oppervlak / 1e6
      : c.oppervlak * KM_PER_GRAAD ** 2 * Math.cos((punt.lat * Math.PI) / 180)
    if (!Pc4PuntSchema.safeParse({ postcode, ...punt }).success) {
      fouten.push(
        `${nr} (postcode ${postcode}): het midden (${punt.lat.toFixed(4)}, ${punt.lng.toFixed(4)}) ligt niet in Nederland. Controleer de coördinaten (WGS84 of RD New).`,
      )
      return
    }
    delen.set(postcode, [...(delen.get(postcode) ?? []), { ...punt, km2 }])
  })
  if (fouten.length) return { ok: false, fouten }
  const punten = [...delen].map(([postcode, d]) => {
    const totaal = d.reduce((s, x) => s + x.km2, 0)
    const gewicht = (x: Deel) => (totaal > 0 ? x.km2 / totaal : 1 / d.length)
    return {
      postcode,
      lat: d.reduce((s, x) => s + x.lat * gewicht(x), 0),
      lng: d.reduce((s, x) => s + x.lng * gewicht(x), 0),
    }
  })
  return { ok: true, punten }
}

// ---------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------

const leesCsv = (tekst: string): Inlezen => {
  const regels = tekst.replace(/^\uFEFF/, '').split(/\r?\n/)
  const kop = regels[0] ?? ''
  const scheiding = kop.includes(';') ? ';' : ','
  const kolommen = kop.split(scheiding).map((k) => k.trim().toLowerCase())
  const pcKol = kolommen.indexOf('postcode')
  const latKol = kolommen.indexOf('lat')
  const lngKol = kolommen.indexOf('lng')
  if (pcKol < 0 || latKol < 0 || lngKol < 0) {
    return {
      ok: false,
      fouten: [
        'Regel 1: de kolommen moeten "postcode", "lat" en "lng" heten (bijvoorbeeld postcode,lat,lng).',
      ],
    }
  }
  const getal = (v: string | undefined) => {
    const t = (v ?? '').trim()
    const n = Number(scheiding === ';' ? t.replace(',', '.') : t)
    return t === '' || !Number.isFinite(n) ? null : n
  }
  const fouten: string[] = []
  const punten: Pc4Punt[] = []
  const gezien = new Map<string, number>()
  regels.slice(1).forEach((regel, i) => {
    const nr = i + 2
    if (!regel.trim()) return
    const velden = regel.split(scheiding)
    const postcode = (velden[pcKol] ?? '').trim()
    const lat = getal(velden[latKol])
    const lng = getal(velden[lngKol])
    if (!PC4.test(postcode)) {
      fouten.push(
        `Regel ${nr}: "${postcode}" is geen postcode van 4 cijfers (1000 tot en met 9999).`,
      )
      return
    }
    if (lat === null || lng === null) {
      fouten.push(`Regel ${nr} (postcode ${postcode}): lat en lng moeten getallen zijn.`)
      return
    }
    if (!Pc4PuntSchema.safeParse({ postcode, lat, lng }).success) {
      fouten.push(
        `Regel ${nr} (postcode ${postcode}): het punt (${lat}, ${lng}) ligt niet in Nederland. Zet eerst lat (50,7 tot 53,6), dan lng (3,3 tot 7,3).`,
      )
      return
    }
    const eerder = gezien.get(postcode)
    if (eerder) {
      fouten.push(`Regel ${nr}: postcode ${postcode} staat ook al op regel ${eerder}.`)
      return
    }
    gezien.set(postcode, nr)
    punten.push({ postcode, lat, lng })
  })
  return fouten.length ? { ok: false, fouten } : { ok: true, punten }
}

// ---------------------------------------------------------------------------------------------
// The file
// ---------------------------------------------------------------------------------------------

const afronden = (n: number) => Math.round(n * 1e5) / 1e5

/**
 * Read a PC4 file: GeoJSON when its name ends in .json or .geojson or its text starts with `{`,
 * otherwise CSV. Every problem is reported; nothing is returned unless the whole file is good.
 */
export const leesPostcodeBestand = (naam: string, tekst: string): Inlezen => {
  const json = /\.(geo)?json$/i.test(naam) || tekst.trimStart().startsWith('{')
  let gelezen: Inlezen
  if (json) {
    let data: unknown
    try {
      data = JSON.parse(tekst)
    } catch (error) {
      return {
        ok: false,
        fouten: [`Het bestand is geen geldige JSON: ${(error as Error).message}`],
      }
    }
    gelezen = leesGeoJson(data)
  } else {
    gelezen = leesCsv(tekst)
  }
  if (!gelezen.ok) return gelezen
  if (gelezen.punten.length === 0)
    return { ok: false, fouten: ['Het bestand bevat geen postcodes.'] }
  return {
    ok: true,
    punten: gelezen.punten
      .map((p) => ({ postcode: p.postcode, lat: afronden(p.lat), lng: afronden(p.lng) }))
      .sort((a, b) => (a.postcode < b.postcode ? -1 : 1)),
  }
}
