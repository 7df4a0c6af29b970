#!/usr/bin/env node
/**
 * Entry of `npm start` and `npm test` on a fresh machine: installs the npm dependencies with
 * `npm ci` when they are missing or older than package-lock.json (this also brings Node 26 through
 * the `node` package, ADR 0001), then runs the real command on it. Plain JavaScript so any Node 20 or
 * newer can run it.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const binDir = path.join(root, 'node_modules', '.bin')
const installedLock = path.join(root, 'node_modules', '.package-lock.json')
const lock = path.join(root, 'package-lock.json')

const needsInstall =
  !fs.existsSync(path.join(binDir, 'tsx')) ||
  !fs.existsSync(installedLock) ||
  fs.statSync(lock).mtimeMs > fs.statSync(installedLock).mtimeMs + 1000

// `npm ci`, never `npm install`: it installs exactly what package-lock.json says and never rewrites
// it, so starting the project leaves a checkout unchanged. The lock holds every platform's native
// packages (scripts/check-lockfile.mjs, part of `npm test`), so `npm ci` accepts it everywhere.
if (needsInstall) {
  console.log('[start] npm-pakketten installeren met npm ci (eenmalig, ongeveer 1 à 2 minuten)…')
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  })
  if (result.status !== 0) {
    console.error(
      '[start] npm ci is mislukt. Past package-lock.json niet meer bij package.json? Draai dan' +
        ' `npm install`, controleer `git diff package-lock.json` en commit de lock.',
    )
    process.exit(result.status ?? 1)
  }
}

const [task, ...rest] = process.argv.slice(2)
const env = { ...process.env, PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ''}` }
const node = path.join(binDir, 'node')
const commands = {
  start: [
    node,
    [
      path.join(root, 'node_modules/tsx/dist/cli.mjs'),
      path.join(root, 'scripts/start.ts'),
      ...rest,
    ],
  ],
  test: ['bash', [path.join(root, 'scripts/test.sh'), ...rest]],
}
const command = commands[task]
if (!command) {
  console.error(`Onbekende taak: ${task}`)
  process.exit(2)
}
const result = spawnSync(command[0], command[1], { cwd: root, env, stdio: 'inherit' })
process.exit(result.status ?? (result.signal ? 1 : 0))
