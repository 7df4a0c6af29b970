/**
 * What the S3 adapter sends (there is no S3 server here): method, URL, signed headers and body,
 * and how it reads the answers of ListObjectsV2, GET and DELETE.
 */
import { describe, expect, it } from 'vitest'
import { S3MediaStore } from '../../../search-indexer/media/s3'
import { sha256Hex } from '../../../search-indexer/media/sigv4'

interface Sent {
  method: string
  url: string
  headers: Record<string, string>
  body?: Buffer
}

function fakeS3(answers: ((req: Sent) => Response)[]) {
  const sent: Sent[] = []
  const fetchImpl = (async (input: URL | RequestInfo, init?: RequestInit) => {
    const req: Sent = {
      method: init?.method ?? 'GET',
      url: String(input),
      headers: init?.headers as Record<string, string>,
      ...(init?.body ? { body: init.body as Buffer } : {}),
    }
    sent.push(req)
    const answer = answers.shift()
    if (!answer) throw new Error('unexpected request')
    return answer(req)
  }) as typeof fetch
  const store = new S3MediaStore(
    {
      endpoint: 'http://127.0.0.1:9000/',
      bucket: 'publiek',
      region: 'eu-west-1',
      accessKeyId: 'AKID',
      secretAccessKey: 'SECRET',
      prefix: 'za/',
    },
    fetchImpl,
    () => new Date('2026-11-29T12:00:00Z'),
  )
  return { store, sent }
}

const KEY = '12/f-0123456789abcdef0123-480.webp'

describe('S3MediaStore', () => {
  it('PUTs a file path-style with its type, an immutable cache header and a signed body hash', async () => {
    const { store, sent } = fakeS3([() => new Response(null, { status: 200 })])
    const body = new Uint8Array([1, 2, 3])
    await store.put(KEY, body, 'image/webp')
    const req = sent[0]!
    expect(req.method).toBe('PUT')
    expect(req.url).toBe(`http://127.0.0.1:9000/publiek/za/${KEY}`)
    expect(req.headers['content-type']).toBe('image/webp')
    expect(req.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(req.headers['x-amz-content-sha256']).toBe(sha256Hex(body))
    expect(req.headers['x-amz-date']).toBe('20261129T120000Z')
    expect(req.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKID\/20261129\/eu-west-1\/s3\/aws4_request, SignedHeaders=cache-control;content-type;host;x-amz-content-sha256;x-amz-date, Signature=[0-9a-f]{64}$/,
    )
    expect([...req.body!]).toEqual([1, 2, 3])
  })

  it('refuses keys that are not media keys, before any request', async () => {
    const { store, sent } = fakeS3([])
    await expect(store.put('../x.jpg', new Uint8Array(), 'image/jpeg')).rejects.toThrow()
    await expect(store.delete(['12/../../etc/passwd'])).rejects.toThrow()
    expect(await store.get('12/anything.html')).toBeNull()
    expect(sent).toHaveLength(0)
  })

  it('GET gives the file with the type of its name; 404 gives null; other errors throw', async () => {
    const { store, sent } = fakeS3([
      () => new Response(new Uint8Array([9, 9]), { status: 200 }),
      () => new Response('<Error><Code>NoSuchKey</Code></Error>', { status: 404 }),
      () => new Response('<Error><Code>AccessDenied</Code></Error>', { status: 403 }),
    ])
    expect(await store.get(KEY)).toEqual({
      body: new Uint8Array([9, 9]),
      contentType: 'image/webp',
    })
    expect(await store.get(KEY)).toBeNull()
    await expect(store.get(KEY)).rejects.toThrow(
      'S3 GET 12/f-0123456789abcdef0123-480.webp: HTTP 403 AccessDenied',
    )
    expect(sent[0]!.headers['x-amz-content-sha256']).toBe(sha256Hex(''))
  })

  it('lists a location with ListObjectsV2, following continuation tokens', async () => {
    const { store, sent } = fakeS3([
      () =>
        new Response(
          `<ListBucketResult><Prefix>za/12/</Prefix><Contents><Key>za/${KEY}</Key></Contents><IsTruncated>true</IsTruncated><NextContinuationToken>t&amp;2</NextContinuationToken></ListBucketResult>`,
        ),
      () =>
        new Response(
          '<ListBucketResult><Contents><Key>za/12/f-0123456789abcdef0123-480.jpg</Key></Contents><Contents><Key>za/12/notes.txt</Key></Contents><IsTruncated>false</IsTruncated></ListBucketResult>',
        ),
    ])
    expect(await store.list('12')).toEqual([KEY, '12/f-0123456789abcdef0123-480.jpg'])
    const first = new URL(sent[0]!.url)
    // ListObjectsV2 is a request on the bucket: the prefix is in the query, never in the path
    expect(first.pathname).toBe('/publiek/')
    expect(first.searchParams.get('list-type')).toBe('2')
    expect(first.searchParams.get('prefix')).toBe('za/12/')
    expect(new URL(sent[1]!.url).searchParams.get('continuation-token')).toBe('t&2')
  })

  it('lists the locations through common prefixes', async () => {
    const { store, sent } = fakeS3([
      () =>
        new Response(
          '<ListBucketResult><Prefix>za/</Prefix><CommonPrefixes><Prefix>za/12/</Prefix></CommonPrefixes><CommonPrefixes><Prefix>za/13/</Prefix></CommonPrefixes><IsTruncated>false</IsTruncated></ListBucketResult>',
        ),
    ])
    expect(await store.locaties()).toEqual(['12', '13'])
    expect(new URL(sent[0]!.url).searchParams.get('delimiter')).toBe('/')
  })

  it('DELETEs each key; an absent key is fine', async () => {
    const { store, sent } = fakeS3([
      () => new Response(null, { status: 204 }),
      () => new Response(null, { status: 404 }),
    ])
    await store.delete([KEY, '12/f-0123456789abcdef0123-960.avif'])
    expect(sent.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      `DELETE /publiek/za/${KEY}`,
      'DELETE /publiek/za/12/f-0123456789abcdef0123-960.avif',
    ])
  })
})
