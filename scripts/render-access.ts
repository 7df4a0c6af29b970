/**
 * `npm run docs:access`: renders docs/access.md from the access table (cms/access/table.ts) and
 * the routes of the built config (cms/access/routes.ts). The access test fails when the file is
 * stale.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { REGELS } from '../cms/access/regels'
import type { Route } from '../cms/access/routes'
import {
  COLLECTIES,
  OPERATIE_UITLEG,
  ROLLEN,
  ROL_UITLEG,
  ROUTES,
  type Cel,
  type Rol,
} from '../cms/access/table'

const TEKEN: Record<Cel['uitkomst'], string> = {
  ja: 'ja',
  eigen: 'eigen',
  gepubliceerd: 'Definitief',
  zelf: 'zelf',
  nee: '—',
}

const cel = (c: Cel) => (c.uitkomst === 'nee' ? `— ${c.reden}` : `${TEKEN[c.uitkomst]}: ${c.reden}`)

const kop = `| | ${ROLLEN.join(' | ')} |\n|---|${ROLLEN.map(() => '---').join('|')}|`
const regel = (naam: string, cellen: Record<Rol, Cel>) =>
  `| ${naam} | ${ROLLEN.map((r) => cel(cellen[r]).replace(/\|/g, '\\|')).join(' | ')} |`

export function renderAccessMd(routes: Route[]): string {
  const uit: string[] = []
  uit.push('# Access table')
  uit.push('')
  uit.push(
    'Generated from `cms/access/table.ts` by `npm run docs:access`; do not edit by hand. The access',
    'test (`tests/int/toegang.suite.ts`) runs every case of this table as a real login on SQLite and',
    'PostgreSQL, and `tests/int/toegangstabel.int.test.ts` fails for a route without a row.',
    '',
    'Outcomes: **ja** allowed; **eigen** only records of the role’s own organisations (a provider’s',
    'organisations, an editor’s zorgkantoor’s organisations); **Definitief** only approved records;',
    '**zelf** only the login’s own; **—** refused (401 without a login, 403, 404 or 405).',
    '',
    '## Roles',
    '',
    ...ROLLEN.map((r) => `- \`${r}\`: ${ROL_UITLEG[r]}`),
    '',
    '## Rules of custom endpoints (`cms/access/regels.ts`)',
    '',
    ...Object.values(REGELS).map((r) => `- \`${r.naam}\`: ${r.uitleg}`),
    '',
    '## Collections (Payload’s own routes)',
    '',
    'Each operation covers these routes: ',
    ...Object.entries(OPERATIE_UITLEG).map(([op, u]) => `- \`${op}\`: ${u}`),
    '',
  )
  for (const [slug, c] of Object.entries(COLLECTIES)) {
    uit.push(`### \`${slug}\`: ${c.uitleg}`, '', kop)
    for (const [op, cellen] of Object.entries(c.operaties)) uit.push(regel(op, cellen!))
    uit.push('')
  }
  uit.push('## Other routes', '')
  uit.push(kop.replace('| |', '| route |'))
  for (const r of ROUTES) {
    const naam = `\`${r.route}\`${r.regel ? ` (regel \`${r.regel}\`)` : ''}: ${r.uitleg}`
    uit.push(regel(naam, r.cellen))
  }
  uit.push('')
  const schaduw = routes.filter((r) => r.overschaduwd)
  uit.push(
    '## Routes never reached',
    '',
    'An earlier endpoint answers every address of these (ours before Payload’s own):',
    '',
    ...schaduw.map((r) => `- \`${r.sleutel}\``),
    '',
  )
  const perSoort = new Map<string, number>()
  for (const r of routes.filter((x) => !x.overschaduwd)) {
    const soort = r.rij?.soort ?? (r.operatie ? 'collectie' : 'onbekend')
    perSoort.set(soort, (perSoort.get(soort) ?? 0) + 1)
  }
  uit.push(
    '## Counts',
    '',
    `${routes.length - schaduw.length} routes (${[...perSoort].map(([s, n]) => `${n} ${s}`).join(', ')}), ` +
      `${ROLLEN.length} roles: ${(routes.length - schaduw.length) * ROLLEN.length} cells.`,
    '',
  )
  return uit.join('\n')
}

async function main() {
  process.env.DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'za-docs-access-'))
  const { default: configPromise } = await import('../payload.config')
  const { alleRoutes } = await import('../cms/access/routes')
  const routes = alleRoutes(await configPromise)
  const file = path.resolve(import.meta.dirname, '../docs/access.md')
  fs.writeFileSync(file, renderAccessMd(routes))
  console.log(`docs/access.md: ${routes.length} routes`)
  process.exit(0)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main()
