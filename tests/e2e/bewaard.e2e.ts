/**
 * Shortlist and compare on the public site with the demo data: a family saves two results,
 * sees them under "Bewaard", shares the list (the link opens the same list in a browser that
 * saved nothing), and compares them; the same path by keyboard only; axe on both pages; a phone
 * without sideways scrolling; without JavaScript the compare path still works; no cookies.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { SITE_URL } from '../../playwright.config'
import { waarderingTekst } from '../../site/lib/format'

interface Resultaat {
  id: string
  naam: string
  waardering?: { score: number | null; aantal: number }
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const ZOEK = '/?woonplaats=Tilburg&sortering=waardering'

test.describe.configure({ mode: 'serial' })

/** The first results of the search the test uses, as the API gives them (same order). */
let eerste: Resultaat[] = []

test.beforeAll(async ({ request }) => {
  // the indexer fills the engine after the seed; until then the site answers 503 "starting"
  await expect
    .poll(
      async () =>
        (
          await request.get(`${SITE_URL}/api/zoeken?woonplaats=Tilburg&sortering=waardering`)
        ).status(),
      { timeout: 120_000, intervals: [500, 1000, 2000] },
    )
    .toBe(200)
  const res = await request.get(
    `${SITE_URL}/api/zoeken?woonplaats=Tilburg&sortering=waardering&perPagina=20`,
  )
  eerste = ((await res.json()) as { resultaten: Resultaat[] }).resultaten
  expect(eerste.length).toBeGreaterThanOrEqual(4)
  // sorted by rating: the first two have one
  expect(eerste[0]!.waardering?.score).toEqual(expect.any(Number))
  expect(eerste[1]!.waardering?.score).toEqual(expect.any(Number))
})

const resultaat = (page: Page, naam: string): Locator =>
  page.locator('.za-result').filter({ has: page.getByRole('link', { name: naam, exact: true }) })

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** The Bewaar toggle of a location: "Bewaar <naam>", "Bewaard <naam>" once pressed. */
const bewaarNaam = (naam: string) => new RegExp(`^Bewaard? ${escape(naam)}$`)

const rating = (r: Resultaat) =>
  r.waardering ? waarderingTekst(r.waardering.score, r.waardering.aantal) : 'Geen waardering bekend'

/** Checks the compare page shows these two, in this order, with their ratings. */
async function vergelijkingToont(page: Page, a: Resultaat, b: Resultaat) {
  await expect(page).toHaveURL(new RegExp(`/vergelijk\\?ids=${a.id},${b.id}`))
  const tabel = page.getByRole('table')
  await expect(tabel).toBeVisible()
  await expect(page.getByTestId('vergelijk-kolom')).toHaveText([
    new RegExp(escape(a.naam)),
    new RegExp(escape(b.naam)),
  ])
  const waardering = page.locator('tr[data-rij="waardering"] td')
  await expect(waardering.nth(0)).toContainText(rating(a))
  await expect(waardering.nth(1)).toContainText(rating(b))
  await expect(
    page.getByRole('rowheader', { name: 'Waardering op ZorgkaartNederland' }),
  ).toBeVisible()
  // came from a search around Tilburg, or not: the distance says so
  await expect(page.locator('tr[data-rij="plaats"] td').first()).toContainText(
    /Tilburg|Afstand onbekend/,
  )
}

test('search → save two → header count → Bewaard → share link in a fresh browser → compare 2; no cookies', async ({
  page,
  browser,
  context,
}) => {
  const [a, b] = [eerste[0]!, eerste[1]!]
  await page.goto(ZOEK)
  await expect(page.locator('.za-result').first()).toBeVisible()

  for (const r of [a, b]) {
    const knop = resultaat(page, r.naam).getByRole('button', { name: bewaarNaam(r.naam) })
    await expect(knop).toHaveAttribute('aria-pressed', 'false')
    await knop.click()
    await expect(knop).toHaveAttribute('aria-pressed', 'true')
    await expect(knop).toHaveText(/^✓?\s*Bewaard/)
  }
  const kop = page.getByRole('banner').getByRole('link', { name: 'Bewaard (2)' })
  await expect(kop).toBeVisible()

  // the detail page knows it is saved
  await page.goto(`/locatie/${a.id}`)
  await expect(page.getByRole('button', { name: bewaarNaam(a.naam) })).toHaveAttribute(
    'aria-pressed',
    'true',
  )

  await page.getByRole('banner').getByRole('link', { name: 'Bewaard (2)' }).click()
  await expect(page).toHaveURL(new RegExp(`/bewaard\\?ids=${a.id},${b.id}$`))
  await expect(page.getByTestId('bewaard-item').getByRole('heading')).toHaveText([a.naam, b.naam])

  // the share link opens the same list where nothing was saved
  const link = await page.getByTestId('deel-link').inputValue()
  expect(link).toBe(`${SITE_URL}/bewaard?ids=${a.id},${b.id}`)
  const ander = await browser.newContext()
  const anderePagina = await ander.newPage()
  await anderePagina.goto(link)
  await expect(anderePagina.getByTestId('bewaard-item').getByRole('heading')).toHaveText([
    a.naam,
    b.naam,
  ])
  await expect(anderePagina.getByRole('link', { name: 'Bewaard (0)' })).toBeVisible()
  expect(await anderePagina.evaluate(() => localStorage.getItem('zorgatlas-bewaard'))).toBeNull()
  await expect(
    anderePagina.getByRole('button', { name: 'Bewaar deze locaties ook bij mij' }),
  ).toBeVisible()
  expect(await ander.cookies()).toEqual([])
  await ander.close()

  // compare the two
  await page.getByRole('checkbox', { name: `Vergelijk ${a.naam}` }).check()
  await page.getByRole('checkbox', { name: `Vergelijk ${b.naam}` }).check()
  await expect(page.getByRole('status').filter({ hasText: '2 locaties gekozen' })).toBeVisible()
  await page.getByRole('button', { name: 'Vergelijk (2)' }).click()
  await vergelijkingToont(page, a, b)

  // "Verwijder" on one's own list also takes it from the saved list
  await page.goto(`/bewaard?ids=${a.id},${b.id}`)
  await page.getByRole('link', { name: `Verwijder ${b.naam}` }).click()
  await expect(page).toHaveURL(new RegExp(`/bewaard\\?ids=${a.id}$`))
  await expect(page.getByRole('banner').getByRole('link', { name: 'Bewaard (1)' })).toBeVisible()

  expect(await context.cookies()).toEqual([])
})

/** Presses Tab (or Shift+Tab) until `doel` has the focus; fails after `max` presses. */
async function tabNaar(page: Page, doel: Locator, terug = false, max = 250) {
  for (let i = 0; i < max; i++) {
    if (await doel.evaluate((el) => el === document.activeElement).catch(() => false)) return
    await page.keyboard.press(terug ? 'Shift+Tab' : 'Tab')
  }
  throw new Error(`no focus on ${doel.toString()} after ${max} presses`)
}

test('the same path by keyboard only: Tab, Space and Enter', async ({ page }) => {
  const [a, b] = [eerste[2]!, eerste[3]!]
  await page.goto(ZOEK)
  await expect(page.locator('.za-result').first()).toBeVisible()

  const bewaarA = resultaat(page, a.naam).getByRole('button', { name: bewaarNaam(a.naam) })
  await tabNaar(page, bewaarA)
  await page.keyboard.press('Space')
  await expect(bewaarA).toHaveAttribute('aria-pressed', 'true')
  const bewaarB = resultaat(page, b.naam).getByRole('button', { name: bewaarNaam(b.naam) })
  await tabNaar(page, bewaarB)
  await page.keyboard.press('Enter')
  await expect(bewaarB).toHaveAttribute('aria-pressed', 'true')

  // compare straight from the results: Space on the checkboxes, then the sticky action
  const vinkA = resultaat(page, a.naam).getByRole('checkbox', { name: `Vergelijk ${a.naam}` })
  await tabNaar(page, vinkA)
  await page.keyboard.press('Space')
  await expect(vinkA).toBeChecked()
  const vinkB = resultaat(page, b.naam).getByRole('checkbox', { name: `Vergelijk ${b.naam}` })
  await tabNaar(page, vinkB)
  await page.keyboard.press('Space')
  await expect(page.getByRole('link', { name: 'Vergelijk (2)' })).toBeVisible()

  // the header link, back up the page
  const kop = page.getByRole('banner').getByRole('link', { name: 'Bewaard (2)' })
  await tabNaar(page, kop, true)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/bewaard\\?ids=${a.id},${b.id}$`))
  await expect(page.getByTestId('bewaard-item')).toHaveCount(2)

  for (const r of [a, b]) {
    const vink = page.getByRole('checkbox', { name: `Vergelijk ${r.naam}` })
    await tabNaar(page, vink)
    await page.keyboard.press('Space')
    await expect(vink).toBeChecked()
  }
  const vergelijk = page.getByRole('button', { name: 'Vergelijk (2)' })
  await tabNaar(page, vergelijk)
  await page.keyboard.press('Enter')
  await vergelijkingToont(page, a, b)
})

test('at most 4 to compare: a fifth tick is refused with a message', async ({ page }) => {
  await page.goto(ZOEK)
  for (const r of eerste.slice(0, 4)) {
    await page.getByRole('checkbox', { name: `Vergelijk ${r.naam}` }).check()
  }
  const vijfde = page.getByRole('checkbox', { name: `Vergelijk ${eerste[4]!.naam}` })
  await vijfde.click()
  await expect(vijfde).not.toBeChecked()
  await expect(
    page.getByRole('status').filter({ hasText: 'U kunt hoogstens 4 locaties vergelijken' }),
  ).toBeVisible()
  // the choice is kept on the next page of this tab
  await page.reload()
  await expect(page.getByRole('link', { name: 'Vergelijk (4)' })).toBeVisible()
  await page.getByRole('button', { name: 'Wis keuze' }).click()
  await expect(page.getByRole('link', { name: /Vergelijk \(/ })).toBeHidden()
})

test('axe: no violations on /vergelijk and /bewaard (wide and phone)', async ({ page }, info) => {
  const ids = eerste.slice(0, 4).map((r) => r.id)
  const fouten: Record<string, string[]> = {}
  for (const breedte of [1280, 390]) {
    await page.setViewportSize({ width: breedte, height: breedte === 390 ? 844 : 900 })
    for (const pad of [
      `/vergelijk?ids=${ids.join(',')}&vanaf=Tilburg`,
      `/bewaard?ids=${ids.join(',')}`,
      '/vergelijk',
      '/bewaard',
    ]) {
      await page.goto(pad)
      await page.waitForLoadState('networkidle')
      const resultaat = await new AxeBuilder({ page }).withTags(TAGS).analyze()
      const lijst = resultaat.violations.flatMap((v) =>
        v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`),
      )
      if (lijst.length) fouten[`${breedte} ${pad}`] = lijst
    }
  }
  await info.attach('axe', {
    body: JSON.stringify(fouten, null, 2),
    contentType: 'application/json',
  })
  expect(fouten).toEqual({})
})

test('phone 390 × 844: four locations compared without sideways scrolling', async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 390, height: 844 })
  const ids = eerste.slice(0, 4).map((r) => r.id)
  for (const pad of [
    `/vergelijk?ids=${ids.join(',')}&vanaf=Tilburg`,
    `/bewaard?ids=${ids.join(',')}`,
  ]) {
    await page.goto(pad)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const { scroll, breed } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      breed: window.innerWidth,
    }))
    expect(scroll, pad).toBeLessThanOrEqual(breed)
    await info.attach(`telefoon ${pad}`, {
      body: await page.screenshot({ fullPage: true }),
      contentType: 'image/png',
    })
  }
  // every cell names its location (the column headers are far above on a phone)
  await page.goto(`/vergelijk?ids=${ids.join(',')}`)
  await expect(page.locator('tr[data-rij="telefoon"] .za-vergelijk__wie').first()).toBeVisible()
})

test('without JavaScript: tick two results, compare; Bewaard from a link; 5 ids is a Dutch 400', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  const [a, b] = [eerste[0]!, eerste[1]!]
  await page.goto(ZOEK)
  // no Bewaar buttons without JavaScript
  await expect(page.getByRole('button', { name: /^Bewaar/ })).toHaveCount(0)
  await page.getByRole('checkbox', { name: `Vergelijk ${a.naam}` }).check()
  await page.getByRole('checkbox', { name: `Vergelijk ${b.naam}` }).check()
  await page.getByRole('button', { name: 'Vergelijk de gekozen locaties' }).click()
  await expect(page).toHaveURL(/\/vergelijk\?/)
  await expect(page.getByTestId('vergelijk-kolom')).toHaveCount(2)
  await expect(page.locator('tr[data-rij="plaats"] td').first()).toContainText('Tilburg')

  await page.goto(`/bewaard?ids=${a.id},${b.id}`)
  await expect(page.getByTestId('bewaard-item')).toHaveCount(2)

  const ids = eerste.slice(0, 5).map((r) => r.id)
  const antwoord = await page.goto(`/vergelijk?ids=${ids.join(',')}`)
  expect(antwoord?.status()).toBe(400)
  await expect(page.getByRole('alert')).toContainText(
    'U kunt hoogstens 4 locaties tegelijk vergelijken. U koos er 5.',
  )
  expect(await context.cookies()).toEqual([])
  await context.close()
})
