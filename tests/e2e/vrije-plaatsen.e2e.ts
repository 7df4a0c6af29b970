/**
 * Free places and waiting times (manual §3.2.9) on the whole system with the demo data: a family filters on free places and sees
 * how many and since when; a provider reports free places from the location's overview and they
 * are public at once, without review.
 */
import { expect, test } from '@playwright/test'
import { CMS_URL, SITE_URL } from '../../playwright.config'
import { login } from './helpers'

const VRIJ = /\d+ plaats(en)? vrij \(gemeld op \d{1,2} \w+ \d{4}\)/

test.beforeAll(async ({ request }) => {
  // the indexer fills the engine after the seed; until then the site answers 503 "starting"
  // (both tests read the public site, each may run on its own)
  await expect
    .poll(
      async () => {
        const res = await request.get(`${SITE_URL}/api/zoeken?vrijeCapaciteit=ja`)
        return res.status() === 200 ? ((await res.json()) as { totaal: number }).totaal : -1
      },
      { timeout: 240_000, intervals: [2_000] },
    )
    .toBeGreaterThan(0)
})

test('a family sees only locations with free places, with the report date', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`${SITE_URL}/?vrijeCapaciteit=ja`)
  const resultaten = page.locator('.za-result')
  await expect(resultaten.first()).toBeVisible()
  const aantal = await resultaten.count()
  expect(aantal).toBeGreaterThan(0)
  for (let i = 0; i < aantal; i++) {
    await expect(resultaten.nth(i).locator('.za-vrij')).toHaveText(VRIJ)
  }
  // the filter shows as ticked, with its count: a chosen filter opens the panel, also on a phone
  const vinkje = page.getByRole('checkbox', { name: /Alleen met vrije plaatsen/ })
  await expect(vinkje).toBeVisible()
  await expect(vinkje).toBeChecked()

  await resultaten.first().getByRole('link').first().click()
  await expect(page.getByRole('heading', { name: 'Plaats vrij en wachttijd' })).toBeVisible()
  await expect(page.locator('.za-plek .za-vrij').first()).toHaveText(VRIJ)
  await expect(page.getByText('De zorgaanbieder meldt dit zelf')).toBeVisible()
  await page.screenshot({ path: 'test-results/vrije-plaatsen-detail.png', fullPage: true })

  // a wrong value is a Dutch message, not an error page
  const fout = await page.request.get(`${SITE_URL}/api/zoeken?vrijeCapaciteit=misschien`)
  expect(fout.status()).toBe(400)
  expect(JSON.stringify(await fout.json())).toContain('Kies \\"ja\\"')
})

test('a provider reports free places from the location; they are public at once', async ({
  page,
}) => {
  await login(page, 'aanbieder@zorgatlas.test')
  // one of the provider's own locations that the public sees
  // everyone may read published locations: ask for the provider's own organisations' ones
  // through the page: Payload takes the login cookie only from requests of its own origin
  const me = await page.evaluate(async (url) => {
    const res = await fetch(url, { credentials: 'include' })
    return (await res.json()) as { user: { organisaties: (number | { id: number })[] } | null }
  }, `${CMS_URL}/api/users/me?depth=0`)
  expect(me.user, 'logged in as aanbieder@zorgatlas.test').not.toBeNull()
  const orgs = me.user!.organisaties.map((o) => (typeof o === 'object' ? o.id : o))
  expect(orgs.length).toBeGreaterThan(0)
  const lijst = await page.request.get(
    `${CMS_URL}/api/locaties?depth=0&limit=100&where[_status][equals]=published&where[organisatie][in]=${orgs.join(',')}`,
  )
  expect(lijst.ok()).toBe(true)
  const eigen = ((await lijst.json()) as { docs: { id: number }[] }).docs
  let locatieId: number | undefined
  for (const l of eigen) {
    const publiek = await page.request.get(`${SITE_URL}/locatie/${l.id}`)
    if (publiek.status() === 200) {
      locatieId = l.id
      break
    }
  }
  expect(locatieId, 'a public location of aanbieder@zorgatlas.test').toBeDefined()

  await page.goto(`${CMS_URL}/admin/collections/locaties/${locatieId}`)
  await page.getByRole('link', { name: 'Vrije plaatsen melden' }).click()
  await page.waitForURL(/vrije-capaciteit\/create\?locatie=/)
  // the location is filled in from the link
  await expect(page.locator('#field-locatie')).not.toContainText('Selecteer')
  await page.locator('#field-sector .rs__control').click()
  await page.locator('.rs__option', { hasText: 'Ouderenzorg (VV)' }).click()
  await page.locator('#field-aantal').fill('7')
  await page.getByRole('button', { name: 'Bewaar', exact: true }).first().click()
  await expect(page.locator('.payload-toast-container')).toContainText(/opgeslagen|succes/i)

  // public without review: the worker indexes it within seconds
  await expect
    .poll(
      async () => {
        const res = await page.request.get(`${SITE_URL}/locatie/${locatieId}`)
        return (await res.text()).includes('7 plaatsen vrij (gemeld op')
      },
      { timeout: 120_000, intervals: [1_000] },
    )
    .toBe(true)
})
