#!/usr/bin/env node
/**
 * Entry of `npm start` and `npm test` on a fresh machine: installs the npm dependencies when they
 * are missing or out of date (this also brings Node 24 through the `node` package), then runs the
 * real command on Node 24. Plain JavaScript so the system Node 20 can run it.
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

// `npm install`, not `npm ci`: the registry here serves only this platform's optional packages, so
// the lockfile lacks the other platforms' bindings and `npm ci` would refuse it. Versions stay pinned
// by package-lock.json either way.
if (needsInstall) {
  console.log('[start] npm-pakketten installeren (eenmalig, ongeveer 1 à 2 minuten)…')
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const result = spawnSync(npm, ['install', '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
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
