/**
 * For shell scripts (scripts/test.sh): prints `export NAME='value'` for each NAME that has a value
 * once the project's .env is loaded the same way every process loads it
 * (search-indexer/runtime/env-file.ts: the environment wins, a missing file is fine).
 *
 *   eval "$(node --import tsx scripts/env.ts TEST_POSTGRES_URL CHROMIUM_PATH)"
 */
import '../search-indexer/runtime/load-env'

/** Single quotes for the shell: 'it'\''s'. */
const quote = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`

for (const name of process.argv.slice(2)) {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    console.error(`Geen geldige naam van een variabele: ${name}`)
    process.exit(2)
  }
  const value = process.env[name]
  if (value) console.log(`export ${name}=${quote(value)}`)
}
