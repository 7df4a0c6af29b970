import fs from 'node:fs'
import path from 'node:path'
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test'
import { CMS_URL, E2E, SITE_URL } from '../../playwright.config'
import { codeVoor, DEMO_TWEESTAPS_GEHEIM, tijdstap } from '../../cms/domain/tweestaps'

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'Zorgatlas-demo-2026'

const inBeheer = (url: URL) => url.pathname.startsWith('/admin') && !url.pathname.includes('login')

/**
 * The time step of the last code given per login in this run, kept in the run's data dir (fresh
 * for every run): a code works once, and after a failed test Playwright starts a new worker
 * process, which must not give a code of a step an earlier worker used (the server refuses it).
 */
const gebruikteStappen = () => path.join(E2E.dataDir, 'e2e-tweestaps-stappen.json')

function leesStappen(): Record<string, number> {
  try {
    return JSON.parse(fs.readFileSync(gebruikteStappen(), 'utf8')) as Record<string, number>
  } catch {
    return {}
  }
}

/**
 * The next unused code of this secret for this login: the current time step, or the one after
 * the last used step; the server accepts one step of clock difference, so when the next two are
 * used already this waits until the clock reaches the step before the one it gives.
 */
export async function volgendeCode(geheim: string, email: string): Promise<string> {
  const stap = Math.max(tijdstap(new Date()), (leesStappen()[email] ?? 0) + 1)
  const geldigVanaf = (stap - 1) * 30_000
  if (Date.now() < geldigVanaf) await new Promise((r) => setTimeout(r, geldigVanaf - Date.now()))
  fs.writeFileSync(gebruikteStappen(), JSON.stringify({ ...leesStappen(), [email]: stap }))
  return codeVoor(geheim, new Date(stap * 30_000 + 1000))
}

/**
 * The second step of two-step login, when the login page asks for it: the next unused code of
 * this secret (the demo secret of the demo logins).
 */
export async function geefCode(page: Page, email: string, geheim = DEMO_TWEESTAPS_GEHEIM) {
  const veld = page.locator('#za-tweede-stap-code')
  await veld.fill(await volgendeCode(geheim, email))
  await page
    .locator('.za-tweede-stap')
    .getByRole('button', { name: 'Inloggen', exact: true })
    .click()
  await page.waitForURL(inBeheer)
}

/**
 * Logs in with the password, and with the code when the login uses two-step login: the answer of
 * the login request says so (`tweedeStap`); the admin then shows the code step on the login page.
 * `cmsUrl`: another CMS process than the one of the run (tests/e2e/sessie.e2e.ts); `wachtwoord`:
 * a login whose password a test changed (tests/e2e/wachtwoord.e2e.ts).
 */
export async function login(
  page: Page,
  email: string,
  geheim = DEMO_TWEESTAPS_GEHEIM,
  cmsUrl = CMS_URL,
  wachtwoord = DEMO_PASSWORD,
) {
  await page.goto(`${cmsUrl}/admin/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(wachtwoord)
  const antwoord = page.waitForResponse(
    (r) => r.request().method() === 'POST' && /\/api\/users\/login\b/.test(r.url()),
  )
  await page.getByRole('button', { name: 'Inloggen' }).click()
  const body = (await (await antwoord).json()) as { tweedeStap?: string }
  if (body.tweedeStap === 'code') {
    await page.locator('#za-tweede-stap-code').waitFor({ state: 'visible' })
    await geefCode(page, email, geheim)
  } else await page.waitForURL(inBeheer)
}

/**
 * A login's REST token for `Authorization: JWT …`, with the second step done when the login uses
 * two-step login: until then the token is anonymous (cms/collections/Users/hooks/tweedeStap.ts).
 * Asked through `request`: a page's request context keeps the login cookie, so the browser is
 * then logged in as that login too.
 */
export async function apiToken(
  request: APIRequestContext,
  email: string,
  geheim = DEMO_TWEESTAPS_GEHEIM,
): Promise<string> {
  const res = await request.post(`${CMS_URL}/api/users/login`, {
    data: { email, password: DEMO_PASSWORD },
  })
  expect(res.status(), `login of ${email}`).toBe(200)
  const { token, tweedeStap } = (await res.json()) as { token: string; tweedeStap?: string }
  if (tweedeStap) {
    expect(tweedeStap, `${email} has set up two-step login`).toBe('code')
    const stap = await request.post(`${CMS_URL}/api/users/tweestaps/controleren`, {
      headers: { Authorization: `JWT ${token}` },
      data: { code: await volgendeCode(geheim, email) },
    })
    expect(stap.status(), `second step of ${email}: ${await stap.text()}`).toBe(200)
  }
  return token
}

export async function logout(page: Page) {
  await page.goto(`${CMS_URL}/admin/logout`)
  await page.waitForURL(/login/)
}

/** Picks an option in a Payload relationship field (react-select). */
export async function pickRelation(page: Page, field: string, search: string, option = search) {
  const control = page.locator(`#field-${field} .rs__control`)
  await control.click()
  await page.keyboard.type(search)
  const choice = page.locator('.rs__option', { hasText: option }).first()
  await expect(choice).toBeVisible()
  await choice.click()
  await page.keyboard.press('Escape')
}

export async function saveDraft(page: Page) {
  await page.getByRole('button', { name: 'Bewaar concept' }).click()
  await expect(page.locator('.payload-toast-container')).toContainText(/opgeslagen|bewaard|succes/i)
}

interface SiteHealth {
  zoekmachine: { status: string }
  worker: { hartslag: string | null; wachtrij: { aantal: number } | null }
}

/**
 * Waits until the indexer has done every job queued before `sinds`: the site serves an index, and
 * the worker published a heartbeat after `sinds` that counted no open job (its heartbeat time is
 * taken before it counts). Jobs are queued with the change itself, so from then on a check that
 * something is NOT public means something. (The site reloads a new snapshot some milliseconds
 * after the job wrote it; a heartbeat falling in between is rare and would only make the check
 * pass, never fail.)
 */
export async function indexerBijgewerkt(request: APIRequestContext, sinds: Date) {
  await expect
    .poll(
      async () => {
        const res = await request.get(`${SITE_URL}/api/health`)
        if (!res.ok()) return `site health HTTP ${res.status()}`
        const { zoekmachine, worker } = (await res.json()) as SiteHealth
        if (zoekmachine.status !== 'ok') return `search engine ${zoekmachine.status}`
        if (!worker.hartslag || Date.parse(worker.hartslag) < sinds.getTime())
          return 'no worker heartbeat since the change'
        if (worker.wachtrij?.aantal !== 0) return `${worker.wachtrij?.aantal ?? '?'} open job(s)`
        return 'up to date'
      },
      {
        timeout: 120_000,
        intervals: [500, 1000],
        message: `the indexer has done the jobs queued before ${sinds.toISOString()}`,
      },
    )
    .toBe('up to date')
}

/**
 * "Wijziging versturen" on the open organisation: the overview of what goes opens first, then
 * the provider confirms; waits until the screen shows the organisation in behandeling and checks
 * that the confirmation that it was sent stays on screen.
 */
export async function verstuurWijziging(page: Page) {
  await page.locator('.za-workflow').getByRole('button', { name: 'Wijziging versturen' }).click()
  const overzicht = page.getByRole('region', { name: 'Dit gaat naar het zorgkantoor' })
  await overzicht.getByRole('button', { name: 'Ja, verstuur naar het zorgkantoor' }).click()
  // the screen has read the new state (the lock note), and the confirmation is still there
  await expect(page.locator('.za-workflow [role=note]')).toContainText('In behandeling')
  await expect(page.locator('.za-workflow [role=status]')).toContainText(
    'verstuurd naar het zorgkantoor',
  )
}

/**
 * Open a document through a link in an admin list: the link must lead to `pad`, and the document
 * screen opens at that address. The address is followed as a page load, not through the click:
 * under load a click on a list row once never reached the document in 300 s (the list's client
 * router; the cause is not established), and these tests are about the list's link and the
 * document screen, not the router's timing.
 */
export async function openVanuitLijst(page: Page, link: Locator, pad: RegExp): Promise<void> {
  await expect(link).toHaveAttribute('href', pad)
  const href = await link.getAttribute('href')
  await page.goto(new URL(href!, page.url()).toString())
  await page.waitForURL(pad)
}
