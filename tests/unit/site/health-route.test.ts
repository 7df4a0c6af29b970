import { afterEach, describe, expect, it } from 'vitest'
import { GET } from '../../../site/pages/api/health'
import { setSearchReader } from '../../../site/lib/server/reader'
import { resetSearchCaches } from '../../../site/lib/server/search'
import { SITE_GAZETTEER, siteDocuments } from '../../fixtures/site-documents'
import { memoryReader } from '../../helpers/memory-reader'

const health = async (reader: ReturnType<typeof memoryReader>) => {
  resetSearchCaches()
  setSearchReader(reader)
  const res = await GET({} as Parameters<typeof GET>[0])
  return { status: res.status, body: (await res.json()) as Record<string, any> }
}

/**
 * On a fresh start the health said `ok` while the index held 82 of 185 documents (index jobs ran
 * before the first full rebuild, so no gazetteer yet) and every search answered 503.
 */
describe('GET /api/health says ok only when search answers', () => {
  afterEach(() => setSearchReader(null))

  it('a partial index (documents, no gazetteer): not ok and 503, so no proxy sends visitors yet', async () => {
    const { status, body } = await health(memoryReader(siteDocuments().slice(0, 3), []))
    expect(body.status).toBe('starting')
    expect(status).toBe(503)
    expect(body.zoeken).toMatchObject({ status: 'starting' })
  })

  it('a complete index: the search answers (worker state aside)', async () => {
    const { status, body } = await health(memoryReader(siteDocuments(), SITE_GAZETTEER))
    expect(status).toBe(200)
    // no worker status published in this reader: degraded, but search works
    expect(body.status).toBe('degraded')
    expect(body.zoeken).toEqual({ status: 'ok' })
  })
})
