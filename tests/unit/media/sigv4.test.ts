import { describe, expect, it } from 'vitest'
import { amzDate, sha256Hex, signV4, uriEncode } from '../../../search-indexer/media/sigv4'

describe('Signature V4', () => {
  it('matches AWS’s documented S3 example (GET Object with a Range header)', () => {
    // docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html, "GET Object"
    const headers = signV4(
      {
        accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
        secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        region: 'us-east-1',
      },
      {
        method: 'GET',
        url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'),
        headers: { range: 'bytes=0-9' },
        payloadHash: sha256Hex(''),
        date: new Date('2013-05-24T00:00:00Z'),
      },
    )
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, ' +
        'SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, ' +
        'Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    )
    expect(headers['x-amz-date']).toBe('20130524T000000Z')
    expect(headers['x-amz-content-sha256']).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    )
    expect(headers).not.toHaveProperty('host') // fetch sends it
  })

  it('encodes as S3 wants', () => {
    expect(uriEncode('a b/c~d*', true)).toBe('a%20b/c~d%2A')
    expect(uriEncode('a/b')).toBe('a%2Fb')
    expect(uriEncode('ë')).toBe('%C3%AB')
    expect(amzDate(new Date('2026-11-29T22:04:01.123Z'))).toBe('20261129T220401Z')
  })
})
