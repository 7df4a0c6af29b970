/**
 * How every process of Zorgatlas reads `.env`: the file in the project root, once per
 * process, before anything reads its configuration. Variables already in the environment win; a
 * missing file is fine (production sets its environment itself). Same syntax as Node's
 * `--env-file` / `process.loadEnvFile` (`util.parseEnv`): `NAME=value`, quotes, `#` comments,
 * `export NAME=…`.
 *
 * Entry points import `./load-env` as their first import (ES modules run their imports in order,
 * so configuration read at module level — `Media.ts`, `Users.ts`, `payload.config.ts` — sees it).
 *
 * Why here, under search-indexer/: cms, the indexer, the site and scripts/ all need it, and
 * search-indexer/ is the one folder both cms/ and site/ import from (site/ never imports cms/).
 * It uses Node built-ins only.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseEnv } from 'node:util'

/** An environment: `process.env` or a plain record (tests). */
type Env = Record<string, string | undefined>

export interface EnvFileResult {
  /** the file looked for */
  file: string
  /** false when it does not exist */
  found: boolean
  /** names taken from the file (the others were already set) */
  applied: string[]
}

/**
 * Puts the variables of `file` into `env` where `env` has no value for them yet (an empty string
 * is a value). A file that does not exist is not an error; one that exists but cannot be read is.
 */
export function applyEnvFile(file: string, env: Env = process.env): EnvFileResult {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { file, found: false, applied: [] }
    throw new Error(
      `${file} kan niet gelezen worden / cannot be read: ${(error as Error).message}`,
      { cause: error },
    )
  }
  const applied: string[] = []
  for (const [name, value] of Object.entries(parseEnv(text))) {
    if (env[name] !== undefined) continue
    env[name] = value
    applied.push(name)
  }
  return { file, found: true, applied }
}

const isProjectRoot = (dir: string): boolean => {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
      name?: string
    }
    return pkg.name === 'zorgatlas'
  } catch {
    return false
  }
}

/**
 * The project root: the nearest folder with Zorgatlas's package.json above each start, in order.
 * Default starts: this module's own folder (sources run by tsx/vitest/Next, and the built site in
 * dist/, whose bundles sit under the root), then the working directory (npm scripts run there).
 */
export function findProjectRoot(
  starts: string[] = [path.dirname(fileURLToPath(import.meta.url)), process.cwd()],
): string | undefined {
  for (const start of starts) {
    let dir = path.resolve(start)
    for (;;) {
      if (isProjectRoot(dir)) return dir
      const parent = path.dirname(dir)
      if (parent === dir) break
      dir = parent
    }
  }
  return undefined
}

let loaded: EnvFileResult | undefined

/** `.env` of the project root (else of the working directory) into `process.env`, once. */
export function loadProjectEnv(): EnvFileResult {
  loaded ??= applyEnvFile(path.join(findProjectRoot() ?? process.cwd(), '.env'))
  return loaded
}
