import { describe, expect, it } from 'vitest'
import {
  GRENZEN,
  ONBEKEND_ADRES,
  kiesClientAdres,
  naPoging,
  retryAfterSeconden,
  tellerSleutel,
  wachtTekst,
  wachttijd,
  type Teller,
} from '../../../cms/domain/inlogbeperking'

const MIN = 60_000
const t0 = new Date('2026-12-04T10:00:00Z')
const na = (ms: number) => new Date(t0.getTime() + ms)

function mislukkingen(n: number, grens = GRENZEN.inloggenPaar, start: Teller | null = null) {
  let teller = start
  for (let i = 0; i < n; i++) teller = naPoging(teller, grens, na(i * 1000))
  return teller!
}

describe('the limiter', () => {
  it('allows 5 tries of a pair within 15 minutes; the 6th starts a wait of 15 minutes', () => {
    const vijf = mislukkingen(5)
    expect(vijf.mislukt).toBe(5)
    expect(wachttijd(vijf, na(5000))).toBe(0)
    const zes = naPoging(vijf, GRENZEN.inloggenPaar, na(5000))
    expect(wachttijd(zes, na(5000))).toBe(15 * MIN)
    expect(wachttijd(zes, na(5000 + 15 * MIN))).toBe(0)
    // while blocked, tries are not counted further
    expect(naPoging(zes, GRENZEN.inloggenPaar, na(6000))).toEqual(zes)
  })

  it('forgets failures older than the window', () => {
    const vier = mislukkingen(5)
    const later = naPoging(vier, GRENZEN.inloggenPaar, na(16 * MIN))
    expect(later.mislukt).toBe(1)
    expect(wachttijd(later, na(16 * MIN))).toBe(0)
  })

  it('doubles the wait with each block in a row, up to a day; a quiet day starts over', () => {
    let teller = mislukkingen(6)
    const waits = [wachttijd(teller, na(5000))]
    for (let i = 0; i < 8; i++) {
      const nu = new Date(teller.geblokkeerdTot!.getTime() + 1000)
      for (let j = 0; j < 6; j++) teller = naPoging(teller, GRENZEN.inloggenPaar, nu)
      waits.push(wachttijd(teller, nu))
    }
    expect(waits.map((w) => w / MIN)).toEqual([15, 30, 60, 120, 240, 480, 960, 1440, 1440])
    const dagLater = new Date(teller.geblokkeerdTot!.getTime() + 25 * 60 * MIN)
    for (let j = 0; j < 6; j++) teller = naPoging(teller, GRENZEN.inloggenPaar, dagLater)
    expect(wachttijd(teller, dagLater)).toBe(15 * MIN)
  })

  it('says the wait in Dutch and as Retry-After seconds', () => {
    expect(wachtTekst(15 * MIN)).toBe('over 15 minuten')
    expect(wachtTekst(65 * MIN)).toBe('over 1 uur en 5 minuten')
    expect(wachtTekst(30_000)).toBe('over 30 seconden')
    expect(retryAfterSeconden(1)).toBe(1)
    expect(retryAfterSeconden(15 * MIN)).toBe(900)
  })

  it('keys hold no e-mail address, and the same account in other capitals is one key', () => {
    const a = tellerSleutel('inloggenPaar', { adres: '10.0.0.1', account: 'Anna@Zorg.nl ' })
    expect(a).toBe(tellerSleutel('inloggenPaar', { adres: '10.0.0.1', account: 'anna@zorg.nl' }))
    expect(a).not.toContain('anna')
    expect(a).not.toBe(
      tellerSleutel('inloggenPaar', { adres: '10.0.0.2', account: 'anna@zorg.nl' }),
    )
  })
})

describe('the client address', () => {
  it('is the connection, and X-Forwarded-For is ignored without trusted proxies', () => {
    expect(
      kiesClientAdres({ verbinding: '203.0.113.9', forwardedFor: '1.2.3.4', vertrouwd: [] }),
    ).toBe('203.0.113.9')
    expect(
      kiesClientAdres({ verbinding: '::ffff:127.0.0.1', forwardedFor: null, vertrouwd: [] }),
    ).toBe('127.0.0.1')
    expect(kiesClientAdres({ verbinding: null, forwardedFor: '1.2.3.4', vertrouwd: [] })).toBe(
      ONBEKEND_ADRES,
    )
  })

  it('behind a trusted proxy: the rightmost address that is not a trusted proxy', () => {
    const vertrouwd = ['10.0.0.2', '10.0.0.3']
    expect(
      kiesClientAdres({
        verbinding: '10.0.0.2',
        forwardedFor: '6.6.6.6, 198.51.100.7, 10.0.0.3',
        vertrouwd,
      }),
    ).toBe('198.51.100.7')
    // a client cannot choose its address by sending the header itself to an untrusted hop
    expect(
      kiesClientAdres({ verbinding: '198.51.100.7', forwardedFor: '6.6.6.6', vertrouwd }),
    ).toBe('198.51.100.7')
    expect(kiesClientAdres({ verbinding: '10.0.0.2', forwardedFor: 'onzin', vertrouwd })).toBe(
      '10.0.0.2',
    )
  })
})
