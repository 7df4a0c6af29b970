/**
 * Public search on the whole system with the demo data (as `npm start` runs it): a
 * family's first search finds care. API checks for the Done-when lines, then the phone checks in
 * Chromium at 390 × 844, then the JavaScript weight of the detail page.
 */
import { gzipSync } from 'node:zlib'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { SITE_URL } from '../../playwright.config'
import { buildDemoData } from '../../cms/seed/demo-data'
import woonplaatsen from '../../cms/seed/data/woonplaatsen.json' with { type: 'json' }

interface Resultaat {
  id: string
  naam: string
  plaats: string
  soortZorg: { code: string }
  afstandKm?: number
  inPlaats?: string
}
interface Antwoord {
  totaal: number
  resultaten: Resultaat[]
  zoekvraag: {
    woonplaats: { naam: string } | null
    straalKm: number | null
    soortZorg: string[]
    sortering: string
  }
}

const NURSING = 'ouderenzorg-instelling'
const demo = buildDemoData()
const tilburg = woonplaatsen.find((w) => w.naam === 'Tilburg')!

const km = (a: { lat: number; lng: number }, b: { lat: number; lng: number }) => {
  const r = (d: number) => (d * Math.PI) / 180
  const h =
    Math.sin(r(b.lat - a.lat) / 2) ** 2 +
    Math.cos(r(a.lat)) * Math.cos(r(b.lat)) * Math.sin(r(b.lng - a.lng) / 2) ** 2
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h))
}

/** Demo locations that are surely public: Definitief, Definitief organisation and care offer. */
const zekerPubliek = demo.locaties.filter((l) => {
  const org = demo.organisaties.find((o) => o.key === l.organisatie)
  return (
    l.status === 'definitief' &&
    org?.status === 'definitief' &&
    demo.zorgaanbod.some((z) => z.locatie === l.key && z.status === 'definitief')
  )
})

const zoek = async (request: APIRequestContext, query: string) => {
  const response = await request.get(`${SITE_URL}/api/zoeken?${query}`)
  return { status: response.status(), body: (await response.json()) as Antwoord }
}

test.describe.configure({ mode: 'serial' })

test.beforeAll(async ({ request }) => {
  // the indexer fills the engine after the seed; until then the site answers 503 "starting"
  await expect
    .poll(async () => (await request.get(`${SITE_URL}/api/zoeken?woonplaats=Tilburg`)).status(), {
      timeout: 120_000,
      intervals: [500, 1000, 2000],
    })
    .toBe(200)
})

test('"Tilburg" with the default settings finds the nursing homes within 25 km, nearest first', async ({
  request,
}) => {
  const { status, body } = await zoek(request, 'woonplaats=Tilburg&perPagina=50')
  expect(status).toBe(200)
  expect(body.zoekvraag).toMatchObject({ straalKm: 25, sortering: 'afstand' })
  const afstanden = body.resultaten.map((r) => r.afstandKm ?? NaN)
  expect(afstanden).toEqual([...afstanden].sort((a, b) => a - b))
  expect(afstanden.every((d) => d <= 25)).toBe(true)
  const verpleeghuizen = body.resultaten.filter((r) => r.soortZorg.code === NURSING)
  const verwacht = zekerPubliek.filter((l) => l.soortZorg === NURSING && km(tilburg, l.geo) < 24.9)
  expect(verwacht.length).toBeGreaterThanOrEqual(2)
  const gevondenPlaatsen = verpleeghuizen.map((r) => r.plaats)
  for (const l of verwacht) expect(gevondenPlaatsen).toContain(l.bezoekadres.plaats)
  console.log(
    `Tilburg, standaard: ${body.totaal} locaties, waarvan ${verpleeghuizen.length} verpleeghuizen: ` +
      verpleeghuizen.map((r) => `${r.plaats} ${r.afstandKm} km`).join(', '),
  )
})

test('"Den Bosch", the postcode of every Definitief demo location and "Tilbrug" resolve', async ({
  request,
  page,
}) => {
  const bosch = await zoek(request, 'woonplaats=Den+Bosch')
  expect(bosch.status).toBe(200)
  expect(bosch.body.zoekvraag.woonplaats?.naam).toBe("'s-Hertogenbosch")

  const postcodes = new Map(zekerPubliek.map((l) => [l.bezoekadres.postcode.slice(0, 4), l]))
  expect(postcodes.size).toBeGreaterThan(50)
  for (const [pc4, l] of postcodes) {
    const { status, body } = await zoek(request, `woonplaats=${pc4}&perPagina=1`)
    expect([pc4, status, body.zoekvraag?.woonplaats?.naam]).toEqual([
      pc4,
      200,
      l.bezoekadres.plaats,
    ])
  }

  const typo = await request.get(`${SITE_URL}/api/zoeken?woonplaats=Tilbrug`)
  expect(typo.status()).toBe(400)
  expect((await typo.json()).suggesties).toEqual(['Tilburg'])
  await page.goto('/?woonplaats=Tilbrug')
  const bedoelt = page.getByRole('status').filter({ hasText: 'Bedoelt u' })
  await expect(bedoelt).toContainText('Bedoelt u Tilburg?')
  await bedoelt.getByRole('link', { name: 'Tilburg' }).click()
  await expect(page.getByRole('heading', { level: 2 })).toContainText(
    'locaties gevonden in en rond Tilburg',
  )
})

test('"verpleeghuis tilburg" returns nursing homes near Tilburg', async ({ request }) => {
  const { status, body } = await zoek(request, 'q=verpleeghuis+tilburg')
  expect(status).toBe(200)
  expect(body.zoekvraag).toMatchObject({
    woonplaats: { naam: 'Tilburg' },
    soortZorg: [NURSING],
    straalKm: 25,
  })
  expect(body.totaal).toBeGreaterThanOrEqual(2)
  expect(body.resultaten.every((r) => r.soortZorg.code === NURSING)).toBe(true)
  expect(body.resultaten.every((r) => (r.afstandKm ?? 99) <= 25)).toBe(true)
})

test('an unknown place gives a 200 page with help, a malformed parameter a 400', async ({
  request,
}) => {
  const unknown = await request.get(`${SITE_URL}/?woonplaats=Xyzzyplaats`)
  expect(unknown.status()).toBe(200)
  expect(await unknown.text()).toContain('Tip: typ de naam van een woonplaats')
  const malformed = await request.get(`${SITE_URL}/api/zoeken?straal=veel&woonplaats=Tilburg`)
  expect(malformed.status()).toBe(400)
  expect((await malformed.json()).velden.straal).toMatch(/afstand/)
  expect((await request.get(`${SITE_URL}/?pagina=nul`)).status()).toBe(400)
})

test.describe('on a phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('the first result is within the first screen after a search; a filter keeps focus', async ({
    page,
  }) => {
    await page.goto('/')
    // suggestions while typing come from the gazetteer, alternative names included
    const veld = page.getByLabel('Woonplaats of postcode')
    await veld.pressSequentially('den bo')
    await expect(page.locator('#za-woonplaatsen option[value="Den Bosch"]')).toHaveCount(1)
    // and in the text box: names of organisations and locations
    await page.getByLabel('Zoekwoorden (niet verplicht)').pressSequentially('zorggroep de l')
    await expect(
      page.locator('#za-namen option[value="Stichting Zorggroep De Linde"]'),
    ).toHaveAttribute('label', 'Stichting Zorggroep De Linde (organisatie)')
    await page.getByLabel('Zoekwoorden (niet verplicht)').fill('')
    await veld.fill('Tilburg')
    await page.getByRole('button', { name: 'Zoeken' }).click()
    await expect(page).toHaveURL(/woonplaats=Tilburg/)
    const eerste = page.locator('.za-result__title a').first()
    await expect(eerste).toBeVisible()
    const box = (await eerste.boundingBox())!
    const scrollY = await page.evaluate(() => window.scrollY)
    console.log(
      `390×844: eerste resultaat op y=${Math.round(box.y)}..${Math.round(box.y + box.height)} px`,
    )
    expect(scrollY).toBe(0)
    expect(box.y).toBeGreaterThanOrEqual(0)
    expect(box.y + box.height).toBeLessThanOrEqual(844)
    await expect(page.getByText('Wijzig zoekopdracht')).toBeVisible()

    // tick a filter: no reload under the finger, focus stays, the count is announced
    await page.evaluate(
      () => ((window as unknown as { zaZelfdePagina: boolean }).zaZelfdePagina = true),
    )
    await page.locator('.za-filters-toggle__summary').click()
    // a bijzonderheid (zachte informatie); the first box of the panel is 'Alleen met vrije plaatsen'
    const vakje = page.locator('input[type="checkbox"][name="zachteInformatie"]').first()
    const waarde = await vakje.getAttribute('value')
    await vakje.focus()
    await page.keyboard.press('Space')
    await expect(page).toHaveURL(new RegExp(`zachteInformatie=${waarde}`))
    await expect(page.locator('#za-live')).toHaveText(/locaties? gevonden in en rond Tilburg/)
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null
      return {
        value: el?.value,
        checked: el?.checked,
        zelfdePagina: (window as unknown as { zaZelfdePagina?: boolean }).zaZelfdePagina,
      }
    })
    expect(focus).toEqual({ value: waarde, checked: true, zelfdePagina: true })
    await expect(page.locator('.za-result').first()).toBeVisible()
  })
})

test('the detail page loads at most 50 KB of JavaScript (gzip) before the map is opened', async ({
  page,
}) => {
  const scripts = new Map<string, number>()
  // a script whose body cannot be read is not "0 bytes": it is reported and fails the budget
  const onleesbaar = new Set<string>()
  // Reading a body is one more round trip to the browser: a script is counted only once its
  // handler has finished, so every total waits for the handlers of the responses seen so far.
  const metingen: Promise<void>[] = []
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return
    metingen.push(
      response.body().then(
        (body) => void scripts.set(response.url(), gzipSync(body).length),
        () => void onleesbaar.add(response.url()),
      ),
    )
  })
  const gemeten = async () => {
    await Promise.all(metingen)
    return [...scripts.values()].reduce((a, b) => a + b, 0)
  }
  await page.goto('/?woonplaats=Tilburg')
  const link = page.locator('.za-result__title a').first()
  const href = (await link.getAttribute('href'))!
  await page.waitForLoadState('networkidle')
  await gemeten() // the result page's scripts are counted before the slate is wiped
  scripts.clear()
  onleesbaar.clear()
  await page.goto(href)
  await expect(page.getByRole('button', { name: 'Toon kaart' })).toBeVisible()
  await page.waitForLoadState('networkidle')
  const voor = await gemeten()
  console.log(`detailpagina: ${scripts.size} script(s), ${voor} bytes gzip vóór de kaart`)
  expect([...onleesbaar], 'scripts whose size could not be read').toEqual([])
  expect(voor).toBeLessThanOrEqual(50 * 1024)
  expect([...scripts.keys()].join(' ')).not.toMatch(/kaart/)

  await page.getByRole('button', { name: 'Toon kaart' }).click()
  await expect(page.locator('map-view .leaflet-container')).toBeVisible()
  await expect(page.locator('map-view .leaflet-interactive')).not.toHaveCount(0)
  const na = await gemeten()
  console.log(`detailpagina: ${na} bytes gzip na "Toon kaart"`)
  expect(na).toBeGreaterThan(voor)
})
