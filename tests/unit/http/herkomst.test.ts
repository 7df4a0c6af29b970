import { describe, expect, it } from 'vitest'
import { cookieTelt, zonderLoginCookie, type Herkomst } from '../../../cms/http/herkomst'

const basis: Herkomst = {
  url: 'http://localhost:3000/api/locaties',
  origin: null,
  host: 'localhost:3000',
  forwardedHost: null,
  forwardedProto: null,
  secFetchSite: null,
  publicUrl: 'http://localhost:3000',
}

describe('whose login cookie counts', () => {
  it('the admin on localhost', () => {
    expect(cookieTelt({ ...basis, origin: 'http://localhost:3000' })).toBe(true)
  })
  it('the admin opened at 127.0.0.1 (another host than CMS_PUBLIC_URL)', () => {
    expect(
      cookieTelt({
        ...basis,
        url: 'http://127.0.0.1:3000/api/locaties',
        host: '127.0.0.1:3000',
        origin: 'http://127.0.0.1:3000',
      }),
    ).toBe(true)
  })
  it('behind a proxy that terminates TLS and passes the host on', () => {
    expect(
      cookieTelt({
        ...basis,
        url: 'http://10.0.0.5:3000/api/locaties',
        host: '10.0.0.5:3000',
        forwardedHost: 'beheer.zorgatlas.nl',
        forwardedProto: 'https',
        origin: 'https://beheer.zorgatlas.nl',
      }),
    ).toBe(true)
  })
  it('CMS_PUBLIC_URL counts even when the proxy does not pass the host on', () => {
    expect(
      cookieTelt({
        ...basis,
        url: 'http://10.0.0.5:3000/api/locaties',
        host: '10.0.0.5:3000',
        publicUrl: 'https://beheer.zorgatlas.nl/',
        origin: 'https://beheer.zorgatlas.nl',
      }),
    ).toBe(true)
  })
  it('another site does not count, nor a page without origin ("null")', () => {
    expect(cookieTelt({ ...basis, origin: 'https://kwaadaardig.example' })).toBe(false)
    expect(cookieTelt({ ...basis, origin: 'http://localhost:4321' })).toBe(false)
    expect(cookieTelt({ ...basis, origin: 'null' })).toBe(false)
  })
  it('without Origin: not when the browser says cross-site', () => {
    expect(cookieTelt({ ...basis, secFetchSite: 'cross-site' })).toBe(false)
    expect(cookieTelt({ ...basis, secFetchSite: 'same-origin' })).toBe(true)
    expect(cookieTelt(basis)).toBe(true)
  })
  it('removes only the login cookie', () => {
    expect(zonderLoginCookie('a=1; payload-token=xyz; b=2')).toBe('a=1; b=2')
  })
})
