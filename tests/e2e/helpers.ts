import { expect, type Page } from '@playwright/test'
import { CMS_URL } from '../../playwright.config'

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'Zorgatlas-demo-2026'

export async function login(page: Page, email: string) {
  await page.goto(`${CMS_URL}/admin/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Inloggen' }).click()
  await page.waitForURL(
    (url) => url.pathname.startsWith('/admin') && !url.pathname.includes('login'),
  )
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
