/**
 * Requests to the zorgkantoor through the admin: a provider reports a problem from
 * the start screen, the CZ editor finds it in the queue and answers it, the provider reads the
 * answer; a login without organisations sees the no-access page and sends an access request.
 */
import { expect, test, type Page } from '@playwright/test'
import { CMS_URL } from '../../playwright.config'
import { login, logout } from './helpers'

const ONDERWERP = 'Foto van Het Baken verdwijnt'
const ANTWOORD = 'We hebben de foto hersteld. Ververs de pagina om hem te zien.'

/** A REST call with the browser's login cookie (Payload takes it only from its own origin). */
async function api<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => {
    const res = await fetch(url, { credentials: 'include' })
    if (!res.ok) throw new Error(`${url}: ${res.status}`)
    return res.json()
  }, path) as Promise<T>
}

test('a provider reports a problem, the editor answers, the provider reads the answer', async ({
  page,
}) => {
  await login(page, 'aanbieder@zorgatlas.test')
  await page.goto(`${CMS_URL}/admin`)
  await page.getByRole('link', { name: 'Meld een probleem' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Meld een probleem' })).toBeVisible()
  await page
    .getByLabel('Organisatie (niet verplicht)')
    .selectOption({ label: 'Stichting Ouderenzorg Het Baken' })
  await page.getByLabel('Onderwerp (niet verplicht)').fill(ONDERWERP)
  // sending without a description is refused in the form
  await page.getByRole('button', { name: 'Verstuur' }).click()
  await expect(page.locator('#za-verzoek-fout')).toHaveText('Beschrijf uw vraag of probleem.')
  await page
    .getByLabel('Toelichting')
    .fill('Na het opslaan van de locatie is de foto van de tuin weg.')
  await page.getByRole('button', { name: 'Verstuur' }).click()
  await page.waitForURL(/\/admin\/collections\/verzoeken\/\d+/)
  const id = new URL(page.url()).pathname.split('/').pop()!
  await expect(page.locator('#field-onderwerp')).toHaveValue(ONDERWERP)
  await logout(page)

  await login(page, 'redacteur.cz@zorgatlas.test')
  await page.goto(`${CMS_URL}/admin`)
  // the navigation shows how many requests wait, and leads to the queue
  const link = page.getByRole('link', { name: /^Verzoeken \(\d+\)$/ })
  await expect(link).toHaveAttribute('href', '/admin/beoordelen#verzoeken')
  // the start screen says so too
  await expect(page.getByRole('link', { name: 'Naar de verzoeken' })).toBeVisible()
  await page.goto(`${CMS_URL}/admin/beoordelen#verzoeken`)
  await expect(
    page.getByRole('heading', { level: 2, name: /^Verzoeken van zorgaanbieders/ }),
  ).toBeVisible()
  const rij = page.getByRole('row', { name: new RegExp(ONDERWERP) })
  await expect(rij).toContainText('Peter Jansen')
  await expect(rij).toContainText('Stichting Ouderenzorg Het Baken')
  await rij.getByRole('link', { name: ONDERWERP }).click()
  await page.waitForURL(new RegExp(`/admin/collections/verzoeken/${id}`))
  // the sender's text is read-only for the editor
  await expect(page.locator('#field-toelichting')).toBeDisabled()
  await page.locator('#field-antwoord').fill(ANTWOORD)
  await page.getByRole('button', { name: 'Bewaar' }).click()
  await expect(page.locator('.payload-toast-container')).toContainText(/opgeslagen|bewaard|succes/i)
  await logout(page)

  await login(page, 'aanbieder@zorgatlas.test')
  await page.goto(`${CMS_URL}/admin/collections/verzoeken/${id}`)
  await expect(page.locator('#field-antwoord')).toHaveValue(ANTWOORD)
  await expect(page.locator('#field-antwoord')).toBeDisabled()
  const verzoek = await api<{ status: string; beantwoordNamens: string }>(
    page,
    `/api/verzoeken/${id}?depth=0`,
  )
  expect(verzoek).toMatchObject({ status: 'in-behandeling', beantwoordNamens: 'CZ zorgkantoor' })
})

test('a login without organisations sees why and asks for access', async ({ page }) => {
  await login(page, 'nieuw@zorgatlas.test')
  await page.goto(`${CMS_URL}/admin`)
  await expect(
    page.getByRole('heading', { level: 1, name: 'U heeft nog geen toegang' }),
  ).toBeVisible()
  // the zorgkantoren's contact details
  await expect(page.getByRole('link', { name: /@/ }).first()).toBeVisible()
  const formulier = page.getByRole('region', { name: 'Toegang aanvragen' })
  await formulier.getByLabel('Naam van uw organisatie').fill('Stichting Ouderenzorg Het Baken')
  await formulier.getByLabel('NZa-code of AGB-code').fill('abc!')
  // seed 002: the employee's function, for the reviewer
  await formulier.getByLabel('Uw functie').fill('Kwaliteitsmedewerker')
  await formulier.getByLabel('Waarom heeft u toegang nodig?').fill('Ik ben de nieuwe beheerder.')
  await formulier.getByRole('button', { name: 'Verstuur aanvraag' }).click()
  await expect(formulier.getByText(/Vul een geldige NZa-code of AGB-code in/)).toBeVisible()
  await expect(formulier.getByLabel('NZa-code of AGB-code')).toHaveAttribute('aria-invalid', 'true')
  await formulier.getByLabel('NZa-code of AGB-code').fill('999999')
  await formulier.getByRole('button', { name: 'Verstuur aanvraag' }).click()
  const status = formulier.getByRole('status')
  await expect(status).toContainText('Uw aanvraag is verstuurd')
  // its status and the answer promised within five working days (seed 001)
  await expect(status).toContainText('Status: Open.')
  await expect(status).toContainText(
    /uiterlijk op (maandag|dinsdag|woensdag|donderdag|vrijdag) \d+ \w+ \d{4}/,
  )
  await page.screenshot({ path: test.info().outputPath('geen-toegang.png'), fullPage: true })
  const lijst = await api<{
    docs: {
      id: number
      soort: string
      code: string
      functie: string
      antwoordUiterlijk: string
      zorgkantoren: unknown[]
    }[]
  }>(page, '/api/verzoeken?depth=0')
  expect(lijst.docs).toHaveLength(1)
  expect(lijst.docs[0]).toMatchObject({
    soort: 'toegang',
    code: '999999',
    functie: 'Kwaliteitsmedewerker',
  })
  expect(lijst.docs[0]!.antwoordUiterlijk).toMatch(/^\d{4}-\d{2}-\d{2}T12:00:00/)
  // an unknown code: every zorgkantoor's queue (the demo has 4)
  expect(lijst.docs[0]!.zorgkantoren).toHaveLength(4)
  // the list of the sender's requests shows the status and the date
  await page.goto(`${CMS_URL}/admin/collections/verzoeken`)
  await expect(page.locator('.cell-status').first()).toHaveText('Open')
  await expect(page.locator('.cell-antwoordUiterlijk').first()).toHaveText(/\d{2}-\d{2}-\d{4}/)
  await logout(page)

  // the reviewer sees the function
  await login(page, 'redacteur.cz@zorgatlas.test')
  await page.goto(`${CMS_URL}/admin/collections/verzoeken/${lijst.docs[0]!.id}`)
  await expect(page.locator('#field-functie')).toHaveValue('Kwaliteitsmedewerker')
})
