/**
 * Benchmark of the embedded search engine on 40,000 synthetic locations spread over the
 * Netherlands: build, snapshot write/read (ours vs Orama's own persistence), and query latency
 * p50/p95/p99 against the 15 ms p95 target. Run: `npm run bench:search` (BENCH_DOCS=n to change).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { create, insert, load, save } from '@orama/orama'
import type { GazetteerEntry, IcoonItem, PublicDocument, WoonplaatsRef } from '../contract'
import type { SearchQuery } from '../engine/port'
import { EmbeddedIndex, searchableText } from '../engine/embedded/core'
import { EmbeddedSearchReader } from '../engine/embedded/reader'
import { SnapshotServer } from '../engine/embedded/serving'
import { parseSnapshot, snapshotPath } from '../engine/embedded/snapshot'
import { EmbeddedSearchWriter } from '../engine/embedded/writer'
import { tokenize } from '../engine/shared/text'

const DOCS = Number(process.env.BENCH_DOCS ?? 40_000)
const TARGET_P95_MS = 15

// --- synthetic data -------------------------------------------------------------------------
let seed = 42
const random = () => {
  // mulberry32: reproducible runs
  seed = (seed + 0x6d2b79f5) | 0
  let t = seed
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!

const PLACES: [string, string, number, number][] = [
  ['Amsterdam', 'Noord-Holland', 52.3676, 4.9041],
  ['Rotterdam', 'Zuid-Holland', 51.9244, 4.4777],
  ['Den Haag', 'Zuid-Holland', 52.0705, 4.3007],
  ['Utrecht', 'Utrecht', 52.0907, 5.1214],
  ['Eindhoven', 'Noord-Brabant', 51.4416, 5.4697],
  ['Groningen', 'Groningen', 53.2194, 6.5665],
  ['Tilburg', 'Noord-Brabant', 51.5555, 5.0913],
  ['Almere', 'Flevoland', 52.3508, 5.2647],
  ['Breda', 'Noord-Brabant', 51.5719, 4.7683],
  ['Nijmegen', 'Gelderland', 51.8126, 5.8372],
  ['Apeldoorn', 'Gelderland', 52.2112, 5.9699],
  ['Haarlem', 'Noord-Holland', 52.3874, 4.6462],
  ['Arnhem', 'Gelderland', 51.9851, 5.8987],
  ['Enschede', 'Overijssel', 52.2215, 6.8937],
  ['Amersfoort', 'Utrecht', 52.1561, 5.3878],
  ['Zaandam', 'Noord-Holland', 52.442, 4.8292],
  ["'s-Hertogenbosch", 'Noord-Brabant', 51.6978, 5.3037],
  ['Zwolle', 'Overijssel', 52.5168, 6.083],
  ['Leiden', 'Zuid-Holland', 52.1601, 4.497],
  ['Maastricht', 'Limburg', 50.8514, 5.691],
  ['Dordrecht', 'Zuid-Holland', 51.8133, 4.6901],
  ['Zoetermeer', 'Zuid-Holland', 52.0575, 4.4931],
  ['Leeuwarden', 'Friesland', 53.2012, 5.7999],
  ['Deventer', 'Overijssel', 52.2661, 6.1552],
  ['Delft', 'Zuid-Holland', 52.0116, 4.3571],
  ['Alkmaar', 'Noord-Holland', 52.6324, 4.7534],
  ['Heerlen', 'Limburg', 50.8882, 5.9795],
  ['Venlo', 'Limburg', 51.3704, 6.1724],
  ['Hengelo', 'Overijssel', 52.2658, 6.7931],
  ['Assen', 'Drenthe', 52.9929, 6.5642],
  ['Emmen', 'Drenthe', 52.7792, 6.9069],
  ['Middelburg', 'Zeeland', 51.4988, 3.6136],
  ['Goes', 'Zeeland', 51.5044, 3.8889],
  ['Roermond', 'Limburg', 51.1942, 5.9874],
  ['Ede', 'Gelderland', 52.0402, 5.6649],
  ['Doetinchem', 'Gelderland', 51.965, 6.2886],
  ['Hoorn', 'Noord-Holland', 52.6424, 5.0602],
  ['Den Helder', 'Noord-Holland', 52.9563, 4.7601],
  ['Sneek', 'Friesland', 53.0327, 5.6589],
  ['Heerenveen', 'Friesland', 52.9597, 5.9197],
  ['Zeist', 'Utrecht', 52.0894, 5.2331],
  ['Veenendaal', 'Utrecht', 52.0287, 5.5589],
  ['Gouda', 'Zuid-Holland', 52.0115, 4.7105],
  ['Oss', 'Noord-Brabant', 51.765, 5.518],
  ['Helmond', 'Noord-Brabant', 51.4793, 5.657],
  ['Roosendaal', 'Noord-Brabant', 51.5308, 4.4653],
  ['Lelystad', 'Flevoland', 52.5185, 5.4714],
  ['Hilversum', 'Noord-Holland', 52.2292, 5.1669],
  ['Kampen', 'Overijssel', 52.555, 5.9114],
  ['Harderwijk', 'Gelderland', 52.3417, 5.62],
]
const GAZETTEER: GazetteerEntry[] = PLACES.map(([naam, provincie, lat, lng], i) => ({
  id: `wp-${i}`,
  naam,
  gemeente: naam,
  provincie,
  lat,
  lng,
  alternatieveNamen: [],
  postcodes: [],
}))
const NAME_HEADS = [
  'Zonnehuis',
  'Huize',
  'Zorgcentrum',
  'Residentie',
  'Woonzorgcentrum',
  'De',
  'Het',
  'Villa',
  'Hof van',
  'Verpleeghuis',
  'Kleinschalig wonen',
]
const NAME_TAILS = [
  'Linde',
  'Eik',
  'Kastanje',
  'Anker',
  'Bron',
  'Hoeve',
  'Beukenhof',
  'Rozengaarde',
  'Zonnebloem',
  'Vlinder',
  'Akkers',
  'Weide',
  'Molen',
  'Haven',
  'Toren',
  'Duinroos',
  'Heide',
  'Esch',
  'Brink',
  'Wilgen',
  'Populier',
  'Klaproos',
  'Vijverhof',
  'Lindehof',
  'Bloesem',
]
const ORGS = Array.from({ length: 900 }, (_, i) =>
  `${pick(['Stichting', 'Zorggroep', 'Coöperatie', 'Zorg'])} ${pick(NAME_TAILS)} ${pick(['Noord', 'Zuid', 'Oost', 'West', 'Midden', 'Regio', ''])} ${i}`
    .replace(/\s+/g, ' ')
    .trim(),
)
const SOORTEN: IcoonItem[] = [
  ['VV', 'Verpleging en verzorging'],
  ['GGZ', 'Geestelijke gezondheidszorg'],
  ['VG', 'Verstandelijk gehandicapt'],
  ['LG', 'Lichamelijk gehandicapt'],
  ['ZG', 'Zintuiglijk gehandicapt'],
].map(([code, naam]) => ({ code: code!, naam: naam!, icoon: '', groep: 'sector' }))
const ZACHT: IcoonItem[] = [
  'huisdieren-welkom',
  'tuin',
  'rookvrij',
  'eigen-badkamer',
  'dagbesteding',
  'religieus',
  'muziek',
  'moestuin',
  'rolstoel',
  'partner-welkom',
  'kookclub',
  'wifi',
].map((code) => ({ code, naam: code.replace(/-/g, ' '), icoon: code, groep: 'leefstijl' }))

const DOELGROEPEN = [
  'vv-dementie',
  'vv-somatiek',
  'vv-korsakov',
  'vg-autisme',
  'ggz-langdurig',
].map((code) => ({ code, naam: code.replace(/-/g, ' '), sector: code.slice(0, 2).toUpperCase() }))

const makeDocs = (n: number): PublicDocument[] =>
  Array.from({ length: n }, (_, i) => {
    const place = pick(GAZETTEER)
    const ref = (g: GazetteerEntry): WoonplaatsRef => ({
      id: g.id,
      naam: g.naam,
      gemeente: g.gemeente,
      provincie: g.provincie,
    })
    const served = [
      place,
      ...Array.from({ length: Math.floor(random() * 3) }, () => pick(GAZETTEER)),
    ]
    const woonplaatsen = [...new Map(served.map((g) => [g.id, ref(g)])).values()]
    const zachte = ZACHT.filter(() => random() < 0.25)
    const doelgroepen = DOELGROEPEN.filter(() => random() < 0.2)
    const org = pick(ORGS)
    return {
      id: `locatie-${i + 1}`,
      locatieId: String(i + 1),
      naam: `${pick(NAME_HEADS)} ${pick(NAME_TAILS)}${random() < 0.3 ? ` ${place.naam}` : ''}`,
      organisatie: {
        id: `org-${org.length}`,
        naam: org,
        verkorteNaam: random() < 0.3 ? (org.split(' ')[1] ?? null) : null,
        type: pick(['zorgaanbieder', 'zorgaanbieder', 'oco', 'pgb-initiatief'] as const),
      },
      soortZorg: pick(SOORTEN),
      voorziening:
        random() < 0.4
          ? pick(['Dagbesteding', 'Logeeropvang', 'Wonen met zorg', 'Begeleid wonen'])
          : null,
      adres: {
        straat: `${pick(NAME_TAILS)}laan`,
        huisnummer: String(1 + Math.floor(random() * 200)),
        postcode: `${1000 + Math.floor(random() * 8999)} AB`,
        plaats: place.naam,
      },
      kleinschalig: random() < 0.1,
      geo: { lat: place.lat + (random() - 0.5) * 0.12, lng: place.lng + (random() - 0.5) * 0.18 },
      telefoon: '030-1234567',
      email: 'info@example.nl',
      website: 'https://example.nl',
      woonplaatsen,
      zorgaanbod: woonplaatsen.map((woonplaats) => ({
        woonplaats,
        zachteInformatie: zachte,
        sectoren: [{ code: 'VV', naam: 'Ouderenzorg (verpleging en verzorging)' }],
        dienstverlening: [],
        aanbod: [],
        doelgroepen: doelgroepen.map((d) => d.code),
      })),
      zachteInformatie: zachte,
      doelgroepen,
      zorgkantoren: ['Zilveren Kruis'],
      vrijeCapaciteit: [],
      vrijePlaatsen: 0,
      wachttijden: [],
      waardering: null,
      dagbesteding: false,
      bijgewerktOp: '2026-11-01T10:00:00.000Z',
      fotos: [],
      video: null,
      gecontroleerd: null,
      contractering: null,
    }
  })

// --- measuring --------------------------------------------------------------------------------
const time = async <T>(fn: () => T | Promise<T>): Promise<[T, number]> => {
  const start = performance.now()
  const value = await fn()
  return [value, performance.now() - start]
}
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
const heap = () => {
  globalThis.gc?.()
  return process.memoryUsage().heapUsed
}

const typo = (word: string) => {
  if (word.length < 5) return word
  const i = 1 + Math.floor(random() * (word.length - 2))
  return word.slice(0, i) + word.slice(i + 1) // drop one letter
}

const queryMix = (docs: PublicDocument[]): Record<string, () => SearchQuery> => {
  const words = [...new Set(docs.slice(0, 2000).flatMap((d) => tokenize(d.naam)))].filter(
    (w) => w.length >= 4,
  )
  const base = { page: 1, perPage: 20 }
  return {
    'text only': () => {
      const w = pick(words)
      return {
        ...base,
        text: random() < 0.3 ? typo(w) : w.slice(0, Math.max(3, Math.ceil(w.length * 0.7))),
      }
    },
    'text + filters + facets': () => ({
      ...base,
      text: `${pick(words).slice(0, 4)} ${pick(GAZETTEER).naam.slice(0, 5)}`.replace(/^'s/, ''),
      soortZorg: [pick(SOORTEN).code, pick(SOORTEN).code],
      zachteInformatie: random() < 0.5 ? [pick(ZACHT).code] : [],
    }),
    'geo radius (+filter)': () => {
      const g = pick(GAZETTEER)
      return {
        ...base,
        geo: { lat: g.lat, lng: g.lng, radiusKm: pick([5, 10, 25, 50]) },
        ...(random() < 0.5 && { soortZorg: [pick(SOORTEN).code] }),
      }
    },
    'place: radius + served + doelgroep': () => {
      const g = pick(GAZETTEER)
      return {
        ...base,
        geo: { lat: g.lat, lng: g.lng, radiusKm: 25, servesWoonplaatsId: g.id },
        ...(random() < 0.5 && { doelgroep: [pick(DOELGROEPEN).code] }),
      }
    },
    'text + geo': () => {
      const g = pick(GAZETTEER)
      return {
        ...base,
        text: pick(words).slice(0, 5),
        geo: { lat: g.lat, lng: g.lng, radiusKm: 25 },
      }
    },
    'broad prefix (1-2 letters)': () => ({
      ...base,
      text: pick(['z', 'h', 'de', 'ho', 're', 'v', 'st']),
    }),
    'no text, filters only': () => ({
      ...base,
      soortZorg: [pick(SOORTEN).code],
      zachteInformatie: [pick(ZACHT).code],
    }),
  }
}

const main = async () => {
  console.log(
    `Embedded search bench: ${DOCS} documents, Node ${process.version}, target p95 ≤ ${TARGET_P95_MS} ms\n`,
  )
  const docs = makeDocs(DOCS)
  const dir = await mkdtemp(join(tmpdir(), 'zorgatlas-bench-'))
  const rows: [string, string][] = []
  try {
    // build in memory
    const heapBefore = heap()
    const [index, buildMs] = await time(() => EmbeddedIndex.build(docs, GAZETTEER))
    rows.push(
      ['build index (async, yields)', ms(buildMs)],
      ['heap of index + docs', mb(heap() - heapBefore)],
    )

    // our snapshot: document lines + rebuild
    const writer = new EmbeddedSearchWriter({ dir })
    const [, writeMs] = await time(() => writer.replaceAll(docs, GAZETTEER))
    const snapshotBytes = (await readFile(snapshotPath(dir))).length
    const [text, readMs] = await time(() => readFile(snapshotPath(dir), 'utf8'))
    const [parsed, parseMs] = await time(() => parseSnapshot(text))
    const [, rebuildMs] = await time(() =>
      EmbeddedIndex.build(
        (function* () {
          for (const e of parsed.entries) yield JSON.parse(e.json) as PublicDocument
        })(),
        parsed.gazetteer,
      ),
    )
    rows.push(
      ['snapshot (lines) write: validate+serialize+fsync+rename', ms(writeMs)],
      ['snapshot (lines) size', mb(snapshotBytes)],
      [
        'snapshot (lines) restore: read + split + parse docs + build',
        `${ms(readMs + parseMs + rebuildMs)} (read ${ms(readMs)}, split ${ms(parseMs)}, parse+build ${ms(rebuildMs)})`,
      ],
    )

    // Orama's own persistence of the same text index (the documents must be stored as well)
    const schema = {
      naam: 'string',
      organisatie: 'string',
      plaats: 'string',
      voorziening: 'string',
      soortZorg: 'string',
      woonplaatsen: 'string',
    } as const
    const db = create({ schema })
    for (const d of docs) await insert(db, { id: d.id, ...searchableText(d) })
    const oramaFile = join(dir, 'orama.json')
    const [, oramaSaveMs] = await time(() =>
      writeFile(oramaFile, JSON.stringify({ orama: save(db), docs })),
    )
    const oramaBytes = (await readFile(oramaFile)).length
    const [, oramaLoadMs] = await time(async () => {
      const raw = JSON.parse(await readFile(oramaFile, 'utf8')) as {
        orama: ReturnType<typeof save>
        docs: PublicDocument[]
      }
      const restored = create({ schema })
      load(restored, raw.orama)
      return raw.docs.length
    })
    rows.push(
      ['Orama save() + docs as JSON: write', ms(oramaSaveMs)],
      ['Orama save() + docs as JSON: size', mb(oramaBytes)],
      ['Orama load() + docs: restore (text index only, no columns)', ms(oramaLoadMs)],
    )

    // incremental change as a site reader sees it
    const server = new SnapshotServer({ dir, pollMs: 0 })
    await server.start()
    const changed = { ...docs[123]!, naam: 'Zonnehuis Gewijzigd' }
    const [, upsertMs] = await time(() => writer.upsert([changed]))
    const [, applyMs] = await time(() => server.refresh())
    rows.push(
      ['upsert 1 doc (lock + reload check + snapshot write)', ms(upsertMs)],
      ['reader picks up 1 changed doc (read + diff + apply)', ms(applyMs)],
    )
    server.stop()
    await writer.close()

    console.log('Build and persistence')
    for (const [k, v] of rows) console.log(`  ${k.padEnd(62)} ${v}`)

    // query latency, in-thread (the worker runs exactly this code)
    const mix = queryMix(docs)
    const N = Number(process.env.BENCH_QUERIES ?? 1500)
    console.log(`\nQuery latency in the index thread, ${N} queries per kind (after 200 warm-up)`)
    console.log(
      `  ${'kind'.padEnd(28)} ${'p50'.padStart(9)} ${'p95'.padStart(9)} ${'p99'.padStart(9)} ${'max'.padStart(9)} ${'avg hits'.padStart(9)}  p95 / 15 ms`,
    )
    const all: number[] = []
    for (const [kind, make] of Object.entries(mix)) {
      for (let i = 0; i < 200; i++) index.search(make())
      const times: number[] = []
      let totalHits = 0
      for (let i = 0; i < N; i++) {
        const query = make()
        const start = performance.now()
        const result = index.search(query)
        times.push(performance.now() - start)
        totalHits += result.total
      }
      times.sort((a, b) => a - b)
      all.push(...times)
      const p95 = percentile(times, 95)
      console.log(
        `  ${kind.padEnd(28)} ${ms(percentile(times, 50)).padStart(9)} ${ms(p95).padStart(9)} ${ms(percentile(times, 99)).padStart(9)} ${ms(times.at(-1) ?? NaN).padStart(9)} ${String(Math.round(totalHits / N)).padStart(9)}  ${(p95 / TARGET_P95_MS).toFixed(2)}×`,
      )
    }
    all.sort((a, b) => a - b)
    const p95 = percentile(all, 95)
    console.log(
      `  ${'all kinds'.padEnd(28)} ${ms(percentile(all, 50)).padStart(9)} ${ms(p95).padStart(9)} ${ms(percentile(all, 99)).padStart(9)} ${ms(all.at(-1) ?? NaN).padStart(9)} ${''.padStart(9)}  ${(p95 / TARGET_P95_MS).toFixed(2)}×`,
    )

    // the same through the reader's worker thread (message round trip included)
    const [reader, openMs] = await time(() => EmbeddedSearchReader.open({ dir, mode: 'worker' }))
    const kinds = Object.values(mix)
    const times: number[] = []
    for (let i = 0; i < 100; i++) await reader.search(pick(kinds)())
    for (let i = 0; i < 1000; i++) {
      const query = pick(kinds)()
      const start = performance.now()
      await reader.search(query)
      times.push(performance.now() - start)
    }
    times.sort((a, b) => a - b)
    console.log(
      `\nThrough the worker reader (${await reader.mode()}; startup incl. snapshot load ${ms(openMs)}), 1000 mixed queries:`,
    )
    console.log(
      `  p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, p99 ${ms(percentile(times, 99))}; p95 / 15 ms = ${(percentile(times, 95) / TARGET_P95_MS).toFixed(2)}×`,
    )
    await reader.close()
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

await main()
