/**
 * Two-step login in the admin: a login without it sets it up (QR code and key, a code from the
 * app, the recovery codes once), then logs in again with the password and a code. The code is
 * computed here from the key the page shows, as an authenticator app would.
 */
import { expect, test } from '@playwright/test'
import { CMS_URL } from '../../playwright.config'
import { DEMO_PASSWORD, geefCode, login, logout, volgendeCode } from './helpers'

// a demo login without two-step login that no other end-to-end test uses
const EMAIL = 'pgb@zorgatlas.test'

test('a login without two-step login sets it up, then logs in with a code', async ({ page }) => {
  await login(page, EMAIL)
  // the link below the menu (the menu is folded away at this width)
  await expect(page.locator('a.za-tweestaps-link')).toHaveAttribute('href', '/admin/tweestaps')
  await page.goto(`${CMS_URL}/admin/tweestaps`)
  await expect(
    page.getByRole('heading', { name: 'Inloggen in twee stappen instellen' }),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Instellen' }).click()
  await expect(page.getByRole('img', { name: 'QR-code voor uw app' })).toBeVisible()
  const geheim = (await page.locator('.za-tweestaps__geheim').textContent())?.trim() ?? ''
  expect(geheim).toMatch(/^[A-Z2-7]{32}$/)

  await page.getByLabel('Vul de code in die de app nu toont').fill('000000')
  await page.getByRole('button', { name: 'Bevestigen' }).click()
  await expect(page.locator('#za-tweestaps-fout')).toContainText('Deze code klopt niet')

  await page
    .getByLabel('Vul de code in die de app nu toont')
    .fill(await volgendeCode(geheim, EMAIL))
  await page.getByRole('button', { name: 'Bevestigen' }).click()
  await expect(
    page.getByRole('heading', { name: 'Inloggen in twee stappen staat aan' }),
  ).toBeVisible()
  await expect(page.locator('.za-tweestaps__codes li')).toHaveCount(10)
  await page.getByRole('link', { name: 'Ik heb de codes bewaard' }).click()
  await page.waitForURL(`${CMS_URL}/admin`)

  await logout(page)
  await page.locator('input[name="email"]').fill(EMAIL)
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Inloggen' }).click()
  // step 2: the password form is gone, the code is asked; nothing else is reachable meanwhile
  await expect(page.getByRole('heading', { name: 'Stap 2: de code uit uw app' })).toBeVisible()
  await expect(page.locator('input[name="password"]')).toBeHidden()
  const me = await page.evaluate(async () => (await fetch('/api/users/me')).json())
  expect(me.user).toBeNull()
  await geefCode(page, EMAIL, geheim)
  // the admin's own navigation (the first); a provider's screen has a second one, the request links
  await expect(page.getByRole('navigation').first()).toBeVisible()
})
