/**
 * The production entry of the public site (`dist/site/server/entry.mjs`, bundled at build by
 * site/integrations/compressie.ts): a small HTTP server in front of Astro's app handler
 * (`astro.mjs`, the Node adapter in middleware mode). It answers every file of the build's client
 * directory itself, from a table made at start (with the brotli/gzip copies made at build time
 * where they exist), and hands everything else (pages, API) straight to Astro, whose middleware
 * compresses pages and JSON. Astro's standalone handler looked on disk for a file first for
 * every request (a synchronous lstat, then an asynchronous stat through libuv's thread pool):
 * about 0.5 ms per search answer with one client, and the slow tail of it.
 * The search API, `/api/zoeken`, is answered here too, with the function of its Astro route
 * (site/lib/server/zoeken-api.ts) loaded from the route's built module: a search then costs no
 * web Request, Response, AbortSignal or stream. Through Astro, a search allocated about 280 KB
 * and moved 11 KB per request into V8's old generation (2,000 care-word searches: 22 MB, 10
 * full collections); here about 110 KB and 1.9 KB (3.7 MB, 8 collections), and the answers
 * are the same bytes (tests/int/site.int.test.ts compares both servers).
 * Reads the project's .env first (like every process) and logs through the `site` logger.
 * Port: PORT, else SITE_PORT (also from .env), else the one Astro was built with. Every response
 * gets the site's security headers here.
 */
import '../../search-indexer/runtime/load-env'
import { createReadStream, readdirSync, statSync } from 'node:fs'
import http from 'node:http'
import { extname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { errorKind, getLogger } from '../../search-indexer/runtime/logger'
import {
  comprimeerGeheel,
  kiesCodering,
  STATISCHE_TYPES,
  type Codering,
} from '../lib/server/compressie'
import type { ApiAntwoord, Zoekverzoek } from '../lib/server/zoeken-api'
import { alleenLezen, isLeesbaarAdres, JSON_KOPPEN, onleesbaarAdres } from '../lib/server/http'
import { securityHeaders, STANDAARD_TILE_URL, tileOriginOf } from '../lib/server/security'

/**
 * The built module of site/pages/api/zoeken.ts (`./chunks/….mjs`), set when this file is bundled
 * (site/integrations/compressie.ts finds it in Astro's build manifest).
 */
declare const ZOEKEN_MODULE: string

type Zoekvraag = (verzoek: Zoekverzoek) => Promise<ApiAntwoord>

interface AstroEntry {
  handler: (req: http.IncomingMessage, res: http.ServerResponse) => void
  options: { host?: string | boolean; port?: number; assets?: string }
}

interface Variant {
  pad: string
  bytes: number
}

export interface Bestand extends Variant {
  type: string
  /** the ETag's value (without quotes): changes when the file does (size and build time) */
  etag: string
  varianten: Partial<Record<Codering, Variant>>
}

const EXTENSIE: Record<Codering, string> = { br: '.br', gzip: '.gz' }

/** Types of the files that are not compressed at build time (images, fonts). */
const ANDERE_TYPES: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json',
}

/**
 * URL path → every file of the client directory, with its compressed copies (`.br`, `.gz`) where
 * the build made them. Dot files and the copies themselves are not served by their own path.
 */
export const leesStatischeBestanden = (clientDir: string): Map<string, Bestand> => {
  const out = new Map<string, Bestand>()
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue
      const pad = join(dir, entry.name)
      if (entry.isDirectory()) {
        walk(pad)
        continue
      }
      const ext = extname(entry.name)
      if (ext === '.br' || ext === '.gz') continue
      const info = statSync(pad)
      const varianten: Bestand['varianten'] = {}
      for (const codering of ['br', 'gzip'] as const) {
        try {
          const kopie = pad + EXTENSIE[codering]
          varianten[codering] = { pad: kopie, bytes: statSync(kopie).size }
        } catch {
          // no compressed copy of this kind
        }
      }
      out.set(`/${relative(clientDir, pad).split(sep).join('/')}`, {
        pad,
        bytes: info.size,
        type: STATISCHE_TYPES[ext] ?? ANDERE_TYPES[ext] ?? 'application/octet-stream',
        etag: `${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}`,
        varianten,
      })
    }
  }
  walk(clientDir)
  return out
}

/** The search route's answer function, from its built module (one copy of its state). */
const laadZoekvraag = async (): Promise<Zoekvraag> => {
  const route = (await import(ZOEKEN_MODULE)) as { page: () => unknown }
  const exports = (await route.page()) as { beantwoordZoekvraag?: Zoekvraag }
  if (typeof exports.beantwoordZoekvraag !== 'function') {
    throw new Error(`${ZOEKEN_MODULE} exports no beantwoordZoekvraag`)
  }
  return exports.beantwoordZoekvraag
}

/** GET or HEAD /api/zoeken: the JSON answer, compressed as the client accepts. */
const zoekAntwoord = async (
  beantwoord: Zoekvraag,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<void> => {
  let antwoord: ApiAntwoord
  try {
    antwoord = await beantwoord({
      zoekparameters: new URL(req.url ?? '/', 'http://site').searchParams,
      verbinding: req.socket.remoteAddress ?? null,
      forwardedFor: [req.headers['x-forwarded-for'] ?? []].flat().join(', ') || null,
    })
  } catch (error) {
    // beantwoordZoekvraag answers the engine's failures itself; this is anything else
    getLogger('site').error({ fout: errorKind(error) }, '/api/zoeken failed')
    antwoord = {
      status: 500,
      body: { fout: 'Het zoeken lukt nu even niet. Probeer het later opnieuw.' },
    }
  }
  const { body, codering } = await comprimeerGeheel(
    kiesCodering(req.headers['accept-encoding']),
    Buffer.from(JSON.stringify(antwoord.body)),
  )
  res.writeHead(antwoord.status, {
    ...antwoord.headers,
    ...JSON_KOPPEN,
    Vary: 'Accept-Encoding',
    ...(codering && { 'Content-Encoding': codering }),
    'Content-Length': String(body.length),
  })
  res.end(req.method === 'HEAD' ? undefined : body)
}

const hostOf = (host: string | boolean | undefined): string =>
  typeof host === 'string' ? host : host ? '0.0.0.0' : 'localhost'

const start = async () => {
  // import Astro's entry without letting it start its own server
  process.env.ASTRO_NODE_AUTOSTART = 'disabled'
  const astroEntry = './astro.mjs'
  const { handler, options } = (await import(astroEntry)) as AstroEntry
  const beantwoordZoekvraag = await laadZoekvraag()
  const clientDir = fileURLToPath(new URL('../client/', import.meta.url))
  const bestanden = leesStatischeBestanden(clientDir)
  const assetsDir = `/${options.assets ?? '_astro'}/`
  // MAP_TILE_URL is validated by the site's configuration (site/lib/server/config.ts)
  const headers = securityHeaders(
    tileOriginOf(process.env.MAP_TILE_URL?.trim() || STANDAARD_TILE_URL),
  )

  const server = http.createServer((req, res) => {
    // set before anything answers; Astro's own answers set the same values again
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
    const pad = (req.url ?? '/').split(/[?#]/)[0] ?? '/'
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS') {
      // the site only reads (Astro would answer an English 403 'Cross-site POST form submissions
      // are forbidden' to a form post)
      const { type, body } = alleenLezen(pad)
      res.writeHead(405, { 'Content-Type': type, 'Cache-Control': 'no-store', Allow: 'GET, HEAD' })
      res.end(body)
      return
    }
    if (!isLeesbaarAdres(req.url ?? '/')) {
      // Astro answers these with an English 'Bad request.' in plain text
      const { type, body } = onleesbaarAdres(pad)
      res.writeHead(400, { 'Content-Type': type, 'Cache-Control': 'no-store' })
      res.end(req.method === 'HEAD' ? undefined : body)
      return
    }
    if (pad === '/api/zoeken' && (req.method === 'GET' || req.method === 'HEAD')) {
      zoekAntwoord(beantwoordZoekvraag, req, res).catch(() => res.destroy())
      return
    }
    const bestand = req.method === 'GET' || req.method === 'HEAD' ? bestanden.get(pad) : undefined
    if (!bestand) {
      handler(req, res)
      return
    }
    const kopieen = (['br', 'gzip'] as const).filter((c) => bestand.varianten[c])
    const codering =
      kopieen.length > 0 ? kiesCodering(req.headers['accept-encoding'], kopieen) : null
    const variant = (codering && bestand.varianten[codering]) || bestand
    const etag = `"${bestand.etag}${codering ? `-${codering}` : ''}"`
    res.setHeader('Content-Type', bestand.type)
    res.setHeader(
      'Cache-Control',
      pad.startsWith(assetsDir) ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
    )
    res.setHeader('ETag', etag)
    if (kopieen.length > 0) res.setHeader('Vary', 'Accept-Encoding')
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304)
      res.end()
      return
    }
    if (codering) res.setHeader('Content-Encoding', codering)
    res.writeHead(200, { 'Content-Length': String(variant.bytes) })
    if (req.method === 'HEAD') {
      res.end()
      return
    }
    createReadStream(variant.pad)
      .on('error', () => res.destroy())
      .pipe(res)
  })
  const port = Number(process.env.PORT || process.env.SITE_PORT || options.port || 8080)
  const host = process.env.HOST || hostOf(options.host)
  server.listen(port, host, () => {
    getLogger('site').info(
      { host, port, compressed: bestanden.size },
      `listening on http://${host}:${port} (${bestanden.size} compressed files)`,
    )
  })
}

await start()
