/**
 * Contracts of issue 11 §2 through the admin UI and the public site: the detail page says which
 * zorgkantoor contracts the organisation this year; an editor filters the organisations (soort
 * OCO) and sets the contract status of all of them at once.
 */
import { expect, test, type Page } from '@playwright/test'
import { CMS_URL, SITE_URL } from '../../playwright.config'
import { login } from './helpers'

const JAAR = Number(
  new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(
    new Date(),
  ),
)

/** A REST call with the browser's login cookie (Playwright's own request context lacks it). */
async function api<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => {
    const res = await fetch(url, { credentials: 'include' })
    if (!res.ok) throw new Error(`${url}: ${res.status}`)
    return res.json()
  }, path) as Promise<T>
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

test('the detail page says which zorgkantoor contracts the organisation this year', async ({
  page,
}) => {
  await page.goto('/?woonplaats=Tilburg')
  await page.locator('.za-result__title a').first().click()
  await expect(page.getByTestId('contractering')).toHaveText(
    new RegExp(`^Gecontracteerd door .*zorgkantoor.* in ${JAAR}\\.$`),
  )
})

test('an editor sets the contract status of all filtered organisations at once', async ({
  page,
}) => {
  await login(page, 'redacteur.cz@zorgatlas.test')
  await page.goto(`${CMS_URL}/admin/collections/organisaties`)
  // the list flags organisations per contract and leads to the filters and the bulk action
  await expect(page.locator('.za-contracten-link')).toBeVisible()
  await page.getByRole('link', { name: /Contracten beheren/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Contracten beheren' })).toBeVisible()

  const filter = page.getByRole('form', { name: 'Filter' })
  await filter.getByLabel('Soort organisatie').selectOption('oco')
  await filter.getByLabel('Jaar').fill(String(JAAR + 1))
  await filter.getByRole('button', { name: 'Zoeken' }).click()
  const rijen = page.locator('.za-tabel tbody tr')
  await expect(page.getByRole('status').first()).toContainText('organisatie(s) gevonden')
  const aantal = await rijen.count()
  expect(aantal).toBeGreaterThan(0)
  await expect(page.locator('.za-tabel thead')).toContainText(`Contract ${JAAR + 1}`)

  await page.getByLabel(`Nieuwe contractstatus voor ${JAAR + 1}`).selectOption('gedeeltelijk')
  await page.getByRole('button', { name: `Toepassen op alle gevonden (${aantal})` }).click()
  await expect(page.locator('.za-melding[role=status]')).toContainText(
    `gezet voor ${aantal} organisatie(s) in ${JAAR + 1}`,
  )
  for (let i = 0; i < aantal; i++) {
    await expect(rijen.nth(i).locator('td').last()).toHaveText('Gedeeltelijk gecontracteerd')
  }
  await page.screenshot({ path: test.info().outputPath('contracten.png'), fullPage: true })

  // exactly these organisations have a contract for next year, and only OCOs
  const contracten = await api<{ docs: { organisatie: { type: string } }[] }>(
    page,
    `/api/contracten?where[jaar][equals]=${JAAR + 1}&limit=1000&depth=1`,
  )
  expect(contracten.docs).toHaveLength(aantal)
  expect(contracten.docs.every((c) => c.organisatie.type === 'oco')).toBe(true)
})
