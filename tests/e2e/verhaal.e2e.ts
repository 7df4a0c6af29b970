/**
 * Photos, video, ratings and free places as one story on the whole system (demo data, as `npm start` seeds it): a provider adds
 * two photos and a YouTube video to a location in the admin, links its ZorgkaartNederland rating
 * and reports free places; the proposal is not public; the zorgkantoor approves; then the detail
 * page shows the carousel, the click-to-load video, the rating and the free places, and the
 * free-places filter finds the location. Before the visitor clicks, no request leaves for any
 * host other than the site itself; the recording is shown to work by the map's tiles, which come
 * from the tile server (pointed at 127.0.0.1:9 by playwright.config.ts) once the map is opened.
 */
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import sharp from 'sharp'
import { CMS_URL, SITE_URL } from '../../playwright.config'
import { apiToken, login, logout, saveDraft, verstuurWijziging } from './helpers'

// De Regenboog (CZ and Menzis, aanbieder@): everything Definitief in the demo, used by no other
// e2e test. This location has no photos, video or rating yet.
const ORGANISATIE = 'Stichting De Regenboog Groep'
const LOCATIE = 'De Regenboog – Woonvoorziening Rijnsaterwoude'
const VIDEO = 'dQw4w9WgXcQ'
const RECORD = {
  zorgkaartId: '990001',
  naam: 'Woonvoorziening Rijnsaterwoude (De Regenboog Groep)',
  // ZorgkaartNederland has another house number: no automatic link, the provider links it
  straat: 'Dorpsstraat',
  huisnummer: '99',
  postcode: '2381 AA',
  plaats: 'Rijnsaterwoude',
  score: 8.7,
  aantalWaarderingen: 31,
  url: 'https://www.zorgkaartnederland.nl/zorginstelling/woonvoorziening-rijnsaterwoude-990001',
}

/** Two real JPEG photos (different colours), written to a temporary folder. */
async function maakFotos(): Promise<string[]> {
  const map = mkdtempSync(path.join(os.tmpdir(), 'za-verhaal-'))
  const kleuren = [
    { r: 196, g: 120, b: 64 },
    { r: 64, g: 132, b: 196 },
  ]
  return Promise.all(
    kleuren.map(async (background, i) => {
      const file = path.join(map, `tuin-${i + 1}.jpg`)
      await sharp({ create: { width: 1600, height: 1000, channels: 3, background } })
        .composite([
          {
            input: Buffer.from(
              `<svg width="1600" height="1000"><circle cx="${500 + i * 600}" cy="500" r="260" fill="white"/></svg>`,
            ),
          },
        ])
        .jpeg({ quality: 85 })
        .toFile(file)
      return file
    }),
  )
}

test('a provider adds photos, a video, a rating and free places; after approval a family sees it all', async ({
  page,
  request,
  browser,
}, testInfo) => {
  test.setTimeout(420_000)
  // The register gets a record for the location at a slightly different address (as happens).
  const beheer = await apiToken(request, 'beheer@zorgatlas.test')
  const bestaand = await request.get(
    `${CMS_URL}/api/zorgkaart?where[zorgkaartId][equals]=${RECORD.zorgkaartId}`,
    { headers: { Authorization: `JWT ${beheer}` } },
  )
  expect(bestaand.status(), await bestaand.text()).toBe(200)
  if (((await bestaand.json()) as { totalDocs: number }).totalDocs === 0) {
    const record = await request.post(`${CMS_URL}/api/zorgkaart`, {
      headers: { Authorization: `JWT ${beheer}` },
      data: RECORD,
    })
    expect(record.status(), await record.text()).toBe(201)
  }

  const aanbieder = await apiToken(request, 'aanbieder@zorgatlas.test')
  const gevonden = await request.get(
    `${CMS_URL}/api/locaties?depth=0&draft=true&where[volledigeNaam][equals]=${encodeURIComponent(LOCATIE)}`,
    { headers: { Authorization: `JWT ${aanbieder}` } },
  )
  const [locatie] = ((await gevonden.json()) as { docs: { id: number; fotos: unknown[] }[] }).docs
  expect(locatie, LOCATIE).toBeDefined()
  expect(locatie!.fotos).toEqual([])
  const locatieId = locatie!.id
  const detailUrl = `${SITE_URL}/locatie/${locatieId}`
  // public before the change (once the indexer has filled the engine after the seed: 503 until then)
  await expect
    .poll(async () => (await page.request.get(detailUrl)).status(), {
      timeout: 240_000,
      intervals: [2_000],
    })
    .toBe(200)

  // 1. The provider: two photos, a video and the rating link on the location.
  await login(page, 'aanbieder@zorgatlas.test')
  await page.goto(`${CMS_URL}/admin/collections/locaties/${locatieId}`)
  const fotos = page.locator('#field-fotos')
  await fotos.scrollIntoViewIfNeeded()
  await fotos.getByRole('button', { name: 'Nieuw aanmaken' }).click()
  const [kiezer] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Kies een foto' }).click(),
  ])
  await kiezer.setFiles(await maakFotos())
  const lade = page.locator('.drawer__content').last()
  await expect(lade.getByText('2 Foto’s om te uploaden').first()).toBeVisible()
  for (const [i, alt] of [
    'Tuin met bankjes en een vijver',
    'Woonkamer met grote ramen',
  ].entries()) {
    await lade.getByRole('button', { name: new RegExp(`tuin-${i + 1}\\.jpg`) }).click()
    await expect(lade.getByText(`${i + 1} van 2`)).toBeVisible()
    await lade.locator('#field-alt').fill(alt)
    // this login has several organisations: each photo gets the location's own, untouched
    await expect(lade.locator('#field-organisatie')).toContainText(ORGANISATIE)
  }
  await lade.getByRole('button', { name: 'Bewaar', exact: true }).first().click()
  await expect(lade).toBeHidden({ timeout: 60_000 })
  await page.screenshot({ path: testInfo.outputPath('na-upload.png'), fullPage: true })
  await expect(fotos.locator('.upload-relationship-details, .file-details, img')).not.toHaveCount(0)

  await page.locator('#field-video').fill(`https://www.youtube.com/watch?v=${VIDEO}`)

  // Payload renders a field only once it is in the viewport: the heading goes to the top, so the
  // panel below it is in view (scrolled only "if needed", the heading could end at the bottom
  // edge with the panel still below the fold, and the panel never rendered).
  await page
    .getByRole('heading', { name: 'ZorgkaartNederland (waarderingscijfer)' })
    .evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await page.getByLabel('Zoek op naam of plaats').fill('Rijnsaterwoude')
  await page.getByRole('button', { name: 'Zoek', exact: true }).click()
  await page.getByRole('button', { name: `Koppel ${RECORD.naam}` }).click()
  await expect(page.locator('input[name="zorgkaartNederland.zorgkaartId"]')).toHaveValue(
    RECORD.zorgkaartId,
  )
  await saveDraft(page)

  // 2. Free places from the location's overview: public at once, no review (operational data).
  // Right after a save Payload refreshes the page; a click in that moment can be lost (seen once
  // on a busy 2-core machine: the page stayed put for the whole test timeout). Click again until
  // the form for free places opens.
  const vrijePlaatsenFormulier = /vrije-capaciteit\/create\?locatie=/
  await expect(async () => {
    if (!vrijePlaatsenFormulier.test(page.url())) {
      await page.getByRole('link', { name: 'Vrije plaatsen melden' }).click({ timeout: 10_000 })
    }
    await page.waitForURL(vrijePlaatsenFormulier, { timeout: 15_000 })
  }).toPass({ timeout: 120_000 })
  await page.locator('#field-sector .rs__control').click()
  await page.locator('.rs__option', { hasText: 'Verstandelijke beperking (VG)' }).click()
  await page.locator('#field-aantal').fill('3')
  await page.getByRole('button', { name: 'Bewaar', exact: true }).first().click()
  await expect(page.locator('.payload-toast-container')).toContainText(/opgeslagen|succes/i)

  // 3. Send the change; the proposal (photos, video, rating link) is not public.
  const orgs = await request.get(
    `${CMS_URL}/api/organisaties?depth=0&where[naam][equals]=${encodeURIComponent(ORGANISATIE)}`,
    { headers: { Authorization: `JWT ${aanbieder}` } },
  )
  const orgId = ((await orgs.json()) as { docs: { id: number }[] }).docs[0]!.id
  await page.goto(`${CMS_URL}/admin/collections/organisaties/${orgId}`)
  await verstuurWijziging(page)
  // The free places are public at once: once the page shows them, the indexer has projected the
  // location again after the photos, video and rating link were saved. Only then does "not public"
  // mean something.
  let voorstel = ''
  await expect
    .poll(
      async () => {
        voorstel = await (await page.request.get(detailUrl)).text()
        return voorstel.includes('3 plaatsen vrij')
      },
      { timeout: 120_000, intervals: [1_000, 2_000] },
    )
    .toBe(true)
  expect(voorstel).not.toContain('za-carrousel')
  expect(voorstel).not.toContain(VIDEO)
  expect(voorstel).not.toContain(RECORD.url)

  // 4. The zorgkantoor approves.
  await logout(page)
  await login(page, 'redacteur.cz@zorgatlas.test')
  await page.goto(`${CMS_URL}/admin/collections/organisaties/${orgId}`)
  await page.getByRole('button', { name: 'Goedkeuren' }).click()
  await expect(page.locator('.za-workflow [role=status]')).toContainText('goedgekeurd')

  // 5. The indexer publishes the location with its photos (public sizes made in the background).
  await expect
    .poll(
      async () => {
        const html = await (await page.request.get(detailUrl)).text()
        return ['za-carrousel', VIDEO, RECORD.url, '3 plaatsen vrij'].filter(
          (s) => !html.includes(s),
        )
      },
      { timeout: 180_000, intervals: [1_000, 2_000] },
    )
    .toEqual([])

  // 6. A family opens the detail page on a phone, in a fresh browser without any login.
  const gezin = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  })
  const bezoek = await gezin.newPage()
  const site = new URL(SITE_URL).host
  const tegels = '127.0.0.1:9' // MAP_TILE_URL of the e2e system (playwright.config.ts)
  const vreemd: string[] = []
  bezoek.on('request', (req) => {
    const url = new URL(req.url())
    if (url.protocol.startsWith('http') && url.host !== site) vreemd.push(req.url())
  })
  await bezoek.goto(detailUrl)
  await expect(bezoek.getByRole('heading', { level: 1 })).toContainText('Rijnsaterwoude')

  const carrousel = bezoek.getByRole('group', { name: /^Foto’s van / })
  await expect(carrousel).toBeVisible()
  await expect(bezoek.getByText('Foto 1 van 2')).toBeVisible()
  const eerste = bezoek.locator('.za-carrousel__dia').nth(0).locator('img')
  await expect(eerste).toHaveAttribute('alt', 'Tuin met bankjes en een vijver')
  await expect(eerste).toHaveAttribute('src', /^\/media\//)
  await expect
    .poll(() => eerste.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0)
  await bezoek.getByRole('button', { name: 'Volgende foto' }).click()
  await expect(bezoek.getByText('Foto 2 van 2')).toBeVisible()
  await expect(bezoek.locator('.za-carrousel__dia').nth(1).locator('img')).toHaveAttribute(
    'alt',
    'Woonkamer met grote ramen',
  )

  const waardering = bezoek.locator('.za-waardering a')
  await expect(waardering).toHaveText('Waardering 8,7 · 31 waarderingen op ZorgkaartNederland')
  await expect(waardering).toHaveAttribute('href', RECORD.url)
  await expect(bezoek.locator('.za-plek .za-vrij').first()).toHaveText(
    /^3 plaatsen vrij \(gemeld op \d{1,2} \w+ \d{4}\)$/,
  )

  const speel = bezoek.getByRole('button', { name: /^Video afspelen: / })
  await speel.scrollIntoViewIfNeeded()
  await expect(speel).toBeVisible()
  await expect(bezoek.locator('iframe')).toHaveCount(0)
  await bezoek.waitForLoadState('networkidle')
  const shot = testInfo.outputPath('verhaal-detail.png')
  await bezoek.screenshot({ path: shot, fullPage: true })
  await testInfo.attach('verhaal-detail', { path: shot, contentType: 'image/png' })
  // Before any click: nothing but the site itself (the map loads on request, the video too).
  expect(vreemd).toEqual([])
  // The recording sees other hosts: the map's tiles come from the tile server once asked for.
  await bezoek.getByRole('button', { name: 'Toon kaart' }).click()
  await expect
    .poll(() => vreemd.filter((u) => new URL(u).host === tegels).length)
    .toBeGreaterThan(0)
  expect(vreemd.filter((u) => new URL(u).host !== tegels)).toEqual([])

  await speel.click()
  await expect(bezoek.locator('iframe.za-video__iframe')).toHaveAttribute(
    'src',
    `https://www.youtube-nocookie.com/embed/${VIDEO}?autoplay=1&rel=0`,
  )
  // after the click: youtube-nocookie.com, never youtube.com itself
  await expect
    .poll(() => vreemd.filter((u) => new URL(u).host !== tegels).length)
    .toBeGreaterThan(0)
  for (const u of vreemd.filter((u) => new URL(u).host !== tegels)) {
    expect(new URL(u).host).toBe('www.youtube-nocookie.com')
  }

  // 7. The free-places filter of the search finds it.
  await bezoek.goto(`${SITE_URL}/?woonplaats=Rijnsaterwoude&straal=5&vrijeCapaciteit=ja`)
  const item = bezoek.locator('li.za-result', {
    has: bezoek.locator(`a[href="/locatie/${locatieId}"], a[href^="/locatie/${locatieId}-"]`),
  })
  await expect(item).toBeVisible()
  await expect(item.locator('.za-vrij')).toHaveText(/^3 plaatsen vrij/)
  await expect(item.locator('img').first()).toHaveAttribute('src', /^\/media\//)
  await gezin.close()
})
