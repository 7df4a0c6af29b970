/**
 * The public media store's local folder and publishing: sizes by content hash, no metadata, only
 * valid keys, removal of what a location no longer shows, and the street-view adapter on a fake
 * host. Real sharp and a real folder.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PublicFotoSchema } from '../../../search-indexer/contract'
import { mediaStoreConfigFromEnv, straatbeeldConfigFromEnv } from '../../../search-indexer/media'
import { LocalMediaStore } from '../../../search-indexer/media/local'
import { publiceerMedia, ruimMediaOp } from '../../../search-indexer/media/publish'
import { straatbeeldUrl } from '../../../search-indexer/media/streetview'

let dir = ''
let store: LocalMediaStore

/** A JPEG with EXIF, including a GPS position, as a phone writes it. */
const metExif = (width: number, height: number, kleur = '#4a7') =>
  sharp({ create: { width, height, channels: 3, background: kleur } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'Telefoon', Model: 'X' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 0/1' },
    })
    .toBuffer()

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'za-media-'))
  store = new LocalMediaStore(dir)
})
afterAll(async () => rm(dir, { recursive: true, force: true }))

describe('local public media store', () => {
  it('refuses keys outside the grammar (no path tricks)', async () => {
    await expect(store.put('../buiten.jpg', new Uint8Array([1]), 'image/jpeg')).rejects.toThrow()
    await expect(store.put('12/../../x.jpg', new Uint8Array([1]), 'image/jpeg')).rejects.toThrow()
    expect(await store.get('12/f-0123456789abcdef0123-480.html')).toBeNull()
    expect(await store.get('../../etc/passwd')).toBeNull()
    expect(await store.list('..')).toEqual([])
  })
})

describe('publiceerMedia', () => {
  it('publishes 3:2 sizes in AVIF, WebP and JPEG without EXIF, in order, and reuses them', async () => {
    const groot = await metExif(2000, 1600)
    const klein = await metExif(600, 900, '#a47')
    expect((await sharp(groot).metadata()).exif).toBeDefined()
    const bronnen = [
      { alt: 'Voorgevel', laad: async () => groot, focalX: 50, focalY: 20 },
      { alt: 'Kamer', laad: async () => klein },
    ]
    const t0 = performance.now()
    const uit = await publiceerMedia(store, '12', bronnen, { maken: true })
    const ms = performance.now() - t0
    expect(uit.compleet).toBe(true)
    expect(uit.fotos.map((f) => f.alt)).toEqual(['Voorgevel', 'Kamer'])
    for (const f of uit.fotos) PublicFotoSchema.parse(f)
    const [a, b] = uit.fotos
    expect(a).toMatchObject({ breedte: 1440, hoogte: 960, herkomst: 'foto' })
    expect(a!.srcset.avif.split(', ')).toHaveLength(3)
    expect(a!.src).toMatch(/^\/media\/12\/f-[a-f0-9]{20}-960\.jpg$/)
    expect(b).toMatchObject({ breedte: 480, hoogte: 320 }) // 600 px wide: never enlarged
    expect(uit.keys).toHaveLength(9 + 3)
    expect(uit.gemaakt).toBe(12)
    const sizes: Record<string, number> = {}
    for (const key of uit.keys) {
      const file = await store.get(key)
      expect(file, key).not.toBeNull()
      const meta = await sharp(file!.body).metadata()
      expect(meta.exif, key).toBeUndefined()
      expect(meta.xmp, key).toBeUndefined()
      expect(meta.width! / meta.height!).toBeCloseTo(1.5, 2)
      sizes[key.replace(/^.*-/, '')] = file!.body.length
    }
    console.log(`12 public sizes of 2 photos in ${Math.round(ms)} ms; bytes:`, sizes)

    const again = await publiceerMedia(store, '12', bronnen, { maken: true })
    expect(again.gemaakt).toBe(0)
    expect(again.fotos).toEqual(uit.fotos)
  })

  it('with maken: false shows only what exists and says it is not complete', async () => {
    const nieuw = await metExif(900, 600, '#47a')
    const uit = await publiceerMedia(store, '13', [{ alt: 'Nieuw', laad: async () => nieuw }], {
      maken: false,
    })
    expect(uit).toMatchObject({ fotos: [], keys: [], compleet: false, gemaakt: 0 })
    expect(await store.list('13')).toEqual([])
  })

  it('ruimMediaOp removes what a location no longer shows, and everything of a gone location', async () => {
    const eerst = await publiceerMedia(
      store,
      '14',
      [
        { alt: 'Een', laad: () => metExif(500, 400, '#111') },
        { alt: 'Twee', laad: () => metExif(500, 400, '#222') },
      ],
      { maken: true },
    )
    expect(await store.list('14')).toHaveLength(6)
    const daarna = await publiceerMedia(
      store,
      '14',
      [{ alt: 'Twee', laad: () => metExif(500, 400, '#222') }],
      { maken: true },
    )
    expect(await ruimMediaOp(store, '14', daarna.keys)).toBe(3)
    expect((await store.list('14')).sort()).toEqual([...daarna.keys].sort())
    expect(eerst.keys.filter((k) => !daarna.keys.includes(k)).every((k) => !k.includes('/s-')))
    expect(await ruimMediaOp(store, '14', [])).toBe(3)
    expect(await store.locaties()).not.toContain('14')
    expect(await readdir(dir)).not.toContain('14')
  })

  it('street view: fetched once from the configured host, published as our own files', async () => {
    const beeld = await metExif(640, 480, '#888')
    const asked: string[] = []
    const fakeFetch = (async (url: URL | RequestInfo) => {
      asked.push(String(url))
      return new Response(new Uint8Array(beeld), { status: 200 })
    }) as typeof fetch
    const config = {
      urlTemplate:
        'https://straatbeeld.example/api?location={lat},{lng}&size={width}x{height}&key={key}',
      key: 'geheim&1',
    }
    const sv = { config, punt: { lat: 51.5, lng: 5.1 }, alt: 'Straatbeeld', fetch: fakeFetch }
    const uit = await publiceerMedia(store, '15', [], { maken: true, straatbeeld: sv })
    expect(asked).toEqual([
      'https://straatbeeld.example/api?location=51.500000,5.100000&size=960x640&key=geheim%261',
    ])
    expect(uit.fotos).toHaveLength(1)
    expect(uit.fotos[0]).toMatchObject({ herkomst: 'straatbeeld', breedte: 960, hoogte: 640 })
    expect(uit.fotos[0]!.src).toMatch(/^\/media\/15\/s-/)
    const again = await publiceerMedia(store, '15', [], { maken: true, straatbeeld: sv })
    expect(asked).toHaveLength(1) // not fetched again
    expect(again.fotos).toEqual(uit.fotos)
    // a location with photos gets no street view; a host without an image gives none
    const none = (async () => new Response('no imagery', { status: 404 })) as typeof fetch
    const leeg = await publiceerMedia(store, '16', [], {
      maken: true,
      straatbeeld: { ...sv, fetch: none },
    })
    expect(leeg.fotos).toEqual([])
    const html = (async () => new Response('<html>', { status: 200 })) as typeof fetch
    expect(
      (await publiceerMedia(store, '17', [], { maken: true, straatbeeld: { ...sv, fetch: html } }))
        .fotos,
    ).toEqual([])
  })
})

describe('configuration', () => {
  it('defaults to a folder in DATA_DIR and no street view', () => {
    expect(mediaStoreConfigFromEnv({ DATA_DIR: '/tmp/za' })).toEqual({
      store: 'local',
      dir: '/tmp/za/publieke-media',
    })
    expect(straatbeeldConfigFromEnv({})).toBeNull()
  })
  it('S3 needs its endpoint, bucket and keys; the street-view template needs {lat} and {lng}', () => {
    expect(() => mediaStoreConfigFromEnv({ PUBLIC_MEDIA_STORE: 's3' })).toThrow(
      /PUBLIC_MEDIA_S3_BUCKET/,
    )
    expect(
      mediaStoreConfigFromEnv({
        PUBLIC_MEDIA_STORE: 's3',
        PUBLIC_MEDIA_S3_ENDPOINT: 'http://127.0.0.1:9000',
        PUBLIC_MEDIA_S3_BUCKET: 'b',
        PUBLIC_MEDIA_S3_ACCESS_KEY_ID: 'a',
        PUBLIC_MEDIA_S3_SECRET_ACCESS_KEY: 's',
        PUBLIC_MEDIA_S3_PREFIX: 'za',
      }),
    ).toMatchObject({ store: 's3', region: 'us-east-1', prefix: 'za/' })
    expect(() =>
      straatbeeldConfigFromEnv({ STREETVIEW_URL_TEMPLATE: 'https://x.example/' }),
    ).toThrow(/lat/)
    const config = { urlTemplate: 'https://x.example/?p={lat},{lng}' }
    expect(straatbeeldUrl(config, { lat: 1, lng: 2 })).toBe(
      'https://x.example/?p=1.000000,2.000000',
    )
  })
})
