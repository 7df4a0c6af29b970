/**
 * Every uploaded photo (REST, admin, Local API, a new version): refused unless its bytes are a
 * JPEG, PNG or WebP of at most 10 MB, then re-encoded by sharp without any metadata (EXIF with GPS,
 * camera, XMP, IPTC, comments) and given a safe file name. Runs before Payload reads the file, so
 * the stored original and every size Payload makes from it are clean (§3.2.6).
 */
import { readFile } from 'node:fs/promises'
import { ValidationError, type CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'
import {
  checkFotoBestand,
  FOTO_MESSAGES,
  FOTO_MIME,
  MAX_FOTO_PIXELS,
  veiligeBestandsnaam,
  type FotoType,
} from '../../../domain/foto'

const refuse = (message: string) =>
  new ValidationError({ collection: 'media', errors: [{ path: 'file', message }] })

/** Re-encodes without metadata, turned upright first (EXIF orientation is metadata too). */
export async function herEncodeer(bytes: Buffer, type: FotoType): Promise<Buffer> {
  const image = sharp(bytes, { failOn: 'error', limitInputPixels: MAX_FOTO_PIXELS }).rotate()
  const encoded =
    type === 'jpeg'
      ? image.jpeg({ quality: 90, chromaSubsampling: '4:4:4' })
      : type === 'png'
        ? image.png({ compressionLevel: 9 })
        : image.webp({ quality: 90 })
  return encoded.toBuffer()
}

export const cleanUploadedFoto: CollectionBeforeOperationHook<'media'> = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const bytes =
    file.data && file.data.length > 0
      ? file.data
      : file.tempFilePath
        ? await readFile(file.tempFilePath)
        : null
  const checked = checkFotoBestand(bytes)
  if ('error' in checked) throw refuse(checked.error)
  let clean: Buffer
  try {
    clean = await herEncodeer(bytes!, checked.type)
  } catch (error) {
    const pixels = error instanceof Error && /pixel limit/i.test(error.message)
    throw refuse(pixels ? FOTO_MESSAGES.teVeelPixels : FOTO_MESSAGES.onleesbaar)
  }
  req.file = {
    ...file,
    data: clean,
    size: clean.length,
    mimetype: FOTO_MIME[checked.type],
    name: veiligeBestandsnaam(file.name, checked.type),
    tempFilePath: undefined,
  }
  return args
}
