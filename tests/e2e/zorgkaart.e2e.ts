/**
 * ZorgkaartNederland ratings (manual §3.2.8) on the whole system with the demo data: a family sees a location's
 * ZorgkaartNederland rating as a plain link; in the admin the location shows its automatic link,
 * and the register can be searched and a record linked ('Koppel') and unlinked ('Ontkoppel').
 */
import { expect, test } from '@playwright/test'
import { CMS_URL, SITE_URL } from '../../playwright.config'
import { login } from './helpers'

const WAARDERING = /^Waardering \d+,\d · [\d.]+ waarderingen? op ZorgkaartNederland$/

test('the rating is on results and the detail page; the admin links a record', async ({ page }) => {
  type Antwoord = { resultaten: { url: string; waardering?: { url: string } }[] }
  let metWaardering: Antwoord['resultaten'][number] | undefined
  await expect
    .poll(
      async () => {
        const res = await page.request.get(`${SITE_URL}/api/zoeken?perPagina=50`)
        if (res.status() !== 200) return false
        metWaardering = ((await res.json()) as Antwoord).resultaten.find((r) => r.waardering)
        return Boolean(metWaardering)
      },
      { timeout: 240_000, intervals: [2_000] },
    )
    .toBe(true)
  await page.goto(`${SITE_URL}${metWaardering!.url}`)
  const link = page.locator('.za-waardering a')
  await expect(link).toHaveText(WAARDERING)
  await expect(link).toHaveAttribute('href', /^https:\/\/www\.zorgkaartnederland\.nl\//)

  const locatieId = metWaardering!.url.split('/').filter(Boolean).at(-1)!.split('-')[0]
  await login(page, 'beheer@zorgatlas.test')
  // The panel asks the register itself (GET /api/zorgkaart?…): each step waits for that answer
  // before reading the panel, which can take long on a busy machine.
  const registerAntwoord = (filter: string) =>
    page.waitForResponse(
      (r) => r.url().includes('/api/zorgkaart?') && decodeURIComponent(r.url()).includes(filter),
      { timeout: 120_000 },
    )
  const opAdres = registerAntwoord('[adresSleutel]')
  await page.goto(`${CMS_URL}/admin/collections/locaties/${locatieId}`)
  // Payload renders fields when they scroll into view: the heading goes to the top, so the panel
  // below it is in view too (scrolled only "if needed", the panel could stay below the fold)
  await page
    .getByRole('heading', { name: 'ZorgkaartNederland (waarderingscijfer)' })
    .evaluate((el) => el.scrollIntoView({ block: 'start' }))
  expect((await opAdres).status()).toBe(200)
  await expect(page.getByText('Automatisch gekoppeld op het bezoekadres')).toBeVisible()
  const zoek = page.getByLabel('Zoek op naam of plaats')
  await zoek.fill('De')
  const gezocht = registerAntwoord('[naam][like]')
  await page.getByRole('button', { name: 'Zoek', exact: true }).click()
  expect((await gezocht).status()).toBe(200)
  const koppel = page.getByRole('button', { name: /^Koppel / }).first()
  await expect(koppel).toBeVisible()
  const opId = registerAntwoord('[zorgkaartId][equals]')
  await koppel.click()
  expect((await opId).status()).toBe(200)
  await expect(page.getByText('Gekoppeld met het ID dat u koos')).toBeVisible()
  await expect(page.locator('input[name="zorgkaartNederland.zorgkaartId"]')).not.toHaveValue('')
  const weerOpAdres = registerAntwoord('[adresSleutel]')
  await page.getByRole('button', { name: 'Ontkoppel' }).click()
  expect((await weerOpAdres).status()).toBe(200)
  await expect(page.locator('input[name="zorgkaartNederland.zorgkaartId"]')).toHaveValue('')
  await expect(page.getByText('Automatisch gekoppeld op het bezoekadres')).toBeVisible()
})
