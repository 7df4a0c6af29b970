/**
 * The S3-compatible adapter of the PublicMediaStore: plain `fetch` with Signature V4 (sigv4.ts),
 * path-style URLs (`<endpoint>/<bucket>/<key>`), so it works with AWS S3, MinIO, Ceph or R2. No
 * SDK: `@payloadcms/storage-s3` exists only for payload 3.90.1 and the AWS SDK is large; what we
 * need is four calls. The requests it sends are unit tested (tests/unit/media/s3.test.ts), and
 * the adapter passes the store contract against s3rver, which checks Signature V4
 * (tests/int/media-store.int.test.ts), and against a real bucket when TEST_S3_* is set.
 */
import { CONTENT_TYPE, isMediaKey, LOCATIE_ID, MEDIA_KEY } from './keys'
import type { MediaObject, PublicMediaStore } from './port'
import { sha256Hex, signV4, uriEncode, type SigV4Credentials } from './sigv4'

export interface S3Config extends SigV4Credentials {
  /** e.g. https://s3.eu-central-1.amazonaws.com or http://127.0.0.1:9000 (MinIO) */
  endpoint: string
  bucket: string
  /** optional folder inside the bucket, e.g. `zorgatlas/` */
  prefix?: string
}

type Fetch = typeof fetch

const EMPTY_HASH = sha256Hex('')

export class S3MediaStore implements PublicMediaStore {
  readonly kind = 's3' as const
  private readonly base: string
  private readonly prefix: string

  constructor(
    private readonly config: S3Config,
    private readonly fetchImpl: Fetch = fetch,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.base = `${config.endpoint.replace(/\/+$/, '')}/${uriEncode(config.bucket)}`
    this.prefix = (config.prefix ?? '').replace(/^\/+/, '')
  }

  /** An object's URL: `<endpoint>/<bucket>/<prefix><key>`. */
  private url(key: string): URL {
    return new URL(`${this.base}/${uriEncode(this.prefix + key, true)}`)
  }

  /** The bucket's own URL, for ListObjectsV2 (the prefix goes in the query, not the path). */
  private bucketUrl(query: Record<string, string>): URL {
    const url = new URL(`${this.base}/`)
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v)
    return url
  }

  private async send(
    method: string,
    url: URL,
    body?: Uint8Array,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const signed = signV4(this.config, {
      method,
      url,
      headers,
      payloadHash: body ? sha256Hex(body) : EMPTY_HASH,
      date: this.now(),
    })
    return this.fetchImpl(url, {
      method,
      headers: signed,
      ...(body && { body: Buffer.from(body) }),
    })
  }

  private static async fail(what: string, res: Response): Promise<never> {
    const text = await res.text().catch(() => '')
    const code = /<Code>([^<]+)<\/Code>/.exec(text)?.[1] ?? ''
    throw new Error(`S3 ${what}: HTTP ${res.status} ${code}`.trim())
  }

  async put(key: string, body: Uint8Array, contentType: string): Promise<void> {
    if (!isMediaKey(key)) throw new Error(`invalid media key: ${key}`)
    const res = await this.send('PUT', this.url(key), body, {
      'content-type': contentType,
      'cache-control': 'public, max-age=31536000, immutable',
    })
    if (!res.ok) await S3MediaStore.fail(`PUT ${key}`, res)
  }

  async get(key: string): Promise<MediaObject | null> {
    const m = MEDIA_KEY.exec(key)
    if (!m) return null
    const res = await this.send('GET', this.url(key))
    if (res.status === 404) return null
    if (!res.ok) await S3MediaStore.fail(`GET ${key}`, res)
    return { body: new Uint8Array(await res.arrayBuffer()), contentType: CONTENT_TYPE[m[5]!]! }
  }

  /** ListObjectsV2, all pages. */
  private async listAll(query: Record<string, string>, tag: 'Key' | 'Prefix'): Promise<string[]> {
    const out: string[] = []
    let token: string | undefined
    for (let page = 0; page < 10_000; page++) {
      const res = await this.send(
        'GET',
        this.bucketUrl({
          'list-type': '2',
          ...query,
          ...(token && { 'continuation-token': token }),
        }),
      )
      if (!res.ok) await S3MediaStore.fail('LIST', res)
      const xml = await res.text()
      const re = tag === 'Key' ? /<Key>([^<]*)<\/Key>/g : /<Prefix>([^<]*)<\/Prefix>/g
      for (const m of xml.matchAll(re)) out.push(unescapeXml(m[1]!))
      token = /<NextContinuationToken>([^<]*)<\/NextContinuationToken>/.exec(xml)?.[1]
      if (!/<IsTruncated>true<\/IsTruncated>/.test(xml) || !token) break
      token = unescapeXml(token)
    }
    return out
  }

  async list(locatieId: string): Promise<string[]> {
    if (!LOCATIE_ID.test(locatieId)) return []
    const keys = await this.listAll({ prefix: `${this.prefix}${locatieId}/` }, 'Key')
    return keys.map((k) => k.slice(this.prefix.length)).filter(isMediaKey)
  }

  async locaties(): Promise<string[]> {
    const prefixes = await this.listAll({ prefix: this.prefix, delimiter: '/' }, 'Prefix')
    return prefixes
      .map((p) => p.slice(this.prefix.length).replace(/\/$/, ''))
      .filter((p) => LOCATIE_ID.test(p))
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) {
      if (!isMediaKey(key)) throw new Error(`invalid media key: ${key}`)
      const res = await this.send('DELETE', this.url(key))
      if (!res.ok && res.status !== 404) await S3MediaStore.fail(`DELETE ${key}`, res)
    }
  }
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
