/**
 * Every postcode finds something, on the whole system with the demo data: a postcode no demo
 * location has resolves through the postcode areas and the page says how precisely; text and
 * place typed together in the place box work.
 */
import { expect, test } from '@playwright/test'

test('a postcode without any location of ours is searched around its place, and the page says so', async ({
  page,
  request,
}) => {
  const antwoord = await page.goto('/?woonplaats=1012')
  expect(antwoord?.status()).toBe(200)
  await expect(
    page.getByText(/^Postcode 1012: we zoeken (ongeveer )?rond Amsterdam\.$/),
  ).toBeVisible()

  const api = await request.get('/api/zoeken?woonplaats=3511')
  expect(api.status()).toBe(200)
  const body = (await api.json()) as {
    zoekvraag: { woonplaats: { naam: string } | null; vanaf: { bron: string; lat: number } | null }
  }
  expect(body.zoekvraag.woonplaats?.naam).toBe('Utrecht')
  expect(['locaties', 'pc4', 'pc3', 'pc2']).toContain(body.zoekvraag.vanaf?.bron)
  expect(body.zoekvraag.vanaf?.lat).toBeGreaterThan(51.9)

  // like an unknown place: a 200 page with help, the message says what a postcode looks like
  await page.goto('/?woonplaats=0123')
  await expect(page.getByText(/"0123" is geen Nederlandse postcode/).first()).toBeVisible()
})

test('"verpleeghuis tilburg" typed in the place box searches nursing homes around Tilburg', async ({
  page,
}) => {
  await page.goto('/')
  const plaats = page.getByLabel('Woonplaats of postcode')
  await plaats.fill('verpleeghuis tilburg')
  await plaats.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tilburg')
  await expect(page.locator('.za-result').first()).toBeVisible()
})
