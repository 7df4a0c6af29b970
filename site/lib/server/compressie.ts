/**
 * Compression of what the site sends (HTML, CSS, JS, JSON, SVG): brotli or gzip, whichever the
 * client accepts. Pages and API answers are compressed on the fly (middleware); static files
 * are compressed once at build time and served as such (site/server/entry.ts).
 */
import { Duplex } from 'node:stream'
import { constants, createBrotliCompress, createGzip } from 'node:zlib'

export type Codering = 'br' | 'gzip'

/**
 * The encoding to use for an Accept-Encoding header: brotli before gzip, respecting `q=0`.
 * `available` limits the choice (e.g. to the precompressed files that exist).
 */
export const kiesCodering = (
  acceptEncoding: string | null | undefined,
  available: readonly Codering[] = ['br', 'gzip'],
): Codering | null => {
  const accepted = new Map<string, number>()
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';')
    if (!name) continue
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined)
    accepted.set(name, q === undefined ? 1 : Number(q))
  }
  const ok = (c: Codering) => {
    const q = accepted.get(c) ?? accepted.get('*')
    return q !== undefined && q > 0
  }
  return available.find(ok) ?? null
}

/** Content types worth compressing (text; images and fonts are compressed already). */
export const isComprimeerbaar = (contentType: string | null | undefined): boolean =>
  /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/i.test(
    contentType ?? '',
  )

/** File extensions compressed at build time, with their content type. */
export const STATISCHE_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
}

/** Files smaller than this are not worth it. */
export const MIN_BYTES = 1024

/** A compressing transform for a web stream; brotli at a quality fit for answering live. */
const compressor = (codering: Codering) =>
  Duplex.toWeb(
    codering === 'br'
      ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
      : createGzip({ level: 6 }),
  ) as unknown as TransformStream<Uint8Array, Uint8Array>

/**
 * The response compressed for this request, or the response itself when the client accepts no
 * compression, the body is empty, not text, or already encoded.
 */
export const comprimeer = (request: Request, response: Response): Response => {
  if (!response.body || response.headers.has('Content-Encoding')) return response
  if (response.status === 204 || response.status === 304 || request.method === 'HEAD') {
    return response
  }
  if (!isComprimeerbaar(response.headers.get('Content-Type'))) return response
  const codering = kiesCodering(request.headers.get('Accept-Encoding'))
  if (!codering) return response
  const headers = new Headers(response.headers)
  headers.set('Content-Encoding', codering)
  headers.delete('Content-Length')
  headers.append('Vary', 'Accept-Encoding')
  return new Response(response.body.pipeThrough(compressor(codering)), {
    status: response.status,
    headers,
  })
}
