/**
 * Compression of what the site sends (HTML, CSS, JS, JSON, SVG): brotli or gzip, whichever the
 * client accepts. Pages and API answers are compressed on the fly (middleware); static files
 * are compressed once at build time and served as such (site/server/entry.ts).
 */
import { Duplex } from 'node:stream'
import { promisify } from 'node:util'
import {
  brotliCompress,
  brotliCompressSync,
  constants,
  createBrotliCompress,
  createGzip,
  gzip,
  gzipSync,
} from 'node:zlib'

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

/**
 * Brotli at a quality fit for answering live; gzip at its usual level. Both ways use these.
 * Quality 4 rather than 5: a 30 KB search answer takes 0.15 ms instead of 0.3 ms and comes out
 * 6 % larger (5,956 against 5,629 bytes), measured on Node 26.
 */
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }
const GZIP = { level: 6 }

/** A compressing transform for a web stream (pages, streamed as Astro renders them). */
const compressor = (codering: Codering) =>
  Duplex.toWeb(
    codering === 'br' ? createBrotliCompress(BROTLI) : createGzip(GZIP),
  ) as unknown as TransformStream<Uint8Array, Uint8Array>

const brotliAsync = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/**
 * Up to this size a body is compressed on the request's own thread: a search answer (about
 * 30 KB) takes 0.15 ms there, while the round trip through libuv's thread pool added about 1 ms
 * per answer with one client on 2 cores. Larger bodies (the map's points) go to the pool.
 */
export const SYNC_MAX_BYTES = 96 * 1024

/** A body compressed in one call: here when small, else on libuv's thread pool. */
const inEenKeer = (codering: Codering, body: Buffer): Buffer | Promise<Buffer> => {
  const brotli = {
    params: { ...BROTLI.params, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }
  if (body.length <= SYNC_MAX_BYTES) {
    return codering === 'br' ? brotliCompressSync(body, brotli) : gzipSync(body, GZIP)
  }
  return codering === 'br' ? brotliAsync(body, brotli) : gzipAsync(body, GZIP)
}

/**
 * A body that is whole in memory, compressed with the encoding chosen for the request
 * (kiesCodering); as it is when none was chosen or the body is smaller than MIN_BYTES.
 */
export const comprimeerGeheel = async (
  codering: Codering | null,
  body: Buffer,
): Promise<{ body: Buffer; codering: Codering | null }> =>
  codering && body.length >= MIN_BYTES
    ? { body: await inEenKeer(codering, body), codering }
    : { body, codering: null }

/**
 * JSON answers are built whole in memory (site/lib/server/http.ts `json`): compressed in one
 * call rather than through a web-stream pipeline, which cost three times as much for a 25 KB
 * search answer (2.7 ms against 0.9 ms, measured alone with Node 20).
 */
const isHeelInGeheugen = (contentType: string | null): boolean =>
  /^application\/json/i.test(contentType ?? '')

/**
 * The response compressed for this request, or the response itself when the client accepts no
 * compression, the body is empty, not text, or already encoded.
 */
export const comprimeer = async (request: Request, response: Response): Promise<Response> => {
  if (!response.body || response.headers.has('Content-Encoding')) return response
  if (response.status === 204 || response.status === 304 || request.method === 'HEAD') {
    return response
  }
  const contentType = response.headers.get('Content-Type')
  if (!isComprimeerbaar(contentType)) return response
  const codering = kiesCodering(request.headers.get('Accept-Encoding'))
  if (!codering) {
    // sent as it is, but only because of this Accept-Encoding: caches must know
    try {
      response.headers.append('Vary', 'Accept-Encoding')
    } catch {
      // immutable headers (a redirect): nothing to compress there anyway
    }
    return response
  }
  const headers = new Headers(response.headers)
  headers.append('Vary', 'Accept-Encoding')
  if (isHeelInGeheugen(contentType)) {
    const geheel = await comprimeerGeheel(codering, Buffer.from(await response.arrayBuffer()))
    if (geheel.codering) {
      headers.set('Content-Encoding', geheel.codering)
      headers.set('Content-Length', String(geheel.body.length))
    }
    return new Response(geheel.body as Uint8Array<ArrayBuffer>, {
      status: response.status,
      headers,
    })
  }
  headers.set('Content-Encoding', codering)
  headers.delete('Content-Length')
  return new Response(response.body.pipeThrough(compressor(codering)), {
    status: response.status,
    headers,
  })
}
