import { describe, expect, it } from 'vitest'
import { sessieIdleSeconden, vernieuwIntervalMs } from '../../../cms/domain/sessie'

describe('idle time of an admin session', () => {
  it('is 20 minutes by default (seed 004 §2.1)', () => {
    expect(sessieIdleSeconden({})).toBe(1200)
  })
  it('takes SESSION_IDLE_MINUTES', () => {
    expect(sessieIdleSeconden({ SESSION_IDLE_MINUTES: '30' })).toBe(1800)
  })
  it('takes SESSION_IDLE_SECONDS first (tests)', () => {
    expect(sessieIdleSeconden({ SESSION_IDLE_SECONDS: '20', SESSION_IDLE_MINUTES: '30' })).toBe(20)
  })
  it('ignores values that are not whole numbers or too small', () => {
    expect(sessieIdleSeconden({ SESSION_IDLE_SECONDS: '2' })).toBe(1200)
    expect(sessieIdleSeconden({ SESSION_IDLE_SECONDS: 'abc', SESSION_IDLE_MINUTES: '0' })).toBe(
      1200,
    )
  })
  it('activity renews at most every 30 seconds, more often in a short session', () => {
    expect(vernieuwIntervalMs(1200)).toBe(30_000)
    expect(vernieuwIntervalMs(20)).toBe(5_000)
  })
})
