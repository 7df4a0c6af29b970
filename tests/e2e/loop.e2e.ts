/**
 * The walking-skeleton loop through the UI: a provider adds a location with a care offer and sends
 * it; the public site does not show it; a zorgkantoor editor approves; within seconds the public
 * search finds it, the map shows its marker and its detail page renders.
 */
import { expect, test } from '@playwright/test'
import { CMS_URL, SITE_URL } from '../../playwright.config'
import {
  indexerBijgewerkt,
  login,
  logout,
  pickRelation,
  saveDraft,
  verstuurWijziging,
} from './helpers'

const ORGANISATIE = 'Stichting Zorggroep De Linde' // aanbieder@ (CZ), no pending request in the demo
const NAAM = `Huize Playwright ${Date.now().toString(36)}`

test('provider proposes, editor approves, public finds it', async ({ page, request }) => {
  // 1. Provider: a new location with a care offer, saved as a proposal.
  await login(page, 'aanbieder@zorgatlas.test')
  await page.goto(`${CMS_URL}/admin/collections/locaties/create`)
  await pickRelation(page, 'organisatie', 'De Linde', ORGANISATIE)
  await page.locator('#field-agbCode').fill('47110815')
  await pickRelation(page, 'soortZorg', 'Ouderenzorg in', 'Ouderenzorg in een instelling')
  await page.getByLabel(/^Voorziening/).selectOption('Verpleeghuis')
  await page.locator('#field-naam').fill(NAAM)
  await page.locator('#field-bezoekadres__straat').fill('Heuvelring')
  await page.locator('#field-bezoekadres__huisnummer').fill('12')
  await page.locator('#field-bezoekadres__postcode').fill('5038 CL')
  await page.locator('#field-bezoekadres__plaats').fill('Tilburg')
  await expect(page.getByRole('button', { name: /Publiceer/ })).toHaveCount(0) // providers never publish
  await expect(page.getByText('Zo heet de locatie in de Zorgatlas:')).toContainText(
    `De Linde – Verpleeghuis ${NAAM}`,
  )
  await saveDraft(page)
  await page.waitForURL(/\/locaties\/(?!create)[^/?]+$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `De Linde – Verpleeghuis ${NAAM}`,
  ) // derived by the server
  const locatieId = page.url().split('/').pop()!
  expect(locatieId).toMatch(/^\d+$|^[a-f0-9]{24}$/)

  await page.goto(`${CMS_URL}/admin/collections/zorgaanbod/create`)
  await pickRelation(page, 'locatie', NAAM)
  await pickRelation(page, 'woonplaats', 'Tilburg')
  await pickRelation(page, 'zachteInformatie', 'Huisdieren')
  await page.getByRole('button', { name: 'Ouderenzorg (VV)' }).click()
  await pickRelation(page, 'vv__zorgprofielen', 'VV-5')
  await saveDraft(page)

  // 2. Send ("Wijziging versturen") from the organisation.
  const orgs = await page.request.get(
    `${CMS_URL}/api/organisaties?where[naam][equals]=${encodeURIComponent(ORGANISATIE)}&depth=0`,
  )
  const orgId = (await orgs.json()).docs[0].id
  await page.goto(`${CMS_URL}/admin/collections/organisaties/${orgId}`)
  await verstuurWijziging(page)
  const verstuurd = new Date()

  // 3. The public does not see the proposal, also once the indexer has handled the changes.
  await indexerBijgewerkt(request, verstuurd)
  const before = await request.get(`${SITE_URL}/api/zoeken?q=${encodeURIComponent(NAAM)}`)
  expect((await before.json()).resultaten.map((r: { naam: string }) => r.naam)).not.toContain(
    `De Linde – Verpleeghuis ${NAAM}`,
  )
  expect((await request.get(`${SITE_URL}/locatie/${locatieId}`)).status()).toBe(404)
  expect(
    (await request.get(`${CMS_URL}/api/locaties/${locatieId}`)).status(),
  ).toBeGreaterThanOrEqual(403)

  // 4. The CZ editor approves.
  await logout(page)
  await login(page, 'redacteur.cz@zorgatlas.test')
  await page.goto(`${CMS_URL}/admin/collections/organisaties/${orgId}`)
  await page.getByRole('button', { name: 'Goedkeuren' }).click()
  await expect(page.locator('.za-workflow [role=status]')).toContainText('goedgekeurd')
  const approvedAt = Date.now()

  // 5. Within seconds: found by the public search, marker on the map, detail page renders.
  await expect
    .poll(
      async () => {
        const res = await request.get(`${SITE_URL}/api/zoeken?q=${encodeURIComponent(NAAM)}`)
        return (await res.json()).resultaten.map((r: { id: string }) => String(r.id))
      },
      { timeout: 20_000, intervals: [250, 500, 1000] },
    )
    .toContain(String(locatieId))
  const ms = Date.now() - approvedAt
  test.info().annotations.push({ type: 'approval-to-search-ms', description: String(ms) })
  console.log(`Goedgekeurd → vindbaar in de publieke zoekfunctie: ${ms} ms`)

  await page.goto(`${SITE_URL}/?q=${encodeURIComponent(NAAM)}`)
  const result = page.getByRole('link', { name: new RegExp(NAAM) })
  await expect(result).toBeVisible()
  // the map (and its tiles from another host) loads only when the visitor asks for it
  await page.getByRole('button', { name: 'Toon kaart' }).click()
  await expect(page.locator('map-view .leaflet-interactive, map-view .za-marker')).not.toHaveCount(
    0,
  )
  await result.click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(NAAM)
  await expect(page.locator('main')).toContainText('Stichting Zorggroep De Linde')
  await expect(page.locator('main')).toContainText('Heuvelring 12')
  await expect(page.locator('main')).toContainText('Huisdieren')
})
