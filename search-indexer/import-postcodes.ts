/**
 * `npm run import:postcodes -- FILE`: reads the centres of the 4-digit postcode areas (PC4) from
 * the open data an operator downloaded (PDOK "CBS Postcode4" GeoJSON, or a CSV `postcode,lat,lng`;
 * the formats are in postcodes.ts and the README) and writes them to DATA_DIR/postcodes-pc4.json,
 * all at once (a temporary file renamed into place). The next `npm run reindex` publishes them
 * with the gazetteer. A file with any bad line writes nothing: the Dutch errors are printed and
 * the exit code is 1.
 */
import './runtime/load-env'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import { leesPostcodeBestand, pc4Pad, type Pc4Bestand } from './postcodes'
import { leesInvoerbestand } from './runtime/invoerbestand'

const args = process.argv.slice(2).filter((a) => a !== '--')
const bestand = args[0]
if (!bestand || args.length > 1 || bestand.startsWith('--')) {
  console.error(
    'Geef één bestand op, bijvoorbeeld: npm run import:postcodes -- postcode4.geojson (of .csv met postcode,lat,lng)',
  )
  process.exit(2)
}
const tekst = await leesInvoerbestand(bestand)
const gelezen = leesPostcodeBestand(bestand, tekst)
if (!gelezen.ok) {
  console.error(`${bestand}: niets ingelezen, het bestand bevat fouten:`)
  for (const fout of gelezen.fouten.slice(0, 50)) console.error(`  ${fout}`)
  if (gelezen.fouten.length > 50) console.error(`  … en nog ${gelezen.fouten.length - 50} fouten`)
  process.exit(1)
}
const doel = pc4Pad()
const inhoud: Pc4Bestand = {
  bron: basename(bestand),
  ingelezenOp: new Date().toISOString(),
  postcodes: gelezen.punten,
}
await mkdir(dirname(doel), { recursive: true })
const tijdelijk = `${doel}.${process.pid}.tmp`
await writeFile(tijdelijk, `${JSON.stringify(inhoud)}\n`)
await rename(tijdelijk, doel)
console.log(
  `${gelezen.punten.length} postcodes ingelezen in ${doel}. Voer npm run reindex uit om ze te publiceren.`,
)
