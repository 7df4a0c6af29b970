/** Writes cms/seed/data/zorgkaart-demo.csv from the demo data (see demo-zorgkaart.ts). */
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildDemoData } from './demo-data'
import { buildDemoZorgkaart, zorgkaartCsv } from './demo-zorgkaart'

export const ZORGKAART_DEMO_BESTAND = join(
  dirname(fileURLToPath(import.meta.url)),
  'data',
  'zorgkaart-demo.csv',
)

const records = buildDemoZorgkaart(buildDemoData())
await writeFile(ZORGKAART_DEMO_BESTAND, zorgkaartCsv(records), 'utf8')
console.log(`${records.length} ZorgkaartNederland-records → ${ZORGKAART_DEMO_BESTAND}`)
