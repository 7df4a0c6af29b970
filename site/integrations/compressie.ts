/**
 * Build step of the public site: after `astro build`, compress every static text file of the
 * client output once (brotli at maximum quality and gzip, `.br` / `.gz` next to it), and bundle
 * site/server/entry.ts as the server entry `entry.mjs` that serves those copies in front of
 * Astro's handler (`astro.mjs`, see `build.serverEntry` in astro.config.mjs).
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { AstroIntegration } from 'astro'
import { build } from 'esbuild'
import { MIN_BYTES, STATISCHE_TYPES } from '../lib/server/compressie'

const brotli = promisify(brotliCompress)
const gz = promisify(gzip)

const bestandenIn = async (dir: string): Promise<string[]> => {
  const out: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const pad = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...(await bestandenIn(pad)))
    else out.push(pad)
  }
  return out
}

/** Write `.br` and `.gz` copies of the compressible files in `dir`; returns how many. */
export const comprimeerMap = async (dir: string): Promise<number> => {
  let n = 0
  for (const pad of await bestandenIn(dir)) {
    if (!STATISCHE_TYPES[extname(pad)] || (await stat(pad)).size < MIN_BYTES) continue
    const inhoud = await readFile(pad)
    const [br, gzipped] = await Promise.all([
      brotli(inhoud, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: inhoud.length,
        },
      }),
      gz(inhoud, { level: 9 }),
    ])
    if (br.length < inhoud.length) await writeFile(`${pad}.br`, br)
    if (gzipped.length < inhoud.length) await writeFile(`${pad}.gz`, gzipped)
    n++
  }
  return n
}

/** The route whose built module the site's own server calls directly (site/server/entry.ts). */
export const ZOEKEN_ROUTE = 'site/pages/api/zoeken.ts'

/**
 * The file of a route's built module, relative to the server directory (`./chunks/….mjs`), from
 * the build manifest's entry modules (keys like `\0virtual:astro:page:site/pages/api/zoeken@_@ts`).
 * Throws when there is not exactly one: the build must not produce a server without it.
 */
export const routeModule = (entryModules: Record<string, string>, route: string): string => {
  const [pad, ext] = [
    route.slice(0, route.lastIndexOf('.')),
    route.slice(route.lastIndexOf('.') + 1),
  ]
  const found = Object.entries(entryModules).filter(([key]) => key.endsWith(`:${pad}@_@${ext}`))
  if (found.length !== 1 || !found[0]![1]) {
    throw new Error(`De build heeft ${found.length} modules voor ${route}; verwacht: 1.`)
  }
  return `./${found[0]![1]}`
}

export const compressie = (): AstroIntegration => {
  let clientDir = ''
  let serverDir = ''
  let zoekenModule = ''
  return {
    name: 'zorgatlas-compressie',
    hooks: {
      'astro:config:done': ({ config }) => {
        clientDir = fileURLToPath(config.build.client)
        serverDir = fileURLToPath(config.build.server)
      },
      'astro:build:ssr': ({ manifest }) => {
        zoekenModule = routeModule(manifest.entryModules, ZOEKEN_ROUTE)
      },
      'astro:build:done': async ({ logger }) => {
        const n = await comprimeerMap(clientDir)
        await build({
          entryPoints: [fileURLToPath(new URL('../server/entry.ts', import.meta.url))],
          outfile: join(serverDir, 'entry.mjs'),
          bundle: true,
          platform: 'node',
          format: 'esm',
          target: 'node26',
          // pino and pino-pretty from node_modules at runtime, as in the rest of the server
          external: ['./astro.mjs', zoekenModule, 'pino', 'pino-pretty'],
          define: { ZOEKEN_MODULE: JSON.stringify(zoekenModule) },
          logLevel: 'warning',
        })
        logger.info(`${n} static files compressed (br, gz); server entry written`)
      },
    },
  }
}
