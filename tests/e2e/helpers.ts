import { expect, type Page } from '@playwright/test'
import { CMS_URL } from '../../playwright.config'
import { DEMO_TWEESTAPS_GEHEIM } from '../../cms/domain/tweestaps'
import { volgendeCode } from '../int/helpers/tweestaps'

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'Zorgatlas-demo-2026'

const inBeheer = (url: URL) => url.pathname.startsWith('/admin') && !url.pathname.includes('login')

/**
 * The second step of two-step login, when the login page asks for it: the next unused code of
 * this secret (the demo secret of the demo logins).
 */
export async function geefCode(page: Page, email: string, geheim = DEMO_TWEESTAPS_GEHEIM) {
  const veld = page.locator('#za-tweede-stap-code')
  await veld.fill(await volgendeCode(geheim, email))
  await page
    .locator('.za-tweede-stap')
    .getByRole('button', { name: 'Inloggen', exact: true })
    .click()
  await page.waitForURL(inBeheer)
}

/**
 * Logs in with the password, and with the code when the login uses two-step login: the answer of
 * the login request says so (`tweedeStap`); the admin then shows the code step on the login page.
 */
export async function login(page: Page, email: string, geheim = DEMO_TWEESTAPS_GEHEIM) {
  await page.goto(`${CMS_URL}/admin/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
  const antwoord = page.waitForResponse(
    (r) => r.request().method() === 'POST' && /\/api\/users\/login\b/.test(r.url()),
  )
  await page.getByRole('button', { name: 'Inloggen' }).click()
  const body = (await (await antwoord).json()) as { tweedeStap?: string }
  if (body.tweedeStap === 'code') {
    await page.locator('#za-tweede-stap-code').waitFor({ state: 'visible' })
    await geefCode(page, email, geheim)
  } else await page.waitForURL(inBeheer)
}

export async function logout(page: Page) {
  await page.goto(`${CMS_URL}/admin/logout`)
  await page.waitForURL(/login/)
}

/** Picks an option in a Payload relationship field (react-select). */
export async function pickRelation(page: Page, field: string, search: string, option = search) {
  const control = page.locator(`#field-${field} .rs__control`)
  await control.click()
  await page.keyboard.type(search)
  const choice = page.locator('.rs__option', { hasText: option }).first()
  await expect(choice).toBeVisible()
  await choice.click()
  await page.keyboard.press('Escape')
}

export async function saveDraft(page: Page) {
  await page.getByRole('button', { name: 'Bewaar concept' }).click()
  await expect(page.locator('.payload-toast-container')).toContainText(/opgeslagen|bewaard|succes/i)
}
