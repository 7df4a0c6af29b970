/**
 * Changing one's own password on the account page: the same rule as every other path, in Dutch,
 * and the current password is asked again.
 *
 * After every change the admin asks the server for its form state (a server action, POST to the
 * page, a quarter of a second later); the answer also marks fields valid again. Here every such
 * answer is held back until the new password is saved, as a busy server answers them late: each
 * save must stand on what the user typed, not on an earlier answer. Without that, "Bewaar" sent
 * nothing when a filled field still carried an old verdict ("Dit veld is verplicht" on a filled
 * new password, the server's "Vul uw huidige wachtwoord in" on a filled current password): the
 * fix is in cms/components/HuidigWachtwoord.tsx.
 */
import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Page, type Route } from '@playwright/test'
import { CMS_URL, E2E } from '../../playwright.config'
import { DEMO_PASSWORD, login, logout } from './helpers'

// a demo login with two-step login that no other end-to-end test uses
const EMAIL = 'oco@zorgatlas.test'

/**
 * The password this run's database has for EMAIL: the demo password until this test changed it.
 * Kept in the run's data dir (fresh for every run), so a repeated or retried test logs in with it.
 */
const wachtwoordBestand = () => path.join(E2E.dataDir, 'e2e-wachtwoord-oco.txt')
function huidigWachtwoord(): string {
  try {
    return fs.readFileSync(wachtwoordBestand(), 'utf8')
  } catch {
    return DEMO_PASSWORD
  }
}

/**
 * Holds back the admin's form-state requests on the account page; the returned call lets the held
 * ones through and stops holding.
 */
async function houdFormulierstatusVast(page: Page) {
  let vasthouden = true
  const vast: Route[] = []
  await page.route(`${CMS_URL}/admin/account`, async (route) => {
    const verzoek = route.request()
    if (vasthouden && verzoek.method() === 'POST' && verzoek.headers()['next-action'])
      vast.push(route)
    else await route.fallback()
  })
  return async function laatGaan() {
    vasthouden = false
    await Promise.all(vast.splice(0).map((route) => route.continue()))
  }
}

/** Clicks "Bewaar" and returns the answer to the save it sends (PATCH of the login). */
async function bewaar(page: Page) {
  const verzoek = page.waitForRequest(
    (r) => r.method() === 'PATCH' && new URL(r.url()).pathname.startsWith('/api/users/'),
    { timeout: 60_000 },
  )
  await page.getByRole('button', { name: 'Bewaar', exact: true }).click()
  const antwoord = await (await verzoek).response()
  expect(antwoord, 'the save has an answer').not.toBeNull()
  return antwoord!
}

/** Opens Payload's password fields (folded away after every save) and fills all three. */
async function vulIn(page: Page, nieuw: string, huidig: string) {
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click()
  await page.locator('input[name="password"]').fill(nieuw)
  await page.locator('input[name="confirm-password"]').fill(nieuw)
  await page.locator('input[name="huidigWachtwoord"]').fill(huidig)
}

test('the account page: Dutch password rule and the current password', async ({ page }) => {
  const huidig = huidigWachtwoord()
  const nieuw = `Lange-lente-avond-${Date.now() % 1_000_000}`
  await login(page, EMAIL, undefined, undefined, huidig)
  const laatFormulierstatusGaan = await houdFormulierstatusVast(page)
  await page.goto(`${CMS_URL}/admin/account`)
  const toast = page.locator('.payload-toast-container')
  const foutBijHuidig = page
    .locator('.field-type', { has: page.locator('#field-huidigWachtwoord') })
    .locator('.field-error')

  // two different passwords: refused in the browser, the reason next to the field, nothing sent
  const opgeslagen: string[] = []
  page.on('request', (r) => {
    if (r.method() === 'PATCH') opgeslagen.push(r.url())
  })
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click()
  await page.locator('input[name="password"]').fill('qwerty123456')
  await page.locator('input[name="confirm-password"]').fill('qwerty1234567')
  await page.locator('input[name="huidigWachtwoord"]').fill(huidig)
  await page.getByRole('button', { name: 'Bewaar', exact: true }).click()
  await expect(page.locator('.field-type.confirm-password .field-error')).toContainText(
    'Wachtwoorden komen niet overeen',
  )
  expect(opgeslagen).toEqual([])

  // a common password: refused by the server, its Dutch reason in the toast (Payload folds the
  // password fields away after a save, so a message next to them would not be seen)
  await page.locator('input[name="confirm-password"]').fill('qwerty123456')
  expect((await bewaar(page)).status()).toBe(400)
  await expect(toast).toContainText('Dit wachtwoord wordt veel gebruikt')

  // no current password: refused, the reason next to that field (which stays) and in the toast
  await vulIn(page, nieuw, '')
  expect((await bewaar(page)).status()).toBe(400)
  await expect(foutBijHuidig).toContainText('Vul uw huidige wachtwoord in')
  await expect(toast).toContainText('Vul uw huidige wachtwoord in')

  // a good new password with the current one: saved
  await vulIn(page, nieuw, huidig)
  const antwoord = await bewaar(page)
  expect(antwoord.status(), await antwoord.text()).toBe(200)
  fs.writeFileSync(wachtwoordBestand(), nieuw)
  await laatFormulierstatusGaan()

  // then saving one's name saves it: nothing of the password change goes along unseen
  await page.locator('input[name="naam"]').fill(`Ricardo Martina ${nieuw.slice(-6)}`)
  const naam = await bewaar(page)
  expect(naam.status(), await naam.text()).toBe(200)

  // the new password logs in (with the code of two-step login)
  await logout(page)
  await login(page, EMAIL, undefined, undefined, nieuw)
  // the admin's own navigation (the first); a provider's screen has a second one, the request links
  await expect(page.getByRole('navigation').first()).toBeVisible()
})
