/**
 * The public site as it runs in production: `astro build` into a folder of its own (so a parallel
 * build cannot pull files from under it), then its Node server (site/server/entry.ts) on a free port.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'

export const ROOT = path.resolve(import.meta.dirname, '../../..')
export const BIN = path.join(ROOT, 'node_modules/.bin')

export interface SiteServer {
  base: string
  log: () => string
  stop: () => Promise<void>
}

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const srv = createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address()
      srv.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('port')),
      )
    })
  })

/** Builds the site into `dist/.site-<name>-<pid>` and starts it with `env`. */
export async function startBuiltSite(
  name: string,
  env: Record<string, string | undefined>,
): Promise<SiteServer> {
  const outDir = path.join(ROOT, 'dist', `.site-${name}-${process.pid}`)
  // vitest puts its import.meta.env into process.env (DEV=1, MODE=test, …): passed on, they
  // would make Vite build a development site.
  const {
    DEV: _d,
    PROD: _p,
    MODE: _m,
    SSR: _s,
    BASE_URL: _b,
    ...outer
  } = { ...process.env, ...env }
  const buildEnv: NodeJS.ProcessEnv = {
    ...outer,
    PATH: `${BIN}:${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
  }
  const run = (command: string, args: string[]) =>
    new Promise<void>((resolve, reject) => {
      let output = ''
      const build = spawn(path.join(BIN, command), args, {
        cwd: ROOT,
        env: buildEnv,
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      build.stdout.on('data', (d: Buffer) => (output += d.toString()))
      build.stderr.on('data', (d: Buffer) => (output += d.toString()))
      build.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`${command} exited ${code}\n${output}`)),
      )
    })
  await run('astro', ['build', '--outDir', outDir])
  const port = await freePort()
  let log = ''
  const child: ChildProcess = spawn(process.execPath, [path.join(outDir, 'server/entry.mjs')], {
    cwd: ROOT,
    env: { ...buildEnv, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()))
  const base = `http://127.0.0.1:${port}`
  const end = Date.now() + 60_000
  for (;;) {
    try {
      const res = await fetch(`${base}/api/health`)
      if (res.status > 0) break // listening (503 while its index is not ready)
    } catch {
      /* not listening yet */
    }
    if (Date.now() > end || child.exitCode !== null) throw new Error(`site did not start\n${log}`)
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    base,
    log: () => log,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        await exited
      }
      fs.rmSync(outDir, { recursive: true, force: true })
    },
  }
}
