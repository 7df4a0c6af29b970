import { describe, expect, it } from 'vitest'
import { routeModule, ZOEKEN_ROUTE } from '../../../site/integrations/compressie'

describe('routeModule: the built module of a route, from the build manifest', () => {
  const entryModules = {
    '\0virtual:astro:page:site/pages/api/zoeken@_@ts': 'chunks/zoeken_IzjXu7nv.mjs',
    '\0virtual:astro:page:site/pages/api/zoeken-oud@_@ts': 'chunks/zoeken-oud_A1.mjs',
    '\0virtual:astro:page:site/pages/zoeken@_@astro': 'chunks/zoeken_B2.mjs',
    '@astrojs/node/server.js': 'astro.mjs',
  }

  it('finds the search route by its source file, not by a similar name', () => {
    expect(routeModule(entryModules, ZOEKEN_ROUTE)).toBe('./chunks/zoeken_IzjXu7nv.mjs')
    expect(routeModule(entryModules, 'site/pages/zoeken.astro')).toBe('./chunks/zoeken_B2.mjs')
  })

  it('stops the build when the route has no module, or more than one', () => {
    expect(() => routeModule({}, ZOEKEN_ROUTE)).toThrow(/0 modules voor site\/pages\/api\/zoeken/)
    const twice = { ...entryModules, 'other:site/pages/api/zoeken@_@ts': 'chunks/x.mjs' }
    expect(() => routeModule(twice, ZOEKEN_ROUTE)).toThrow(/2 modules/)
  })
})
