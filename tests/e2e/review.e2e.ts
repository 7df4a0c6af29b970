/**
 * The review desk through the admin UI and the public site: a provider edits and sends;
 * the editor opens the queue, sees the differences and rejects with a reason; the provider sees the
 * reason, amends and sends again; the editor approves; the public detail page shows the new data
 * and "Gecontroleerd door … op …".
 */
import { expect, test, type Page } from '@playwright/test'
import { CMS_URL, SITE_URL } from '../../playwright.config'
import { login, logout, saveDraft, verstuurWijziging } from './helpers'

const ORGANISATIE = 'Stichting Ouderenzorg Het Baken' // aanbieder@ (CZ and Menzis); no open request
const REDEN = 'Het telefoonnummer werkt niet. Controleer het nummer en verstuur het opnieuw.'
const EERSTE = '013 555 10 20'
const TWEEDE = '013 555 30 40'

/** A REST call with the browser's login cookie (Playwright's own request context lacks it). */
async function api<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => {
    const res = await fetch(url, { credentials: 'include' })
    if (!res.ok) throw new Error(`${url}: ${res.status}`)
    return res.json()
  }, path) as Promise<T>
}

const vandaag = () =>
  new Date().toLocaleDateString('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  })

async function wijzigTelefoon(page: Page, locatieId: string, telefoon: string) {
  await page.goto(`${CMS_URL}/admin/collections/locaties/${locatieId}`)
  const veld = page.locator('#field-telefoon')
  await expect(veld).toBeVisible()
  await veld.fill(telefoon)
  await saveDraft(page)
}

async function verstuur(page: Page, orgId: string) {
  await page.goto(`${CMS_URL}/admin/collections/organisaties/${orgId}`)
  await verstuurWijziging(page)
}

/** The editor opens the queue and the request of the organisation. */
async function openInWachtrij(page: Page) {
  await page.goto(`${CMS_URL}/admin`)
  // the navigation offers the queue with its count; the start screen links to it too
  await expect(page.getByRole('link', { name: /^Te beoordelen \(\d+\)$/ })).toHaveCount(1)
  await page.getByRole('link', { name: 'Naar de wijzigingen die wachten' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Te beoordelen' })).toBeVisible()
  const rij = page.getByRole('row', { name: new RegExp(ORGANISATIE) })
  await expect(rij).toContainText('Peter Jansen') // the sender
  await expect(rij).toContainText('minder dan een uur')
  await page.screenshot({ path: test.info().outputPath('wachtrij.png'), fullPage: true })
  await rij.getByRole('link', { name: ORGANISATIE }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: `Wijziging van ${ORGANISATIE}` }),
  ).toBeVisible()
}

test('provider sends, editor rejects with a reason, provider amends, editor approves, public shows it', async ({
  page,
  request,
}) => {
  // The organisation and one of its public locations without a pending change.
  await login(page, 'aanbieder@zorgatlas.test')
  const orgs = await api<{ docs: { id: number }[] }>(
    page,
    `${CMS_URL}/api/organisaties?where[naam][equals]=${encodeURIComponent(ORGANISATIE)}&depth=0`,
  )
  const orgId = String(orgs.docs[0]!.id)
  const locaties = await api<{ docs: { id: number; volledigeNaam: string }[] }>(
    page,
    `${CMS_URL}/api/locaties?draft=true&depth=0&limit=50&where[organisatie][equals]=${orgId}&where[status][equals]=definitief`,
  )
  let locatie: { id: number; volledigeNaam: string } | undefined
  // The worker may still be building the index after the start: wait until the site serves it.
  await expect
    .poll(async () => (await request.get(`${SITE_URL}/api/zoeken?woonplaats=Tilburg`)).status(), {
      timeout: 60_000,
      intervals: [1000],
    })
    .toBe(200)
  for (const l of locaties.docs) {
    if ((await request.get(`${SITE_URL}/locatie/${l.id}`)).status() === 200) {
      locatie = l
      break
    }
  }
  expect(locatie, 'a public Definitief location of the organisation').toBeDefined()
  const locatieId = String(locatie!.id)
  const oudTelefoon =
    (await api<{ telefoon?: string | null }>(page, `${CMS_URL}/api/locaties/${locatieId}?depth=0`))
      .telefoon ?? null

  // 1. The provider edits the phone number and sends.
  await wijzigTelefoon(page, locatieId, EERSTE)
  await verstuur(page, orgId)

  // 2. The CZ editor: queue → differences → reject with a reason.
  await logout(page)
  await login(page, 'redacteur.cz@zorgatlas.test')
  await openInWachtrij(page)
  const item = page.getByRole('region', { name: new RegExp(locatie!.volledigeNaam) })
  await expect(item).toContainText('Gewijzigd')
  const telefoonRij = item.getByRole('row', { name: /^Telefoon/ })
  await expect(telefoonRij).toContainText(EERSTE)
  if (oudTelefoon) await expect(telefoonRij).toContainText(oudTelefoon)
  // only what changed: no row for untouched fields such as the AGB code or the address
  await expect(item.getByRole('row', { name: /^AGB-code/ })).toHaveCount(0)
  await expect(item.getByRole('row', { name: /^Bezoekadres/ })).toHaveCount(0)

  await page.screenshot({ path: test.info().outputPath('verschillen.png'), fullPage: true })
  await page.getByRole('button', { name: 'Afwijzen' }).click()
  await page.getByLabel(/Reden van afwijzen/).fill(REDEN)
  await page.getByRole('button', { name: 'Afwijzing versturen' }).click()
  await expect(page.locator('.za-beoordelen [role=status]')).toContainText('afgewezen')
  await expect(page.locator('.za-beoordelen [role=note]')).toContainText(`Reden: ${REDEN}`)

  // 3. The provider sees the reason on the start screen and on the organisation, amends, sends again.
  await logout(page)
  await login(page, 'aanbieder@zorgatlas.test')
  await page.goto(`${CMS_URL}/admin`)
  const startRij = page.getByRole('row', { name: new RegExp(ORGANISATIE) })
  await expect(startRij).toContainText('Uw laatste wijziging is afgewezen')
  await expect(startRij).toContainText(REDEN)
  await page.screenshot({ path: test.info().outputPath('start-afgewezen.png'), fullPage: true })
  await page.goto(`${CMS_URL}/admin/collections/organisaties/${orgId}`)
  await expect(page.locator('.za-workflow')).toContainText(REDEN)
  await wijzigTelefoon(page, locatieId, TWEEDE)
  await verstuur(page, orgId)
  // the rejected request stays readable in the history
  await page.getByText(/Eerdere wijzigingsverzoeken/).click()
  await expect(page.locator('.za-workflow__geschiedenis')).toContainText(`Afgewezen`)

  // 4. The editor approves the new request after seeing its differences.
  await logout(page)
  await login(page, 'redacteur.cz@zorgatlas.test')
  await openInWachtrij(page)
  await expect(
    page
      .getByRole('region', { name: new RegExp(locatie!.volledigeNaam) })
      .getByRole('row', { name: /^Telefoon/ }),
  ).toContainText(TWEEDE)
  await page.getByRole('button', { name: 'Alles goedkeuren' }).click()
  await expect(page.locator('.za-beoordelen [role=status]')).toContainText('goedgekeurd')
  await expect(page.locator('.za-beoordelen [role=note]')).toContainText(
    'Goedgekeurd door Marieke van den Berg',
  )

  // The history of the organisation records both decisions.
  await page.goto(`${CMS_URL}/admin/collections/organisaties/${orgId}/geschiedenis`)
  await expect(page.getByRole('heading', { name: 'Geschiedenis' })).toBeVisible()
  await expect(page.locator('.za-geschiedenis')).toContainText('Afgewezen')
  await expect(page.locator('.za-geschiedenis')).toContainText(REDEN)
  await expect(page.locator('.za-geschiedenis')).toContainText('Goedgekeurd')
  await page.screenshot({ path: test.info().outputPath('geschiedenis.png'), fullPage: true })

  // 5. The public detail page shows the new number and who checked it, when.
  await expect
    .poll(
      async () =>
        (await (await request.get(`${SITE_URL}/locatie/${locatieId}`)).text()).includes(TWEEDE),
      { timeout: 30_000, intervals: [500, 1000] },
    )
    .toBe(true)
  await page.goto(`${SITE_URL}/locatie/${locatieId}`)
  await expect(page.locator('main')).toContainText(TWEEDE)
  await expect(page.locator('main')).toContainText(
    `Gecontroleerd door CZ zorgkantoor op ${vandaag()}`,
  )
})
