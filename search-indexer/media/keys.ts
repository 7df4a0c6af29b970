/**
 * Names in the public media store. A file is named by the content hash of what it was made from,
 * so a name never changes meaning (served with `Cache-Control: immutable`):
 *   `<locatieId>/f-<hash>-<width>.<avif|webp|jpg>`  a photo of the provider
 *   `<locatieId>/s-<hash>-<width>.<avif|webp|jpg>`  a street view (optional adapter)
 */
export const LOCATIE_ID = /^[A-Za-z0-9_-]{1,64}$/
export const MEDIA_KEY = /^([A-Za-z0-9_-]{1,64})\/([fs])-([a-f0-9]{20})-(\d{2,4})\.(avif|webp|jpg)$/

export type MediaFormaat = 'avif' | 'webp' | 'jpeg'
export const FORMATEN: readonly MediaFormaat[] = ['avif', 'webp', 'jpeg']
export const EXTENSIE: Record<MediaFormaat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg' }
export const CONTENT_TYPE: Record<string, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpg: 'image/jpeg',
}

export const isMediaKey = (key: string): boolean => MEDIA_KEY.test(key)

export const mediaKey = (
  locatieId: string,
  soort: 'f' | 's',
  hash: string,
  breedte: number,
  formaat: MediaFormaat,
): string => {
  const key = `${locatieId}/${soort}-${hash}-${breedte}.${EXTENSIE[formaat]}`
  if (!isMediaKey(key)) throw new Error(`invalid media key: ${key}`)
  return key
}

/** The content type of a valid key, else null. */
export const contentTypeOf = (key: string): string | null => {
  const m = MEDIA_KEY.exec(key)
  return m ? (CONTENT_TYPE[m[5]!] ?? null) : null
}

/** The public URL path of a key (the site serves `/media/<key>`). */
export const mediaPad = (key: string): string => `/media/${key}`
