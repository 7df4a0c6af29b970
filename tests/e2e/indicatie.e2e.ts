/**
 * Search by indication on the whole system with the demo data: from the home page to the two
 * groups (the indicated profile, then alternatives with a sentence each), by keyboard, with axe.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

test('a family with a VV-5 indication finds places near Tilburg, and where another profile may do', async ({
  page,
}) => {
  await page.goto('/')
  const link = page.getByRole('link', { name: 'Zoek met uw indicatie' })
  await link.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zoek met uw indicatie')

  await page.getByLabel('Zorgprofiel uit uw indicatie').selectOption('VV-5')
  await page.getByLabel('Hoe wilt u de zorg krijgen?').selectOption('verblijf')
  const plaats = page.getByLabel('Woonplaats of postcode')
  await plaats.fill('Tilburg')
  await plaats.press('Enter')

  await expect(page).toHaveURL(/zorgprofiel=VV-5/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Zorg met zorgprofiel VV-5 in en rond Tilburg',
  )
  // One address per indication, and a skip link straight to the results.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /\/indicatie\?zorgprofiel=VV-5&leveringsvorm=verblijf&woonplaats=Tilburg&straal=25$/,
  )
  const naarResultaten = page.getByRole('link', { name: 'Naar de resultaten' })
  await naarResultaten.focus()
  await page.keyboard.press('Enter')
  await expect(page.locator('#za-resultaten')).toBeFocused()
  const eerste = page.locator('section[aria-labelledby="za-geindiceerd-titel"]')
  await expect(eerste.getByRole('heading', { level: 2 })).toContainText('met zorgprofiel VV-5')
  const gevonden = eerste.locator('.za-result')
  expect(await gevonden.count()).toBeGreaterThan(0)

  const tweede = page.locator('section[aria-labelledby="za-alternatief-titel"]')
  await expect(tweede.getByRole('heading', { level: 2 })).toContainText('Misschien ook mogelijk')
  const zinnen = tweede.locator('.za-result__toelichting')
  expect(await zinnen.count()).toBeGreaterThan(0)
  await expect(zinnen.first()).toContainText('U heeft een indicatie voor VV-5')
  // an alternative never offers the indicated profile itself
  const namenEerste = await gevonden.locator('h3').allTextContents()
  const namenTweede = await tweede.locator('.za-result h3').allTextContents()
  expect(namenTweede.filter((n) => namenEerste.includes(n))).toEqual([])

  const axe = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([])

  // Compare the nearest exact match with the first alternative, side by side.
  await gevonden
    .first()
    .getByRole('checkbox', { name: /^Vergelijk / })
    .check()
  await tweede
    .locator('.za-result')
    .first()
    .getByRole('checkbox', { name: /^Vergelijk / })
    .check()
  await page.getByRole('link', { name: 'Vergelijk (2)' }).click()
  await expect(page).toHaveURL(/\/vergelijk\?/)
  for (const naam of [namenEerste[0]!, namenTweede[0]!])
    await expect(page.locator('main')).toContainText(naam.trim())
  await page.goBack()

  // The first location of the first group lists VV-5 in its care offer.
  await gevonden.first().locator('h3 a').click()
  await expect(page.locator('main')).toContainText('VV-5')
})

test('a missing profile or a wrong value is a 400 with the form and a Dutch message', async ({
  page,
}) => {
  const antwoord = await page.goto('/indicatie?leveringsvorm=verblijf')
  expect(antwoord?.status()).toBe(400)
  await expect(page.getByRole('alert')).toHaveText('Kies het zorgprofiel uit uw indicatie.')
  await expect(page.getByLabel('Zorgprofiel uit uw indicatie')).toHaveAttribute(
    'aria-invalid',
    'true',
  )
  const onbekend = await page.goto(
    '/indicatie?zorgprofiel=VV-5&leveringsvorm=verblijf&woonplaats=Tilbrug',
  )
  expect(onbekend?.status()).toBe(400)
  await expect(page.getByRole('alert')).toContainText('Tilburg')
})
