import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { EmbeddedSearchReader } from '../../search-indexer/engine/embedded/reader'
import { EmbeddedSearchWriter } from '../../search-indexer/engine/embedded/writer'
import { createSearchReader, createSearchWriter } from '../../search-indexer/engine'
import { runSearchEngineContract } from '../contract/search-engine.contract'

const dirs: string[] = []
const tempDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'zorgatlas-search-'))
  dirs.push(dir)
  return dir
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})

runSearchEngineContract('embedded (reader that only catches up on refresh)', async () => {
  const dir = await tempDir()
  const reader = await EmbeddedSearchReader.open({ dir, pollMs: 0 })
  const writer = new EmbeddedSearchWriter({ dir })
  return {
    reader,
    writer,
    settle: () => reader.refresh(),
    cleanup: async () => {
      await reader.close()
      await writer.close()
    },
  }
})

runSearchEngineContract('embedded (polling reader, via factories)', async () => {
  const dir = await tempDir()
  const config = { engine: 'embedded' as const, dir }
  const reader = createSearchReader(config) as EmbeddedSearchReader
  const writer = createSearchWriter(config)
  return {
    reader,
    writer,
    settle: () => reader.refresh(),
    cleanup: async () => {
      await reader.close()
      await writer.close()
    },
  }
})

const runWriterProcess = (dir: string, action: string): Promise<string> =>
  new Promise((resolvePromise, reject) => {
    const child = spawn(
      resolve('node_modules/.bin/tsx'),
      [resolve('tests/int/helpers/search-writer-process.ts'), dir, action],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let out = ''
    let err = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (err += d))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolvePromise(out)
        : reject(new Error(`writer process failed (${code}): ${err}`)),
    )
  })

const waitFor = async (check: () => Promise<boolean>, timeoutMs: number) => {
  const start = Date.now()
  while (Date.now() - start < timeoutMs) {
    if (await check()) return Date.now() - start
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`condition not met within ${timeoutMs} ms`)
}

describe('embedded engine across processes', () => {
  it('a reader sees writes of another process within ~2 s, hot-swapping', async () => {
    const dir = await tempDir()
    const reader = await EmbeddedSearchReader.open({ dir })
    try {
      expect((await reader.health()).status).toBe('starting')
      expect((await reader.search({ text: 'zon', page: 1, perPage: 5 })).total).toBe(0)

      await runWriterProcess(dir, 'load')
      // the child has exited: the store is on disk; the reader must notice on its own
      await waitFor(async () => (await reader.health()).documents === 10, 2500)
      expect((await reader.search({ text: 'zon', page: 1, perPage: 5 })).total).toBe(2)

      await runWriterProcess(dir, 'delete-1')
      await waitFor(async () => (await reader.getDocument('locatie-1')) === null, 2500)
      expect((await reader.health()).documents).toBe(9)
    } finally {
      await reader.close()
    }
  }, 30_000)

  it('two writer processes at once lose no writes and a restart keeps data', async () => {
    const dir = await tempDir()
    await Promise.all([
      runWriterProcess(dir, 'upsert-range:100:40'),
      runWriterProcess(dir, 'upsert-range:200:40'),
      runWriterProcess(dir, 'upsert-range:300:40'),
    ])
    // a new writer (a restart) sees what the others wrote
    const writer = new EmbeddedSearchWriter({ dir })
    expect(await writer.count()).toBe(120)
    await writer.delete(['locatie-100'])
    expect(await writer.count()).toBe(119)
    await writer.close()
    const reader = await EmbeddedSearchReader.open({ dir, pollMs: 0 })
    expect((await reader.health()).documents).toBe(119)
    await reader.close()
  }, 60_000)
})
