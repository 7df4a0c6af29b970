/**
 * Contracts and mergers through the admin UI and the public site: the detail page
 * says which zorgkantoor contracts the organisation this year; an editor filters the organisations
 * (soort OCO) and sets the contract status of all of them at once; an editor merges two
 * organisations with "Fuseren met…" and the public page shows the surviving name.
 */
import { expect, test, type Page } from '@playwright/test'
import { CMS_URL, SITE_URL } from '../../playwright.config'
import { login } from './helpers'

const JAAR = Number(
  new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(
    new Date(),
  ),
)

/** A REST call with the browser's login cookie (Playwright's own request context lacks it). */
async function api<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => {
    const res = await fetch(url, { credentials: 'include' })
    if (!res.ok) throw new Error(`${url}: ${res.status}`)
    return res.json()
  }, path) as Promise<T>
}

test.describe.configure({ mode: 'serial' })

test.beforeAll(async ({ request }) => {
  // the indexer fills the engine after the seed; until then the site answers 503 "starting"
  await expect
    .poll(async () => (await request.get(`${SITE_URL}/api/zoeken?woonplaats=Tilburg`)).status(), {
      timeout: 120_000,
      intervals: [500, 1000, 2000],
    })
    .toBe(200)
})

test('the detail page says which zorgkantoor contracts the organisation this year', async ({
  page,
}) => {
  await page.goto('/?woonplaats=Tilburg')
  await page.locator('.za-result__title a').first().click()
  await expect(page.getByTestId('contractering')).toHaveText(
    new RegExp(`^Gecontracteerd door .*zorgkantoor.* in ${JAAR}\\.$`),
  )
})

test('an editor sets the contract status of all filtered organisations at once', async ({
  page,
}) => {
  await login(page, 'redacteur.cz@zorgatlas.test')
  await page.goto(`${CMS_URL}/admin/collections/organisaties`)
  // the list flags organisations per contract and leads to the filters and the bulk action
  await expect(page.locator('.za-contracten-link')).toBeVisible()
  await page.getByRole('link', { name: /Contracten beheren/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Contracten beheren' })).toBeVisible()
  // The header's path names this screen, not the list we came from; the tab keeps its title.
  await expect(page.locator('.step-nav')).toContainText('Contracten beheren')
  await expect(page.locator('.step-nav')).not.toContainText('Organisaties')
  await expect(page).toHaveTitle(/^Contracten beheren/)
  // The unfiltered list is on screen (its status line shows only once an answer is there) before
  // we filter: the screen does not drop a late answer, so an unfiltered answer arriving after the
  // filtered one would replace it.
  const gevonden = page.getByRole('status').first()
  await expect(gevonden).toContainText('organisatie(s) gevonden')

  const filter = page.getByRole('form', { name: 'Filter' })
  await filter.getByLabel('Soort organisatie').selectOption('oco')
  await filter.getByLabel('Jaar').fill(String(JAAR + 1))
  // The status line reads the same before and after the search: wait for the answer to this
  // filter itself, then for the screen to show exactly what it holds.
  const antwoord = page.waitForResponse((res) => {
    const url = new URL(res.url())
    return (
      url.pathname === '/api/contracten/overzicht' &&
      url.searchParams.get('type') === 'oco' &&
      url.searchParams.get('jaar') === String(JAAR + 1)
    )
  })
  await filter.getByRole('button', { name: 'Zoeken' }).click()
  const gefilterd = await antwoord
  expect(gefilterd.status()).toBe(200)
  const { organisaties } = (await gefilterd.json()) as { organisaties: { type: string }[] }
  const aantal = organisaties.length
  expect(aantal).toBeGreaterThan(0)
  expect(organisaties.every((o) => o.type === 'oco')).toBe(true)
  const rijen = page.locator('.za-tabel tbody tr')
  await expect(rijen).toHaveCount(aantal)
  await expect(gevonden).toContainText(`${aantal} organisatie(s) gevonden`)
  await expect(page.locator('.za-tabel thead')).toContainText(`Contract ${JAAR + 1}`)

  await page.getByLabel(`Nieuwe contractstatus voor ${JAAR + 1}`).selectOption('gedeeltelijk')
  await page.getByRole('button', { name: `Toepassen op alle gevonden (${aantal})` }).click()
  await expect(page.locator('.za-melding[role=status]')).toContainText(
    `gezet voor ${aantal} organisatie(s) in ${JAAR + 1}`,
  )
  // the status column by its heading (the notes column follows it)
  const kolommen = (await page.locator('.za-tabel thead th').allTextContents()).map((t) => t.trim())
  const contractKolom = kolommen.indexOf(`Contract ${JAAR + 1}`)
  expect(contractKolom, kolommen.join(' | ')).toBeGreaterThan(0)
  for (let i = 0; i < aantal; i++) {
    await expect(rijen.nth(i).locator('th, td').nth(contractKolom)).toHaveText(
      'Gedeeltelijk gecontracteerd',
    )
  }
  await page.screenshot({ path: test.info().outputPath('contracten.png'), fullPage: true })

  // exactly these organisations have a contract for next year, and only OCOs
  const contracten = await api<{ docs: { organisatie: { type: string } }[] }>(
    page,
    `/api/contracten?where[jaar][equals]=${JAAR + 1}&limit=1000&depth=1`,
  )
  expect(contracten.docs).toHaveLength(aantal)
  expect(contracten.docs.every((c) => c.organisatie.type === 'oco')).toBe(true)
})

/** A REST write with the browser's login cookie; answers the created document. */
async function post<T>(page: Page, path: string, body: unknown): Promise<T> {
  return page.evaluate(
    async ([url, data]) => {
      const res = await fetch(url as string, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(data),
      })
      const json = await res.json()
      if (!res.ok) throw new Error(`${url}: ${res.status} ${JSON.stringify(json)}`)
      return json.doc
    },
    [path, body] as const,
  ) as Promise<T>
}

/**
 * Two organisations of the editor's zorgkantoor, published by the editor (the demo's own mostly
 * have unsent changes, which rightly block a merger); the first with a public location.
 */
async function tweeOrganisaties(page: Page) {
  const me = await api<{ user: { zorgkantoor: { id: number } | number } }>(page, '/api/users/me')
  const zk = typeof me.user.zorgkantoor === 'object' ? me.user.zorgkantoor.id : me.user.zorgkantoor
  const soort = await api<{ docs: { id: number }[] }>(
    page,
    '/api/soorten-zorg?where[code][equals]=ouderenzorg-instelling&limit=1',
  )
  const tilburg = await api<{ docs: { id: number }[] }>(
    page,
    '/api/woonplaatsen?where[naam][equals]=Tilburg&limit=1',
  )
  const code = String(Date.now()).slice(-6)
  const organisatie = (naam: string, nzaCode: string) =>
    post<{ id: number; naam: string }>(page, '/api/organisaties', {
      naam,
      nzaCode,
      type: 'zorgaanbieder',
      zorgkantoren: [zk],
      _status: 'published',
    })
  const van = await organisatie('Stichting Fusie Opgaand', `9${code}`)
  const naar = await organisatie('Stichting Fusie Blijvend', `8${code}`)
  const locatie = await post<{ id: number }>(page, '/api/locaties', {
    organisatie: van.id,
    agbCode: `7${code}1`,
    hoofdlocatie: true,
    soortZorg: soort.docs[0]!.id,
    voorziening: 'Verpleeghuis',
    naam: 'De Fusielinde',
    gebruikVolledigeNaam: true,
    bezoekadres: { straat: 'Heuvelring', huisnummer: '12', postcode: '5038 CL', plaats: 'Tilburg' },
    _status: 'published',
  })
  await post(page, '/api/zorgaanbod', {
    locatie: locatie.id,
    woonplaats: tilburg.docs[0]!.id,
    vv: { zorgprofielen: ['VV-5'], leveringsvormen: ['verblijf'], doelgroepen: ['vv-dementie'] },
    _status: 'published',
  })
  return { van, naar, locatie: String(locatie.id) }
}

test('an editor merges an organisation into another; the public page follows', async ({
  page,
  request,
}) => {
  await login(page, 'redacteur.cz@zorgatlas.test')
  await page.goto(`${CMS_URL}/admin`)
  const { van, locatie, naar } = await tweeOrganisaties(page)
  await expect
    .poll(async () => (await request.get(`${SITE_URL}/locatie/${locatie}`)).text(), {
      timeout: 60_000,
      intervals: [500, 1000, 2000],
    })
    .toContain('Stichting Fusie Opgaand')

  await page.goto(`${CMS_URL}/admin/collections/organisaties/${van.id}`)
  await page.getByRole('button', { name: 'Fuseren met…' }).click()
  await page.getByLabel('Organisatie die blijft').selectOption({ label: naar.naam })
  await page.getByRole('button', { name: 'Fuseren', exact: true }).click()
  await expect(page.getByRole('alertdialog')).toContainText(`gaat op in ${naar.naam}`)
  await page.getByRole('button', { name: 'Ja, fuseren' }).click()
  await page.waitForURL(new RegExp(`/admin/collections/organisaties/${naar.id}$`))

  const verplaatst = await api<{ organisatie: number }>(page, `/api/locaties/${locatie}?depth=0`)
  expect(String(verplaatst.organisatie)).toBe(String(naar.id))
  await expect
    .poll(
      async () => {
        const html = await (await request.get(`${SITE_URL}/locatie/${locatie}`)).text()
        return html.includes(naar.naam) && !html.includes(van.naam)
      },
      { timeout: 60_000, intervals: [500, 1000, 2000] },
    )
    .toBe(true)
})
