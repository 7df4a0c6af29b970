import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { EmbeddedIndex } from '../../../search-indexer/engine/embedded/core'
import {
  acquireLock,
  LOCK_FILE,
  LockTimeoutError,
} from '../../../search-indexer/engine/embedded/lock'
import { SnapshotServer } from '../../../search-indexer/engine/embedded/serving'
import {
  parseSnapshot,
  serializeSnapshot,
  SnapshotFormatError,
  SNAPSHOT_FILE,
  toEntry,
} from '../../../search-indexer/engine/embedded/snapshot'
import { EmbeddedSearchWriter } from '../../../search-indexer/engine/embedded/writer'
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

describe('EmbeddedIndex', () => {
  const index = () => EmbeddedIndex.buildSync(sampleDocuments(), GAZETTEER)

  it('ranks an exact word above a prefix match', () => {
    const idx = EmbeddedIndex.buildSync(
      [
        makePublicDocument({ id: 'locatie-a', naam: 'Hofstede Zuid' }),
        makePublicDocument({ id: 'locatie-b', naam: 'Hof Zuid' }),
      ],
      [],
    )
    expect(idx.search({ text: 'hof', page: 1, perPage: 5 }).hits.map((h) => h.document.id)).toEqual(
      ['locatie-b', 'locatie-a'],
    )
  })

  it('gives no typo to short words', () => {
    // 'zin' is 3 letters: no typo, so it does not match 'zon…'
    expect(index().search({ text: 'zin', page: 1, perPage: 5 }).total).toBe(0)
  })

  it('applies changes in place, equal to a rebuild', () => {
    const docs = sampleDocuments()
    const idx = EmbeddedIndex.buildSync(docs, GAZETTEER)
    const extra = makePublicDocument({ id: 'locatie-77', naam: 'Zonnebloem' })
    idx.apply({ upsert: [extra], delete: ['locatie-2'] })
    const rebuilt = EmbeddedIndex.buildSync(
      [...docs.filter((d) => d.id !== 'locatie-2'), extra],
      GAZETTEER,
    )
    for (const text of ['zon', 'hof', 'utrecht', '']) {
      const query = { text, page: 1, perPage: 20 }
      expect(idx.search(query)).toEqual(rebuilt.search(query))
    }
  })

  it('clamps paging', () => {
    const r = index().search({ page: -3, perPage: 0 })
    expect(r.hits).toHaveLength(1)
  })
})

describe('snapshot format', () => {
  it('round-trips and detects truncation', () => {
    const entries = sampleDocuments().map(toEntry)
    const text = serializeSnapshot(
      { version: 3, writeId: 'w', updatedAt: 'now' },
      GAZETTEER,
      entries,
    )
    const parsed = parseSnapshot(text)
    expect(parsed.header.version).toBe(3)
    expect(parsed.entries).toEqual(entries)
    expect(parsed.gazetteer).toEqual(GAZETTEER)
    expect(() => parseSnapshot(text.slice(0, text.length - 20))).toThrow(SnapshotFormatError)
  })
})

describe('write lock', () => {
  it('is exclusive and times out with the owner in the message', async () => {
    const dir = await tempDir()
    const lock = await acquireLock(dir)
    await expect(acquireLock(dir, { timeoutMs: 100 })).rejects.toThrow(LockTimeoutError)
    await lock.release()
    const again = await acquireLock(dir, { timeoutMs: 100 })
    await again.release()
  })

  it('breaks a stale lock of a dead process', async () => {
    const dir = await tempDir()
    // pid 2^22+1 is above the default pid_max, so it cannot be alive
    await writeFile(
      join(dir, LOCK_FILE),
      JSON.stringify({
        pid: 4194305,
        host: (await import('node:os')).hostname(),
        token: 'x',
        createdAt: Date.now(),
      }),
    )
    const lock = await acquireLock(dir, { timeoutMs: 1000 })
    await lock.release()
    expect(await readdir(dir)).toEqual([])
  })
})

describe('writer and snapshot server', () => {
  it('writes atomically (no temp files left) and serves the new snapshot', async () => {
    const dir = await tempDir()
    const writer = new EmbeddedSearchWriter({ dir })
    await writer.replaceAll(sampleDocuments(), GAZETTEER)
    expect(await readdir(dir)).toEqual([SNAPSHOT_FILE])
    const server = new SnapshotServer({ dir, pollMs: 0 })
    await server.start()
    expect(server.health()).toMatchObject({ status: 'ok', documents: 10, engine: 'embedded' })
    await writer.upsert([makePublicDocument({ id: 'locatie-50', naam: 'Nieuw' })])
    await server.refresh()
    expect(server.getDocument('locatie-50')?.naam).toBe('Nieuw')
    server.stop()
  })

  it('reports starting without a snapshot and keeps serving the old index on a broken one', async () => {
    const dir = await tempDir()
    const logs: string[] = []
    const server = new SnapshotServer({ dir, pollMs: 0, log: (_l, m) => logs.push(m) })
    await server.start()
    expect(server.health()).toMatchObject({ status: 'starting', documents: 0 })
    expect(server.search({ text: 'x', page: 1, perPage: 5 }).total).toBe(0)
    const writer = new EmbeddedSearchWriter({ dir })
    await writer.replaceAll(sampleDocuments(), GAZETTEER)
    await server.refresh()
    await writeFile(join(dir, SNAPSHOT_FILE), 'garbage')
    await expect(server.refresh()).rejects.toThrow()
    expect(server.health().documents).toBe(10)
    server.stop()
  })

  it('rejects invalid documents before writing', async () => {
    const dir = await tempDir()
    const writer = new EmbeddedSearchWriter({ dir })
    const bad = { ...makePublicDocument(), id: 'not-a-locatie-id' }
    await expect(writer.upsert([bad])).rejects.toThrow()
    expect(await writer.count()).toBe(0)
  })
})
