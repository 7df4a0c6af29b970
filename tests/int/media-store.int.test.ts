/**
 * The public media store contract (tests/contract/media-store.contract.ts) on every adapter: the
 * local folder; the S3 adapter against s3rver, an S3 server in Node (real S3 REST: paths, XML
 * listings, 404s) — it does not check Signature V4 (the signing is unit-tested against AWS's
 * published examples) and cannot page listings on Node ≥ 17 (its continuation tokens use DES,
 * which OpenSSL 3 no longer offers); and against a real S3-compatible bucket when
 * TEST_S3_ENDPOINT, TEST_S3_BUCKET, TEST_S3_ACCESS_KEY_ID and TEST_S3_SECRET_ACCESS_KEY are set
 * (TEST_S3_REGION optional), with paging — every store there gets its own random prefix, emptied
 * afterwards.
 */
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import S3rver from 's3rver'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LocalMediaStore } from '../../search-indexer/media/local'
import { S3MediaStore, type S3Config } from '../../search-indexer/media/s3'
import { runMediaStoreContract, type StoreUnderTest } from '../contract/media-store.contract'

/** Removes everything a test stored under its prefix. */
async function leeg(store: S3MediaStore) {
  for (const locatie of await store.locaties()) await store.delete(await store.list(locatie))
}

function s3Store(config: Omit<S3Config, 'prefix'>): StoreUnderTest {
  const store = new S3MediaStore({ ...config, prefix: `t${randomBytes(4).toString('hex')}/` })
  return { store, cleanup: () => leeg(store) }
}

runMediaStoreContract('local folder', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'za-media-contract-'))
  return {
    store: new LocalMediaStore(dir),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  }
})

describe('S3 adapter against s3rver', () => {
  let server: S3rver
  let dir = ''
  let config: Omit<S3Config, 'prefix'>
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'za-s3rver-'))
    server = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: dir,
      vhostBuckets: false,
      configureBuckets: [{ name: 'publiek' }],
    })
    const { port } = await server.run()
    config = {
      endpoint: `http://127.0.0.1:${port}`,
      bucket: 'publiek',
      region: 'eu-west-1',
      // s3rver's built-in account
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
    }
  })
  afterAll(async () => {
    await server?.close()
    await rm(dir, { recursive: true, force: true })
  })

  runMediaStoreContract('s3 (s3rver)', async () => s3Store(config), { paginering: false })

  it('an unknown bucket is an error that names the call and the S3 code', async () => {
    const store = new S3MediaStore({ ...config, bucket: 'bestaat-niet' })
    await expect(
      store.put('12/f-00000000000000000001-480.jpg', new Uint8Array([1]), 'image/jpeg'),
    ).rejects.toThrow(/^S3 PUT 12\/f-00000000000000000001-480\.jpg: HTTP 404 NoSuchBucket$/)
    await expect(store.list('12')).rejects.toThrow(/HTTP 404 NoSuchBucket/)
  })
})

const live = {
  endpoint: process.env.TEST_S3_ENDPOINT,
  bucket: process.env.TEST_S3_BUCKET,
  accessKeyId: process.env.TEST_S3_ACCESS_KEY_ID,
  secretAccessKey: process.env.TEST_S3_SECRET_ACCESS_KEY,
  region: process.env.TEST_S3_REGION ?? 'us-east-1',
}
describe.skipIf(!live.endpoint || !live.bucket || !live.accessKeyId || !live.secretAccessKey)(
  'S3 adapter against a real bucket (TEST_S3_ENDPOINT)',
  () => {
    runMediaStoreContract('s3 (live)', async () => s3Store(live as Omit<S3Config, 'prefix'>))
  },
)
