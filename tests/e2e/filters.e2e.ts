/**
 * Filters for every dimension on the search page (demo data): each with its count, applied in
 * place, kept in the address, and the same numbers as /api/zoeken.
 */
import { expect, test, type APIRequestContext } from '@playwright/test'

test.use({ viewport: { width: 1280, height: 900 } })

const totaal = async (request: APIRequestContext, query: string) => {
  const res = await request.get(`/api/zoeken?${query}`)
  expect(res.status()).toBe(200)
  return ((await res.json()) as { totaal: number }).totaal
}

test('zorgprofiel, day care and a minimum rating narrow the results, in the address and like the API', async ({
  page,
  request,
}) => {
  await page.goto('/?woonplaats=Tilburg&straal=50')
  const telling = page.locator('#za-resultaten-titel')
  await expect(telling).toBeVisible()
  await page.getByText('Meer filters').click()

  // The count next to a profile is what ticking it gives.
  const vv5 = page.getByRole('checkbox', { name: /^VV-5: / })
  const getoond = Number(
    (
      await page
        .locator('[data-sleutel="zorgprofiel"] [data-waarde="VV-5"] .za-facet-count')
        .innerText()
    ).replace(/\D/g, ''),
  )
  const verwacht = await totaal(request, 'woonplaats=Tilburg&straal=50&zorgprofiel=VV-5')
  expect(getoond).toBe(verwacht)
  await vv5.focus()
  await page.keyboard.press('Space')
  await expect(page).toHaveURL(/zorgprofiel=VV-5/)
  await expect(telling).toContainText(`${verwacht.toLocaleString('nl-NL')} locatie`)
  await expect(vv5).toBeFocused()

  await page.getByRole('checkbox', { name: /Met dagbesteding/ }).check()
  await expect(page).toHaveURL(/dagbesteding=ja/)
  const metDag = await totaal(
    request,
    'woonplaats=Tilburg&straal=50&zorgprofiel=VV-5&dagbesteding=ja',
  )
  await expect(telling).toContainText(`${metDag.toLocaleString('nl-NL')} locatie`)

  // Reloading the address shows the same choices (every state is in the URL).
  await page.reload()
  await expect(page.getByRole('checkbox', { name: /^VV-5: / })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: /Met dagbesteding/ })).toBeChecked()
  await expect(page.getByText(/Meer filters \(2 gekozen\)/)).toBeVisible()

  // A minimum rating is one choice of several.
  await page.getByRole('radio', { name: /^7 of hoger/ }).check()
  await expect(page).toHaveURL(/minWaardering=7/)
  const vanaf7 = await totaal(
    request,
    'woonplaats=Tilburg&straal=50&zorgprofiel=VV-5&dagbesteding=ja&minWaardering=7',
  )
  await expect(telling).toContainText(`${vanaf7.toLocaleString('nl-NL')} locatie`)

  // "Wis alle filters" leaves place and radius.
  await page.getByRole('link', { name: 'Wis alle filters' }).click()
  await expect(page).toHaveURL(/woonplaats=Tilburg/)
  await expect(page).not.toHaveURL(/zorgprofiel|dagbesteding|minWaardering/)
})
