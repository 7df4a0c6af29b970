/**
 * `npm run bench:data -- 40000`: fills DATA_DIR (default ./data) with that many locations through
 * the normal write path, so `npm start` serves them and anyone can repeat the figures on the
 * running system:
 *  1. the demo data (cms/seed/demo-data.ts), its locations copied (with their care offer, new
 *     keys, names, volgnummers and a shifted point) until there are `n`, written to the database
 *     by the seed through the Payload Local API, as the system;
 *  2. the public index built by the indexer's own full rebuild (search-indexer/sync.ts
 *     `reindexAll`), with a progress bar.
 * Only into an empty database (no users yet): it never mixes with real data. The demo logins are
 * created as with `npm run seed` (DEMO_PASSWORD).
 */
import '../runtime/load-env'
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { resolve } from 'node:path'
import { getPayload } from 'payload'
import config from '../../payload.config'
import { loadCmsConfig } from '../../cms/config'
import { buildDemoData, type DemoData } from '../../cms/seed/demo-data'
import { seedDemo } from '../../cms/seed/seed'
import { contractJaar } from '../../cms/domain/contract'
import { reindexAll } from '../sync'
import { createSearchWriter, engineConfigFromEnv } from '../engine/index'

const n = Number(process.argv[2] ?? 40_000)
if (!Number.isInteger(n) || n < 1)
  throw new Error('usage: npm run bench:data -- <number of locations>')

/** The demo data with its locations (and their care offer) copied until there are `n`. */
export const scaleDemoData = (demo: DemoData, total: number): DemoData => {
  const locaties = [...demo.locaties]
  const zorgaanbod = [...demo.zorgaanbod]
  const perLocatie = new Map<string, DemoData['zorgaanbod']>()
  for (const z of demo.zorgaanbod)
    perLocatie.set(z.locatie, [...(perLocatie.get(z.locatie) ?? []), z])
  const definitief = demo.locaties.filter((l) => l.status === 'definitief')
  // a copy is another location under the same AGB code, with the next free volgnummer
  const volgnummer = new Map<string, number>()
  for (const l of demo.locaties) {
    volgnummer.set(l.agbCode, Math.max(volgnummer.get(l.agbCode) ?? 0, l.volgnummer))
  }
  let copy = 0
  while (locaties.length < total) {
    const source = definitief[copy % definitief.length]!
    copy++
    const key = `${source.key}-k${copy}`
    const shift = ((copy % 97) - 48) / 4000
    locaties.push({
      ...source,
      key,
      hoofdlocatie: false,
      volgnummer: (() => {
        const next = (volgnummer.get(source.agbCode) ?? 0) + 1
        volgnummer.set(source.agbCode, next)
        return next
      })(),
      naam: source.naam ? `${source.naam} ${copy}` : `Locatie ${copy}`,
      geo: { lat: source.geo.lat + shift, lng: source.geo.lng - shift },
      fotos: [],
      video: null,
    })
    for (const z of perLocatie.get(source.key) ?? []) {
      zorgaanbod.push({ ...z, key: `${z.key}-k${copy}`, locatie: key })
    }
  }
  return { ...demo, locaties, zorgaanbod }
}

const main = async () => {
  const started = performance.now()
  // a secret only for this run when none is configured (it signs logins, which this makes none of)
  process.env.PAYLOAD_SECRET ||= randomBytes(24).toString('hex')
  // the schema, as `npm start` makes it
  const migrate = spawnSync(resolve('node_modules/.bin/payload'), ['migrate'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (migrate.status !== 0) throw new Error('payload migrate failed')
  const payload = await getPayload({ config })
  try {
    const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
    if (totalDocs > 0) {
      throw new Error('the database has data already: use an empty DATA_DIR for bench:data')
    }
    const data = scaleDemoData(buildDemoData({ jaar: contractJaar() }), n)
    console.log(
      `${data.locaties.length} locations, ${data.zorgaanbod.length} care offers: writing…`,
    )
    const seeded = await seedDemo(payload, {
      password: loadCmsConfig().demoPassword,
      data,
    })
    console.log(`database: ${seeded.locaties} locations in ${(seeded.ms / 1000).toFixed(1)} s`)
    const writer = createSearchWriter(engineConfigFromEnv())
    const indexStarted = performance.now()
    const result = await reindexAll(payload, writer, 500, (done, all) => {
      const width = 30
      const filled = all > 0 ? Math.round((done / all) * width) : 0
      process.stdout.write(
        `\rindex: [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${all}`,
      )
    })
    process.stdout.write('\n')
    await writer.close()
    console.log(
      `index: ${result.publiek} public documents in ${((performance.now() - indexStarted) / 1000).toFixed(1)} s; ` +
        `total ${((performance.now() - started) / 1000).toFixed(1)} s. Start the site with \`npm start\`.`,
    )
  } finally {
    await payload.destroy()
  }
}

await main()
process.exit(0)
