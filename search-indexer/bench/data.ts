/**
 * `npm run bench:data -- 40000`: fills DATA_DIR (default ./data) with that many locations, so
 * `npm start` serves them and anyone can repeat the figures on the running system:
 *  1. the demo data (cms/seed/demo-data.ts) through the seed, the Payload Local API with every
 *     hook, as `npm start` writes it;
 *  2. copies of its Definitief locations (each with its Definitief care offer, a new name, the
 *     next volgnummer under the same AGB code and a shifted point) until there are `n`, written
 *     in bulk through Payload's database adapter (`payload.db.create`, the layer the Local API
 *     writes with) in transactions of a few thousand rows. The hooks would only repeat the
 *     checks the source records passed already, and take about 30 ms a record: an hour for
 *     40,000 locations with their care offer, where this takes minutes;
 *  3. the public index built by the indexer's own full rebuild (search-indexer/sync.ts
 *     `reindexAll`), read from the database, with a progress bar.
 * Only into an empty database (no users yet): it never mixes with real data. The demo logins are
 * created as with `npm run seed` (DEMO_PASSWORD).
 */
import '../runtime/load-env'
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { resolve } from 'node:path'
import {
  commitTransaction,
  createLocalReq,
  getPayload,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type Where,
} from 'payload'
import config from '../../payload.config'
import { loadCmsConfig } from '../../cms/config'
import { buildDemoData } from '../../cms/seed/demo-data'
import { seedDemo } from '../../cms/seed/seed'
import { contractJaar } from '../../cms/domain/contract'
import { relId } from '../../cms/domain/roles'
import type { Locatie, Zorgaanbod } from '../../cms/payload-types'
import { reindexAll } from '../sync'
import { createSearchWriter, engineConfigFromEnv } from '../engine/index'

const n = Number(process.argv[2] ?? 40_000)
if (!Number.isInteger(n) || n < 1)
  throw new Error('usage: npm run bench:data -- <number of locations>')

/** Rows per transaction of the bulk copy. */
const PER_TRANSACTIE = 2_000
const DEFINITIEF: Where = {
  and: [{ status: { equals: 'definitief' } }, { _status: { equals: 'published' } }],
}

const bar = (done: number, total: number) => {
  const width = 30
  const filled = total > 0 ? Math.round((done / total) * width) : 0
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`
}

/** A stored record as data for a new one: no id, fresh timestamps. */
const alsNieuw = <T extends { id: unknown; createdAt?: string; updatedAt?: string }>(
  doc: T,
  nu: string,
): Omit<T, 'id'> => {
  const { id: _id, ...rest } = doc
  return { ...rest, createdAt: nu, updatedAt: nu }
}

async function inTransaction(payload: Payload, work: (req: PayloadRequest) => Promise<void>) {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    await work(req)
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/**
 * Copies the Definitief locations (with their Definitief care offer) until the database holds
 * `total` locations. Returns the number of locations and care offers written.
 */
async function vermenigvuldig(
  payload: Payload,
  total: number,
  onProgress?: (done: number, all: number) => void,
): Promise<{ locaties: number; zorgaanbod: number }> {
  const common = { depth: 0, limit: 0, pagination: false, overrideAccess: true } as const
  const { totalDocs: bestaand } = await payload.count({
    collection: 'locaties',
    overrideAccess: true,
  })
  const bronnen = (await payload.find({ collection: 'locaties', where: DEFINITIEF, ...common }))
    .docs
  const aanbod = (await payload.find({ collection: 'zorgaanbod', where: DEFINITIEF, ...common }))
    .docs
  const aanbodPer = new Map<string, Zorgaanbod[]>()
  for (const z of aanbod) {
    const key = String(relId(z.locatie))
    aanbodPer.set(key, [...(aanbodPer.get(key) ?? []), z])
  }
  // a copy is another location under the same AGB code, with the next free volgnummer
  const volgnummer = new Map<string, number>()
  const alle = (
    await payload.find({
      collection: 'locaties',
      ...common,
      select: { agbCode: true, volgnummer: true },
    })
  ).docs
  for (const l of alle) {
    volgnummer.set(l.agbCode, Math.max(volgnummer.get(l.agbCode) ?? 0, l.volgnummer ?? 0))
  }
  const nodig = Math.max(0, total - bestaand)
  if (nodig === 0 || bronnen.length === 0) return { locaties: 0, zorgaanbod: 0 }

  let copy = 0
  let zorgaanbod = 0
  while (copy < nodig) {
    await inTransaction(payload, async (req) => {
      const nu = new Date().toISOString()
      for (let rows = 0; rows < PER_TRANSACTIE && copy < nodig; rows++) {
        const bron: Locatie = bronnen[copy % bronnen.length]!
        copy++
        const shift = ((copy % 97) - 48) / 4000
        const next = (volgnummer.get(bron.agbCode) ?? 0) + 1
        volgnummer.set(bron.agbCode, next)
        const naam = bron.naam ? `${bron.naam} ${copy}` : `Locatie ${copy}`
        const volledigeNaam = bron.volledigeNaam ? `${bron.volledigeNaam} ${copy}` : null
        const c = bron.coordinaten
        const locatie = await payload.db.create({
          collection: 'locaties',
          data: {
            ...alsNieuw(bron, nu),
            hoofdlocatie: false,
            volgnummer: next,
            naam,
            volledigeNaam,
            coordinaten:
              typeof c?.lat === 'number' && typeof c?.lng === 'number'
                ? { lat: c.lat + shift, lng: c.lng - shift }
                : c,
            fotos: [],
            video: null,
            youtubeId: null,
          },
          req,
        })
        for (const z of aanbodPer.get(String(bron.id)) ?? []) {
          await payload.db.create({
            collection: 'zorgaanbod',
            data: {
              ...alsNieuw(z, nu),
              locatie: locatie.id,
              titel:
                bron.volledigeNaam && volledigeNaam
                  ? z.titel?.replace(bron.volledigeNaam, volledigeNaam)
                  : z.titel,
            },
            req,
          })
          zorgaanbod++
        }
        if (copy % 500 === 0) onProgress?.(copy, nodig)
      }
    })
  }
  onProgress?.(copy, nodig)
  return { locaties: copy, zorgaanbod }
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
    const seeded = await seedDemo(payload, {
      password: loadCmsConfig().demoPassword,
      data: buildDemoData({ jaar: contractJaar() }),
    })
    console.log(
      `demo data (Local API, every hook): ${seeded.locaties} locations in ${(seeded.ms / 1000).toFixed(1)} s`,
    )
    const copyStarted = performance.now()
    const copied = await vermenigvuldig(payload, n, (done, all) =>
      process.stdout.write(`\rcopies: ${bar(done, all)}`),
    )
    process.stdout.write('\n')
    console.log(
      `copies (database adapter): ${copied.locaties} locations, ${copied.zorgaanbod} care offers in ${((performance.now() - copyStarted) / 1000).toFixed(1)} s`,
    )
    const writer = createSearchWriter(engineConfigFromEnv())
    const indexStarted = performance.now()
    const result = await reindexAll(payload, writer, 500, (done, all) =>
      process.stdout.write(`\rindex: ${bar(done, all)}`),
    )
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
