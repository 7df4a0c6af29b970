/**
 * The access table covers every route: each route of the built Payload config, of the CMS's
 * Next.js route files and of the public site has its row (cms/access/table.ts), and every custom
 * endpoint is made with endpoint() and declares the rule its row names. docs/access.md is the
 * table as it is now.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { ROUTES } from '../../cms/access/table'
import { renderAccessMd } from '../../scripts/render-access'
import { tempDir } from './helpers/database'
import { alleRoutes, type Route } from '../../cms/access/routes'

describe('the access table covers every route', () => {
  let routes: Route[]
  let config: SanitizedConfig

  beforeAll(async () => {
    process.env.DATA_DIR ??= tempDir('za-toegangstabel')
    const { default: configPromise } = await import('../../payload.config')
    config = await configPromise
    routes = alleRoutes(config)
  })

  it('enumerates the routes of the CMS and the site', () => {
    // a sanity floor: collections × Payload's routes, our endpoints, the site's pages
    expect(routes.length).toBeGreaterThan(300)
    expect(routes.some((r) => r.sleutel === 'POST /api/organisaties/:id/versturen')).toBe(true)
    expect(routes.some((r) => r.sleutel === 'GET /api/payload-jobs/run')).toBe(true)
    expect(routes.some((r) => r.sleutel === 'POST /api/graphql')).toBe(true)
    expect(routes.some((r) => r.sleutel === 'site GET /api/zoeken')).toBe(true)
  })

  it('has a row for every route', () => {
    // a route an earlier endpoint answers entirely is never reached (docs/access.md lists them)
    const zonder = [
      ...new Set(routes.filter((r) => !r.cellen && !r.overschaduwd).map((r) => r.sleutel)),
    ]
    expect(zonder, 'routes without a row in cms/access/table.ts').toEqual([])
  })

  it('names no route that does not exist', () => {
    const bestaand = new Set(routes.map((r) => r.sleutel))
    const verzonnen = ROUTES.map((r) => r.route).filter((r) => !bestaand.has(r))
    expect(verzonnen, 'rows of cms/access/table.ts without a route').toEqual([])
  })

  it('every custom endpoint is made with endpoint() and declares the rule of its row', () => {
    const fout: string[] = []
    // Payload takes the first endpoint that matches; ours come before its own (a later one that
    // answers the same addresses, e.g. Payload's DELETE /:id, is never reached)
    for (const r of routes.filter((x) => !x.overschaduwd)) {
      if (r.rij?.soort !== 'eigen') continue
      if (!r.verklaring) fout.push(`${r.sleutel}: not made with endpoint()`)
      else if (r.verklaring.regel !== r.rij.regel)
        fout.push(`${r.sleutel}: declares ${r.verklaring.regel}, the table says ${r.rij.regel}`)
    }
    // an endpoint() outside the table's custom rows would escape the rule check above
    for (const r of routes) {
      if (r.verklaring && r.rij?.soort !== 'eigen')
        fout.push(`${r.sleutel}: made with endpoint() but its row is not of kind 'eigen'`)
    }
    expect(fout).toEqual([])
  })

  it('docs/access.md is the table as it is now (npm run docs:access)', () => {
    const file = path.resolve(import.meta.dirname, '../../docs/access.md')
    const huidig = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
    expect(huidig === renderAccessMd(routes), 'docs/access.md is stale: npm run docs:access').toBe(
      true,
    )
  })
})
