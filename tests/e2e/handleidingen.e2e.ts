/**
 * Rules of the manuals in the admin: the contract screen fills a new year from the year before as
 * proposals, filters a group and confirms its proposals at once (seed 001; its screenshot is kept
 * as an artifact); a user administrator finds a login by name, deactivates it with "Ja" after
 * "Nee" kept it, and deletes it, also with "Ja" (seed 004).
 */
import { expect, test, type Page } from '@playwright/test'
import { CMS_URL } from '../../playwright.config'
import { login, logout, openVanuitLijst } from './helpers'

const JAAR = Number(
  new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(
    new Date(),
  ),
)

/** A REST call with the browser's login cookie; answers the JSON body. */
async function api<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ([m, url, data]) => {
      const res = await fetch(url as string, {
        method: m as string,
        credentials: 'include',
        headers: data === undefined ? {} : { 'Content-Type': 'application/json' },
        body: data === undefined ? undefined : JSON.stringify(data),
      })
      const json = await res.json()
      if (!res.ok) throw new Error(`${m} ${url}: ${res.status} ${JSON.stringify(json)}`)
      return json
    },
    [method, path, body] as const,
  ) as Promise<T>
}

test.describe.configure({ mode: 'serial' })

test('contracts: a year filled from the year before, a group reviewed at once', async ({
  page,
}) => {
  const GROEP = 'E2E Zorggroep Zuid'
  const VAN = JAAR + 5
  const NAAR = JAAR + 6
  await login(page, 'redacteur.cz@zorgatlas.test')
  // two of CZ's organisations form a group and had a contract in the year before
  // (Definitief ones without a pending proposal: an editor's save publishes the organisation)
  const overzicht = await api<{ zorgkantoor: { id: string }; organisaties: { id: string }[] }>(
    page,
    'GET',
    '/api/contracten/overzicht',
  )
  const definitief = await api<{ docs: { id: number }[] }>(
    page,
    'GET',
    `/api/organisaties?draft=true&depth=0&limit=200&where[status][equals]=definitief&where[zorgkantoren][in]=${overzicht.zorgkantoor.id}`,
  )
  const ids = new Set(definitief.docs.map((d) => String(d.id)))
  const groep = overzicht.organisaties.filter((o) => ids.has(o.id)).slice(-2)
  expect(groep).toHaveLength(2)
  for (const o of groep) await api(page, 'PATCH', `/api/organisaties/${o.id}`, { groep: GROEP })
  await api(page, 'POST', '/api/contracten/bulk', {
    jaar: VAN,
    status: 'volledig',
    organisaties: groep.map((o) => o.id),
  })

  await page.goto(`${CMS_URL}/admin/contracten-beheren`)
  const gevonden = page.getByRole('status').first()
  await expect(gevonden).toContainText('organisatie(s) gevonden')
  const filter = page.getByRole('form', { name: 'Filter' })
  await filter.getByLabel('Jaar').fill(String(NAAR))
  await filter.getByLabel('Groep').selectOption(GROEP)
  const antwoord = page.waitForResponse((res) => {
    const url = new URL(res.url())
    return url.pathname === '/api/contracten/overzicht' && url.searchParams.get('groep') === GROEP
  })
  await filter.getByRole('button', { name: 'Zoeken' }).click()
  expect((await antwoord).status()).toBe(200)
  const rijen = page.locator('.za-tabel tbody tr')
  await expect(rijen).toHaveCount(2)
  await expect(gevonden).toContainText('2 organisatie(s) gevonden')

  // "Jaar {n} vullen vanuit {n-1}": proposals, marked in the table
  const overname = page.waitForResponse(
    (res) => new URL(res.url()).pathname === '/api/contracten/overnemen',
  )
  await page.getByRole('button', { name: `Jaar ${NAAR} vullen vanuit ${VAN}` }).click()
  expect((await overname).status()).toBe(200)
  await expect(page.locator('.za-melding[role=status]')).toContainText(
    `2 contract(en) uit ${VAN} overgenomen als voorstel voor ${NAAR}`,
  )
  await expect(rijen.filter({ hasText: 'Voorstel, nog controleren' })).toHaveCount(2)
  await expect(gevonden).toContainText(`2 contract(en) zijn een voorstel uit ${VAN}`)
  await page.screenshot({
    path: test.info().outputPath('contracten-voorstellen.png'),
    fullPage: true,
  })

  // the review: the whole group at once
  await page.getByLabel(`Nieuwe contractstatus voor ${NAAR}`).selectOption('volledig')
  const bulk = page.waitForResponse((res) => new URL(res.url()).pathname === '/api/contracten/bulk')
  await page.getByRole('button', { name: 'Toepassen op alle gevonden (2)' }).click()
  expect((await bulk).status()).toBe(200)
  await expect(page.locator('.za-melding[role=status]')).toContainText(
    `gezet voor 2 organisatie(s) in ${NAAR}`,
  )
  await expect(rijen.filter({ hasText: 'Voorstel, nog controleren' })).toHaveCount(0)
  for (let i = 0; i < 2; i++) {
    await expect(rijen.nth(i)).toContainText('Volledig gecontracteerd')
    await expect(rijen.nth(i)).toContainText(GROEP)
  }
  const pad = test.info().outputPath('contracten-beheren.png')
  await page.screenshot({ path: pad, fullPage: true })
  await test.info().attach('contracten-beheren', { path: pad, contentType: 'image/png' })
})

test('logins: found by name, deactivated after "Ja", then deleted after "Ja"', async ({ page }) => {
  // a colleague who leaves: a login of one of the user administrator's organisations
  await login(page, 'beheer@zorgatlas.test')
  const kompas = await api<{ docs: { id: number }[] }>(
    page,
    'GET',
    `/api/organisaties?where[naam][like]=Kompas&depth=0&limit=1`,
  )
  expect(kompas.docs).toHaveLength(1)
  await api(page, 'POST', '/api/users', {
    email: 'vertrekker@zorgatlas.test',
    naam: 'Pieter Vertrekker',
    password: 'Vertrekt-per-1-januari',
    rol: 'zorgaanbieder',
    organisaties: [kompas.docs[0]!.id],
  })
  await logout(page)

  await login(page, 'gebruikersbeheer@zorgatlas.test')
  await page.goto(`${CMS_URL}/admin/collections/users`)
  const zoek = page.locator('#search-filter-input')
  await expect(zoek).toBeVisible()
  const gezocht = page.waitForURL(/search=Vertrekker/)
  await zoek.fill('Vertrekker')
  await gezocht
  const rij = page.locator('.table tbody tr')
  await expect(rij).toHaveCount(1)
  await expect(rij).toContainText('vertrekker@zorgatlas.test')
  // still active: the list says to deactivate first
  await expect(rij).toContainText('Eerst deactiveren')
  await openVanuitLijst(
    page,
    rij.getByRole('link', { name: 'vertrekker@zorgatlas.test' }),
    /\/admin\/collections\/users\/\d+/,
  )

  const actief = page.getByLabel('Actief', { exact: true })
  await expect(actief).toBeChecked()
  // switching it off asks first: the box stays checked until "Ja" (so click, not uncheck, which
  // demands that the click changes the box)
  await actief.click()
  const vraag = page.getByRole('alertdialog')
  await expect(vraag).toContainText('Wilt u Pieter Vertrekker deactiveren?')
  await vraag.getByRole('button', { name: 'Nee' }).click()
  await expect(vraag).toHaveCount(0)
  await expect(actief).toBeChecked()

  await actief.click()
  const opslaan = page.waitForResponse(
    (res) => res.request().method() === 'PATCH' && /\/api\/users\/\d+/.test(res.url()),
  )
  await page.getByRole('alertdialog').getByRole('button', { name: 'Ja' }).click()
  expect((await opslaan).status()).toBe(200)
  await expect(page.locator('.payload-toast-container')).toContainText(/opgeslagen|bewaard|succes/i)
  await page.reload()
  await expect(page.getByLabel('Actief', { exact: true })).not.toBeChecked()

  await page.getByRole('button', { name: 'Login verwijderen' }).click()
  const weg = page.getByRole('alertdialog')
  await expect(weg).toContainText('Wilt u Pieter Vertrekker verwijderen?')
  const verwijderd = page.waitForResponse(
    (res) => res.request().method() === 'DELETE' && /\/api\/users\/\d+/.test(res.url()),
  )
  await weg.getByRole('button', { name: 'Ja' }).click()
  expect((await verwijderd).status()).toBe(200)
  await page.waitForURL(/\/admin\/collections\/users(\?|$)/)
  const nog = await api<{ totalDocs: number }>(
    page,
    'GET',
    '/api/users?where[email][equals]=vertrekker@zorgatlas.test&depth=0',
  )
  expect(nog.totalDocs).toBe(0)
})

test('care offer: the woonplaats that is not where the location is housed shows a warning', async ({
  page,
}) => {
  await login(page, 'redacteur.cz@zorgatlas.test')
  const me = await api<{ user: { zorgkantoor: { id: number } | number } }>(
    page,
    'GET',
    '/api/users/me',
  )
  const zk = typeof me.user.zorgkantoor === 'object' ? me.user.zorgkantoor.id : me.user.zorgkantoor
  const soort = await api<{ docs: { id: number }[] }>(
    page,
    'GET',
    '/api/soorten-zorg?where[code][equals]=ouderenzorg-instelling&limit=1',
  )
  const tilburg = await api<{ docs: { id: number }[] }>(
    page,
    'GET',
    '/api/woonplaatsen?where[naam][equals]=Tilburg&limit=1',
  )
  const code = String(Date.now()).slice(-6)
  const org = await api<{ doc: { id: number } }>(page, 'POST', '/api/organisaties', {
    naam: 'Stichting Verhuizing',
    nzaCode: `6${code}`,
    type: 'zorgaanbieder',
    zorgkantoren: [zk],
    _status: 'published',
  })
  const locatie = await api<{ doc: { id: number } }>(page, 'POST', '/api/locaties', {
    organisatie: org.doc.id,
    agbCode: `6${code}2`,
    hoofdlocatie: true,
    soortZorg: soort.docs[0]!.id,
    voorziening: 'Verpleeghuis',
    naam: 'De Verhuisde Linde',
    gebruikVolledigeNaam: true,
    bezoekadres: { straat: 'Heuvelring', huisnummer: '14', postcode: '5038 CL', plaats: 'Tilburg' },
    _status: 'published',
  })
  const aanbod = await api<{ doc: { id: number; waarschuwingen?: string[] | null } }>(
    page,
    'POST',
    '/api/zorgaanbod',
    {
      locatie: locatie.doc.id,
      woonplaats: tilburg.docs[0]!.id,
      vv: { zorgprofielen: ['VV-5'], leveringsvormen: ['verblijf'], doelgroepen: ['vv-dementie'] },
      _status: 'published',
    },
  )
  expect(aanbod.doc.waarschuwingen ?? []).toEqual([])
  // the location moves to Breda; its care offer still says Tilburg
  await api(page, 'PATCH', `/api/locaties/${locatie.doc.id}`, {
    bezoekadres: { straat: 'Haven', huisnummer: '3', postcode: '4811 AA', plaats: 'Breda' },
  })
  await page.goto(`${CMS_URL}/admin/collections/zorgaanbod/${aanbod.doc.id}`)
  const letOp = page.getByRole('status').filter({ hasText: 'Let op' })
  await expect(letOp).toContainText(
    'De woonplaats Tilburg is niet de plaats van het bezoekadres (Breda).',
  )
  await expect(page.getByLabel('Toelichting bij de woonplaats')).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('zorgaanbod-let-op.png'), fullPage: true })
})
