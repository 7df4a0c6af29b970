/**
 * Security headers and bad addresses on the whole system as `npm start` runs it (Next.js proxy,
 * Payload's routes, the site's own server): every CMS response (admin pages, REST, GraphQL, an
 * uploaded photo, Next's static files) and the site's small static files carry the headers; an
 * address that is not UTF-8 answers a Dutch 400, not Next's plain 500; and the admin works under
 * its Content-Security-Policy: no violation while logging in, editing a location, uploading a
 * photo, opening the review desk and the contracts screen.
 */
import os from 'node:os'
import path from 'node:path'
import { mkdtempSync } from 'node:fs'
import { expect, test, type APIResponse, type Page } from '@playwright/test'
import sharp from 'sharp'
import { CMS_URL, SITE_URL } from '../../playwright.config'
import { apiToken, login, logout } from './helpers'

const ENGELS = /\b(the|not allowed|invalid|field|error|internal|server|bad request)\b/i

/** The headers every response must have, the CSP checked per kind. */
function expectHeaders(res: APIResponse, kind: 'admin' | 'api' | 'site', label: string) {
  const h = res.headers()
  expect(h['x-content-type-options'], label).toBe('nosniff')
  expect(h['referrer-policy'], label).toBe('strict-origin-when-cross-origin')
  expect(h['x-frame-options'], label).toBe('DENY')
  expect(h['permissions-policy'], label).toContain('geolocation=()')
  const csp = h['content-security-policy'] ?? ''
  expect(csp, label).toContain("frame-ancestors 'none'")
  expect(csp, label).toContain("object-src 'none'")
  if (kind === 'admin') {
    expect(csp, label).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}'(;|$)/)
    expect(csp, label).toContain("base-uri 'self'")
    expect(csp, label).toContain("form-action 'self'")
  }
  if (kind === 'api') expect(csp, label).toContain("default-src 'none'")
  // served over plain http here: no HSTS
  expect(h['strict-transport-security'], label).toBeUndefined()
}

test('every CMS response and the site’s small static files carry the security headers', async ({
  page,
}) => {
  const request = page.request
  const login = await request.get(`${CMS_URL}/admin/login`)
  expect(login.status()).toBe(200)
  expectHeaders(login, 'admin', '/admin/login')
  // Next.js put the nonce of this response on its scripts
  const nonce = /'nonce-([^']+)'/.exec(login.headers()['content-security-policy'] ?? '')?.[1]
  const html = await login.text()
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])
  expect(scripts.length).toBeGreaterThan(0)
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`)
  // a fresh nonce for every response
  const again = await request.get(`${CMS_URL}/admin/login`)
  expect(again.headers()['content-security-policy']).not.toContain(nonce)

  const beheer = await apiToken(request, 'beheer@zorgatlas.test')
  const auth = { Authorization: `JWT ${beheer}` }
  for (const url of ['/api/health', '/api/organisaties?limit=1', '/api/users/me']) {
    const res = await request.get(`${CMS_URL}${url}`, { headers: auth })
    expect(res.status(), url).toBe(200)
    expectHeaders(res, 'api', url)
  }
  const gql = await request.post(`${CMS_URL}/api/graphql`, {
    headers: auth,
    data: { query: '{ Organisaties(limit: 1) { docs { id } } }' },
  })
  expect(gql.status()).toBe(200)
  expectHeaders(gql, 'api', '/api/graphql')

  // an uploaded photo: an image, so inline; nosniff and the policy that runs nothing
  const mediaRes = await request.get(`${CMS_URL}/api/media?limit=1&depth=0`, { headers: auth })
  expect(mediaRes.status(), '/api/media').toBe(200)
  const media = (await mediaRes.json()) as { docs: { url: string }[] }
  const fotoUrl = media.docs[0]?.url
  expect(fotoUrl, 'a demo photo').toBeTruthy()
  const foto = await request.get(new URL(fotoUrl!, CMS_URL).toString(), { headers: auth })
  expect(foto.status()).toBe(200)
  expect(foto.headers()['content-type']).toMatch(/^image\/(jpeg|png|webp)/)
  expect(foto.headers()['content-disposition'] ?? '').not.toContain('attachment')
  expectHeaders(foto, 'api', fotoUrl!)

  // Next's own static files
  const chunk = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1]
  expect(chunk).toBeTruthy()
  const js = await request.get(`${CMS_URL}${chunk}`)
  expect(js.status()).toBe(200)
  expect(js.headers()['x-content-type-options']).toBe('nosniff')

  // the public site: the favicon and small icons are served before Astro's middleware
  for (const url of ['/favicon.svg', '/icons/huisdier.svg', '/']) {
    const res = await request.get(`${SITE_URL}${url}`)
    // the search page answers 503 until the indexer has filled the engine: headers all the same
    expect([200, 503], url).toContain(res.status())
    expectHeaders(res, 'site', url)
  }
})

test('an address that is not UTF-8 answers a Dutch 400, for the admin and the API', async ({
  page,
}) => {
  const request = page.request
  for (const url of [
    '/admin/%C0%AF',
    '/admin/collections/%C0%AF',
    '/api/%C0%AF',
    '/api/organisaties/%C0%AF',
    '/api/organisaties/%E0%A4%A/versturen',
  ]) {
    const res = await request.get(`${CMS_URL}${url}`)
    expect(res.status(), url).toBe(400)
    const body = await res.text()
    const text = url.startsWith('/api')
      ? ((JSON.parse(body) as { errors: { message: string }[] }).errors[0]?.message ?? '')
      : body.replace(/<[^>]+>/g, ' ')
    expect(text, url).toContain('geen geldige UTF-8')
    expect(text, url).not.toMatch(ENGELS)
    expectHeaders(res, 'api', url)
  }
  for (const method of ['POST', 'DELETE', 'PATCH'] as const) {
    const res = await request.fetch(`${CMS_URL}/api/locaties/%C0%AF`, { method, data: {} })
    expect(res.status(), method).toBe(400)
  }
})

test('the built CMS names its refusals as Payload documents them (class names kept)', async ({
  page,
}) => {
  // Without a login: a GraphQL write is refused with Payload's Forbidden, named in the answer.
  // A minified production build named it `a`; its log line then became an error (see
  // cms/http/weigering-loggen.ts).
  const res = await page.request.post(`${CMS_URL}/api/graphql`, {
    data: { query: 'mutation { updateLocaty(id: 1, data: { naam: "Overgenomen" }) { id } }' },
  })
  const body = (await res.json()) as {
    errors: { message: string; extensions: { name: string; statusCode: number } }[]
  }
  expect(body.errors[0]?.extensions).toMatchObject({ name: 'Forbidden', statusCode: 403 })
  expect(body.errors[0]?.message).not.toMatch(ENGELS)
})

/** Every CSP violation the page reports: console messages and securitypolicyviolation events. */
async function volgCsp(page: Page): Promise<string[]> {
  const gezien: string[] = []
  page.on('console', (msg) => {
    if (/content security policy|refused to (load|execute|apply|connect|frame)/i.test(msg.text()))
      gezien.push(`console: ${msg.text()}`)
  })
  await page.exposeFunction('meldCspSchending', (tekst: string) => gezien.push(tekst))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const melden = (window as unknown as { meldCspSchending?: (t: string) => void })
        .meldCspSchending
      melden?.(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
      )
    })
  })
  return gezien
}

/** A real JPEG to upload. */
async function maakFoto(): Promise<string> {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'za-csp-')), 'tuin.jpg')
  await sharp({ create: { width: 900, height: 600, channels: 3, background: '#3a7' } })
    .jpeg()
    .toFile(file)
  return file
}

test('the admin works under its Content-Security-Policy: no violations', async ({ page }) => {
  test.setTimeout(300_000)
  const schendingen = await volgCsp(page)

  // a provider: log in, edit a location, upload a photo
  await login(page, 'aanbieder@zorgatlas.test')
  await expect(page.getByRole('navigation').first()).toBeVisible()
  const locaties = await page.evaluate(async () => {
    const res = await fetch('/api/locaties?limit=1&depth=0&draft=true', { credentials: 'include' })
    return (await res.json()) as { docs: { id: number }[] }
  })
  const locatieId = locaties.docs[0]?.id
  expect(locatieId).toBeDefined()
  await page.goto(`${CMS_URL}/admin/collections/locaties/${locatieId}`)
  await expect(page.locator('#field-naam')).toBeVisible()
  await page.locator('#field-fotos').scrollIntoViewIfNeeded()
  // the location form parses with zod in the browser (its feature check used eval: a violation)
  await page.waitForLoadState('networkidle')

  await page.goto(`${CMS_URL}/admin/collections/media/create`)
  const [kiezer] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Kies een foto' }).click(),
  ])
  await kiezer.setFiles(await maakFoto())
  await page.locator('#field-alt').fill('Tuin met een bankje')
  const organisatie = page.locator('#field-organisatie')
  if (await organisatie.locator('.rs__control').isVisible()) {
    if (!(await organisatie.textContent())?.match(/Stichting/)) {
      await organisatie.locator('.rs__control').click()
      await page.locator('.rs__option').first().click()
    }
  }
  const opgeslagen = page.waitForResponse(
    (res) => new URL(res.url()).pathname === '/api/media' && res.request().method() === 'POST',
  )
  await page.getByRole('button', { name: 'Bewaar', exact: true }).first().click()
  const antwoord = await opgeslagen
  expect(antwoord.status(), await antwoord.text()).toBe(201)
  await expect(page.locator('.payload-toast-container')).toContainText(/opgeslagen|bewaard|succes/i)
  await logout(page)

  // an editor: the review desk and the contracts screen
  await login(page, 'redacteur.cz@zorgatlas.test')
  await page.goto(`${CMS_URL}/admin/beoordelen`)
  await expect(page.getByRole('heading', { level: 1, name: 'Te beoordelen' })).toBeVisible()
  await page.goto(`${CMS_URL}/admin/contracten-beheren`)
  await expect(page.getByRole('heading', { level: 1, name: 'Contracten beheren' })).toBeVisible()
  await page.goto(`${CMS_URL}/admin/collections/organisaties`)
  await expect(page.locator('.za-contracten-link')).toBeVisible()
  await logout(page)

  expect(schendingen).toEqual([])
})
