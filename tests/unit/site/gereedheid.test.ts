import { beforeEach, describe, expect, it } from 'vitest'
import { zoekProef } from '../../../site/lib/server/gereedheid'
import { resetSearchCaches } from '../../../site/lib/server/search'
import { SITE_GAZETTEER, siteDocuments } from '../../fixtures/site-documents'
import { memoryReader } from '../../helpers/memory-reader'

/**
 * The site is ready only when a real search answers through its reader: the health says `ok` only
 * then. An index that holds documents but was never built whole (no gazetteer yet: index jobs ran
 * before the first full rebuild) makes every text search answer 503, so it is not ready.
 */
describe('readiness: a real search through the reader', () => {
  beforeEach(() => resetSearchCaches())

  it('ready when a search answers', async () => {
    const reader = memoryReader(siteDocuments(), SITE_GAZETTEER)
    expect(await zoekProef(reader)).toEqual({ status: 'ok' })
    expect(reader.queries.length).toBeGreaterThan(0)
  })

  it('starting while the index holds documents but has no gazetteer (a partial index)', async () => {
    const reader = memoryReader(siteDocuments().slice(0, 3), [])
    expect((await reader.health()).status).toBe('ok')
    expect(await zoekProef(reader)).toEqual({
      status: 'starting',
      reden: 'De zoekindex wordt nog opgebouwd: zoeken lukt nog niet.',
    })
  })

  it('starting while the engine loads; unavailable when the search fails', async () => {
    const loading = memoryReader(siteDocuments(), SITE_GAZETTEER)
    loading.status = 'starting'
    expect((await zoekProef(loading)).status).toBe('starting')
    resetSearchCaches()
    const broken = memoryReader(siteDocuments(), SITE_GAZETTEER)
    broken.search = () => Promise.reject(new Error('kapot'))
    expect(await zoekProef(broken)).toEqual({
      status: 'unavailable',
      reden: 'Zoeken lukt nu niet.',
    })
  })
})
