/**
 * `npm run test:property -- [--runs N] [--seed S] [--db sqlite|postgres]`: the property test of
 * delivery (tests/int/eigenschap.suite.ts) with more operations than `npm test` runs (150 per
 * database), e.g. `--runs 10000` for the long run. A failure prints its PROPERTY_SEED; pass it as
 * `--seed` to replay the same operations.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const args = process.argv.slice(2)
const waarde = (naam: string) => {
  const i = args.indexOf(naam)
  return i >= 0 ? args[i + 1] : undefined
}
const runs = waarde('--runs') ?? '1000'
const seed = waarde('--seed')
const db = waarde('--db')
const files = (db ? [db] : ['sqlite', 'postgres']).map(
  (d) => `tests/int/eigenschap.${d}.int.test.ts`,
)
const root = path.resolve(import.meta.dirname, '..')
const result = spawnSync(path.join(root, 'node_modules/.bin/vitest'), ['run', ...files], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PROPERTY_RUNS: runs, ...(seed && { PROPERTY_SEED: seed }) },
})
process.exit(result.status ?? 1)
