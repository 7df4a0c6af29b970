/**
 * The first minutes of each user: names instead of ids, Dutch dates,
 * Zorgatlas instead of Payload, each role its own menu, tabs and buttons, one status label.
 */
import { expect, test, type Page } from '@playwright/test'
import { CMS_URL } from '../../playwright.config'
import { login, logout, openVanuitLijst } from './helpers'

// Het Baken (CZ and Menzis) has proposals not yet sent in the demo data; the other e2e tests use
// De Linde, so sending and approving here does not disturb them.
const ORGANISATIE = 'Stichting Ouderenzorg Het Baken'
const AANBIEDER = 'Peter Jansen' // aanbieder@
const REDACTEUR = 'Marieke van den Berg (CZ zorgkantoor)' // redacteur.cz@
// dd-mm-jjjj HH:mm; no \b or lookarounds: texts run on ("Verstuurd30-11-2026", cells "01:3830-11-…")
const DATUM_TIJD = /\d{2}-\d{2}-\d{4} \d{2}:\d{2}/
/** A list cell that holds only a date and time, as dd-mm-jjjj HH:mm. */
const DATUM_TIJD_CEL = /^\d{2}-\d{2}-\d{4} \d{2}:\d{2}$/
const IDS = /Zonder titel|Geen "|ID: \d/

/** A REST call with the browser's login cookie. */
async function api<T>(page: Page, path: string, method = 'GET'): Promise<T> {
  return page.evaluate(
    async ([url, m]) => {
      const res = await fetch(url!, {
        method: m,
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: m === 'GET' ? undefined : '{}',
      })
      if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`)
      return res.json()
    },
    [path, method],
  ) as Promise<T>
}

/** The collection labels in the navigation. */
const menu = (page: Page) => page.locator('nav .nav__link').allTextContents()

/**
 * The menu once it holds `verwacht`. The login lands on the start screen by a client-side
 * navigation: the address can change before the navigation is on screen, so the labels are read
 * again until the expected ones are there; only then is it checked what the menu lacks.
 */
async function menuMet(page: Page, verwacht: string[]): Promise<string[]> {
  await expect.poll(() => menu(page)).toEqual(expect.arrayContaining(verwacht))
  return menu(page)
}

test.describe('Zorgatlas, not Payload', () => {
  test('the login page, its title and icon say Zorgatlas', async ({ page }) => {
    await page.goto(`${CMS_URL}/admin/login`)
    await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible()
    await expect(page.locator('.za-merk')).toContainText('Zorgatlas')
    await expect(page).toHaveTitle('Inloggen – Zorgatlas beheer')
    await expect(page.locator('body')).not.toContainText(/payload/i)
    // What a browser, a tab or a link preview shows of the head (not Payload's CSS layer names).
    const zichtbaar = await page.evaluate(() =>
      [
        document.title,
        ...[...document.head.querySelectorAll('meta[content]')].map((m) =>
          m.getAttribute('content'),
        ),
        ...[...document.head.querySelectorAll('link[rel*="icon"]')].map((l) =>
          l.getAttribute('href'),
        ),
      ].join('\n'),
    )
    expect(zichtbaar).not.toMatch(/payload/i)
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/zorgatlas-icoon.svg')
  })
})

test.describe('each role its own menu, tabs and buttons', () => {
  test('provider: own work only; no publish, versions or API; one status label', async ({
    page,
  }) => {
    await login(page, 'aanbieder@zorgatlas.test')
    // The Zorgatlas mark in the header (on the start screen itself it is not a link).
    await expect(page.getByRole('img', { name: 'Zorgatlas beheer, start' })).toBeVisible()
    const items = await menuMet(page, [
      'Organisaties',
      'Locaties',
      'Zorgaanbod',
      'Wijzigingsverzoeken',
      'Afbeeldingen',
    ])
    for (const verboden of [
      'Gebruikers',
      'Uitnodigingen',
      'Zorgkantoren',
      'Woonplaatsen',
      'Soorten zorg',
    ])
      expect(items, verboden).not.toContain(verboden)
    // Hidden means gone, not just out of the menu.
    await page.goto(`${CMS_URL}/admin/collections/users`)
    await expect(page.locator('body')).toContainText(/niet gevonden|bestaat niet/i)

    // A location of Het Baken, by name in the list.
    await page.goto(
      `${CMS_URL}/admin/collections/locaties?where[organisatie.naam][equals]=${encodeURIComponent(ORGANISATIE)}&limit=5`,
    )
    const eerste = page.locator('.table tbody tr').first()
    await expect(eerste).toContainText(ORGANISATIE)
    await expect(page.locator('.table')).not.toContainText(IDS)
    await openVanuitLijst(page, eerste.locator('a').first(), /\/locaties\/\d+/)
    await expect(page.locator('#field-organisatie')).toContainText(ORGANISATIE)
    // The field shows the name once its label has loaded; "not the placeholder" alone would also
    // hold while it is still loading.
    const locatieId = new URL(page.url()).pathname.split('/').pop()!
    const { soortZorg } = await api<{ soortZorg: { naam: string } }>(
      page,
      `/api/locaties/${locatieId}?depth=1&draft=true`,
    )
    await expect(page.locator('#field-soortZorg')).toContainText(soortZorg.naam)
    await expect(page.locator('#field-soortZorg')).not.toContainText('Selecteer een waarde')

    await expect(page.locator('.za-documentstatus')).toHaveCount(1)
    await expect(page.locator('.za-documentstatus')).toContainText(
      /Status: (Definitief|Nieuw|Voorgestelde wijziging)/,
    )
    await expect(page.locator('.status')).toHaveCount(0) // Payload's Gepubliceerd/Gewijzigd
    await expect(page.getByRole('button', { name: /Publiceer/ })).toHaveCount(0)
    await expect(page.locator('.doc-tabs')).not.toContainText('Versies')
    await expect(page.locator('.doc-tabs')).not.toContainText('API')
    await expect(page.locator('body')).not.toContainText(/Gepubliceerd|Payload/)
  })

  test('editor: review work, contracts, provider logins, versions and publishing; no reference lists or API', async ({
    page,
  }) => {
    await login(page, 'redacteur.cz@zorgatlas.test')
    // 'Gebruikers': the provider logins of their zorgkantoor's organisations; 'Uitnodigingen':
    // whom they invited, until the invitation is accepted, refused or expired
    const items = await menuMet(page, [
      'Organisaties',
      'Wijzigingsverzoeken',
      'Verzoeken',
      'Contracten',
      'Gebruikers',
      'Uitnodigingen',
    ])
    for (const verboden of ['Woonplaatsen', 'Zorgkantoren', 'Soorten zorg'])
      expect(items, verboden).not.toContain(verboden)
    await openVanuitLijst(
      page,
      page.getByRole('link', { name: ORGANISATIE }).first(),
      /\/organisaties\/\d+/,
    )
    await expect(page.getByRole('button', { name: 'Publiceer wijzigingen' })).toBeVisible()
    await expect(page.locator('.doc-tabs')).toContainText('Versies')
    await expect(page.locator('.doc-tabs')).not.toContainText('API')
  })

  test('beheerder: everything, including logins, reference lists and the API tab', async ({
    page,
  }) => {
    await login(page, 'beheer@zorgatlas.test')
    await menuMet(page, ['Organisaties', 'Gebruikers', 'Woonplaatsen', 'Zorgkantoren'])
    await page.goto(`${CMS_URL}/admin/collections/organisaties`)
    await openVanuitLijst(
      page,
      page.locator('.table tbody tr').first().locator('a').first(),
      /\/organisaties\/\d+/,
    )
    await expect(page.locator('.doc-tabs')).toContainText('API')
  })
})

test('change requests show names and Dutch dates, never ids, to provider and editor', async ({
  page,
}) => {
  test.setTimeout(300_000)
  await login(page, 'aanbieder@zorgatlas.test')
  const org = (
    await api<{ docs: { id: number }[] }>(
      page,
      `/api/organisaties?where[naam][equals]=${encodeURIComponent(ORGANISATIE)}&depth=0`,
    )
  ).docs[0]!
  await api(page, `/api/organisaties/${org.id}/versturen`, 'POST')
  await logout(page)

  await login(page, 'redacteur.cz@zorgatlas.test')
  await api(page, `/api/organisaties/${org.id}/goedkeuren`, 'POST')
  const verzoek = (
    await api<{ docs: { id: number }[] }>(
      page,
      `/api/wijzigingsverzoeken?where[organisatie][equals]=${org.id}&sort=-createdAt&limit=1&depth=0`,
    )
  ).docs[0]!
  // The editor sees who sent it, by name.
  await page.goto(`${CMS_URL}/admin/collections/wijzigingsverzoeken/${verzoek.id}`)
  const overzicht = page.getByRole('region', { name: 'Wijzigingsverzoek' })
  await expect(overzicht).toContainText(`door ${AANBIEDER}`)
  await expect(page.locator('main, .template-default').first()).not.toContainText(IDS)
  await logout(page)

  await login(page, 'aanbieder@zorgatlas.test')
  await page.goto(`${CMS_URL}/admin/collections/wijzigingsverzoeken/${verzoek.id}`)
  await expect(overzicht.getByRole('link', { name: ORGANISATIE })).toBeVisible()
  await expect(overzicht).toContainText(`door ${REDACTEUR}`) // was "Zonder titel - ID: 2"
  await expect(overzicht).toContainText('Goedgekeurd')
  await expect(overzicht).toContainText(DATUM_TIJD)
  await expect(overzicht.getByRole('listitem').first()).toContainText(
    /^(Organisatie|Locatie|Zorgaanbod) .+ – (Nieuw|Voorgestelde wijziging|Voorgesteld verwijderd)$/,
  )
  await expect(page.locator('body')).not.toContainText(IDS)

  // The list: the organisation's name and dates as dd-mm-jjjj.
  await page.goto(`${CMS_URL}/admin/collections/wijzigingsverzoeken`)
  const rij = page.locator('.table tbody tr', { hasText: ORGANISATIE }).first()
  await expect(rij).toContainText('Goedgekeurd')
  await expect(rij.getByRole('cell', { name: DATUM_TIJD_CEL })).toHaveCount(2) // sent, handled
  await expect(page.locator('.table')).not.toContainText(IDS)
})
