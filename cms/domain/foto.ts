/**
 * Photos of a location (§3.2.6): which files we take, how big, what they are called, and the
 * frame every public size is cut to. Pure functions with the Dutch messages; the Media collection
 * (cms/collections/Media/hooks) and the indexer (search-indexer/media) call them.
 */

/** At most 10 MB per photo. */
export const MAX_FOTO_BYTES = 10 * 1024 * 1024

/** At most 40 megapixels (a small file can unpack to a huge image). */
export const MAX_FOTO_PIXELS = 40_000_000

/** The frame of the carousel and the thumbnails: 3 wide, 2 high. */
export const FRAME = { breed: 3, hoog: 2 } as const

export type FotoType = 'jpeg' | 'png' | 'webp'

export const FOTO_MIME: Record<FotoType, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
}

export const FOTO_MESSAGES = {
  geenBestand: 'Bestand: kies een foto om te uploaden.',
  teGroot: 'Bestand: de foto is groter dan 10 MB. Maak de foto kleiner en probeer het opnieuw.',
  verkeerdType:
    'Bestand: dit is geen JPEG-, PNG- of WebP-foto. Andere bestanden (zoals SVG, PDF of HTML) zijn niet mogelijk.',
  onleesbaar:
    'Bestand: deze foto kunnen we niet lezen. Sla de foto opnieuw op als JPEG en probeer het opnieuw.',
  teVeelPixels:
    'Bestand: de foto heeft te veel beeldpunten (meer dan 40 megapixel). Maak de foto kleiner en probeer het opnieuw.',
  altNodig: 'Beschrijving (alt-tekst): beschrijf kort wat er op de foto staat.',
  toestemmingNodig:
    'Toestemming: staan er mensen op de foto? Dan moet u toestemming hebben om de foto te tonen, ook na een eventueel overlijden. Zet het vinkje aan.',
} as const

const startsWith = (bytes: Uint8Array, sig: readonly number[], offset = 0) =>
  bytes.length >= offset + sig.length && sig.every((b, i) => bytes[offset + i] === b)

/**
 * The type of an image by its first bytes (never by its name or the browser's MIME type): JPEG,
 * PNG or WebP, else null (SVG, HTML, PDF, GIF, HEIC, … are all null).
 */
export function sniffFotoType(bytes: Uint8Array): FotoType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  // RIFF....WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return 'webp'
  return null
}

/** Checks size and type of an uploaded file: the type, or the message that refuses it. */
export function checkFotoBestand(
  bytes: Uint8Array | null | undefined,
): { type: FotoType } | { error: string } {
  if (!bytes || bytes.length === 0) return { error: FOTO_MESSAGES.geenBestand }
  if (bytes.length > MAX_FOTO_BYTES) return { error: FOTO_MESSAGES.teGroot }
  const type = sniffFotoType(bytes)
  return type ? { type } : { error: FOTO_MESSAGES.verkeerdType }
}

const EXTENSIE: Record<FotoType, string> = { jpeg: 'jpg', png: 'png', webp: 'webp' }

/**
 * A safe file name: lower-case ASCII letters, digits and dashes, at most 60 characters, with the
 * extension of the real type. `../Mijn Foto (1).JPG.html` with type jpeg → `mijn-foto-1-jpg.jpg`.
 */
export function veiligeBestandsnaam(naam: string | null | undefined, type: FotoType): string {
  const basis = (naam ?? '')
    .split(/[\\/]/)
    .pop()!
    .replace(/\.[^.]*$/, '')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  return `${basis || 'foto'}.${EXTENSIE[type]}`
}

/** Consent (§3.2.6): required when people are pictured. */
export function checkToestemming(mensenInBeeld: unknown, toestemming: unknown): string | true {
  return mensenInBeeld === true && toestemming !== true ? FOTO_MESSAGES.toestemmingNodig : true
}

export interface Uitsnede {
  left: number
  top: number
  width: number
  height: number
}

/**
 * The largest 3:2 cut-out of an image of `width` × `height` around the focal point (percent, as
 * Payload stores focalX/focalY; 50/50 = the middle), kept inside the image.
 */
export function uitsnede(
  width: number,
  height: number,
  focalX: number | null | undefined = 50,
  focalY: number | null | undefined = 50,
): Uitsnede {
  const ratio = FRAME.breed / FRAME.hoog
  let w = width
  let h = Math.round(width / ratio)
  if (h > height) {
    h = height
    w = Math.round(height * ratio)
  }
  w = Math.max(1, Math.min(w, width))
  h = Math.max(1, Math.min(h, height))
  const fx = Math.min(100, Math.max(0, Number.isFinite(focalX) ? Number(focalX) : 50)) / 100
  const fy = Math.min(100, Math.max(0, Number.isFinite(focalY) ? Number(focalY) : 50)) / 100
  const clamp = (v: number, max: number) => Math.min(Math.max(0, Math.round(v)), max)
  return {
    left: clamp(fx * width - w / 2, width - w),
    top: clamp(fy * height - h / 2, height - h),
    width: w,
    height: h,
  }
}

/** Public widths: those not wider than the cut-out (never enlarged); at least the smallest. */
export function publiekeBreedtes(uitsnedeBreedte: number, breedtes: readonly number[]): number[] {
  const passend = breedtes.filter((b) => b <= uitsnedeBreedte)
  if (passend.length) return passend
  return [Math.max(1, Math.min(uitsnedeBreedte, breedtes[0] ?? uitsnedeBreedte))]
}

/**
 * Photos follow the lock of §5: while the organisation's change request is in behandeling, a
 * provider does not change, replace, make a new version of or delete a photo that a location uses
 * (in its newest version or its Definitief one), or approving would publish a file the editor never
 * saw. A photo on no location is no part of the request; nor is a new upload, because choosing it
 * at a location is a change of the location, which the lock refuses.
 */
export function fotoOpSlot(args: {
  aanbieder: boolean
  inBehandeling: boolean
  inGebruik: boolean
}): boolean {
  return args.aanbieder && args.inBehandeling && args.inGebruik
}
