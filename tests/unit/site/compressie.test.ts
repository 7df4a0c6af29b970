import { gunzipSync, brotliDecompressSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { comprimeer, isComprimeerbaar, kiesCodering } from '../../../site/lib/server/compressie'

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
    const br = comprimeer(request('br, gzip'), page())
    expect(br.headers.get('content-encoding')).toBe('br')
    expect(br.headers.get('vary')).toContain('Accept-Encoding')
    const bytes = Buffer.from(await br.arrayBuffer())
    expect(bytes.length).toBeLessThan(html.length / 5)
    expect(brotliDecompressSync(bytes).toString()).toBe(html)
    const gz = comprimeer(request('gzip'), page())
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(html)
  })

  it('leaves alone: no accepted encoding, images, HEAD, encoded bodies', () => {
    const plain = page()
    expect(comprimeer(request(null), plain)).toBe(plain)
    const png = new Response('x', { headers: { 'Content-Type': 'image/png' } })
    expect(comprimeer(request('br'), png)).toBe(png)
    const head = page()
    expect(comprimeer(request('br', 'HEAD'), head)).toBe(head)
    expect(isComprimeerbaar('application/json; charset=utf-8')).toBe(true)
    expect(isComprimeerbaar('image/svg+xml')).toBe(true)
    expect(isComprimeerbaar('image/webp')).toBe(false)
  })
})
