#!/usr/bin/env node
/**
 * Checks that package-lock.json holds the native packages of every platform we support, so that
 * `npm ci` accepts the lock and the build finds its native binding on each of them. npm can write a
 * lock that only knows the platform it ran on (npm/cli#4828); this check fails on such a lock.
 *
 * A family is a set of lock entries that differ only in their platform part: the name with the
 * os/cpu/libc words at its end removed (`@next/swc-linux-x64-gnu` → `@next/swc`,
 * `@esbuild/darwin-arm64` → `@esbuild/`), per install location (a nested copy of esbuild needs its
 * own binaries). Every entry with an `os` or `cpu` field belongs to one. Each family needs an entry
 * that npm would install on each TARGET, judged by its `os`/`cpu`/`libc` fields (Linux: glibc).
 *
 * Plain JavaScript for Node 20+: `node scripts/check-lockfile.mjs [path/to/package-lock.json]`.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The platforms a developer or server of this project may run on. */
export const TARGETS = [
  { name: 'macOS arm64', os: 'darwin', cpu: 'arm64' },
  { name: 'Linux x64 (glibc)', os: 'linux', cpu: 'x64', libc: 'glibc' },
  { name: 'Linux arm64 (glibc)', os: 'linux', cpu: 'arm64', libc: 'glibc' },
  { name: 'Windows x64', os: 'win32', cpu: 'x64' },
]

/** Families that must be in the lock at all: if one vanishes, the lock lost it, not upstream. */
export const REQUIRED_FAMILIES = [
  '@astrojs/compiler-binding', // Astro's compiler (astro build, astro check, eslint-plugin-astro)
  '@next/swc', // Next.js compiler (cms build)
  '@img/sharp', // image resizing of uploads
  '@esbuild/', // esbuild (search worker bundle, tsx, vite)
  '@libsql/', // SQLite driver of Payload's SQLite adapter
]

/**
 * Families that upstream does not publish for some target, each verified with `npm view`.
 * Key: family; value: target names that may be missing, and why.
 */
export const KNOWN_GAPS = {
  // sharp's Windows build carries libvips inside @img/sharp-win32-x64 itself: sharp 0.35.5 lists no
  // @img/sharp-libvips-win32-* among its optionalDependencies (`npm view sharp@0.35.5
  // optionalDependencies`), so npm never puts one in the lock.
  '@img/sharp-libvips': {
    targets: ['Windows x64'],
    why: 'libvips is bundled in @img/sharp-win32-*',
  },
  // fsevents is the macOS file-system-events API itself, an optional dependency of chokidar that is
  // only ever installed on macOS; other platforms use fs.watch.
  fsevents: {
    targets: ['Linux x64 (glibc)', 'Linux arm64 (glibc)', 'Windows x64'],
    why: 'macOS-only by design',
  },
}

/** Words that name a platform at the end of a package name. */
const PLATFORM_WORDS = new Set([
  'aix',
  'android',
  'darwin',
  'freebsd',
  'linux',
  'linuxmusl',
  'netbsd',
  'openbsd',
  'openharmony',
  'sunos',
  'win32',
  'windows',
  'wasi',
  'wasm32',
  'webcontainers',
  'x64',
  'x86',
  'ia32',
  'arm',
  'arm64',
  'loong64',
  'mips64el',
  'ppc64',
  'riscv64',
  's390x',
  'universal',
  'gnu',
  'musl',
  'msvc',
  'eabi',
  'gnueabihf',
])

/** `@next/swc-linux-x64-gnu` → `@next/swc`; `@esbuild/linux-x64` → `@esbuild/`. */
export function familyName(packageName) {
  const slash = packageName.startsWith('@') ? packageName.indexOf('/') + 1 : 0
  const scope = packageName.slice(0, slash)
  const words = packageName.slice(slash).split('-')
  while (words.length > 0 && PLATFORM_WORDS.has(words[words.length - 1])) words.pop()
  return scope + words.join('-')
}

/** `node_modules/a/node_modules/@esbuild/linux-x64` → location `node_modules/a/`, name `@esbuild/linux-x64`. */
function splitLockPath(lockPath) {
  const at = lockPath.lastIndexOf('node_modules/')
  return { location: lockPath.slice(0, at), name: lockPath.slice(at + 'node_modules/'.length) }
}

/** npm's own rule for `os`/`cpu`/`libc` lists: a match, or only `!negations` that don't exclude. */
function allows(list, value) {
  if (!list || list.length === 0) return true
  const negated = list.filter((v) => v.startsWith('!')).map((v) => v.slice(1))
  const plain = list.filter((v) => !v.startsWith('!'))
  if (negated.includes(value)) return false
  return plain.length === 0 || plain.includes(value)
}

/** Would npm install this entry on the target? A Linux entry without `libc` counts as musl when its name says so. */
export function entryFits(name, entry, target) {
  if (!allows(entry.os, target.os) || !allows(entry.cpu, target.cpu)) return false
  if (target.libc) {
    const libc = entry.libc ?? (familyWords(name).includes('musl') ? ['musl'] : undefined)
    if (!allows(libc, target.libc)) return false
  }
  return true
}

const familyWords = (name) => name.slice(name.indexOf('/') + 1).split('-')

/**
 * The check itself, pure: a parsed package-lock.json in, the problems out (empty when fine).
 * `options` can replace the targets, required families and known gaps (for tests).
 */
export function checkLockfile(lock, options = {}) {
  const targets = options.targets ?? TARGETS
  const required = options.requiredFamilies ?? REQUIRED_FAMILIES
  const gaps = options.knownGaps ?? KNOWN_GAPS
  const problems = []
  if (!lock || typeof lock.packages !== 'object' || lock.packages === null) {
    return ['package-lock.json has no "packages" (lockfileVersion 2 or 3 is needed)']
  }

  /** key `location|family` → entries */
  const families = new Map()
  for (const [lockPath, entry] of Object.entries(lock.packages)) {
    if (!lockPath || (!entry.os && !entry.cpu)) continue
    const { location, name } = splitLockPath(lockPath)
    const family = familyName(name)
    const key = `${location}|${family}`
    if (!families.has(key)) families.set(key, { location, family, entries: [] })
    families.get(key).entries.push({ name, entry })
  }

  const present = new Set([...families.values()].map((f) => f.family))
  for (const family of required) {
    if (!present.has(family)) {
      problems.push(`${family}*: no package of this family in the lock at all`)
    }
  }

  for (const { location, family, entries } of families.values()) {
    const allowed = gaps[family]?.targets ?? []
    const missing = targets
      .filter((target) => !allowed.includes(target.name))
      .filter((target) => !entries.some(({ name, entry }) => entryFits(name, entry, target)))
    if (missing.length > 0) {
      const where = location ? ` (under ${location})` : ''
      const versions = [...new Set(entries.map(({ entry }) => entry.version))].join(', ')
      problems.push(
        `${family}*${where} ${versions}: no package for ${missing.map((t) => t.name).join(', ')}` +
          ` (has ${entries.map(({ name }) => name).join(', ')})`,
      )
    }
  }
  return problems
}

/** Family count, for the success line. */
export function countFamilies(lock) {
  const keys = new Set()
  for (const [lockPath, entry] of Object.entries(lock.packages ?? {})) {
    if (!lockPath || (!entry.os && !entry.cpu)) continue
    const { location, name } = splitLockPath(lockPath)
    keys.add(`${location}|${familyName(name)}`)
  }
  return keys.size
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (isMain) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  const file = process.argv[2] ?? path.join(root, 'package-lock.json')
  const lock = JSON.parse(fs.readFileSync(file, 'utf8'))
  const problems = checkLockfile(lock)
  if (problems.length > 0) {
    console.error(`package-lock.json mist native pakketten voor een platform (${file}):`)
    for (const problem of problems) console.error(`  - ${problem}`)
    console.error(
      'Herstel: `npm install --no-audit --no-fund` vult de ontbrekende platformen aan (npm/cli#4828);' +
        ' controleer daarna met `git diff package-lock.json` dat geen versie verschoof.',
    )
    process.exit(1)
  }
  console.log(
    `[lock] ${countFamilies(lock)} families native pakketten, elk voor ${TARGETS.map((t) => t.name).join(', ')}`,
  )
}
