// Astro config of the public Zorgatlas site (site/). Server-rendered on Node: the adapter in
// middleware mode, behind our own server (site/server/entry.ts), which serves the build's files.
// SITE_PORT and HOST are read here (after the project's .env) for `astro dev`/`astro preview` and
// baked in as defaults of the built server; at runtime our server honours PORT,
// SITE_PORT and HOST (site/server/entry.ts).
import './search-indexer/runtime/load-env'
import node from '@astrojs/node'
import { defineConfig } from 'astro/config'
import { compressie } from './site/integrations/compressie'

const port = Number(process.env.SITE_PORT ?? 4321)

export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'middleware' }),
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist/site',
  // keep everything on our own origin as files: the CSP allows no inline styles. Astro's own
  // server entry is astro.mjs; entry.mjs is ours (compressed static files, see compressie.ts)
  build: { inlineStylesheets: 'never', serverEntry: 'astro.mjs' },
  integrations: [compressie()],
  server: {
    port: Number.isInteger(port) && port > 0 ? port : 4321,
    host: process.env.HOST ?? '127.0.0.1',
  },
  devToolbar: { enabled: false },
  vite: {
    // never inline small scripts or assets into the HTML: the CSP allows only files from 'self'
    build: { assetsInlineLimit: 0 },
  },
  // the site renders without prefetching or image services; nothing phones home at runtime
  prefetch: false,
})
