/**
 * The production entry of the public site (`dist/site/server/entry.mjs`, bundled at build by
 * site/integrations/compressie.ts): Astro's Node handler (`astro.mjs`) behind a small HTTP
 * server that answers static files with the brotli/gzip copies made at build time. Everything
 * else (pages, API, files without a compressed copy) goes to Astro, whose middleware compresses
 * pages and JSON itself. Reads the project's .env first (like every process) and logs through the
 * `site` logger. Port: PORT, else SITE_PORT (also from .env), else the one Astro was built with.
 * Every response gets the site's security headers here, also the static files Astro's Node
 * handler answers before its middleware runs (small files, the favicon).
 */
import '../../search-indexer/runtime/load-env'
import { createReadStream, readdirSync, statSync } from 'node:fs'
import http from 'node:http'
import { extname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { getLogger } from '../../search-indexer/runtime/logger'
import { kiesCodering, STATISCHE_TYPES, type Codering } from '../lib/server/compressie'
import { alleenLezen, isLeesbaarAdres, onleesbaarAdres } from '../lib/server/http'
import { securityHeaders, STANDAARD_TILE_URL, tileOriginOf } from '../lib/server/security'

interface AstroEntry {
  handler: (req: http.IncomingMessage, res: http.ServerResponse) => void
  options: { host?: string | boolean; port?: number; assets?: string }
}

interface Bestand {
  pad: string
  type: string
  varianten: Partial<Record<Codering, { pad: string; bytes: number }>>
}

const EXTENSIE: Record<Codering, string> = { br: '.br', gzip: '.gz' }

/** URL path → the file and its compressed copies, for every file that has one. */
export const leesStatischeBestanden = (clientDir: string): Map<string, Bestand> => {
  const out = new Map<string, Bestand>()
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const pad = join(dir, entry.name)
      if (entry.isDirectory()) {
        walk(pad)
        continue
      }
      const type = STATISCHE_TYPES[extname(entry.name)]
      if (!type) continue
      const varianten: Bestand['varianten'] = {}
      for (const codering of ['br', 'gzip'] as const) {
        try {
          const kopie = pad + EXTENSIE[codering]
          varianten[codering] = { pad: kopie, bytes: statSync(kopie).size }
        } catch {
          // no compressed copy of this kind
        }
      }
      if (Object.keys(varianten).length === 0) continue
      out.set(`/${relative(clientDir, pad).split(sep).join('/')}`, { pad, type, varianten })
    }
  }
  walk(clientDir)
  return out
}

const hostOf = (host: string | boolean | undefined): string =>
  typeof host === 'string' ? host : host ? '0.0.0.0' : 'localhost'

const start = async () => {
  // import Astro's entry without letting it start its own server
  process.env.ASTRO_NODE_AUTOSTART = 'disabled'
  const astroEntry = './astro.mjs'
  const { handler, options } = (await import(astroEntry)) as AstroEntry
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
    const bestand = req.method === 'GET' || req.method === 'HEAD' ? bestanden.get(pad) : undefined
    const codering = bestand
      ? kiesCodering(
          req.headers['accept-encoding'],
          (['br', 'gzip'] as const).filter((c) => bestand.varianten[c]),
        )
      : null
    const variant = codering ? bestand?.varianten[codering] : undefined
    if (!bestand || !codering || !variant) {
      handler(req, res)
      return
    }
    res.writeHead(200, {
      'Content-Type': bestand.type,
      'Content-Encoding': codering,
      'Content-Length': String(variant.bytes),
      Vary: 'Accept-Encoding',
      'Cache-Control': pad.startsWith(assetsDir)
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=3600',
    })
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
