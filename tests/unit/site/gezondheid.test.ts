import { describe, expect, it } from 'vitest'
import { siteGezondheid } from '../../../site/lib/server/gezondheid'

describe('site health from the engine and the worker’s published status', () => {
  it('ok with a live worker and no failed job', () => {
    expect(siteGezondheid({ engine: 'ok', workerLoopt: true, mislukt: 0 })).toEqual({
      status: 'ok',
    })
  })
  it('degraded without a live worker, or while the worker reports failed jobs', () => {
    expect(siteGezondheid({ engine: 'ok', workerLoopt: false, mislukt: null })).toMatchObject({
      status: 'degraded',
      reden: expect.stringContaining('de worker draait niet'),
    })
    expect(siteGezondheid({ engine: 'ok', workerLoopt: true, mislukt: 2 })).toEqual({
      status: 'degraded',
      reden: '2 taken zijn mislukt: een wijziging staat misschien nog niet op de site.',
    })
    expect(siteGezondheid({ engine: 'ok', workerLoopt: false, mislukt: 1 }).reden).toMatch(
      /worker draait niet\. 1 taak is mislukt/,
    )
  })
  it('the engine’s own trouble comes first', () => {
    expect(siteGezondheid({ engine: 'starting', workerLoopt: false, mislukt: 3 })).toEqual({
      status: 'starting',
    })
    expect(siteGezondheid({ engine: 'unavailable', workerLoopt: true, mislukt: 0 })).toEqual({
      status: 'unavailable',
    })
  })
})
