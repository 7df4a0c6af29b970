import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadCmsConfig } from '../../../cms/config'
import { engineConfigFromEnv } from '../../../search-indexer/engine/config'
import {
  applyEnvFile,
  findProjectRoot,
  loadProjectEnv,
} from '../../../search-indexer/runtime/env-file'
import { logFormat, logLevel } from '../../../search-indexer/runtime/logger'
import { parseSiteConfig } from '../../../site/lib/server/config'

const ROOT = path.resolve(import.meta.dirname, '../../..')
const dirs: string[] = []
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'za-env-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

const envFile = (text: string) => {
  const file = path.join(tempDir(), '.env')
  fs.writeFileSync(file, text)
  return file
}

describe('applyEnvFile', () => {
  it('puts the variables of the file into the environment', () => {
    const file = envFile(
      [
        '# comment',
        'DATA_DIR=./elders',
        'CMS_PUBLIC_URL="https://beheer.example.nl"',
        "SITE_PUBLIC_URL='https://example.nl'",
        'export SEARCH_ENGINE=meilisearch',
        'DATABASE_URL=',
        '',
      ].join('\n'),
    )
    const env: Record<string, string | undefined> = {}
    const result = applyEnvFile(file, env)
    expect(env).toEqual({
      DATA_DIR: './elders',
      CMS_PUBLIC_URL: 'https://beheer.example.nl',
      SITE_PUBLIC_URL: 'https://example.nl',
      SEARCH_ENGINE: 'meilisearch',
      DATABASE_URL: '',
    })
    expect(result).toEqual({ file, found: true, applied: Object.keys(env) })
  })

  it('leaves variables that are already set, also when they are empty', () => {
    const file = envFile('DATA_DIR=./uit-bestand\nCMS_PORT=3999\nSITE_PORT=4999\n')
    const env: Record<string, string | undefined> = { DATA_DIR: '/srv/data', CMS_PORT: '' }
    const result = applyEnvFile(file, env)
    expect(env).toEqual({ DATA_DIR: '/srv/data', CMS_PORT: '', SITE_PORT: '4999' })
    expect(result.applied).toEqual(['SITE_PORT'])
  })

  it('is fine without a file', () => {
    const env: Record<string, string | undefined> = { A: '1' }
    const file = path.join(tempDir(), '.env')
    expect(applyEnvFile(file, env)).toEqual({ file, found: false, applied: [] })
    expect(env).toEqual({ A: '1' })
  })

  it('says so when the file exists but cannot be read', () => {
    const file = path.join(tempDir(), '.env')
    fs.mkdirSync(file) // a directory named .env
    expect(() => applyEnvFile(file, {})).toThrow(/\.env kan niet gelezen worden/)
  })
})

describe('.env.example', () => {
  it('copied to .env, is a valid configuration for cms, site, engine and logger', () => {
    const env: Record<string, string | undefined> = {}
    applyEnvFile(path.join(ROOT, '.env.example'), env)
    env.DATA_DIR = tempDir() // the cms writes its generated development secret there
    expect(env.CMS_PUBLIC_URL).toBe('') // blank values mean "not set"
    const cms = loadCmsConfig(env as NodeJS.ProcessEnv)
    expect(cms.publicUrl).toBe('http://localhost:3000')
    expect(cms.worker.staleMs).toBe(15_000)
    expect(parseSiteConfig(env).port).toBe(4321)
    expect(engineConfigFromEnv(env).engine).toBe('embedded')
    expect([logFormat(env), logLevel(env)]).toEqual(['pretty', 'info'])
  })
})

describe('findProjectRoot', () => {
  it('finds the nearest folder with the Zorgatlas package.json above the start', () => {
    const top = tempDir()
    fs.writeFileSync(path.join(top, 'package.json'), JSON.stringify({ name: 'zorgatlas' }))
    const deep = path.join(top, 'dist', 'site', 'server', 'chunks')
    fs.mkdirSync(deep, { recursive: true })
    // another package in between (e.g. node_modules/x) is not the project
    fs.writeFileSync(path.join(top, 'dist', 'package.json'), JSON.stringify({ name: 'iets' }))
    expect(findProjectRoot([deep])).toBe(top)
  })

  it('tries the next start when the first has no project above it, and may find none', () => {
    const elsewhere = tempDir()
    expect(findProjectRoot([elsewhere, ROOT])).toBe(ROOT)
    expect(findProjectRoot([elsewhere])).toBeUndefined()
  })

  it('finds this checkout from the module itself', () => {
    expect(findProjectRoot()).toBe(ROOT)
  })
})

describe('loadProjectEnv', () => {
  it('reads the .env of the project root, once per process', () => {
    const first = loadProjectEnv()
    expect(first.file).toBe(path.join(ROOT, '.env'))
    expect(loadProjectEnv()).toBe(first)
  })
})

describe('every entry point loads .env first', () => {
  // ES modules run their imports in order: the loader must be the first import, before any module
  // that reads the environment when it is loaded (payload.config.ts → Media.ts, Users.ts).
  const entries = [
    'payload.config.ts', // next start/dev/build cms, payload migrate, and every script below
    'search-indexer/worker.ts',
    'search-indexer/reindex.ts',
    'cms/seed/run.ts',
    'site/server/entry.ts', // the built site
    'astro.config.mjs', // astro dev / build
    'scripts/start.ts',
    'scripts/env.ts', // scripts/test.sh
  ]
  it.each(entries)('%s', (entry) => {
    const source = fs.readFileSync(path.join(ROOT, entry), 'utf8')
    const firstImport = /^import .*$/m.exec(source)?.[0]
    expect(firstImport).toMatch(/^import '(\.\.?\/)+(search-indexer\/)?runtime\/load-env'$/)
  })

  it('site/lib/server/config.ts loads it before parsing (astro dev)', () => {
    const source = fs.readFileSync(path.join(ROOT, 'site/lib/server/config.ts'), 'utf8')
    expect(source).toMatch(/loadProjectEnv\(\)\s*\n\s*cached = parseSiteConfig\(process\.env\)/)
  })
})
