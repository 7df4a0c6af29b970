import { describe, expect, it } from 'vitest'
import {
  checkFotoBestand,
  checkToestemming,
  FOTO_MESSAGES,
  fotoOpSlot,
  MAX_FOTO_BYTES,
  publiekeBreedtes,
  sniffFotoType,
  uitsnede,
  veiligeBestandsnaam,
} from '../../../cms/domain/foto'

const bytes = (...b: number[]) => new Uint8Array([...b, ...new Array(16).fill(0)])
const text = (s: string) => new TextEncoder().encode(s)

describe('sniffFotoType: the type by the bytes (§3.2.6)', () => {
  it('knows JPEG, PNG and WebP', () => {
    expect(sniffFotoType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg')
    expect(sniffFotoType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('png')
    expect(sniffFotoType(text('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '))).toBe('webp')
  })
  it('refuses SVG, HTML, GIF, PDF, a RIFF that is no WebP and empty files', () => {
    expect(sniffFotoType(text('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeNull()
    expect(sniffFotoType(text('<?xml version="1.0"?><svg/>'))).toBeNull()
    expect(sniffFotoType(text('<!doctype html><script>alert(1)</script>'))).toBeNull()
    expect(sniffFotoType(text('GIF89a......'))).toBeNull()
    expect(sniffFotoType(text('%PDF-1.7'))).toBeNull()
    expect(sniffFotoType(text('RIFF\u0000\u0000\u0000\u0000WAVEfmt '))).toBeNull()
    expect(sniffFotoType(new Uint8Array())).toBeNull()
  })
})

describe('checkFotoBestand', () => {
  it('refuses files over 10 MB and files of another type, with Dutch messages naming the field', () => {
    const big = new Uint8Array(MAX_FOTO_BYTES + 1)
    big.set([0xff, 0xd8, 0xff])
    expect(checkFotoBestand(big)).toEqual({ error: FOTO_MESSAGES.teGroot })
    expect(checkFotoBestand(text('<svg/>'))).toEqual({ error: FOTO_MESSAGES.verkeerdType })
    expect(checkFotoBestand(null)).toEqual({ error: FOTO_MESSAGES.geenBestand })
    expect(FOTO_MESSAGES.teGroot).toMatch(/^Bestand: /)
  })
  it('takes exactly 10 MB', () => {
    const max = new Uint8Array(MAX_FOTO_BYTES)
    max.set([0xff, 0xd8, 0xff])
    expect(checkFotoBestand(max)).toEqual({ type: 'jpeg' })
  })
})

describe('veiligeBestandsnaam', () => {
  it('keeps letters and digits, drops paths and tricks, and takes the real extension', () => {
    expect(veiligeBestandsnaam('../../etc/Mijn Foto (1).JPG', 'jpeg')).toBe('mijn-foto-1.jpg')
    expect(veiligeBestandsnaam('tuin.jpg.html', 'png')).toBe('tuin-jpg.png')
    expect(veiligeBestandsnaam('C:\\fotos\\Zoë’s kamer.webp', 'webp')).toBe('zoe-s-kamer.webp')
    expect(veiligeBestandsnaam('...', 'jpeg')).toBe('foto.jpg')
    expect(veiligeBestandsnaam(null, 'jpeg')).toBe('foto.jpg')
    expect(veiligeBestandsnaam('a'.repeat(200), 'jpeg')).toHaveLength(64)
  })
})

describe('checkToestemming (§3.2.6)', () => {
  it('needs consent only when people are pictured', () => {
    expect(checkToestemming(true, false)).toBe(FOTO_MESSAGES.toestemmingNodig)
    expect(checkToestemming(true, null)).toBe(FOTO_MESSAGES.toestemmingNodig)
    expect(checkToestemming(true, true)).toBe(true)
    expect(checkToestemming(false, false)).toBe(true)
    expect(checkToestemming(undefined, undefined)).toBe(true)
  })
})

describe('uitsnede: a 3:2 cut-out around the focal point', () => {
  it('takes the full width of a tall image and moves to the focal point, inside the image', () => {
    expect(uitsnede(300, 400)).toEqual({ left: 0, top: 100, width: 300, height: 200 })
    expect(uitsnede(300, 400, 50, 0)).toEqual({ left: 0, top: 0, width: 300, height: 200 })
    expect(uitsnede(300, 400, 50, 100)).toEqual({ left: 0, top: 200, width: 300, height: 200 })
  })
  it('takes the full height of a wide image', () => {
    expect(uitsnede(1000, 400)).toEqual({ left: 200, top: 0, width: 600, height: 400 })
    expect(uitsnede(1000, 400, 10, 50)).toEqual({ left: 0, top: 0, width: 600, height: 400 })
    expect(uitsnede(1000, 400, 90, 50)).toEqual({ left: 400, top: 0, width: 600, height: 400 })
  })
  it('keeps a 3:2 image whole and survives nonsense focal points', () => {
    expect(uitsnede(1500, 1000, Number.NaN, -5)).toEqual({
      left: 0,
      top: 0,
      width: 1500,
      height: 1000,
    })
  })
})

describe('publiekeBreedtes', () => {
  it('never enlarges', () => {
    expect(publiekeBreedtes(2000, [480, 960, 1440])).toEqual([480, 960, 1440])
    expect(publiekeBreedtes(1000, [480, 960, 1440])).toEqual([480, 960])
    expect(publiekeBreedtes(300, [480, 960, 1440])).toEqual([300])
  })
})

describe('fotoOpSlot: photos follow the lock of a change in behandeling (§5)', () => {
  it('locks a provider out of a photo a location uses while the request is in behandeling', () => {
    expect(fotoOpSlot({ aanbieder: true, inBehandeling: true, inGebruik: true })).toBe(true)
  })
  it('not a photo on no location, not without an open request, not the zorgkantoor', () => {
    expect(fotoOpSlot({ aanbieder: true, inBehandeling: true, inGebruik: false })).toBe(false)
    expect(fotoOpSlot({ aanbieder: true, inBehandeling: false, inGebruik: true })).toBe(false)
    expect(fotoOpSlot({ aanbieder: false, inBehandeling: true, inGebruik: true })).toBe(false)
  })
})
