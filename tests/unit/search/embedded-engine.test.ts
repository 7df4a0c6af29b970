import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterEach, describe, expect, it } from 'vitest'
import { lijstDocument, type PublicDocument } from '../../../search-indexer/contract'
import { EmbeddedIndex, spatialOrder } from '../../../search-indexer/engine/embedded/core'
import {
  indexFields,
  VALUE_DIMENSIONS,
  type IndexFields,
} from '../../../search-indexer/engine/embedded/fields'
import type { SearchQuery } from '../../../search-indexer/engine/port'
import { haversineKm } from '../../../search-indexer/engine/shared/geo'
import { normalizeName } from '../../../search-indexer/engine/shared/text'
import { syntheticDocuments, SYNTHETIC_GAZETTEER } from '../../../search-indexer/bench/synthetic'
import { EmbeddedSearchReader } from '../../../search-indexer/engine/embedded/reader'
import {
  serializeSnapshot,
  SNAPSHOT_FILE,
  toEntry,
} from '../../../search-indexer/engine/embedded/snapshot'
import { STORE_FILE, storePath } from '../../../search-indexer/engine/embedded/store'
import { EmbeddedSearchWriter } from '../../../search-indexer/engine/embedded/writer'
import { documentFingerprint } from '../../../search-indexer/engine/shared/fingerprint'
import { GAZETTEER, makePublicDocument, sampleDocuments } from '../../fixtures/public-documents'

const dirs: string[] = []
const tempDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'zorgatlas-unit-'))
  dirs.push(dir)
  return dir
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})

const build = (docs: PublicDocument[]) => EmbeddedIndex.buildSync(docs.map(indexFields), GAZETTEER)

describe('EmbeddedIndex', () => {
  const index = () => build(sampleDocuments())

  it('ranks an exact word above a prefix match', () => {
    const idx = build([
      makePublicDocument({ id: 'locatie-a', naam: 'Hofstede Zuid' }),
      makePublicDocument({ id: 'locatie-b', naam: 'Hof Zuid' }),
    ])
    expect(idx.search({ text: 'hof', page: 1, perPage: 5 }).hits.map((h) => h.id)).toEqual([
      'locatie-b',
      'locatie-a',
    ])
  })

  it('gives no typo to short words', () => {
    // 'zin' is 3 letters: no typo, so it does not match 'zon…'
    expect(index().search({ text: 'zin', page: 1, perPage: 5 }).total).toBe(0)
  })

  it('applies changes in place, equal to a rebuild', () => {
    const docs = sampleDocuments()
    const idx = build(docs)
    const extra = makePublicDocument({ id: 'locatie-77', naam: 'Zonnebloem' })
    idx.apply({ upsert: [indexFields(extra)], delete: ['locatie-2'] })
    const rebuilt = build([...docs.filter((d) => d.id !== 'locatie-2'), extra])
    for (const text of ['zon', 'hof', 'utrecht', '']) {
      const query = { text, page: 1, perPage: 20 }
      expect(idx.search(query)).toEqual(rebuilt.search(query))
    }
  })

  it('clamps paging', () => {
    const r = index().search({ page: -3, perPage: 0 })
    expect(r.hits).toHaveLength(1)
  })

  it('matches synonyms of care words from the shared word list', () => {
    const idx = build([
      makePublicDocument({ id: 'locatie-a', naam: 'Verpleegtehuis De Eik' }),
      makePublicDocument({ id: 'locatie-b', naam: 'Dagopvang Het Anker' }),
      makePublicDocument({ id: 'locatie-c', naam: 'Huize Berkenhof' }),
    ])
    const ids = (text: string) => idx.search({ text, page: 1, perPage: 5 }).hits.map((h) => h.id)
    expect(ids('verpleeghuis')).toEqual(['locatie-a'])
    expect(ids('dagbesteding')).toEqual(['locatie-b'])
  })

  it('lets a stop word before other words be missing, but not the last word', () => {
    const idx = build([
      makePublicDocument({ id: 'locatie-a', naam: 'De Linde' }),
      makePublicDocument({ id: 'locatie-b', naam: 'Huize Linde' }),
      makePublicDocument({ id: 'locatie-c', naam: 'Dementiehuis Noord' }),
    ])
    const ids = (text: string) => idx.search({ text, page: 1, perPage: 5 }).hits.map((h) => h.id)
    // 'de' may be missing, but a name with it ranks first
    expect(ids('de linde')).toEqual(['locatie-a', 'locatie-b'])
    // the last word is a prefix being typed: 'de' finds De Linde and Dementiehuis
    expect(ids('de').sort()).toEqual(['locatie-a', 'locatie-c'])
  })

  it('counts OR facets without their own filter, in one pass', () => {
    const idx = index()
    const all = idx.search({ page: 1, perPage: 1 })
    const vv = idx.search({ soortZorg: ['VV'], page: 1, perPage: 1 })
    expect(vv.total).toBe(all.facets.soortZorg.VV)
    // the soort-zorg facet still counts every kind (what choosing it too would give)
    expect(vv.facets.soortZorg).toEqual(all.facets.soortZorg)
    // other facets are counted over the matches
    const vvPlaatsen = Object.values(vv.facets.plaats).reduce((a, b) => a + b, 0)
    expect(vvPlaatsen).toBe(vv.total)
  })

  it('sorts by rating, unrated last, and filters on a minimum rating', () => {
    const rated = (id: string, naam: string, score: number | null, aantal: number) =>
      makePublicDocument({
        id,
        naam,
        waardering: { score, aantal, url: 'https://example.nl', naam, gekoppeld: 'adres' },
      })
    const idx = build([
      rated('locatie-a', 'Aa', 7.5, 10),
      rated('locatie-b', 'Bb', 8.9, 3),
      makePublicDocument({ id: 'locatie-c', naam: 'Cc', waardering: null }),
      rated('locatie-d', 'Dd', 7.5, 40),
    ])
    const sorted = idx.search({ sort: 'rating', page: 1, perPage: 10 })
    expect(sorted.hits.map((h) => h.id)).toEqual([
      'locatie-b',
      'locatie-d',
      'locatie-a',
      'locatie-c',
    ])
    expect(sorted.facets.waardering).toEqual({ '6': 3, '7': 3, '8': 1 })
    const min8 = idx.search({ minWaardering: 8, page: 1, perPage: 10 })
    expect(min8.hits.map((h) => h.id)).toEqual(['locatie-b'])
    expect(min8.facets.waardering).toEqual({ '6': 3, '7': 3, '8': 1 })
  })

  it('returns every match as a map point when asked', () => {
    const idx = index()
    const plain = idx.search({ page: 1, perPage: 2 })
    expect(plain.points).toBeUndefined()
    const withPoints = idx.search({ page: 1, perPage: 2, withPoints: true })
    expect(withPoints.points).toHaveLength(withPoints.total)
    const [id, lat, lng, soort, naam] = withPoints.points![0]!
    const doc = sampleDocuments().find((d) => d.id === id)!
    expect([lat, lng, soort, naam]).toEqual([
      doc.geo.lat,
      doc.geo.lng,
      doc.soortZorg.code,
      doc.naam,
    ])
  })
})

describe('EmbeddedIndex on many locations', { timeout: 60_000 }, () => {
  // synthetic locations with the whole care offer; names made unique (the id appended), so the
  // order of two indexes with the same documents does not depend on which slot each one got
  let made: IndexFields[] | undefined
  const rows = (): IndexFields[] =>
    (made ??= syntheticDocuments(1200).map((doc) => {
      const fields = indexFields(doc)
      return { ...fields, text: { ...fields.text, naam: `${fields.text.naam} ${doc.id}` } }
    }))
  const utrecht = SYNTHETIC_GAZETTEER.find((g) => g.naam === 'Utrecht')!
  const queries: SearchQuery[] = [
    { page: 1, perPage: 20 },
    { text: 'z', page: 1, perPage: 20 },
    { text: 'zo', page: 2, perPage: 10 },
    { text: 'zonnebloem', page: 1, perPage: 20 },
    { text: 'zonnebloen huize', page: 1, perPage: 20 },
    { text: 'de linde', page: 1, perPage: 20 },
    { text: 'stichting', soortZorg: ['ouderenzorg-instelling'], page: 1, perPage: 20 },
    {
      geo: { lat: utrecht.lat, lng: utrecht.lng, radiusKm: 25, servesWoonplaatsId: utrecht.id },
      page: 1,
      perPage: 20,
    },
    { text: 'h', geo: { lat: utrecht.lat, lng: utrecht.lng, radiusKm: 10 }, page: 1, perPage: 20 },
    { woonplaatsId: utrecht.id, sort: 'rating', page: 1, perPage: 20 },
    { minWaardering: 8, sort: 'rating', page: 1, perPage: 20 },
    { minWaardering: 7.5, sort: 'name', page: 1, perPage: 20 },
    { soortZorg: ['dagbesteding', 'ggz-instelling'], sector: ['VV'], page: 3, perPage: 20 },
  ]
  // map points come in no particular order
  const answer = (index: EmbeddedIndex, query: SearchQuery) => {
    const result = index.search({ ...query, withPoints: true })
    return { ...result, points: [...result.points!].sort((a, b) => (a[0] < b[0] ? -1 : 1)) }
  }

  it('counts facet values over a broad and a narrow set of matches as the documents say', () => {
    const all = rows()
    const byId = new Map(all.map((r) => [r.id, r]))
    const index = EmbeddedIndex.buildSync(all, SYNTHETIC_GAZETTEER)
    // no text: every location (counted by popcount per value); a name, a woonplaats, a rare
    // filter: a few percent (counted slot by slot)
    const cases: SearchQuery[] = [
      { page: 1, perPage: 1 },
      { text: 'zonnebloem', page: 1, perPage: 1 },
      { woonplaatsId: utrecht.id, page: 1, perPage: 1 },
      { text: 'huize', zachteInformatie: ['tuin'], page: 1, perPage: 1 },
    ]
    for (const query of cases) {
      const result = index.search({ ...query, withPoints: true })
      expect(result.total).toBeGreaterThan(0)
      const expected: Record<string, Record<string, number>> = {}
      for (const dim of VALUE_DIMENSIONS) {
        const counts: Record<string, number> = {}
        for (const [id] of result.points!) {
          for (const code of new Set(byId.get(id)!.values[dim]))
            counts[code] = (counts[code] ?? 0) + 1
        }
        expected[dim] = counts
      }
      expect(Object.fromEntries(VALUE_DIMENSIONS.map((d) => [d, result.facets[d]]))).toEqual(
        expected,
      )
    }
  })

  it('finds every location within the radius or serving the woonplaats, and no other', () => {
    const all = rows()
    const index = EmbeddedIndex.buildSync(all, SYNTHETIC_GAZETTEER)
    for (const place of SYNTHETIC_GAZETTEER.slice(0, 12)) {
      for (const radiusKm of [0, 3, 12, 40]) {
        const geo = { lat: place.lat, lng: place.lng, radiusKm, servesWoonplaatsId: place.id }
        const found = index.search({ geo, page: 1, perPage: 1, withPoints: true })
        const expected = all
          .filter((r) => r.woonplaatsIds.includes(place.id) || haversineKm(geo, r) <= radiusKm)
          .map((r) => r.id)
        expect(found.points!.map(([id]) => id).sort()).toEqual(expected.sort())
      }
    }
  })

  it('pages through the matches in name order, many or few', () => {
    const all = rows()
    const index = EmbeddedIndex.buildSync(all, SYNTHETIC_GAZETTEER)
    const byName = (list: IndexFields[]) =>
      list
        .map((r) => ({ id: r.id, name: normalizeName(r.text.naam) }))
        .sort((a, b) => (a.name < b.name ? -1 : 1))
        .map((r) => r.id)
    const cases: SearchQuery[] = [
      { page: 1, perPage: 50 },
      { page: 4, perPage: 50 },
      { soortZorg: ['ggz-instelling'], page: 2, perPage: 20 },
      { sector: ['VG'], dagbesteding: true, page: 1, perPage: 100 },
    ]
    for (const query of cases) {
      const result = index.search({ ...query, withPoints: true })
      const ids = new Set(result.points!.map(([id]) => id))
      const start = (query.page - 1) * query.perPage
      const expected = byName(all.filter((r) => ids.has(r.id))).slice(start, start + query.perPage)
      expect(result.hits.map((h) => h.id)).toEqual(expected)
    }
  })

  it('answers the same whatever order the index was built in: equal names go by id', () => {
    // five names for all, so most of the order is decided by the tie-break
    const names = ['De Linde', 'Zonnebloem', 'Huize Anker', 'Beukenhof', 'Vijverhof']
    const same = rows().map((r, i) => ({ ...r, text: { ...r.text, naam: names[i % 5]! } }))
    const orders = [
      same,
      [...same].reverse(),
      spatialOrder(same.map((r, rowid) => ({ ...r, rowid }))).map(({ rowid: _, ...r }) => r),
    ]
    const [first, ...others] = orders.map((o) => EmbeddedIndex.buildSync(o, SYNTHETIC_GAZETTEER))
    for (const index of others) {
      for (const query of queries) expect(answer(index, query)).toEqual(answer(first!, query))
    }
    const page = first!.search({ page: 1, perPage: 6 }).hits.map((h) => h.id)
    const ids = same.filter((r) => r.text.naam === 'Beukenhof').map((r) => r.id)
    expect(page).toEqual(ids.sort().slice(0, 6))
  })

  it('builds in spatial order: by band of latitude, then longitude, points without last', () => {
    const points = [
      { rowid: 1, lat: 52.15, lng: 5.2 },
      { rowid: 2, lat: 52.11, lng: 4.9 },
      { rowid: 3, lat: null, lng: null },
      { rowid: 4, lat: 51.5, lng: 6.1 },
      { rowid: 5, lat: 52.19, lng: 4.9 },
      { rowid: 6, lat: 52.2, lng: 3.9 },
    ]
    // 52.11, 52.15 and 52.19 share the band 52.1; 4.9 twice: by rowid
    expect(spatialOrder(points).map((p) => p.rowid)).toEqual([4, 2, 5, 1, 6, 3])
  })

  it('answers like a new index after changes, with every cache it filled before', () => {
    const before = rows()
    const index = EmbeddedIndex.buildSync(before, SYNTHETIC_GAZETTEER)
    for (const query of queries) index.search(query)
    // another location's names, place, rating and care for a third of them, some removed,
    // some new
    const n = before.length
    const changed = before
      .filter((_, i) => i % 3 === 0)
      .map((r, i) => ({ ...before[(i * 3 + 500) % n]!, id: r.id }))
    const added = before.slice(0, 100).map((r, i) => ({ ...r, id: `nieuw-${i}` }))
    const removed = before.filter((_, i) => i % 3 === 1).map((r) => r.id)
    index.apply({ upsert: [...changed, ...added], delete: removed })
    const after = new Map(before.map((r) => [r.id, r]))
    for (const id of removed) after.delete(id)
    for (const r of [...changed, ...added]) after.set(r.id, r)
    const rebuilt = EmbeddedIndex.buildSync([...after.values()], SYNTHETIC_GAZETTEER)
    for (const query of queries) expect(answer(index, query)).toEqual(answer(rebuilt, query))
  })
})

describe('store, writer and reader', () => {
  it('a reader that opened the store while its tables were being made recovers and shows documents', async () => {
    const dir = await tempDir()
    // A writer that has made some tables but not yet the others (as a worker starting while a
    // site process polls): what the reader sees for a moment.
    const half = new DatabaseSync(storePath(dir))
    half.exec(
      'CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID; CREATE TABLE documents (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, hash TEXT NOT NULL, fields TEXT NOT NULL);',
    )
    half.close()
    const reader = await EmbeddedSearchReader.open({ dir, pollMs: 0 })
    await reader.refresh().catch(() => undefined)
    const writer = new EmbeddedSearchWriter({ dir })
    const docs = sampleDocuments()
    await writer.replaceAll(docs, GAZETTEER)
    await reader.refresh()
    const result = await reader.search({ page: 1, perPage: 50 })
    expect(result.total).toBe(docs.length)
    expect(result.hits.map((h) => h.document?.id).sort()).toEqual(docs.map((d) => d.id).sort())
    expect(await reader.getDocument(docs[0]!.id)).toEqual(docs[0])
    await reader.close()
    await writer.close()
  })

  it('says starting without a store, then serves what the writer committed', async () => {
    const dir = await tempDir()
    const reader = await EmbeddedSearchReader.open({ dir, pollMs: 0 })
    expect(await reader.health()).toMatchObject({ status: 'starting', documents: 0 })
    const writer = new EmbeddedSearchWriter({ dir })
    // opening a writer creates the store but commits nothing: still starting
    expect(await writer.count()).toBe(0)
    await reader.refresh()
    expect((await reader.health()).status).toBe('starting')
    await writer.replaceAll(sampleDocuments(), GAZETTEER)
    await reader.refresh()
    expect(await reader.health()).toMatchObject({ status: 'ok', documents: 10 })
    await writer.upsert([makePublicDocument({ id: 'locatie-50', naam: 'Nieuw' })])
    await reader.refresh()
    expect((await reader.getDocument('locatie-50'))?.naam).toBe('Nieuw')
    await reader.close()
    await writer.close()
  })

  it("reads a page's documents from the store, leaving out one deleted since the index caught up", async () => {
    const dir = await tempDir()
    const writer = new EmbeddedSearchWriter({ dir })
    await writer.replaceAll(sampleDocuments(), GAZETTEER)
    // no hits kept between searches: every page is read from the store
    const reader = await EmbeddedSearchReader.open({ dir, pollMs: 0, documentCache: 0 })
    const page = await reader.search({ page: 1, perPage: 10 })
    expect(page.hits.map((h) => h.document.id)).toHaveLength(10)
    // every hit is the list part of its own stored document, in the index's order
    for (const hit of page.hits)
      expect(hit.document).toEqual(lijstDocument((await reader.getDocument(hit.document.id))!))
    const gone = page.hits[5]!.document.id
    await writer.delete([gone])
    // the index has not caught up yet: the page leaves the document out, the order stays
    const next = await reader.search({ page: 1, perPage: 10 })
    expect(next.hits.map((h) => h.document.id)).toEqual(
      page.hits.map((h) => h.document.id).filter((id) => id !== gone),
    )
    await reader.refresh()
    expect((await reader.health()).documents).toBe(9)
    await reader.close()
    await writer.close()
  })

  it('reads hits from the list parts; a store from before them is read from the bodies, then filled by a full write', async () => {
    const dir = await tempDir()
    const docs = sampleDocuments()
    const writer = new EmbeddedSearchWriter({ dir })
    await writer.replaceAll(docs, GAZETTEER)
    await writer.close()
    const db = new DatabaseSync(storePath(dir))
    const count = (table: string) =>
      Number((db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n)
    // every document has its list part, and a delete takes it along
    expect(count('lijsten')).toBe(docs.length)
    const stored = db.prepare('SELECT lijst FROM lijsten WHERE id = ?').get(docs[0]!.id) as {
      lijst: string
    }
    expect(JSON.parse(stored.lijst)).toEqual(lijstDocument(docs[0]!))
    // a store as the code before the list parts wrote it
    db.exec('DROP TABLE lijsten')
    const reader = await EmbeddedSearchReader.open({ dir, pollMs: 0, documentCache: 0 })
    const page = await reader.search({ page: 1, perPage: 50 })
    expect(page.hits).toHaveLength(docs.length)
    const byId = new Map(docs.map((d) => [d.id, d]))
    for (const hit of page.hits)
      expect(hit.document).toEqual(lijstDocument(byId.get(hit.document.id)!))
    // the next full write (nothing changed) fills in the list parts; the reader uses them
    const again = new EmbeddedSearchWriter({ dir })
    await again.replaceAll(docs, GAZETTEER)
    expect(count('lijsten')).toBe(docs.length)
    db.prepare('UPDATE bodies SET body = ?').run('{"kapot":true}')
    const reread = await EmbeddedSearchReader.open({ dir, pollMs: 0, documentCache: 0 })
    const next = await reread.search({ page: 1, perPage: 50 })
    expect(next.hits.map((h) => h.document)).toEqual(page.hits.map((h) => h.document))
    await again.delete([docs[1]!.id])
    expect(count('lijsten')).toBe(docs.length - 1)
    db.close()
    await Promise.all([reader.close(), reread.close(), again.close()])
  })

  it('forgets a kept hit when its document changes or goes', async () => {
    const dir = await tempDir()
    const writer = new EmbeddedSearchWriter({ dir })
    await writer.replaceAll(sampleDocuments(), GAZETTEER)
    const reader = await EmbeddedSearchReader.open({ dir, pollMs: 0 })
    const page = await reader.search({ page: 1, perPage: 10 })
    const [kept, gone] = [page.hits[0]!.document, page.hits[1]!.document]
    const changed = sampleDocuments().find((d) => d.id === kept.id)!
    await writer.upsert([{ ...changed, naam: `${changed.naam} (nieuw)` }])
    await writer.delete([gone.id])
    await reader.refresh()
    const again = await reader.search({ page: 1, perPage: 10 })
    expect(again.hits.find((h) => h.document.id === kept.id)?.document.naam).toBe(
      `${changed.naam} (nieuw)`,
    )
    expect(again.hits.map((h) => h.document.id)).not.toContain(gone.id)
    expect(again.hits).toHaveLength(9)
    await reader.close()
    await writer.close()
  })

  it('writes only changed documents: one approval changes one row and bumps seq by one', async () => {
    const dir = await tempDir()
    const writer = new EmbeddedSearchWriter({ dir })
    const docs = sampleDocuments()
    await writer.replaceAll(docs, GAZETTEER)
    const seqOf = () => {
      const db = new DatabaseSync(storePath(dir))
      try {
        const seq = db.prepare("SELECT value FROM meta WHERE key = 'seq'").get() as {
          value: string
        }
        const rows = db.prepare('SELECT id, seq FROM documents').all() as {
          id: string
          seq: number
        }[]
        return { seq: Number(seq.value), rows: new Map(rows.map((r) => [r.id, Number(r.seq)])) }
      } finally {
        db.close()
      }
    }
    const before = seqOf()
    // the same set again: nothing written, seq unchanged for every document
    await writer.replaceAll(docs, GAZETTEER)
    await writer.upsert([docs[3]!])
    const same = seqOf()
    expect([...same.rows.values()]).toEqual([...before.rows.values()])
    await writer.upsert([{ ...docs[3]!, naam: 'Anders' }])
    const after = seqOf()
    expect(after.seq).toBe(same.seq + 1)
    const moved = [...after.rows].filter(([id, seq]) => same.rows.get(id) !== seq)
    expect(moved).toEqual([[docs[3]!.id, after.seq]])
    await writer.close()
  })

  it('a full replace is invisible to a reader until it is committed, then all of it', async () => {
    const dir = await tempDir()
    const writer = new EmbeddedSearchWriter({ dir })
    await writer.replaceAll(sampleDocuments(), GAZETTEER)
    const reader = await EmbeddedSearchReader.open({ dir, pollMs: 0 })
    const other = Array.from({ length: 30 }, (_, i) =>
      makePublicDocument({ id: `locatie-${500 + i}`, naam: `Ander ${i}` }),
    )
    // a reader catching up while the replace is in its transaction sees the old set
    const db = new DatabaseSync(storePath(dir))
    db.exec('BEGIN IMMEDIATE')
    db.prepare('DELETE FROM documents').run()
    await reader.refresh()
    expect((await reader.search({ page: 1, perPage: 1 })).total).toBe(10)
    db.exec('ROLLBACK')
    db.close()
    await writer.replaceAll(other, GAZETTEER)
    await reader.refresh()
    const all = await reader.search({ page: 1, perPage: 50 })
    expect(all.total).toBe(30)
    expect(all.hits.every((h) => h.document.naam.startsWith('Ander'))).toBe(true)
    await reader.close()
    await writer.close()
  })

  it('stores the fingerprint of each document', async () => {
    const dir = await tempDir()
    const writer = new EmbeddedSearchWriter({ dir })
    const docs = sampleDocuments()
    await writer.replaceAll(docs, GAZETTEER)
    const prints = await writer.fingerprints()
    expect(prints.get(docs[0]!.id)).toBe(documentFingerprint(docs[0]!))
    expect(prints.size).toBe(docs.length)
    await writer.close()
  })

  it('imports the snapshot file of a data directory from before the store, once', async () => {
    const dir = await tempDir()
    const text = serializeSnapshot(
      { version: 1, writeId: 'w', updatedAt: '2026-11-01T00:00:00.000Z' },
      GAZETTEER,
      sampleDocuments().map(toEntry),
    )
    await writeFile(join(dir, SNAPSHOT_FILE), text)
    const writer = new EmbeddedSearchWriter({ dir })
    expect(await writer.count()).toBe(10)
    expect((await readdir(dir)).sort()).toContain(`${SNAPSHOT_FILE}.imported`)
    await writer.delete(sampleDocuments().map((d) => d.id))
    await writer.close()
    // a new writer on the emptied store does not import it again
    const again = new EmbeddedSearchWriter({ dir })
    expect(await again.count()).toBe(0)
    await again.close()
    expect(await readdir(dir)).toContain(STORE_FILE)
  })

  it('waits for another writer without freezing the process, and gives up after busyMs', async () => {
    const dir = await tempDir()
    const writer = new EmbeddedSearchWriter({ dir, busyMs: 60_000 })
    await writer.upsert([makePublicDocument({ id: 'locatie-1' })])
    const ander = new DatabaseSync(storePath(dir))
    ander.exec('BEGIN EXCLUSIVE')
    let ticks = 0
    const klok = setInterval(() => ticks++, 10)
    const bezig = writer.upsert([makePublicDocument({ id: 'locatie-2' })])
    await new Promise((r) => setTimeout(r, 400))
    // the event loop kept running while the write waited for the lock: a write that waited
    // synchronously (busy_timeout) would let at most one tick through; a loaded machine fires the
    // 10 ms timer far fewer than 40 times, so only a few ticks are asked for
    expect(ticks).toBeGreaterThanOrEqual(3)
    ander.exec('ROLLBACK')
    await bezig
    clearInterval(klok)
    expect(await writer.count()).toBe(2)
    // a lock held longer than busyMs: the write fails (the job retries later)
    const kort = new EmbeddedSearchWriter({ dir, busyMs: 300 })
    ander.exec('BEGIN EXCLUSIVE')
    await expect(kort.upsert([makePublicDocument({ id: 'locatie-3' })])).rejects.toThrow(/locked/)
    ander.exec('ROLLBACK')
    ander.close()
    await kort.close()
    await writer.close()
  })

  it('opens a store while another writer holds its lock: counts and fingerprints are read at once', async () => {
    const dir = await tempDir()
    const first = new EmbeddedSearchWriter({ dir })
    await first.upsert([makePublicDocument({ id: 'locatie-1' })])
    await first.close()
    const ander = new DatabaseSync(storePath(dir))
    ander.exec('BEGIN EXCLUSIVE')
    // a worker that starts now (its first call opens the store) must not need the write lock
    const writer = new EmbeddedSearchWriter({ dir, busyMs: 300 })
    try {
      expect(await writer.count()).toBe(1)
      expect([...(await writer.fingerprints()).keys()]).toEqual(['locatie-1'])
      // writing still waits for the lock, and fails after busyMs
      await expect(writer.upsert([makePublicDocument({ id: 'locatie-2' })])).rejects.toThrow(
        /locked/,
      )
    } finally {
      ander.exec('ROLLBACK')
      ander.close()
    }
    await writer.upsert([makePublicDocument({ id: 'locatie-2' })])
    expect(await writer.count()).toBe(2)
    await writer.close()
  })

  it('rejects invalid documents before writing', async () => {
    const dir = await tempDir()
    const writer = new EmbeddedSearchWriter({ dir })
    const bad = { ...makePublicDocument(), id: 'not-a-locatie-id' }
    await expect(writer.upsert([bad])).rejects.toThrow()
    expect(await writer.count()).toBe(0)
    await writer.close()
  })
})
