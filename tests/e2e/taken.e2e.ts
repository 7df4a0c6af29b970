/**
 * Failed jobs in the admin: while the mail outbox cannot be written (DATA_DIR/outbox is a file, not
 * a folder), the worker's mail jobs fail honestly, are retried with backoff (JOB_RETRY_DELAY_MS in
 * playwright.config.ts keeps the pauses short) and then fail for good. Health says degraded. The
 * beheerder sees them under Mislukte taken (subject, never the address), removes one after a
 * confirmation and retries the other once the outbox works again; the worker then sends it.
 */
import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { CMS_URL, E2E } from '../../playwright.config'
import { login } from './helpers'

const ORGANISATIE = 'Stichting Zorggroep De Linde'
const OPNIEUW = 'opnieuw.proberen@zorgatlas.test'
const WEG = 'nooit.bezorgd@zorgatlas.test'
const ONDERWERP = 'Uw login voor de beheeromgeving van de Zorgatlas'

const outbox = path.join(E2E.dataDir, 'outbox')
const bewaard = path.join(E2E.dataDir, `outbox-bewaard-${process.pid}`)

/** The outbox cannot be written: a file stands where its folder should be. */
function breekOutbox() {
  if (fs.existsSync(outbox)) fs.renameSync(outbox, bewaard)
  fs.writeFileSync(outbox, 'geen map')
}

function herstelOutbox() {
  if (fs.existsSync(outbox) && fs.statSync(outbox).isFile()) fs.rmSync(outbox)
  if (fs.existsSync(bewaard)) fs.renameSync(bewaard, outbox)
}

const mailIsBezorgd = (adres: string) =>
  fs.existsSync(outbox) &&
  fs.statSync(outbox).isDirectory() &&
  fs
    .readdirSync(outbox)
    .some((naam) =>
      new RegExp(`^To: ${adres.replace(/\./g, '\\.')}`, 'm').test(
        fs.readFileSync(path.join(outbox, naam), 'utf8'),
      ),
    )

/** A CMS API answer as the logged-in page (the login cookie counts with our own Origin only). */
async function cmsJson<T>(page: Page, pad: string): Promise<T> {
  const res = await page.request.get(`${CMS_URL}${pad}`, { headers: { Origin: CMS_URL } })
  expect(res.ok(), `${pad}: ${res.status()}`).toBe(true)
  return (await res.json()) as T
}

type Lijst = { taken: { onderwerp?: string }[] }
const mislukteUitnodigingen = async (page: Page) =>
  (await cmsJson<Lijst>(page, '/api/taken/mislukt')).taken.filter((t) => t.onderwerp === ONDERWERP)
    .length

async function nodigUit(page: Page, email: string) {
  await page.goto(`${CMS_URL}/admin/uitnodigen`)
  await page.getByLabel('E-mailadres').fill(email)
  await page.getByLabel('Naam').fill('Iemand Nieuw')
  await page.getByLabel(ORGANISATIE).check()
  const antwoord = page.waitForResponse((r) => r.url().endsWith('/api/users/uitnodigen'))
  await page.getByRole('button', { name: 'Uitnodiging versturen' }).click()
  expect((await antwoord).status()).toBe(202)
}

test.afterEach(() => herstelOutbox())

test('a beheerder sees failed mail jobs, removes one and retries the other, which the worker then sends', async ({
  page,
}) => {
  await login(page, 'beheer@zorgatlas.test')
  breekOutbox()
  await nodigUit(page, OPNIEUW)
  await nodigUit(page, WEG)

  // Tried, retried with growing pauses, then failed for good: seen by the beheerder's API.
  await expect
    .poll(() => mislukteUitnodigingen(page), {
      timeout: 120_000,
      intervals: [1000],
      message: 'both invitations failed for good',
    })
    .toBe(2)
  const health = await cmsJson<{ status: string; wachtrij: { mislukt: number } }>(
    page,
    '/api/health',
  )
  expect(health.status).toBe('degraded')
  expect(health.wachtrij.mislukt).toBeGreaterThanOrEqual(2)
  herstelOutbox()

  const lijst = page.waitForResponse((r) => r.url().endsWith('/api/taken/mislukt'))
  await page.goto(`${CMS_URL}/admin/mislukte-taken`)
  await lijst
  await expect(page.getByRole('heading', { level: 1, name: 'Mislukte taken' })).toBeVisible()
  await expect(page.getByRole('link', { name: /^Mislukte taken \(\d+\)$/ })).toBeVisible()
  const rijen = page.locator('tbody tr', { hasText: ONDERWERP })
  await expect(rijen).toHaveCount(2)
  await expect(rijen.first()).toContainText('E-mail versturen')
  // the subject, never the address
  await expect(page.locator('.za-taken')).not.toContainText(OPNIEUW)
  await expect(page.locator('.za-taken')).not.toContainText(WEG)

  // Remove the second (it can never succeed), after confirming.
  await rijen.nth(1).getByRole('button', { name: 'Verwijderen' }).click()
  const dialoog = page.getByRole('dialog')
  await expect(dialoog).toContainText('Weet u zeker dat u deze taak wilt verwijderen?')
  const verwijderd = page.waitForResponse(
    (r) => r.request().method() === 'DELETE' && /\/api\/taken\/[^/]+$/.test(r.url()),
  )
  await dialoog.getByRole('button', { name: 'Verwijderen' }).click()
  expect((await verwijderd).status()).toBe(200)
  await expect(page.getByRole('status').filter({ hasText: 'De taak is verwijderd' })).toBeVisible()
  await expect(rijen).toHaveCount(1)

  // Retry the first: back to the worker, which now sends it.
  const opnieuw = page.waitForResponse(
    (r) => r.request().method() === 'POST' && r.url().endsWith('/opnieuw'),
  )
  await rijen.first().getByRole('button', { name: 'Opnieuw proberen' }).click()
  expect((await opnieuw).status()).toBe(200)
  await expect(
    page.getByRole('status').filter({ hasText: 'De taak staat weer in de wachtrij' }),
  ).toBeVisible()
  await expect(rijen).toHaveCount(0)

  await expect
    .poll(() => mailIsBezorgd(OPNIEUW), { timeout: 60_000, message: `the e-mail to ${OPNIEUW}` })
    .toBe(true)
  expect(mailIsBezorgd(WEG)).toBe(false)
  expect(await mislukteUitnodigingen(page)).toBe(0)
})
