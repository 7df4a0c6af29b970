import { describe, expect, it } from 'vitest'
import {
  API_CSP,
  beheerCsp,
  bestandsDispositie,
  cmsHeaders,
  isApiPad,
  maakNonce,
  overHttps,
  veiligeNaam,
} from '../../../cms/http/security-headers'

const directives = (csp: string) =>
  Object.fromEntries(
    csp.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/)
      return [name, values.join(' ')]
    }),
  )

describe('the CMS Content-Security-Policy', () => {
  it('admin pages: scripts only from our origin or with this response’s nonce', () => {
    const nonce = maakNonce()
    const d = directives(beheerCsp(nonce))
    expect(d['script-src']).toBe(`'self' 'nonce-${nonce}'`)
    expect(d['script-src']).not.toContain('unsafe')
    expect(d['style-src']).toBe("'self' 'unsafe-inline'")
    expect(d['object-src']).toBe("'none'")
    expect(d['base-uri']).toBe("'self'")
    expect(d['form-action']).toBe("'self'")
    expect(d['frame-ancestors']).toBe("'none'")
    expect(d['default-src']).toBe("'self'")
  })

  it("development adds only 'unsafe-eval' and the dev server's websocket", () => {
    const d = directives(beheerCsp('abc', true))
    expect(d['script-src']).toBe("'self' 'nonce-abc' 'unsafe-eval'")
    expect(d['connect-src']).toBe("'self' ws: wss:")
  })

  it('a nonce is fresh, 128 bits, base64', () => {
    const a = maakNonce()
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/)
    expect(maakNonce()).not.toBe(a)
  })

  it('API answers and files load and run nothing', () => {
    const d = directives(API_CSP)
    expect(d['default-src']).toBe("'none'")
    expect(d['frame-ancestors']).toBe("'none'")
    expect(d['object-src']).toBe("'none'")
    expect(d).toHaveProperty('sandbox')
    expect(isApiPad('/api/media/file/a.jpg')).toBe(true)
    expect(isApiPad('/api')).toBe(true)
    expect(isApiPad('/admin')).toBe(false)
    expect(isApiPad('/apiary')).toBe(false)
  })
})

describe('the other headers', () => {
  it('nosniff, referrer, permissions, no framing; HSTS only over https', () => {
    const plain = cmsHeaders(false)
    expect(plain).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Frame-Options': 'DENY',
    })
    expect(plain['Permissions-Policy']).toContain('camera=()')
    expect(plain).not.toHaveProperty('Strict-Transport-Security')
    expect(cmsHeaders(true)['Strict-Transport-Security']).toBe(
      'max-age=31536000; includeSubDomains',
    )
  })

  it('https: the request, the proxy in front, or the public URL says so', () => {
    expect(overHttps('http://localhost:3000/admin', null, 'http://localhost:3000')).toBe(false)
    expect(overHttps('https://cms.example/admin', null, 'http://localhost:3000')).toBe(true)
    expect(overHttps('http://10.0.0.1/admin', 'https', 'http://x')).toBe(true)
    expect(overHttps('http://10.0.0.1/admin', 'https, http', 'http://x')).toBe(true)
    expect(overHttps('http://10.0.0.1/admin', 'http', 'https://beheer.zorgatlas.nl')).toBe(true)
    expect(overHttps('http://10.0.0.1/admin', 'http', 'http://beheer.zorgatlas.nl')).toBe(false)
  })
})

describe('uploaded files', () => {
  it('safe images inline, anything else as a download with a safe name', () => {
    for (const type of ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'IMAGE/JPEG; x=1'])
      expect(bestandsDispositie(type, 'foto.jpg')).toBeNull()
    expect(bestandsDispositie('image/svg+xml', 'logo.svg')).toBe('attachment; filename="logo.svg"')
    expect(bestandsDispositie('text/html', 'x.html')).toBe('attachment; filename="x.html"')
    expect(bestandsDispositie(null, 'x')).toBe('attachment; filename="x"')
    expect(bestandsDispositie('application/pdf', '../Mijn "rapport"\r\nSet-Cookie: a.pdf')).toBe(
      'attachment; filename="Mijn-rapport-Set-Cookie-a.pdf"',
    )
  })

  it('a safe name keeps letters, digits, dots, dashes and underscores only', () => {
    expect(veiligeNaam('../../etc/passwd')).toBe('etc-passwd')
    expect(veiligeNaam('..%2F..%2Fetc%2Fpasswd')).not.toContain('/')
    expect(veiligeNaam('één foto.jpg')).toBe('een-foto.jpg')
    expect(veiligeNaam('"";')).toBe('bestand')
    expect(veiligeNaam('x'.repeat(300))).toHaveLength(100)
  })
})
