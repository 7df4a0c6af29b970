/**
 * AWS Signature Version 4 for S3-compatible stores (AWS S3, MinIO, Ceph, Cloudflare R2, …), on
 * node:crypto: no SDK, no native code. Pure; unit tested against AWS's documented S3 example.
 */
import { createHash, createHmac } from 'node:crypto'

export interface SigV4Credentials {
  accessKeyId: string
  secretAccessKey: string
  region: string
  service?: string
}

export const sha256Hex = (data: Uint8Array | string): string =>
  createHash('sha256').update(data).digest('hex')

const hmac = (key: Uint8Array | string, data: string): Buffer =>
  createHmac('sha256', key).update(data).digest()

/** RFC 3986 encoding as S3 wants it (slashes kept in paths). */
export const uriEncode = (value: string, keepSlash = false): string =>
  [...new TextEncoder().encode(value)]
    .map((b) => {
      const c = String.fromCharCode(b)
      if (/[A-Za-z0-9\-._~]/.test(c) || (keepSlash && c === '/')) return c
      return `%${b.toString(16).toUpperCase().padStart(2, '0')}`
    })
    .join('')

/** `20130524T000000Z` */
export const amzDate = (date: Date): string =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

export interface SignInput {
  method: string
  url: URL
  /** headers to sign besides host, x-amz-date and x-amz-content-sha256 (lower-case names) */
  headers?: Record<string, string>
  /** hex SHA-256 of the body ('' body: the hash of the empty string) */
  payloadHash: string
  date: Date
}

/**
 * The headers to send: the given ones plus `x-amz-date`, `x-amz-content-sha256` and
 * `authorization`. `host` is signed but left to fetch to send.
 */
export function signV4(credentials: SigV4Credentials, input: SignInput): Record<string, string> {
  const service = credentials.service ?? 's3'
  const stamp = amzDate(input.date)
  const day = stamp.slice(0, 8)
  const headers: Record<string, string> = {
    ...Object.fromEntries(
      Object.entries(input.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v.trim()]),
    ),
    host: input.url.host,
    'x-amz-content-sha256': input.payloadHash,
    'x-amz-date': stamp,
  }
  const names = Object.keys(headers).sort()
  const canonicalHeaders = names.map((n) => `${n}:${headers[n]!.replace(/\s+/g, ' ')}\n`).join('')
  const signedHeaders = names.join(';')
  const query = [...input.url.searchParams.entries()]
    .map(([k, v]) => [uriEncode(k), uriEncode(v)] as const)
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : 1) : a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join('&')
  // the URL's pathname is already percent-encoded; S3 signs it as sent
  const canonicalRequest = [
    input.method.toUpperCase(),
    input.url.pathname || '/',
    query,
    canonicalHeaders,
    signedHeaders,
    input.payloadHash,
  ].join('\n')
  const scope = `${day}/${credentials.region}/${service}/aws4_request`
  const stringToSign = ['AWS4-HMAC-SHA256', stamp, scope, sha256Hex(canonicalRequest)].join('\n')
  const key = hmac(
    hmac(hmac(hmac(`AWS4${credentials.secretAccessKey}`, day), credentials.region), service),
    'aws4_request',
  )
  const signature = createHmac('sha256', key).update(stringToSign).digest('hex')
  const { host: _host, ...send } = headers
  return {
    ...send,
    authorization: `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
  }
}
