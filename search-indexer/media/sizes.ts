/**
 * The public sizes of one image, made with sharp: cut to the 3:2 frame around the focal point
 * (cms/domain/foto.ts `uitsnede`), at 480/960/1440 px wide (never enlarged), each as AVIF, WebP and
 * JPEG. sharp writes no metadata unless asked, so no EXIF/GPS, XMP or ICC text reaches the public.
 */
import { createHash } from 'node:crypto'
import sharp from 'sharp'
import { MAX_FOTO_PIXELS, publiekeBreedtes, uitsnede, type Uitsnede } from '../../cms/domain/foto'
import { FORMATEN, type MediaFormaat } from './keys'

export const PUBLIEKE_BREEDTES = [480, 960, 1440] as const

/** Bump when the output of `maakFormaat` changes: every file then gets a new name. */
const PIJPLIJN_VERSIE = 'v1'

const OPTIES = {
  avif: { quality: 50, effort: 2 },
  webp: { quality: 75 },
  jpeg: { quality: 80, mozjpeg: true, progressive: true },
} as const

export interface Plan {
  /** 20 hex characters of SHA-256 over the source, the cut-out and the pipeline version */
  hash: string
  uitsnede: Uitsnede
  /** the widths to make and their heights (3:2) */
  maten: { breedte: number; hoogte: number }[]
}

export const contentHash = (...parts: (string | Uint8Array)[]): string => {
  const h = createHash('sha256')
  for (const p of parts) h.update(p).update('\u0000')
  return h.digest('hex').slice(0, 20)
}

/** What will be made from a source image (reads only its header). */
export async function plan(
  bron: Uint8Array,
  focalX?: number | null,
  focalY?: number | null,
): Promise<Plan> {
  const meta = await sharp(bron, { limitInputPixels: MAX_FOTO_PIXELS }).metadata()
  const width = meta.autoOrient?.width ?? meta.width
  const height = meta.autoOrient?.height ?? meta.height
  if (!width || !height) throw new Error('image without dimensions')
  const cut = uitsnede(width, height, focalX, focalY)
  const maten = publiekeBreedtes(cut.width, PUBLIEKE_BREEDTES).map((breedte) => ({
    breedte,
    hoogte: Math.max(1, Math.round((breedte * cut.height) / cut.width)),
  }))
  const hash = contentHash(
    PIJPLIJN_VERSIE,
    JSON.stringify([cut.left, cut.top, cut.width, cut.height]),
    bron,
  )
  return { hash, uitsnede: cut, maten }
}

/** One size in one format. */
export async function maakFormaat(
  bron: Uint8Array,
  cut: Uitsnede,
  maat: { breedte: number; hoogte: number },
  formaat: MediaFormaat,
): Promise<Buffer> {
  return sharp(bron, { limitInputPixels: MAX_FOTO_PIXELS })
    .rotate()
    .extract(cut)
    .resize(maat.breedte, maat.hoogte, { fit: 'fill' })
    .toFormat(formaat, OPTIES[formaat])
    .toBuffer()
}

export { FORMATEN }
