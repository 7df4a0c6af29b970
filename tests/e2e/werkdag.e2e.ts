/**
 * A day in the admin, as each role works: a provider changes a location, sees everything that
 * will go to the zorgkantoor and sends it from the location itself; the records then read "In
 * behandeling"; a photo uploaded from a location belongs to its organisation; the editor reviews
 * on a laptop screen (names, readable empty values, a decision panel that does not cover the
 * differences); the contracts screen keeps the filtered list when an older answer arrives late,
 * and never makes removing the zorgkantoor the default. Screenshots of the send overview, the
 * review screen and the contracts screen are kept with the test results.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import sharp from 'sharp'
import { CMS_URL } from '../../playwright.config'
import { login, logout } from './helpers'

const ORGANISATIE = 'Stichting Ouderenzorg Het Baken' // aanbieder@ (4 organisations), no open request
const SUFFIX = '– Zorgatlas beheer'
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

test.describe.configure({ mode: 'serial' })

/** A REST read with the browser's login cookie. */
async function api<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => {
    const res = await fetch(url, { credentials: 'include' })
    if (!res.ok) throw new Error(`${url}: ${res.status}`)
    return res.json()
  }, path) as Promise<T>
}

let verzoekId = ''
let locatieId = ''
let locatieNaam = ''

test('a provider sees what goes before sending, from the location, and then "In behandeling"', async ({
  page,
}) => {
  await login(page, 'aanbieder@zorgatlas.test')
  await page.goto(`${CMS_URL}/admin`)
  const orgs = await api<{ docs: { id: number }[] }>(
    page,
    `/api/organisaties?where[naam][equals]=${encodeURIComponent(ORGANISATIE)}&depth=0&draft=true`,
  )
  const orgId = orgs.docs[0]!.id
  const locaties = await api<{ docs: { id: number; volledigeNaam: string; status: string }[] }>(
    page,
    `/api/locaties?where[organisatie][equals]=${orgId}&where[status][equals]=definitief&depth=0&draft=true&limit=1`,
  )
  const locatie = locaties.docs[0]!
  locatieId = String(locatie.id)
  locatieNaam = locatie.volledigeNaam

  await page.goto(`${CMS_URL}/admin/collections/locaties/${locatieId}`)
  // The browser tab names the location, not "Payload" or "Bewerken - Locatie".
  await expect(page).toHaveTitle(`${locatieNaam} ${SUFFIX}`)
  await expect(page.locator('.za-documentstatus')).toHaveText(/Definitief/)
  await page.locator('#field-telefoon').fill('013 765 43 21')
  // an emptied field, so the review shows "(leeg)" (its contrast is checked there)
  await expect(page.locator('#field-website')).not.toHaveValue('')
  await page.locator('#field-website').fill('')
  await page.getByRole('button', { name: 'Bewaar concept' }).click()
  await expect(page.locator('.za-documentstatus')).toHaveText(/Voorgestelde wijziging/)

  // §4.2: the send button is on the location too, with the overview of everything that goes.
  const overzichtAntwoord = page.waitForResponse((r) =>
    r.url().includes(`/api/organisaties/${orgId}/te-versturen`),
  )
  await page.locator('.za-paneel').getByRole('button', { name: 'Wijziging versturen' }).click()
  expect((await overzichtAntwoord).status()).toBe(200)
  const overzicht = page.getByRole('region', { name: 'Dit gaat naar het zorgkantoor' })
  await expect(overzicht).toBeVisible()
  await expect(overzicht.getByRole('heading', { name: `Locatie ${locatieNaam}` })).toBeVisible()
  // the organisation's other locations may have unsent changes too: this location's card
  const kaart = overzicht.getByRole('region', { name: `Gewijzigd Locatie: ${locatieNaam}` })
  const telefoon = kaart.getByRole('row', { name: /Telefoon/ })
  await expect(telefoon).toContainText('013 765 43 21')
  await expect(kaart.getByRole('row', { name: /Website/ })).toContainText('(leeg)')
  await overzicht.screenshot({ path: test.info().outputPath('verzendoverzicht.png') })
  // the open overview, axe over the panel it is in
  const axeOverzicht = await new AxeBuilder({ page }).withTags(TAGS).include('.za-paneel').analyze()
  expect(
    axeOverzicht.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' '))}`),
  ).toEqual([])

  const verstuurd = page.waitForResponse((r) =>
    r.url().endsWith(`/api/organisaties/${orgId}/versturen`),
  )
  await overzicht.getByRole('button', { name: 'Ja, verstuur naar het zorgkantoor' }).click()
  const antwoord = await verstuurd
  expect(antwoord.status()).toBe(200)
  verzoekId = String(((await antwoord.json()) as { wijzigingsverzoek: number }).wijzigingsverzoek)
  // The header of this very screen follows at once, and so does the list.
  await expect(page.locator('.za-documentstatus')).toHaveText(/In behandeling/)
  // the overview has read the new state (the lock note), and the confirmation is still there
  await expect(page.locator('.za-paneel').getByRole('note')).toContainText(
    'Wijziging in behandeling',
  )
  await expect(page.locator('.za-paneel [role=status]')).toContainText(
    'verstuurd naar het zorgkantoor',
  )
  await page.reload()
  await expect(page.locator('.za-documentstatus')).toHaveText(/In behandeling/)
  await page.goto(
    `${CMS_URL}/admin/collections/locaties?where[id][equals]=${locatieId}&columns=["volledigeNaam","status"]`,
  )
  await expect(page.locator('.table tbody tr').first()).toContainText('In behandeling')
})

test('a photo uploaded from a location belongs to its organisation, in Dutch throughout', async ({
  page,
}) => {
  await login(page, 'aanbieder@zorgatlas.test')
  const orgs = await api<{ docs: { id: number }[] }>(
    page,
    `/api/organisaties?where[naam][equals]=${encodeURIComponent('Stichting De Regenboog Groep')}&depth=0&draft=true`,
  )
  const locaties = await api<{ docs: { id: number }[] }>(
    page,
    `/api/locaties?where[organisatie][equals]=${orgs.docs[0]!.id}&where[status][equals]=definitief&depth=0&draft=true&limit=1`,
  )
  await page.goto(`${CMS_URL}/admin/collections/locaties/${locaties.docs[0]!.id}`)
  const veld = page.locator('.field-type.upload').filter({ hasText: 'Foto’s' })
  await expect(veld).toBeVisible()
  await expect(page.getByText('Bulk Upload')).toHaveCount(0)
  const foto = await sharp({
    create: { width: 1200, height: 800, channels: 3, background: '#6a8caf' },
  })
    .jpeg()
    .toBuffer()
  // "Nieuw aanmaken" opens the drawer for new photos, whose file input takes the file.
  await veld.getByRole('button', { name: 'Nieuw aanmaken' }).click()
  const toevoegen = page.locator('.bulk-upload--add-files')
  await expect(toevoegen).toBeVisible()
  await expect(page.getByText('Bulk Upload')).toHaveCount(0)
  await toevoegen.locator('input[type=file]').setInputFiles({
    name: 'tuin.jpg',
    mimeType: 'image/jpeg',
    buffer: foto,
  })
  const lade = page.locator('.drawer__content, [role=dialog]').last()
  await expect(lade).toBeVisible()
  // The organisation is the location's, chosen by itself.
  await expect(lade.locator('#field-organisatie')).toContainText('Stichting De Regenboog Groep')
  await lade.locator('#field-alt').fill('De tuin achter het huis')
  const opgeslagen = page.waitForResponse(
    (r) => r.url().includes('/api/media') && r.request().method() === 'POST',
  )
  await lade
    .getByRole('button', { name: /Opslaan|Bewaar/ })
    .first()
    .click()
  expect((await opgeslagen).status()).toBeLessThan(300)
  const toasts = page.locator('.payload-toast-container')
  await expect(toasts).not.toContainText(/Failed|Successfully|files/)
})

test('the editor reviews on a laptop: a sender, readable values, the panel does not cover the differences', async ({
  browser,
}) => {
  test.skip(!verzoekId, 'needs the request sent above')
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } })
  const page = await context.newPage()
  await login(page, 'redacteur.cz@zorgatlas.test')
  await page.goto(`${CMS_URL}/admin/beoordelen/${verzoekId}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Wijziging van ${ORGANISATIE}`)
  await expect(page).toHaveTitle(`Wijziging van ${ORGANISATIE} ${SUFFIX}`)
  await expect(page.locator('.za-beoordelen__kop')).toContainText('Peter Jansen')
  await expect(page.locator('.za-item').first()).not.toContainText('Geen gegevens gewijzigd')
  await page.screenshot({ path: test.info().outputPath('beoordelen.png') })
  // At the top of the page the decision panel takes no part of the screen over the differences.
  const paneel = page.locator('.za-beslissing')
  await expect(paneel).toBeAttached()
  const bedekt = await paneel.evaluate((el) => {
    const r = el.getBoundingClientRect()
    const zichtbaar = Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0))
    return zichtbaar / innerHeight
  })
  const items = await page.locator('.za-item').count()
  if (items > 1) expect(bedekt).toBeLessThan(0.15)
  expect(await paneel.evaluate((el) => getComputedStyle(el).position)).not.toBe('sticky')
  // Contrast of everything on this screen of ours, "(leeg)" included (the emptied website).
  await expect(page.locator('.za-beoordelen .za-leeg').first()).toBeVisible()
  const axe = await new AxeBuilder({ page })
    .include('.za-beoordelen')
    .withRules(['color-contrast'])
    .analyze()
  expect(axe.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([])
  await context.close()
})

test('contracts: a late unfiltered answer does not replace the filtered list; removal is never the default', async ({
  page,
}) => {
  await login(page, 'redacteur.cz@zorgatlas.test')
  // The first (unfiltered) answer is held back until the filtered one has been shown.
  let losLaten: () => void = () => undefined
  const vastgehouden = new Promise<void>((resolve) => (losLaten = resolve))
  const isOverzicht = (url: URL) => url.pathname === '/api/contracten/overzicht'
  const ongefilterd = (url: string) => {
    const u = new URL(url)
    return isOverzicht(u) && !u.searchParams.has('type')
  }
  let eerste = true
  await page.route(isOverzicht, async (route) => {
    if (eerste && ongefilterd(route.request().url())) {
      eerste = false
      const antwoord = await route.fetch()
      await vastgehouden
      // The screen may have given up on it (aborted): then there is nothing to deliver.
      await route.fulfill({ response: antwoord }).catch(() => undefined)
      return
    }
    await route.continue()
  })
  // The late answer either arrives (and must be ignored) or was aborted by the screen.
  const laat = Promise.race([
    page.waitForEvent('requestfinished', (r) => ongefilterd(r.url())),
    page.waitForEvent('requestfailed', (r) => ongefilterd(r.url())),
  ])
  await page.goto(`${CMS_URL}/admin/contracten-beheren`)
  const filter = page.getByRole('form', { name: 'Filter' })
  await filter.getByLabel('Soort organisatie').selectOption('oco')
  const gefilterd = page.waitForResponse((r) => new URL(r.url()).searchParams.get('type') === 'oco')
  await filter.getByRole('button', { name: 'Zoeken' }).click()
  const { organisaties } = (await (await gefilterd).json()) as { organisaties: unknown[] }
  const aantal = organisaties.length
  const gevonden = page.getByRole('status').first()
  await expect(gevonden).toContainText(`${aantal} organisatie(s) gevonden`)
  // Now the old, unfiltered answer is let go; once it is in (or gone), React has its turn.
  losLaten()
  await laat
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))))
  await expect(gevonden).toContainText(`${aantal} organisatie(s) gevonden`)
  await expect(page.locator('.za-tabel tbody tr')).toHaveCount(aantal)
  await expect(
    page.getByRole('button', { name: `Toepassen op alle gevonden (${aantal})` }),
  ).toBeVisible()

  // "Niet gecontracteerd" this year asks about removing the zorgkantoor: the safe answer leads.
  const huidig = await page.locator('#za-bulk-status').evaluate((el) => el.getAttribute('id'))
  expect(huidig).toBe('za-bulk-status')
  await page.locator('.za-tabel tbody input[type=checkbox]').first().check()
  // the screen opens on the zorgkantoor's current year (its placeholder; the server's clock)
  const huidigJaar = await page.locator('#field-za-filter-jaar').getAttribute('placeholder')
  expect(huidigJaar).toMatch(/^\d{4}$/)
  await expect(page.locator('.za-tabel thead')).toContainText(`Contract ${huidigJaar}`)
  await page.locator('#za-bulk-status').selectOption('niet')
  await page.getByRole('button', { name: /Toepassen op gekozen/ }).click()
  const vraag = page.getByRole('alertdialog')
  await expect(vraag).toBeVisible()
  await expect(page.getByRole('button', { name: 'Nee, alleen de status' })).toBeFocused()
  await expect(page.getByRole('button', { name: 'Nee, alleen de status' })).toHaveClass(
    /btn--style-primary/,
  )
  await expect(page.getByRole('button', { name: 'Ja, zorgkantoor weghalen' })).not.toHaveClass(
    /btn--style-primary/,
  )
  // the open question, axe over the whole screen (the dialog included)
  const axe = await new AxeBuilder({ page }).withTags(TAGS).include('.za-contracten').analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' '))}`)).toEqual(
    [],
  )
  await page.screenshot({ path: test.info().outputPath('contracten.png'), fullPage: true })
  await page.keyboard.press('Escape')
  await expect(vraag).toHaveCount(0)
})

test('lists show yes/no fields as ja/nee, and free-place reports by their location', async ({
  page,
}) => {
  await login(page, 'beheer@zorgatlas.test')
  await page.goto(`${CMS_URL}/admin/collections/users?columns=["email","actief"]`)
  // Payload writes the translation in lower case in its list cells
  await expect(page.locator('.bool-cell').first()).toHaveText(/^(ja|nee)$/)
  await page.goto(`${CMS_URL}/admin/collections/vrije-capaciteit`)
  await expect(page.locator('.table tbody tr').first()).toBeVisible()
  await expect(page.locator('body')).not.toContainText('Zonder titel')
  await page.locator('.table tbody tr a').first().click()
  await expect(page).not.toHaveTitle(/Payload|Zonder titel|Bewerken/)
  await expect(page.locator('.doc-header__title, h1').first()).not.toContainText('Zonder titel')
  await logout(page)
})
