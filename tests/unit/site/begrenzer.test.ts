import { describe, expect, it } from 'vitest'
import { Begrenzer } from '../../../site/lib/server/begrenzer'

describe('Begrenzer: how often one client may ask for something expensive', () => {
  it('allows a minute’s worth at once, then one more per share of the minute', () => {
    let nu = 0
    const begrenzer = new Begrenzer(3, 100, () => nu)
    expect([1, 2, 3].map(() => begrenzer.neem('a').ok)).toEqual([true, true, true])
    expect(begrenzer.neem('a')).toEqual({ ok: false, wachtSeconden: 20 })
    // another client has its own bucket
    expect(begrenzer.neem('b').ok).toBe(true)
    nu = 19_000
    expect(begrenzer.neem('a').ok).toBe(false)
    nu = 20_001
    expect(begrenzer.neem('a').ok).toBe(true)
    expect(begrenzer.neem('a').ok).toBe(false)
    // never more than a minute's worth saved up
    nu = 10 * 60_000
    expect([1, 2, 3, 4].map(() => begrenzer.neem('a').ok)).toEqual([true, true, true, false])
  })

  it('forgets the least recently seen clients beyond its maximum', () => {
    const nu = 0
    const begrenzer = new Begrenzer(1, 2, () => nu)
    expect(begrenzer.neem('a').ok).toBe(true)
    expect(begrenzer.neem('b').ok).toBe(true)
    expect(begrenzer.neem('c').ok).toBe(true) // "a" is forgotten: a full bucket again
    expect(begrenzer.neem('a').ok).toBe(true)
    expect(begrenzer.neem('c').ok).toBe(false)
  })
})
