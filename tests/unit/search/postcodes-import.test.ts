import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { afstandKm } from '../../../search-indexer/gazetteer'
import {
  leesPostcodeBestand,
  PC4_BESTAND,
  rdNaarWgs84,
  zwaartepunt,
} from '../../../search-indexer/postcodes'
import { leesPc4Punten } from '../../../search-indexer/sync'

const FIXTURES = resolve(__dirname, '../../fixtures/postcodes')
const lees = async (naam: string) =>
  leesPostcodeBestand(naam, await readFile(join(FIXTURES, naam), 'utf8'))

describe('RD New → WGS84 and centroids', () => {
  it('converts the RD origin (Amersfoort) and the Dam in Amsterdam', () => {
    expect(rdNaarWgs84(155000, 463000)).toEqual({ lat: 52.1551744, lng: 5.38720621 })
    const dam = rdNaarWgs84(121400, 487400)
    expect(afstandKm(dam, { lat: 52.3731, lng: 4.8926 })).toBeLessThan(0.2)
  })

  it('weighs a centroid by area and subtracts holes', () => {
    const vierkant = [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ]
    const gat = [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 0],
      [0, 0],
    ]
    expect(zwaartepunt([[vierkant]])).toEqual({ x: 1, y: 1, oppervlak: 4 })
    const metGat = zwaartepunt([[vierkant, gat]])
    expect(metGat.oppervlak).toBe(3)
    expect(metGat.x).toBeCloseTo(7 / 6)
  })
})

describe('reading a PC4 file', () => {
  it('reads PDOK GeoJSON with RD and WGS84 coordinates, Polygon and MultiPolygon', async () => {
    const gelezen = await lees('pdok-postcode4.geojson')
    if (!gelezen.ok) throw new Error(gelezen.fouten.join('\n'))
    expect(gelezen.punten.map((p) => p.postcode)).toEqual(['1012', '3511', '5038'])
    const [amsterdam, utrecht, tilburg] = gelezen.punten
    expect(amsterdam).toEqual({ postcode: '1012', lat: 52.373, lng: 4.895 })
    // a MultiPolygon: the first part has twice the area of the second, so counts twice
    expect(utrecht!.lat).toBeCloseTo((2 * 52.0925 + 52.0975) / 3, 4)
    expect(utrecht!.lng).toBeCloseTo((2 * 5.115 + 5.1175) / 3, 4)
    // RD square around (133500, 397500): in Tilburg
    expect(afstandKm(tilburg!, { lat: 51.55551, lng: 5.0913 })).toBeLessThan(3)
  })

  it('reads a CSV postcode,lat,lng', async () => {
    expect(await lees('pc4.csv')).toEqual({
      ok: true,
      punten: [
        { postcode: '5038', lat: 51.5605, lng: 5.0782 },
        { postcode: '9711', lat: 53.219, lng: 6.568 },
      ],
    })
    expect(leesPostcodeBestand('x.csv', 'postcode;lat;lng\n5038;51,56;5,08\n')).toEqual({
      ok: true,
      punten: [{ postcode: '5038', lat: 51.56, lng: 5.08 }],
    })
  })

  it('refuses a broken file whole, with a Dutch message per problem', async () => {
    const gelezen = await lees('kapot.geojson')
    expect(gelezen.ok).toBe(false)
    if (gelezen.ok) return
    expect(gelezen.fouten).toEqual([
      'Object 2: "0123" is geen postcode van 4 cijfers (1000 tot en met 9999).',
      'Object 3 (postcode 3511): de vorm moet een Polygon of MultiPolygon zijn.',
      expect.stringMatching(/^Object 4 \(postcode 9711\): het midden .* ligt niet in Nederland/),
    ])
    expect(
      leesPostcodeBestand('x.csv', 'postcode,lat,lng\n5038,51.5,5.1\n5038,51.5,5.1\n12,1,x\n'),
    ).toEqual({
      ok: false,
      fouten: [
        'Regel 3: postcode 5038 staat ook al op regel 2.',
        'Regel 4: "12" is geen postcode van 4 cijfers (1000 tot en met 9999).',
      ],
    })
    expect(leesPostcodeBestand('x.csv', 'pc,x,y\n5038,51.5,5.1\n')).toMatchObject({
      ok: false,
      fouten: [expect.stringContaining('"postcode", "lat" en "lng"')],
    })
    expect(leesPostcodeBestand('x.json', '{ niet')).toMatchObject({
      ok: false,
      fouten: [expect.stringContaining('geen geldige JSON')],
    })
    expect(leesPostcodeBestand('x.csv', 'postcode,lat,lng\n')).toEqual({
      ok: false,
      fouten: ['Het bestand bevat geen postcodes.'],
    })
  })
})

describe('npm run import:postcodes', () => {
  const run = promisify(execFile)
  const dirs: string[] = []
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true })
  })
  const cli = async (bestand: string) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'za-postcodes-'))
    dirs.push(dataDir)
    const tsx = resolve(__dirname, '../../../node_modules/.bin/tsx')
    const script = resolve(__dirname, '../../../search-indexer/import-postcodes.ts')
    try {
      const { stdout } = await run(tsx, [script, join(FIXTURES, bestand)], {
        env: { ...process.env, DATA_DIR: dataDir },
      })
      return { code: 0, out: stdout, dataDir }
    } catch (error) {
      const e = error as { code: number; stderr: string }
      return { code: e.code, out: e.stderr, dataDir }
    }
  }

  it('writes DATA_DIR/postcodes-pc4.json, which the gazetteer reads', async () => {
    const { code, out, dataDir } = await cli('pdok-postcode4.geojson')
    expect(out).toContain('3 postcodes ingelezen')
    expect(code).toBe(0)
    const punten = await leesPc4Punten(join(dataDir, PC4_BESTAND))
    expect(punten.map((p) => p.postcode)).toEqual(['1012', '3511', '5038'])
  }, 30_000)

  it('writes nothing for a broken file and exits 1 with the Dutch errors', async () => {
    const { code, out, dataDir } = await cli('kapot.geojson')
    expect(code).toBe(1)
    expect(out).toContain('niets ingelezen')
    expect(out).toContain('"0123" is geen postcode')
    expect(existsSync(join(dataDir, PC4_BESTAND))).toBe(false)
    expect(await leesPc4Punten(join(dataDir, PC4_BESTAND))).toEqual([])
  }, 30_000)
})
