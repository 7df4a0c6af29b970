/**
 * `npm run import:zorgkaart -- FILE [--volledig]`: reads a ZorgkaartNederland data file (CSV, or
 * JSON when the name ends in .json; the format is in cms/domain/zorgkaart.ts and the README) and
 * upserts its records in one transaction. With `--volledig` the file is the whole register:
 * records missing from it are removed (refused when that would be more than half). A file with
 * any bad line stores nothing: the Dutch line errors are printed and the exit code is 1.
 */
import '../../search-indexer/runtime/load-env'
import { createLocalReq, getPayload } from 'payload'
import config from '../../payload.config'
import { parseZorgkaartBestand } from '../domain/zorgkaart'
import { importeerZorgkaart } from '../queries/zorgkaart'
import { leesInvoerbestand } from '../../search-indexer/runtime/invoerbestand'

const args = process.argv.slice(2).filter((a) => a !== '--')
const volledig = args.includes('--volledig')
const onbekend = args.filter((a) => a.startsWith('--') && a !== '--volledig')
const bestand = args.find((a) => !a.startsWith('--'))
if (!bestand || onbekend.length) {
  if (onbekend.length) console.error(`Onbekende optie: ${onbekend.join(' ')}`)
  console.error(
    'Geef een bestand op, bijvoorbeeld: npm run import:zorgkaart -- zorgkaart.csv [--volledig]',
  )
  process.exit(2)
}
const tekst = await leesInvoerbestand(bestand)
const gelezen = parseZorgkaartBestand(bestand, tekst)
if (!gelezen.ok) {
  console.error(`${bestand}: niets ingelezen, het bestand bevat fouten:`)
  for (const fout of gelezen.fouten) console.error(`  ${fout}`)
  console.error(`Geweigerde regels: ${gelezen.fouten.length}`)
  process.exit(1)
}
const payload = await getPayload({ config })
try {
  const req = await createLocalReq({}, payload)
  const t = await importeerZorgkaart(req, gelezen.records, { volledig })
  console.log(
    `${bestand}: ${gelezen.records.length} records: ${t.nieuw} nieuw, ${t.gewijzigd} gewijzigd, ${t.ongewijzigd} ongewijzigd, ${t.verwijderd} verwijderd, 0 geweigerd. ` +
      `${t.gekoppeldOpAdres} locaties gekoppeld op adres; ${t.herindexeren} locaties worden bijgewerkt in de Zorgatlas.`,
  )
} catch (error) {
  console.error(`Niets ingelezen: ${(error as Error).message}`)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
process.exit(process.exitCode ?? 0)
