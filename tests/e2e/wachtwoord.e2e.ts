/**
 * Changing one's own password on the account page: the same rule as every other path, in Dutch,
 * and the current password is asked again.
 */
import { expect, test } from '@playwright/test'
import { CMS_URL } from '../../playwright.config'
import { DEMO_PASSWORD, geefCode, login, logout } from './helpers'

// a demo login with two-step login that no other end-to-end test uses
const EMAIL = 'oco@zorgatlas.test'
const NIEUW = 'Lange-lente-avond-2027'

// FIXME: in 3 of 4 runs the first "Bewaar" sent no PATCH (no field error, no toast); in the one run
// where it did, the toast showed Payload's summary, now replaced by our Dutch text (not yet seen in
// a passing run). The server side is covered by tests/int/inloggen.suite.ts.
test.fixme('the account page: Dutch password rule and the current password', async ({ page }) => {
  await login(page, EMAIL)
  await page.goto(`${CMS_URL}/admin/account`)
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click()
  const opslaan = async () => {
    const antwoord = page.waitForResponse(
      (r) => r.request().method() === 'PATCH' && r.url().includes('/api/users/'),
    )
    await page.getByRole('button', { name: 'Bewaar', exact: true }).click()
    return antwoord
  }

  await page.locator('input[name="password"]').fill('qwerty123456')
  await page.locator('input[name="confirm-password"]').fill('qwerty123456')
  await page.locator('input[name="huidigWachtwoord"]').fill(DEMO_PASSWORD)
  expect((await opslaan()).status()).toBe(400)
  await expect(page.locator('.payload-toast-container')).toContainText(
    'Dit wachtwoord wordt veel gebruikt',
  )

  // Payload folds its password fields away after a failed save
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click()
  await page.locator('input[name="password"]').fill(NIEUW)
  await page.locator('input[name="confirm-password"]').fill(NIEUW)
  await page.locator('input[name="huidigWachtwoord"]').fill('')
  expect((await opslaan()).status()).toBe(400)
  await expect(page.locator('.payload-toast-container')).toContainText(
    'Vul uw huidige wachtwoord in',
  )

  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click()
  await page.locator('input[name="password"]').fill(NIEUW)
  await page.locator('input[name="confirm-password"]').fill(NIEUW)
  await page.locator('input[name="huidigWachtwoord"]').fill(DEMO_PASSWORD)
  expect((await opslaan()).status()).toBe(200)

  await logout(page)
  await page.locator('input[name="email"]').fill(EMAIL)
  await page.locator('input[name="password"]').fill(NIEUW)
  await page.getByRole('button', { name: 'Inloggen' }).click()
  await page.locator('#za-tweede-stap-code').waitFor({ state: 'visible' })
  await geefCode(page, EMAIL)
})
