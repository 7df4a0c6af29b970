/**
 * Photos and video (manual §3.2.6–§3.2.7) on the whole system with the demo data (as `npm start` seeds it): the
 * detail page of a location with photos shows an accessible carousel (named buttons, a status
 * screen readers hear, arrow keys, no autoplay) with images from our own media store; the result
 * list shows a thumbnail; a location with a video shows a click-to-load player that makes no
 * request to YouTube before the click and then frames youtube-nocookie.com only. On a phone
 * (390 × 844), with a screenshot of the detail page kept in test-results/.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { SITE_URL } from '../../playwright.config'
import { buildDemoData, type DemoLocatie } from '../../cms/seed/demo-data'

interface Resultaat {
  id: string
  naam: string
  plaats: string
  url: string
  foto: { alt: string; src: string } | null
}

const demo = buildDemoData()
const definitief = demo.locaties.filter((l) => l.status === 'definitief' && l.naam)
const metFotos = definitief.find((l) => l.fotos.length >= 3)!
const metVideo = definitief.find((l) => l.video)!

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

/**
 * The public result of a demo location, found through the public search API. With `metFoto`: once
 * its photos are published (after the seed, the indexer makes the public sizes in the background).
 */
async function zoekOp(
  request: APIRequestContext,
  l: DemoLocatie,
  metFoto = false,
): Promise<Resultaat> {
  const plaats = l.bezoekadres.plaats
  let gevonden: Resultaat | undefined
  await expect
    .poll(
      async () => {
        const res = await request.get(
          `${SITE_URL}/api/zoeken?woonplaats=${encodeURIComponent(plaats)}&straal=5&perPagina=50`,
        )
        if (!res.ok()) return `HTTP ${res.status()}`
        const body = (await res.json()) as { resultaten: Resultaat[] }
        gevonden = body.resultaten.find((r) => r.plaats === plaats && r.naam.endsWith(l.naam))
        if (!gevonden) return 'niet gevonden'
        return metFoto && !gevonden.foto ? 'nog geen foto' : 'ok'
      },
      { timeout: 240_000, intervals: [2000] },
    )
    .toBe('ok')
  return gevonden!
}

/** Every request the page makes to a host other than the site itself. */
function vreemdeVerzoeken(page: Page): string[] {
  const site = new URL(SITE_URL).host
  const lijst: string[] = []
  page.on('request', (req) => {
    const url = new URL(req.url())
    if (url.protocol.startsWith('http') && url.host !== site) lijst.push(req.url())
  })
  return lijst
}

test('the detail page shows the photos in an accessible carousel, and the result list a thumbnail', async ({
  page,
  request,
}, testInfo) => {
  const resultaat = await zoekOp(request, metFotos, true)
  expect(resultaat.foto?.src).toMatch(/^\/media\/[A-Za-z0-9_-]+\/f-[a-f0-9]{20}-\d+\.jpg$/)

  const media: { url: string; type: string | null }[] = []
  page.on('response', (res) => {
    if (new URL(res.url()).pathname.startsWith('/media/')) {
      media.push({ url: res.url(), type: res.headers()['content-type'] ?? null })
    }
  })
  // The page's timers run on a clock the test can move on (it runs in real time meanwhile).
  await page.clock.install()
  await page.goto(resultaat.url)
  const n = metFotos.fotos.length
  const carrousel = page.getByRole('group', { name: `Foto’s van ${resultaat.naam}` })
  await expect(carrousel).toBeVisible()
  const status = carrousel.locator('xpath=..').getByText(`Foto 1 van ${n}`)
  await expect(status).toBeVisible()
  await expect(status).toHaveAttribute('aria-live', 'polite')

  // one photo at a time, the first loaded and shown, with its alt text, width and height
  const dias = page.locator('.za-carrousel__dia')
  await expect(dias).toHaveCount(n)
  await expect(dias.nth(0)).toBeVisible()
  for (let i = 1; i < n; i++) await expect(dias.nth(i)).toBeHidden()
  const eerste = dias.nth(0).locator('img')
  await expect(eerste).toHaveAttribute('alt', metFotos.fotos[0]!.alt)
  await expect(eerste).toHaveAttribute('width', /^\d+$/)
  await expect(eerste).toHaveAttribute('height', /^\d+$/)
  await expect(eerste).toHaveAttribute('loading', 'eager')
  await expect(dias.nth(1).locator('img')).toHaveAttribute('loading', 'lazy')
  await expect
    .poll(() => eerste.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0)
  await expect(dias.nth(0).locator('source[type="image/avif"]')).toHaveAttribute(
    'srcset',
    /\/media\/.+ 480w/,
  )
  await expect(dias.nth(0).locator('source[type="image/webp"]')).toHaveAttribute(
    'srcset',
    /\/media\/.+ 480w/,
  )
  // the image fits the phone's width (no sideways scrolling)
  const box = await eerste.boundingBox()
  expect(box!.width).toBeLessThanOrEqual(390)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)

  // no autoplay: a minute of the page's timers later, still the first photo
  await page.clock.runFor(60_000)
  await expect(page.getByText(`Foto 1 van ${n}`)).toBeVisible()
  await expect(dias.nth(0)).toBeVisible()

  // buttons with names, round the end
  const volgende = page.getByRole('button', { name: 'Volgende foto' })
  const vorige = page.getByRole('button', { name: 'Vorige foto' })
  const vb = await volgende.boundingBox()
  expect(vb!.height).toBeGreaterThanOrEqual(44) // a finger can hit it
  await volgende.click()
  await expect(page.getByText(`Foto 2 van ${n}`)).toBeVisible()
  await expect(dias.nth(1)).toBeVisible()
  await expect(dias.nth(0)).toBeHidden()
  await expect(dias.nth(1).locator('img')).toHaveAttribute('alt', metFotos.fotos[1]!.alt)
  await expect
    .poll(() =>
      dias
        .nth(1)
        .locator('img')
        .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth),
    )
    .toBeGreaterThan(0)
  await vorige.click()
  await vorige.click()
  await expect(page.getByText(`Foto ${n} van ${n}`)).toBeVisible()

  // the keyboard: arrow keys while focus is in the carousel
  await volgende.focus()
  await page.keyboard.press('ArrowRight') // from the last photo round to the first
  await expect(page.getByText(`Foto 1 van ${n}`)).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByText(`Foto 2 van ${n}`)).toBeVisible()
  await page.keyboard.press('ArrowLeft')
  await expect(page.getByText(`Foto 1 van ${n}`)).toBeVisible()

  // a sideways swipe over the photo on a touch screen
  const venster = await page.locator('.za-carrousel__venster').boundingBox()
  const swipe = async (van: number, naar: number) => {
    const y = venster!.y + venster!.height / 2
    const touch = (type: string, x: number) =>
      page.locator('.za-carrousel__venster').dispatchEvent(type, {
        touches: type === 'touchend' ? [] : [{ identifier: 1, clientX: x, clientY: y }],
        changedTouches: [{ identifier: 1, clientX: x, clientY: y }],
      })
    await touch('touchstart', van)
    await touch('touchend', naar)
  }
  await swipe(300, 80)
  await expect(page.getByText(`Foto 2 van ${n}`)).toBeVisible()
  await swipe(80, 300)
  await expect(page.getByText(`Foto 1 van ${n}`)).toBeVisible()

  // previous and next side by side on the phone, under where you are
  const vorigeBox = (await vorige.boundingBox())!
  const volgendeBox = (await volgende.boundingBox())!
  expect(Math.abs(vorigeBox.y - volgendeBox.y)).toBeLessThan(2)

  // served from our own store, in a modern format
  expect(media.length).toBeGreaterThan(0)
  for (const m of media) expect(m.type, m.url).toMatch(/^image\/(avif|webp|jpeg)$/)
  const kop = await request.get(`${SITE_URL}${resultaat.foto!.src}`)
  expect(kop.status()).toBe(200)
  expect(kop.headers()['cache-control']).toContain('immutable')
  expect(kop.headers()['x-content-type-options']).toBe('nosniff')

  await page.evaluate(() => window.scrollTo(0, 0))
  const shot = testInfo.outputPath('detail-met-fotos.png')
  await page.screenshot({ path: shot, fullPage: true })
  await testInfo.attach('detail-met-fotos', { path: shot, contentType: 'image/png' })

  // the result list: a thumbnail for the location
  await page.goto(`/?woonplaats=${encodeURIComponent(metFotos.bezoekadres.plaats)}&straal=5`)
  const item = page.locator(`a[href="${resultaat.url}"]`).first()
  await expect(item).toBeVisible()
  const kaartje = page.locator('li.za-result', { has: item }).locator('img').first()
  await expect(kaartje).toHaveAttribute('src', /^\/media\//)
  await expect
    .poll(() => kaartje.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0)
  const lijst = testInfo.outputPath('resultaten-met-foto.png')
  await page.screenshot({ path: lijst })
  await testInfo.attach('resultaten-met-foto', { path: lijst, contentType: 'image/png' })
})

test('a video loads from youtube-nocookie.com only after the visitor clicks', async ({
  page,
  request,
}, testInfo) => {
  const resultaat = await zoekOp(request, metVideo)
  const vreemd = vreemdeVerzoeken(page)
  const response = await page.goto(resultaat.url)
  const csp = response!.headers()['content-security-policy'] ?? ''
  expect(csp).toMatch(/frame-src https:\/\/www\.youtube-nocookie\.com(;|$)/)

  const speel = page.getByRole('button', { name: /^Video afspelen: / })
  await speel.scrollIntoViewIfNeeded()
  await expect(speel).toBeVisible()
  await expect(page.locator('iframe')).toHaveCount(0)
  await page.waitForLoadState('networkidle').catch(() => {})
  // before the click: nothing from YouTube (the map's tile server is the only other host)
  const tegels = new URL(
    process.env.MAP_TILE_URL ??
      'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png',
  ).host
  expect(vreemd.filter((u) => new URL(u).host !== tegels)).toEqual([])

  const vb = await speel.boundingBox()
  expect(vb!.width).toBeLessThanOrEqual(390)
  const voor = testInfo.outputPath('video-voor-klik.png')
  await speel.screenshot({ path: voor })
  await testInfo.attach('video-voor-klik', { path: voor, contentType: 'image/png' })

  await speel.click()
  const iframe = page.locator('iframe.za-video__iframe')
  await expect(iframe).toHaveAttribute(
    'src',
    `https://www.youtube-nocookie.com/embed/${metVideo.video}?autoplay=1&rel=0`,
  )
  await expect(iframe).toHaveAttribute('title', /^Video over /)
  // responsive 16:9
  const ib = (await iframe.boundingBox())!
  expect(Math.abs(ib.width / ib.height - 16 / 9)).toBeLessThan(0.05)
  expect(ib.width).toBeLessThanOrEqual(390)
  // after the click only youtube-nocookie.com was asked, never youtube.com itself (the frame's
  // request can follow its src attribute: wait for it)
  const na = () => vreemd.filter((u) => new URL(u).host !== tegels)
  await expect.poll(() => na().length).toBeGreaterThan(0)
  for (const u of na()) expect(new URL(u).host).toBe('www.youtube-nocookie.com')
})
