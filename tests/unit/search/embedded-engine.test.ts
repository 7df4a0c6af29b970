import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterEach, describe, expect, it } from 'vitest'
import type { PublicDocument } from '../../../search-indexer/contract'
import { EmbeddedIndex } from '../../../search-indexer/engine/embedded/core'
import { indexFields } from '../../../search-indexer/engine/embedded/fields'
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
    const [id, lat, lng, soort] = withPoints.points![0]!
    const doc = sampleDocuments().find((d) => d.id === id)!
    expect([lat, lng, soort]).toEqual([doc.geo.lat, doc.geo.lng, doc.soortZorg.code])
  })
})

describe('store, writer and reader', () => {
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
    // the event loop kept running while the write waited for the lock
    expect(ticks).toBeGreaterThan(10)
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
