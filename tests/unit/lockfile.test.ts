import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  checkLockfile,
  entryFits,
  familyName,
  TARGETS,
  type Lock,
} from '../../scripts/check-lockfile.mjs'

const realLock: Lock = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, '../../package-lock.json'), 'utf8'),
)

/** The real lock without the given entries. */
function without(...lockPaths: string[]): Lock {
  const packages = { ...realLock.packages }
  for (const lockPath of lockPaths) {
    expect(packages, `${lockPath} is in the real lock`).toHaveProperty([lockPath])
    delete packages[lockPath]
  }
  return { ...realLock, packages }
}

const linuxX64 = TARGETS.find((t) => t.name === 'Linux x64 (glibc)')!

describe('lockfile check: native packages for every platform', () => {
  it('accepts the committed package-lock.json', () => {
    expect(checkLockfile(realLock)).toEqual([])
  })

  it('fails when one platform of a family is missing (@next/swc-darwin-arm64)', () => {
    const problems = checkLockfile(without('node_modules/@next/swc-darwin-arm64'))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^@next\/swc\* .*no package for macOS arm64/)
  })

  it('fails for a lock written on one machine only (npm/cli#4828)', () => {
    const others = Object.keys(realLock.packages!).filter(
      (p) =>
        p.startsWith('node_modules/@astrojs/compiler-binding-') && !p.endsWith('linux-x64-gnu'),
    )
    const problems = checkLockfile(without(...others))
    expect(problems.join('\n')).toContain(
      '@astrojs/compiler-binding* 0.5.1: no package for macOS arm64, Linux arm64 (glibc), Windows x64 (has @astrojs/compiler-binding-linux-x64-gnu)',
    )
  })

  it('fails when Linux only has the musl variant', () => {
    const problems = checkLockfile(without('node_modules/@next/swc-linux-x64-gnu'))
    expect(problems.join('\n')).toMatch(/@next\/swc\* .*no package for Linux x64 \(glibc\)/)
  })

  it('reads musl from the name when a package has no libc field (@libsql)', () => {
    expect(realLock.packages!['node_modules/@libsql/linux-x64-musl']?.libc).toBeUndefined()
    const problems = checkLockfile(without('node_modules/@libsql/linux-x64-gnu'))
    expect(problems.join('\n')).toMatch(/@libsql\/\* .*no package for Linux x64 \(glibc\)/)
  })

  it('checks a nested copy of a family on its own (esbuild under drizzle-kit)', () => {
    const problems = checkLockfile(
      without('node_modules/drizzle-kit/node_modules/@esbuild/win32-x64'),
    )
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(
      /^@esbuild\/\* \(under node_modules\/drizzle-kit\/\) 0\.25\.12: no package for Windows x64/,
    )
  })

  it('fails when a required family vanished from the lock entirely', () => {
    const libsql = Object.keys(realLock.packages!).filter((p) =>
      p.startsWith('node_modules/@libsql/'),
    )
    expect(checkLockfile(without(...libsql))).toEqual([
      '@libsql/*: no package of this family in the lock at all',
    ])
  })

  it('fails on a lock without "packages" (lockfileVersion 1)', () => {
    expect(checkLockfile({ lockfileVersion: 1 })).toHaveLength(1)
  })

  it('names families by removing the platform words', () => {
    expect(familyName('@next/swc-linux-x64-gnu')).toBe('@next/swc')
    expect(familyName('@astrojs/compiler-binding-win32-x64-msvc')).toBe('@astrojs/compiler-binding')
    expect(familyName('@esbuild/darwin-arm64')).toBe('@esbuild/')
    expect(familyName('@img/sharp-linuxmusl-x64')).toBe('@img/sharp')
    expect(familyName('@img/sharp-libvips-linux-arm64')).toBe('@img/sharp-libvips')
    expect(familyName('lightningcss-linux-arm-gnueabihf')).toBe('lightningcss')
    expect(familyName('fsevents')).toBe('fsevents')
  })

  it('matches os/cpu/libc as npm does', () => {
    expect(entryFits('x-linux-x64-gnu', { os: ['linux'], cpu: ['x64'] }, linuxX64)).toBe(true)
    expect(entryFits('x-linux-x64-musl', { os: ['linux'], cpu: ['x64'] }, linuxX64)).toBe(false)
    expect(
      entryFits('x-linux-x64', { os: ['linux'], cpu: ['x64'], libc: ['musl'] }, linuxX64),
    ).toBe(false)
    expect(entryFits('x', { os: ['!win32'], cpu: ['x64', 'arm64'] }, linuxX64)).toBe(true)
    expect(entryFits('x', { os: ['darwin'] }, linuxX64)).toBe(false)
  })
})
