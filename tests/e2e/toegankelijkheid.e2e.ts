/**
 * Accessible admin screens: axe (WCAG 2.0/2.1/2.2 A and AA) over every admin screen of the three
 * roles (provider, editor, beheerder). A violation fails the test when one of its elements is in
 * our markup (classes and ids starting with `za-`), when it is about colour contrast or target
 * size anywhere (our theme sets those), and when it is inside Payload's own components but not on
 * the allow-list below: exactly the remaining upstream issues, by rule id and selector, each with
 * its issue (also in the README). Anything new fails.
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

/**
 * What remains inside Payload 3.90's own components after our config, theme and
 * cms/components/ToegankelijkheidsHulp.tsx, by axe rule and element (selector), with its upstream
 * issue. Keep in step with the README's table.
 */
export const TOEGESTAAN: { regel: string; selector: RegExp; upstream: string }[] = [
  {
    // react-select's live region and value container in a read-only relationship field
    regel: 'nested-interactive',
    selector: /\.rs__(multi-value|value-container)|\.relationship--multi-value-label/,
    upstream: 'https://github.com/payloadcms/payload/issues/1227',
  },
  {
    regel: 'label-content-name-mismatch',
    selector: /list-create-new-doc|\.list-header|doc-drawer/,
    upstream: 'https://github.com/payloadcms/payload/issues/1227',
  },
]

const toegestaan = (regel: string, selector: string) =>
  TOEGESTAAN.some((t) => t.regel === regel && t.selector.test(selector))

/** Visits each screen and checks it; collects the findings so one screen does not hide another. */
async function controleer(page: Page, info: TestInfo, schermen: [string, string][]) {
  const fouten: Record<string, Bevinding[]> = {}
  const nieuw: Record<string, string[]> = {}
  for (const [naam, pad] of schermen) {
    await page.goto(`${CMS_URL}${pad}`)
    // Our panels load their data after the page, once React has taken it over (which can follow
    // the load event): first until the network is quiet, then until no panel says it is loading.
    await page.waitForLoadState('networkidle')
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
    // ToegankelijkheidsHulp names what Payload rendered in the frame after it appeared; a list
    // that React renders again (its data refreshed) loses the names of its row checkboxes until
    // then, so wait for those names before axe reads the page
    const naamloos = ['.cell-_select', '.select-row', '.select-all']
      .map(
        (c) =>
          `${c} input[type=checkbox]:not([aria-label]), ${c} input[type=checkbox][aria-label=""]`,
      )
      .join(', ')
    await expect(page.locator(naamloos)).toHaveCount(0)
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    )
    const { eigen, payload } = await axe(page, info, naam)
    if (eigen.length) fouten[naam] = eigen
    const buiten = payload.flatMap((b) =>
      b.elementen
        .map((e) => e.split('  ')[0]!)
        .filter((selector) => !toegestaan(b.regel, selector))
        .map((selector) => `${b.regel}: ${selector}`),
    )
    if (buiten.length) nieuw[naam] = buiten
  }
  expect(fouten, 'axe-overtredingen in onze eigen markup').toEqual({})
  expect(nieuw, 'axe-overtredingen in Payload die niet op de lijst staan').toEqual({})
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

/** The document screens of a role: organisation, location, care offer, free places, waiting time. */
async function documentSchermen(page: Page, rol: string): Promise<[string, string][]> {
  const organisatie = await eersteId(page, '/api/organisaties?depth=0&limit=1&sort=naam')
  const locatie = await eersteId(
    page,
    `/api/locaties?depth=0&limit=1&draft=true&where[organisatie][equals]=${organisatie}`,
  )
  const aanbod = await eersteId(
    page,
    `/api/zorgaanbod?depth=0&limit=1&draft=true&where[locatie][equals]=${locatie}`,
  )
  const plek = await eersteId(page, '/api/vrije-capaciteit?depth=0&limit=1')
  return [
    [`organisatie (${rol})`, `/admin/collections/organisaties/${organisatie}`],
    [`locatie (${rol})`, `/admin/collections/locaties/${locatie}`],
    [`zorgaanbod (${rol})`, `/admin/collections/zorgaanbod/${aanbod}`],
    [`vrije plaatsen (${rol})`, `/admin/collections/vrije-capaciteit/${plek}`],
  ]
}

const LIJSTEN = (rol: string): [string, string][] => [
  [`lijst organisaties (${rol})`, '/admin/collections/organisaties'],
  [`lijst locaties (${rol})`, '/admin/collections/locaties'],
  [`lijst zorgaanbod (${rol})`, '/admin/collections/zorgaanbod'],
  [`lijst wijzigingsverzoeken (${rol})`, '/admin/collections/wijzigingsverzoeken'],
  [`lijst vrije plaatsen (${rol})`, '/admin/collections/vrije-capaciteit'],
  [`lijst wachttijden (${rol})`, '/admin/collections/wachttijden'],
]

test('axe: the provider’s screens', async ({ page }, info) => {
  test.setTimeout(600_000)
  await login(page, 'aanbieder@zorgatlas.test')
  await controleer(page, info, [
    ['startscherm (aanbieder)', '/admin'],
    ...(await documentSchermen(page, 'aanbieder')),
    ['nieuwe locatie (aanbieder)', '/admin/collections/locaties/create'],
    ['nieuwe vrije plaatsen (aanbieder)', '/admin/collections/vrije-capaciteit/create'],
    ['verzoek (aanbieder)', '/admin/verzoek'],
    ['eigen account (aanbieder)', '/admin/account'],
  ])
})

test('axe: the provider’s lists', async ({ page }, info) => {
  test.setTimeout(600_000)
  await login(page, 'aanbieder@zorgatlas.test')
  await controleer(page, info, LIJSTEN('aanbieder'))
})

test('axe: the editor’s screens', async ({ page }, info) => {
  test.setTimeout(600_000)
  await login(page, 'redacteur.cz@zorgatlas.test')
  const verzoek = await eersteId(page, '/api/wijzigingsverzoeken?depth=0&limit=1&sort=-createdAt')
  await controleer(page, info, [
    ['startscherm (redacteur)', '/admin'],
    ...(await documentSchermen(page, 'redacteur')),
    ['wijzigingsverzoek (redacteur)', `/admin/collections/wijzigingsverzoeken/${verzoek}`],
    ['wachtrij (redacteur)', '/admin/beoordelen'],
    ['beoordelen (redacteur)', `/admin/beoordelen/${verzoek}`],
    ['contracten (redacteur)', '/admin/contracten-beheren'],
    ['uitnodigen (redacteur)', '/admin/uitnodigen'],
    ['eigen account (redacteur)', '/admin/account'],
  ])
})

test('axe: the editor’s lists', async ({ page }, info) => {
  test.setTimeout(600_000)
  await login(page, 'redacteur.cz@zorgatlas.test')
  await controleer(page, info, [
    ...LIJSTEN('redacteur'),
    ['lijst audit-log (redacteur)', '/admin/collections/audit-log'],
  ])
})

test('axe: the beheerder’s screens and lists', async ({ page }, info) => {
  test.setTimeout(600_000)
  await login(page, 'beheer@zorgatlas.test')
  const gebruiker = await eersteId(
    page,
    `/api/users?depth=0&limit=1&where[email][equals]=${encodeURIComponent('aanbieder@zorgatlas.test')}`,
  )
  await controleer(page, info, [
    ['startscherm (beheerder)', '/admin'],
    ['login van een aanbieder (beheerder)', `/admin/collections/users/${gebruiker}`],
    ['eigen account (beheerder)', '/admin/account'],
    ...(await documentSchermen(page, 'beheerder')),
    ['lijst gebruikers (beheerder)', '/admin/collections/users'],
    ['lijst audit-log (beheerder)', '/admin/collections/audit-log'],
    ['lijst woonplaatsen (beheerder)', '/admin/collections/woonplaatsen'],
    ['contracten (beheerder)', '/admin/contracten-beheren'],
    ['mislukte taken (beheerder)', '/admin/mislukte-taken'],
  ])
})

test('axe: the login page has no violations in our markup', async ({ page }, info) => {
  await page.goto(`${CMS_URL}/admin/login`)
  const { eigen, payload } = await axe(page, info, 'inloggen')
  expect(eigen).toEqual([])
  expect(
    payload.filter((b) => !b.elementen.every((e) => toegestaan(b.regel, e.split('  ')[0]!))),
  ).toEqual([])
})
