/**
 * The read side of the public media store (search-indexer/media): the site serves the files the
 * indexer published, under /media/<key>. Never the CMS's uploads.
 */
import {
  contentTypeOf,
  createPublicMediaStore,
  isMediaKey,
  type PublicMediaStore,
} from '../../../search-indexer/media/index'
import { getLogger } from '../../../search-indexer/runtime/logger'
import { getSiteConfig } from './config'

let store: PublicMediaStore | null = null

export const getMediaStore = (): PublicMediaStore => {
  store ??= createPublicMediaStore(getSiteConfig().media)
  return store
}

/** Files are named by their content: they never change, so caches may keep them for a year. */
export const MEDIA_CACHE = 'public, max-age=31536000, immutable'

/** The answer to GET /media/<pad>: the file, 404 for anything else, 503 when the store fails. */
export async function mediaAntwoord(
  pad: string | undefined,
  media: PublicMediaStore = getMediaStore(),
): Promise<Response> {
  const nietGevonden = () =>
    new Response('Dit bestand bestaat niet.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  if (!pad || pad.length > 200 || !isMediaKey(pad)) return nietGevonden()
  try {
    const file = await media.get(pad)
    if (!file) return nietGevonden()
    return new Response(Buffer.from(file.body), {
      status: 200,
      headers: {
        'Content-Type': contentTypeOf(pad) ?? file.contentType,
        'Content-Length': String(file.body.length),
        'Cache-Control': MEDIA_CACHE,
        'X-Content-Type-Options': 'nosniff',
        'Cross-Origin-Resource-Policy': 'same-origin',
      },
    })
  } catch (error) {
    // the key names only a location id and a content hash; no visitor input beyond that
    getLogger('site').error({ err: error, key: pad }, 'media read failed')
    return new Response('Deze afbeelding is even niet beschikbaar.', {
      status: 503,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '30' },
    })
  }
}
