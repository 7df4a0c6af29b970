/**
 * `npm start`: the whole Zorgatlas on embedded defaults.
 * Builds when sources changed, runs migrations, seeds demo data into an empty database (not in
 * production unless SEED_DEMO=true), then runs cms, site and indexer with prefixed logs.
 * A child that stops unexpectedly is restarted with backoff while the others keep serving
 * (scripts/supervisor.ts); Ctrl-C stops all three. Ports and data dir: CMS_PORT, SITE_PORT, DATA_DIR.
 * Every line (the children's and our own) also goes to DATA_DIR/logs/npm-start.log, appended; the
 * end-to-end run reads it to prove that logs carry no e-mail addresses, tokens or passwords
 * (tests/e2e/zz-logboek.e2e.ts). The welcome text with the demo logins is shown on a terminal only
 * and never written to the log.
 */
import '../search-indexer/runtime/load-env'
import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Supervisor } from './supervisor'
import { SITE_NODE_ENV, SITE_NODE_FLAGS } from '../site/server/node-flags'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name: string) => path.join(root, 'node_modules/.bin', name)

const production = process.env.NODE_ENV === 'production'
// A blank value (e.g. `HOST=` from a .env copied from .env.example) means "not set", as in the
// configs of cms, site and engine.
const dataDir = path.resolve(root, process.env.DATA_DIR || './data')
const cmsPort = Number(process.env.CMS_PORT || 3000)
const sitePort = Number(process.env.SITE_PORT || 4321)
const demoPassword = process.env.DEMO_PASSWORD || 'Zorgatlas-demo-2026'
fs.mkdirSync(dataDir, { recursive: true })
const LOG_FILE = path.join(dataDir, 'logs', 'npm-start.log')
fs.mkdirSync(path.dirname(LOG_FILE), { recursive: true })
const logFile = fs.createWriteStream(LOG_FILE, { flags: 'a' })
/** A line on the console and in the log file (without terminal colours). */
const out = (line: string) => {
  console.log(line)
  // eslint-disable-next-line no-control-regex
  logFile.write(`${line.replace(/\x1b\[[0-9;]*m/g, '')}\n`)
}

/** The zero-setup secret lives in the data dir, never in the repo; production must set its own. */
function secret(): string {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  if (production)
    throw new Error('PAYLOAD_SECRET ontbreekt. Zet deze in de omgeving (zie .env.example).')
  const file = path.join(dataDir, '.payload-secret')
  if (!fs.existsSync(file))
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 })
  return fs.readFileSync(file, 'utf8').trim()
}

const env: NodeJS.ProcessEnv = {
  ...process.env,
  PATH: `${path.join(root, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
  DATA_DIR: dataDir,
  CMS_PORT: String(cmsPort),
  SITE_PORT: String(sitePort),
  PAYLOAD_SECRET: secret(),
  PAYLOAD_CONFIG_PATH: path.join(root, 'payload.config.ts'),
  CMS_PUBLIC_URL: process.env.CMS_PUBLIC_URL || `http://localhost:${cmsPort}`,
  SITE_PUBLIC_URL: process.env.SITE_PUBLIC_URL || `http://localhost:${sitePort}`,
  NEXT_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
  // The children run production builds (NODE_ENV=production) but stay readable here unless this
  // is production itself (search-indexer/runtime/logger.ts).
  LOG_FORMAT: process.env.LOG_FORMAT || (production ? 'json' : 'pretty'),
}

const colors = { cms: 36, site: 35, indexer: 33, start: 32 } as const
type Name = keyof typeof colors
const prefix = (name: Name) =>
  process.stdout.isTTY ? `\x1b[${colors[name]}m[${name}]\x1b[0m` : `[${name}]`
const say = (msg: string) => out(`${prefix('start')} ${msg}`)

function pipe(name: Name, child: ChildProcess) {
  for (const stream of [child.stdout, child.stderr]) {
    let rest = ''
    stream?.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split('\n')
      rest = lines.pop() ?? ''
      for (const line of lines) out(`${prefix(name)} ${line}`)
    })
  }
}

function run(
  name: Name,
  command: string,
  args: string[],
  extraEnv: Record<string, string> = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...env, ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    pipe(name, child)
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} stopte met code ${code}`)),
    )
  })
}

/** Fingerprint of the sources a build depends on: rebuild only when something changed. */
function fingerprint(paths: string[]): string {
  const hash = crypto.createHash('sha256')
  const walk = (p: string) => {
    const full = path.join(root, p)
    if (!fs.existsSync(full)) return
    const stat = fs.statSync(full)
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(full).sort()) {
        if (['node_modules', '.next', 'dist', '.astro'].includes(entry)) continue
        walk(path.join(p, entry))
      }
    } else {
      hash.update(`${p}:${stat.size}:${stat.mtimeMs}\n`)
    }
  }
  paths.forEach(walk)
  return hash.digest('hex')
}

async function buildIfNeeded(
  name: Name,
  marker: string,
  sources: string[],
  build: () => Promise<void>,
) {
  const markerFile = path.join(root, marker)
  const current = fingerprint(sources)
  if (fs.existsSync(markerFile) && fs.readFileSync(markerFile, 'utf8') === current) {
    say(`${name}: build is actueel`)
    return
  }
  say(`${name}: bouwen…`)
  const started = Date.now()
  await build()
  fs.mkdirSync(path.dirname(markerFile), { recursive: true })
  fs.writeFileSync(markerFile, current)
  say(`${name}: gebouwd in ${Math.round((Date.now() - started) / 1000)} s`)
}

let stopping = false
const supervisor = new Supervisor({
  runDir: path.join(dataDir, 'run'),
  onLine: (name, line) => out(`${prefix(name as Name)} ${line}`),
  onEvent: say,
})

async function stopAll(code: number) {
  if (stopping) return
  stopping = true
  say('stoppen…')
  await supervisor.stop()
  await new Promise((resolve) => logFile.end(resolve))
  process.exit(code)
}

/** A supervised service: restarted with backoff when it stops unexpectedly; the others keep running. */
function startService(
  name: Name,
  command: string,
  args: string[],
  extraEnv: Record<string, string> = {},
) {
  supervisor.start({ name, command, args, cwd: root, env: { ...env, ...extraEnv } })
}

async function waitFor(url: string, timeoutMs = 120_000) {
  const end = Date.now() + timeoutMs
  while (Date.now() < end && !stopping) {
    try {
      const res = await fetch(url)
      if (res.ok) return true
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  return false
}

process.on('SIGINT', () => void stopAll(0))
process.on('SIGTERM', () => void stopAll(0))

const database = process.env.DATABASE_URL ?? ''
const isSql = !database.startsWith('mongodb')

await buildIfNeeded(
  'cms',
  'cms/.next/.zorgatlas-build',
  ['cms', 'payload.config.ts', 'package-lock.json'],
  () => run('cms', bin('next'), ['build', 'cms'], { NODE_ENV: 'production' }),
)
await buildIfNeeded(
  'site',
  'dist/site/.zorgatlas-build',
  ['site', 'astro.config.mjs', 'search-indexer', 'package-lock.json'],
  () => run('site', bin('astro'), ['build'], { NODE_ENV: 'production' }),
)
if (isSql) {
  say('database bijwerken (migraties)…')
  await run('cms', bin('payload'), ['migrate'], { NODE_ENV: 'production' })
}
const seedDemo = process.env.SEED_DEMO || 'auto'
if (seedDemo === 'true' || (seedDemo === 'auto' && !production)) {
  await run('cms', bin('tsx'), ['cms/seed/run.ts'], {
    NODE_ENV: 'production',
    ZORGATLAS_DEMO: 'true',
  })
}

startService('cms', bin('next'), ['start', 'cms', '-p', String(cmsPort)], {
  NODE_ENV: 'production',
})
// `node --import tsx`, not the tsx CLI: the CLI runs the script in a child process, so a SIGKILL
// of the supervised pid would leave the real worker running.
startService('indexer', process.execPath, ['--import', 'tsx', 'search-indexer/worker.ts'], {
  NODE_ENV: 'production',
})
startService('site', process.execPath, [...SITE_NODE_FLAGS, 'dist/site/server/entry.mjs'], {
  ...SITE_NODE_ENV,
  NODE_ENV: 'production',
  PORT: String(sitePort),
  HOST: process.env.HOST || '0.0.0.0',
})

const [cmsUp, siteUp] = await Promise.all([
  waitFor(`http://127.0.0.1:${cmsPort}/api/health`),
  waitFor(`http://127.0.0.1:${sitePort}/api/health`),
])
if (!stopping) {
  const lines = [
    '',
    'Zorgatlas draait:',
    `  Publieke site:   http://localhost:${sitePort}${siteUp ? '' : '  (nog niet bereikbaar)'}`,
    `  Beheer (CMS):    http://localhost:${cmsPort}/admin${cmsUp ? '' : '  (nog niet bereikbaar)'}`,
    `  Data:            ${dataDir}`,
  ]
  // The demo logins are e-mail addresses with a password: for the person at the terminal, never
  // for a log (a pipe, a service manager, the log file).
  if (seedDemo !== 'false' && !production && process.stdout.isTTY) {
    lines.push(
      '',
      `Demo-logins (wachtwoord: ${demoPassword}):`,
      '  beheer@zorgatlas.test            beheerder',
      '  redacteur.cz@zorgatlas.test      redacteur CZ zorgkantoor',
      '  redacteur.menzis@zorgatlas.test  redacteur Menzis zorgkantoor',
      '  aanbieder@zorgatlas.test         zorgaanbieder (organisaties onder CZ en Menzis)',
      '  aanbieder2@zorgatlas.test        zorgaanbieder (andere organisaties)',
      '  gebruikersbeheer@zorgatlas.test  zorgaanbieder en gebruikersbeheerder (organisaties van aanbieder2)',
      '  collega@zorgatlas.test           zorgaanbieder (collega bij één van die organisaties)',
      '',
      'Inloggen in twee stappen (alle behalve collega@, nieuw@, pgb@): code uit een app met de demosleutel',
      '  ZORGATLASDEMOTWEESTAPSGEHEIM2FA4, of: npx tsx scripts/demo-code.ts',
    )
  }
  lines.push(`  Logboek:         ${LOG_FILE}`, '', 'Stoppen: Ctrl-C', '')
  console.log(lines.join('\n'))
}
