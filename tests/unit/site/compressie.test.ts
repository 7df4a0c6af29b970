import { gunzipSync, brotliDecompressSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import {
  comprimeer,
  comprimeerGeheel,
  isComprimeerbaar,
  kiesCodering,
  MIN_BYTES,
} from '../../../site/lib/server/compressie'

describe('kiesCodering', () => {
  it('prefers brotli, then gzip, and respects q=0', () => {
    expect(kiesCodering('gzip, deflate, br, zstd')).toBe('br')
    expect(kiesCodering('gzip')).toBe('gzip')
    expect(kiesCodering('br;q=0, gzip;q=0.5')).toBe('gzip')
    expect(kiesCodering('*')).toBe('br')
    expect(kiesCodering('identity')).toBeNull()
    expect(kiesCodering(null)).toBeNull()
    expect(kiesCodering('br, gzip', ['gzip'])).toBe('gzip')
  })
})

describe('comprimeer', () => {
  const html = '<p>' + 'Zorg in en rond Tilburg. '.repeat(200) + '</p>'
  const request = (encoding: string | null, method = 'GET') =>
    new Request('http://site.test/', {
      method,
      headers: encoding ? { 'Accept-Encoding': encoding } : {},
    })
  const page = () => new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } })

  it('compresses text with brotli or gzip, Vary set', async () => {
    const br = await comprimeer(request('br, gzip'), page())
    expect(br.headers.get('content-encoding')).toBe('br')
    expect(br.headers.get('vary')).toContain('Accept-Encoding')
    const bytes = Buffer.from(await br.arrayBuffer())
    expect(bytes.length).toBeLessThan(html.length / 5)
    expect(brotliDecompressSync(bytes).toString()).toBe(html)
    const gz = await comprimeer(request('gzip'), page())
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(html)
  })

  it('leaves alone: no accepted encoding, images, HEAD, encoded bodies', async () => {
    const plain = page()
    expect(await comprimeer(request(null), plain)).toBe(plain)
    expect(plain.headers.get('vary')).toBe('Accept-Encoding')
    const png = new Response('x', { headers: { 'Content-Type': 'image/png' } })
    expect(await comprimeer(request('br'), png)).toBe(png)
    const head = page()
    expect(await comprimeer(request('br', 'HEAD'), head)).toBe(head)
    expect(isComprimeerbaar('application/json; charset=utf-8')).toBe(true)
    expect(isComprimeerbaar('image/svg+xml')).toBe(true)
    expect(isComprimeerbaar('image/webp')).toBe(false)
  })

  const answer = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json; charset=utf-8', 'Retry-After': '5' },
    })
  const groot = { hits: Array.from({ length: 40 }, (_, i) => ({ id: i, naam: `Huize ${i}` })) }

  it('compresses a JSON answer whole, with its length, status and headers kept', async () => {
    for (const codering of ['br', 'gzip'] as const) {
      const out = await comprimeer(request(codering), answer(groot, 503))
      expect(out.status).toBe(503)
      expect(out.headers.get('content-encoding')).toBe(codering)
      expect(out.headers.get('retry-after')).toBe('5')
      expect(out.headers.get('vary')).toContain('Accept-Encoding')
      const bytes = Buffer.from(await out.arrayBuffer())
      expect(out.headers.get('content-length')).toBe(String(bytes.length))
      const plain = codering === 'br' ? brotliDecompressSync(bytes) : gunzipSync(bytes)
      expect(JSON.parse(plain.toString())).toEqual(groot)
    }
  })

  it('sends a small JSON answer as it is (compression would not pay)', async () => {
    const out = await comprimeer(request('br'), answer({ status: 'ok' }))
    expect(out.headers.get('content-encoding')).toBeNull()
    expect(await out.json()).toEqual({ status: 'ok' })
  })
})

describe('comprimeerGeheel', () => {
  const json = Buffer.from(JSON.stringify({ resultaten: Array(80).fill({ naam: 'De Linde' }) }))

  it('compresses a whole body with the chosen encoding; the bytes come back the same', async () => {
    const br = await comprimeerGeheel('br', json)
    expect(br.codering).toBe('br')
    expect(br.body.length).toBeLessThan(json.length)
    expect(brotliDecompressSync(br.body).equals(json)).toBe(true)
    const gz = await comprimeerGeheel('gzip', json)
    expect(gz.codering).toBe('gzip')
    expect(gunzipSync(gz.body).equals(json)).toBe(true)
  })

  it('leaves the body as it is without an encoding or below MIN_BYTES', async () => {
    expect(await comprimeerGeheel(null, json)).toEqual({ body: json, codering: null })
    const klein = json.subarray(0, MIN_BYTES - 1)
    expect(await comprimeerGeheel('br', klein)).toEqual({ body: klein, codering: null })
  })
})
