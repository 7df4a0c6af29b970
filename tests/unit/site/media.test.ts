/**
 * The site's side of photos and video: /media/<key> serves only valid keys of the public media
 * store, with the right type and caching; the Content-Security-Policy frames only
 * youtube-nocookie.com.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LocalMediaStore } from '../../../search-indexer/media/local'
import type { PublicMediaStore } from '../../../search-indexer/media/port'
import { mediaAntwoord } from '../../../site/lib/server/media'
import { contentSecurityPolicy, securityHeaders } from '../../../site/lib/server/security'

let dir = ''
let store: LocalMediaStore
const KEY = '12/f-0123456789abcdef0123-480.webp'

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'za-site-media-'))
  store = new LocalMediaStore(dir)
  await store.put(KEY, new Uint8Array([82, 73, 70, 70]), 'image/webp')
})
afterAll(async () => rm(dir, { recursive: true, force: true }))

describe('GET /media/<key>', () => {
  it('serves a file with its type, length, a year of immutable caching and nosniff', async () => {
    const res = await mediaAntwoord(KEY, store)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/webp')
    expect(res.headers.get('content-length')).toBe('4')
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([82, 73, 70, 70])
  })

  it('answers 404 to everything that is not a valid key of an existing file', async () => {
    for (const pad of [
      undefined,
      '',
      '12/f-0123456789abcdef0123-480.jpg', // valid, absent
      '../12/f-0123456789abcdef0123-480.webp',
      '12/../12/f-0123456789abcdef0123-480.webp',
      '12/f-0123456789abcdef0123-480.webp/',
      '12/f-0123456789abcdef0123-480.svg',
      '12/f-0123456789ABCDEF0123-480.webp',
      '12\\f-0123456789abcdef0123-480.webp',
      '%2e%2e/etc/passwd',
      `${'1'.repeat(65)}/f-0123456789abcdef0123-480.webp`,
    ]) {
      const res = await mediaAntwoord(pad, store)
      expect(res.status, String(pad)).toBe(404)
      expect(res.headers.get('content-type')).toContain('text/plain')
    }
  })

  it('answers 503 when the store fails (and says nothing of why)', async () => {
    const broken: PublicMediaStore = {
      ...store,
      kind: 'local',
      get: () => Promise.reject(new Error('disk on fire')),
      put: store.put,
      list: store.list,
      locaties: store.locaties,
      delete: store.delete,
    }
    const res = await mediaAntwoord(KEY, broken)
    expect(res.status).toBe(503)
    expect(await res.text()).not.toContain('fire')
  })
})

describe('Content-Security-Policy', () => {
  it('frames exactly youtube-nocookie.com, and nothing else comes from outside but tiles', () => {
    const csp = contentSecurityPolicy('https://tiles.example')
    const directives = Object.fromEntries(
      csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
    )
    expect(directives['frame-src']).toEqual(['https://www.youtube-nocookie.com'])
    expect(directives['img-src']).toEqual(["'self'", 'data:', 'https://tiles.example'])
    expect(directives['script-src']).toEqual(["'self'"])
    expect(directives['connect-src']).toEqual(["'self'"])
    expect(directives['default-src']).toEqual(["'self'"])
    expect(csp).not.toMatch(/youtube\.com(?!-)|ytimg/)
    expect(securityHeaders('https://tiles.example')['Content-Security-Policy']).toBe(csp)
  })
})
