/**
 * Every route of the system, enumerated from what runs: the built Payload config (collection,
 * global and root endpoints, Payload's own and ours), the Next.js route files of the CMS and the
 * page files of the public site. The access test and the fuzz test walk the same list, and each
 * route is resolved to its row of the access table (cms/access/table.ts).
 */
import fs from 'node:fs'
import path from 'node:path'
import type { SanitizedConfig } from 'payload'
import {
  COLLECTIES,
  OPERATIE_VAN_ROUTE,
  ROUTES,
  cellen,
  type Cel,
  type Operatie,
  type Rol,
  type RouteRij,
} from './table'
import { verklaringVan, type EndpointVerklaring } from '../http/endpoint'

export type Methode = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

export interface Route {
  /** `METHOD /api/...` or `site METHOD /...`: the key of the access table */
  sleutel: string
  methode: Methode
  /** the path template under /api (or the site path) */
  pad: string
  collectie?: string
  global?: string
  /** for Payload's own collection routes */
  operatie?: Operatie
  /** for our own endpoints: what they declare */
  verklaring?: EndpointVerklaring | null
  /** an earlier endpoint of the same method answers every address of this one */
  overschaduwd?: boolean
  /** the table's verdict per role, or undefined when the table has no row */
  cellen?: Record<Rol, Cel>
  rij?: RouteRij
}

const ROOT = path.resolve(import.meta.dirname, '../..')

/** Payload's default collection routes, when the collection has no versions. */
const GEEN_VERSIES = cellen(
  'anoniem:nee(geen versies) aanbieder:nee(geen versies) redacteur:nee(geen versies) beheerder:nee(geen versies)',
)

function resolve(route: Route): Route {
  const rij = ROUTES.find((r) => r.route === route.sleutel)
  if (rij) return { ...route, rij, cellen: rij.cellen }
  if (route.collectie) {
    const op = OPERATIE_VAN_ROUTE[`${route.methode} ${route.pad}`]
    if (op) {
      const c = COLLECTIES[route.collectie]
      // without its own row, a bulk change or delete follows the single one
      const enkel =
        op === 'wijzigen-meerdere' ? 'wijzigen' : op === 'verwijderen-meerdere' ? 'verwijderen' : op
      const cel = c?.operaties[op] ?? c?.operaties[enkel]
      if (cel) return { ...route, operatie: op, cellen: cel }
      return { ...route, operatie: op }
    }
  }
  return route
}

/** Do two path templates answer the same addresses (`/:key` and `/:id`, `/x` and `/:id`)? */
function zelfdeAdressen(eerder: string, later: string): boolean {
  if (eerder.includes('?') || later.includes('?')) return eerder === later
  const a = eerder.split('/')
  const b = later.split('/')
  // the earlier one takes every address of the later one (a parameter takes a non-empty segment)
  return (
    a.length === b.length &&
    a.every((seg, i) => seg === b[i] || (seg.startsWith(':') && b[i] !== ''))
  )
}

function collectieRoutes(config: SanitizedConfig): Route[] {
  const out: Route[] = []
  for (const c of config.collections) {
    const eerdere: { methode: string; pad: string }[] = []
    for (const e of c.endpoints || []) {
      const methode = e.method.toUpperCase() as Methode
      const sub = e.path === '/' ? '' : e.path
      const route: Route = {
        sleutel: `${methode} /api/${c.slug}${sub}`,
        methode,
        pad: e.path,
        collectie: c.slug,
        verklaring: verklaringVan(e),
      }
      const resolved = resolve(route)
      resolved.overschaduwd = eerdere.some(
        (x) => x.methode === methode && zelfdeAdressen(x.pad, e.path),
      )
      eerdere.push({ methode, pad: e.path })
      // Version routes of a collection without versions answer 404 (cms/http/rest-routes.ts).
      if (
        !c.versions &&
        (resolved.operatie === 'versies' || resolved.operatie === 'versie-terugzetten')
      ) {
        out.push({ ...resolved, cellen: resolved.cellen ?? GEEN_VERSIES })
      } else out.push(resolved)
    }
  }
  return out
}

function globalRoutes(config: SanitizedConfig): Route[] {
  return config.globals.flatMap((g) =>
    (g.endpoints || []).map((e) => {
      const methode = e.method.toUpperCase() as Methode
      const sub = e.path === '/' ? '' : e.path
      return resolve({
        sleutel: `${methode} /api/globals/${g.slug}${sub}`,
        methode,
        pad: e.path,
        global: g.slug,
        verklaring: verklaringVan(e),
      })
    }),
  )
}

function rootRoutes(config: SanitizedConfig): Route[] {
  return config.endpoints.map((e) => {
    const methode = e.method.toUpperCase() as Methode
    return resolve({
      sleutel: `${methode} /api${e.path}`,
      methode,
      pad: e.path,
      verklaring: verklaringVan(e),
    })
  })
}

/** Next.js route files of the CMS besides Payload's catch-all (GraphQL, its playground). */
function nextRoutes(): Route[] {
  const dir = path.join(ROOT, 'cms/app/(payload)/api')
  const out: Route[] = []
  for (const name of fs.readdirSync(dir)) {
    if (name === '[...slug]') continue
    const file = path.join(dir, name, 'route.ts')
    if (!fs.existsSync(file)) continue
    const text = fs.readFileSync(file, 'utf8')
    for (const m of text.matchAll(/export const (GET|POST|PATCH|PUT|DELETE)\b/g)) {
      const methode = m[1] as Methode
      out.push(resolve({ sleutel: `${methode} /api/${name}`, methode, pad: `/${name}` }))
    }
  }
  return out
}

/** The public site's pages and API routes (site/pages), each answering GET. */
function siteRoutes(): Route[] {
  const dir = path.join(ROOT, 'site/pages')
  const out: Route[] = []
  const walk = (sub: string) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.posix.join(sub, entry.name)
      if (entry.isDirectory()) walk(rel)
      else if (/\.(astro|ts)$/.test(entry.name)) {
        let pad = `/${rel.replace(/\.(astro|ts)$/, '')}`.replace(/\/index$/, '/')
        if (pad === '') pad = '/'
        out.push(resolve({ sleutel: `site GET ${pad}`, methode: 'GET', pad }))
      }
    }
  }
  walk('')
  return out
}

/** Every route, each resolved to its row of the access table (or without cells: missing). */
export function alleRoutes(config: SanitizedConfig): Route[] {
  return [
    ...collectieRoutes(config),
    ...globalRoutes(config),
    ...rootRoutes(config),
    ...nextRoutes(),
    ...siteRoutes(),
  ]
}

/** A concrete path for a template: `:id` and friends filled in. */
export function invullen(pad: string, waarden: Record<string, string>): string {
  return pad
    .replace(/\/:([A-Za-z]+)\?/g, (_m, k: string) => (waarden[k] ? `/${waarden[k]}` : ''))
    .replace(/:([A-Za-z]+)/g, (_m, k: string) => waarden[k] ?? 'onbekend')
}
