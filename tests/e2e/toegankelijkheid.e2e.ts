/**
 * Accessible admin screens (issue 8, item 9): axe (WCAG 2.0/2.1/2.2 A and AA) over the admin
 * screens we own, as the roles that use them. A violation fails the test when one of its elements
 * is in our markup: our components (classes and ids starting with `za-`) and what they render,
 * or when it is about colour contrast or target size anywhere (our theme sets those).
 * What remains inside Payload's own components is reported with the test (annotations) and listed
 * in the README with its upstream issue.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page, type TestInfo } from '@playwright/test'
import { CMS_URL } from '../../playwright.config'
import { login } from './helpers'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
/** Rules decided by the theme rather than by whose component it is. */
const THEMA_REGELS = ['color-contrast', 'target-size']

interface Bevinding {
  regel: string
  impact: string | null | undefined
  hulp: string
  elementen: string[]
}

/** axe on the current page, split into violations in our markup and in Payload's. */
async function axe(page: Page, info: TestInfo, scherm: string) {
  await page.waitForLoadState('networkidle')
  const resultaat = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  const eigen: Bevinding[] = []
  const payload: Bevinding[] = []
  for (const v of resultaat.violations) {
    const ons: string[] = []
    const hun: string[] = []
    for (const node of v.nodes) {
      const selector = node.target.map(String).join(' ')
      // Colours come from our theme (custom.scss), also on Payload's elements: always ours.
      const inOnzeMarkup =
        THEMA_REGELS.includes(v.id) ||
        (await page
          .locator(selector)
          .first()
          .evaluate((el) => Boolean(el.closest('[class*="za-"], [id^="za-"]')))
          .catch(() => false))
      ;(inOnzeMarkup ? ons : hun).push(`${selector}  ${node.html.slice(0, 160)}`)
    }
    const basis = { regel: v.id, impact: v.impact, hulp: v.help }
    if (ons.length) eigen.push({ ...basis, elementen: ons })
    if (hun.length) payload.push({ ...basis, elementen: hun })
  }
  info.annotations.push({
    type: `axe ${scherm}`,
    description: `${eigen.length} in onze markup, ${payload.length} in Payload: ${
      payload.map((p) => `${p.regel} (${p.elementen.length})`).join(', ') || 'geen'
    }`,
  })
  await info.attach(`axe ${scherm}`, {
    body: JSON.stringify({ eigen, payload }, null, 2),
    contentType: 'application/json',
  })
  return { eigen, payload }
}

/** Visits each screen and checks it; collects the findings so one screen does not hide another. */
async function controleer(page: Page, info: TestInfo, schermen: [string, string][]) {
  const fouten: Record<string, Bevinding[]> = {}
  for (const [naam, pad] of schermen) {
    await page.goto(`${CMS_URL}${pad}`)
    // Our panels load their data after the page, once React has taken it over (which can follow
    // the load event): first until the network is quiet, then until no panel says it is loading.
    await page.waitForLoadState('networkidle')
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
    const { eigen } = await axe(page, info, naam)
    if (eigen.length) fouten[naam] = eigen
  }
  expect(fouten, 'axe-overtredingen in onze eigen markup').toEqual({})
}

/** The id of the first record of a list request, as the logged-in user. */
async function eersteId(page: Page, pad: string): Promise<string> {
  const data = await page.evaluate(async (url) => {
    const res = await fetch(url, { credentials: 'include' })
    return res.json()
  }, `${CMS_URL}${pad}`)
  const id = (data as { docs?: { id: number | string }[] }).docs?.[0]?.id
  expect(id, pad).toBeTruthy()
  return String(id)
}

test.use({ viewport: { width: 1366, height: 900 } })

test('axe: the provider’s screens have no violations in our markup', async ({ page }, info) => {
  test.setTimeout(300_000)
  await login(page, 'aanbieder@zorgatlas.test')
  const organisatie = await eersteId(page, '/api/organisaties?depth=0&limit=1&sort=naam')
  const locatie = await eersteId(
    page,
    `/api/locaties?depth=0&limit=1&draft=true&where[organisatie][equals]=${organisatie}`,
  )
  const aanbod = await eersteId(
    page,
    `/api/zorgaanbod?depth=0&limit=1&draft=true&where[locatie][equals]=${locatie}`,
  )
  await controleer(page, info, [
    ['startscherm', '/admin'],
    ['organisatie', `/admin/collections/organisaties/${organisatie}`],
    ['locatie', `/admin/collections/locaties/${locatie}`],
    ['nieuwe locatie', '/admin/collections/locaties/create'],
    ['zorgaanbod', `/admin/collections/zorgaanbod/${aanbod}`],
  ])
})

// The lists apart: nine screens with axe in one test ran past five minutes on a busy machine.
test('axe: the provider’s lists have no violations in our markup', async ({ page }, info) => {
  test.setTimeout(300_000)
  await login(page, 'aanbieder@zorgatlas.test')
  await controleer(page, info, [
    ['lijst organisaties', '/admin/collections/organisaties'],
    ['lijst locaties', '/admin/collections/locaties'],
    ['lijst zorgaanbod', '/admin/collections/zorgaanbod'],
    ['lijst wijzigingsverzoeken', '/admin/collections/wijzigingsverzoeken'],
    ['lijst vrije capaciteit', '/admin/collections/vrije-capaciteit'],
  ])
})

test('axe: the editor’s screens have no violations in our markup', async ({ page }, info) => {
  test.setTimeout(300_000)
  await login(page, 'redacteur.cz@zorgatlas.test')
  const verzoek = await eersteId(page, '/api/wijzigingsverzoeken?depth=0&limit=1&sort=-createdAt')
  const organisatie = await eersteId(page, '/api/organisaties?depth=0&limit=1&sort=naam')
  await controleer(page, info, [
    ['startscherm redacteur', '/admin'],
    ['organisatie redacteur', `/admin/collections/organisaties/${organisatie}`],
    ['wijzigingsverzoek', `/admin/collections/wijzigingsverzoeken/${verzoek}`],
  ])
})

test('axe: the login page has no violations in our markup', async ({ page }, info) => {
  await page.goto(`${CMS_URL}/admin/login`)
  const { eigen } = await axe(page, info, 'inloggen')
  expect(eigen).toEqual([])
})
