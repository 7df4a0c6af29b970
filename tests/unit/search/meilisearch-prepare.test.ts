/**
 * What the Meilisearch writer sends when the worker prepares the index at start: both indexes
 * created (an existing one is fine) and the current settings applied, without any write of
 * documents. A small HTTP server stands in for Meilisearch (none can be installed here); it
 * answers the task routes the client polls. The live contract (MEILISEARCH_URL) checks the
 * settings a real server keeps.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MeilisearchWriter } from '../../../search-indexer/engine/meilisearch/adapter'
import {
  locatieSettings,
  woonplaatsSettings,
} from '../../../search-indexer/engine/meilisearch/mapping'

interface Seen {
  method: string
  path: string
  body: unknown
}

/** A stand-in server: every write is a task; `failSettings` makes settings tasks fail. */
const standIn = () => {
  const seen: Seen[] = []
  const tasks = new Map<number, Record<string, unknown>>()
  const existing = new Set<string>()
  const state = { failSettings: false }
  const server: Server = createServer((req, res) => {
    let raw = ''
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()))
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0]!
      const body: unknown = raw ? JSON.parse(raw) : undefined
      const send = (status: number, json: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(json))
      }
      const task = (type: string, indexUid: string, failed?: { code: string; message: string }) => {
        const uid = tasks.size + 1
        tasks.set(uid, {
          uid,
          indexUid,
          type,
          status: failed ? 'failed' : 'succeeded',
          error: failed ? { ...failed, type: 'invalid_request', link: '' } : null,
        })
        send(202, { taskUid: uid, indexUid, status: 'enqueued', type, enqueuedAt: '' })
      }
      const taskMatch = /^\/tasks\/(\d+)$/.exec(path)
      if (req.method === 'GET' && taskMatch) return send(200, tasks.get(Number(taskMatch[1])))
      seen.push({ method: req.method ?? '', path, body })
      if (req.method === 'POST' && path === '/indexes') {
        const uid = (body as { uid: string }).uid
        if (existing.has(uid)) {
          return task('indexCreation', uid, {
            code: 'index_already_exists',
            message: `Index \`${uid}\` already exists.`,
          })
        }
        existing.add(uid)
        return task('indexCreation', uid)
      }
      const settings = /^\/indexes\/([^/]+)\/settings$/.exec(path)
      if (req.method === 'PATCH' && settings) {
        return task(
          'settingsUpdate',
          settings[1]!,
          state.failSettings ? { code: 'invalid_settings', message: 'no' } : undefined,
        )
      }
      send(404, { message: 'not in the stand-in', code: 'not_found', type: 'invalid_request' })
    })
  })
  return { server, seen, existing, state }
}

describe('Meilisearch writer: prepare at start', () => {
  let fake: ReturnType<typeof standIn>
  let url: string

  beforeEach(async () => {
    fake = standIn()
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`
  })
  afterEach(async () => {
    await new Promise((resolve) => fake.server.close(resolve))
  })

  const writer = () => new MeilisearchWriter({ url, indexPrefix: 'proef', taskTimeoutMs: 2_000 })

  it('creates both indexes and applies the current settings, without writing documents', async () => {
    await writer().prepare()
    expect(fake.seen).toEqual([
      { method: 'POST', path: '/indexes', body: { uid: 'proef-locaties', primaryKey: 'id' } },
      {
        method: 'PATCH',
        path: '/indexes/proef-locaties/settings',
        body: JSON.parse(JSON.stringify(locatieSettings)),
      },
      { method: 'POST', path: '/indexes', body: { uid: 'proef-woonplaatsen', primaryKey: 'key' } },
      {
        method: 'PATCH',
        path: '/indexes/proef-woonplaatsen/settings',
        body: JSON.parse(JSON.stringify(woonplaatsSettings)),
      },
    ])
    expect(fake.seen.some((s) => s.path.includes('/documents'))).toBe(false)
  })

  it('applies the settings to indexes that already exist (a restart after a settings change)', async () => {
    fake.existing.add('proef-locaties')
    fake.existing.add('proef-woonplaatsen')
    await writer().prepare()
    const patched = fake.seen.filter((s) => s.method === 'PATCH').map((s) => s.path)
    expect(patched).toEqual([
      '/indexes/proef-locaties/settings',
      '/indexes/proef-woonplaatsen/settings',
    ])
    const synonyms = (
      fake.seen.find((s) => s.method === 'PATCH')!.body as {
        synonyms: Record<string, string[]>
      }
    ).synonyms
    expect(synonyms.verpleeghuis).toContain('verpleegtehuis')
  })

  it('prepares once per writer; the first write after it sends no settings again', async () => {
    const w = writer()
    await w.prepare()
    await w.prepare()
    expect(fake.seen.filter((s) => s.method === 'PATCH')).toHaveLength(2)
  })

  it('a failed settings task rejects, and the next call tries again', async () => {
    const w = writer()
    fake.state.failSettings = true
    await expect(w.prepare()).rejects.toThrow(/\(settingsUpdate\) failed: no/)
    fake.state.failSettings = false
    await w.prepare()
    expect(fake.seen.filter((s) => s.method === 'PATCH')).toHaveLength(3)
  })
})
