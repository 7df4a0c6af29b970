/**
 * Logins by invitation and the organisation's user administrator through the admin: an editor
 * invites a new address, which appears as an open invitation (not as a login); the person opens
 * the set-password link from the e-mail in the outbox (the worker sends it; no SMTP_URL, so
 * DATA_DIR/outbox), sets a password, logs in and sees their organisation; a reused link is refused.
 * An editor invites an existing demo login with the same confirmation; its owner opens the link,
 * logs in, accepts, and sees the organisation. The user administrator of the demo
 * (gebruikersbeheer@) deactivates a colleague, who then cannot log in.
 */
import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { CMS_URL, E2E } from '../../playwright.config'
import { DEMO_PASSWORD, login, logout } from './helpers'

const ORGANISATIE = 'Stichting Zorggroep De Linde' // contracted by CZ
const NIEUW = 'nieuwe.collega@zorgatlas.test'
/** a demo provider login of other organisations (Els Verhoeven, PGB initiatives) */
const BESTAAND = 'pgb@zorgatlas.test'
const WACHTWOORD = 'Mijn-eigen-wachtwoord-2026'

/** Quoted-printable as nodemailer writes it: soft line breaks and =XX bytes (UTF-8). */
function decodeQp(text: string): string {
  const joined = text.replace(/=\r?\n/g, '')
  const bytes: number[] = []
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3)
    if (joined[i] === '=' && /^[0-9A-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16))
      i += 2
    } else bytes.push(...Buffer.from(joined[i]!, 'utf8'))
  }
  return Buffer.from(bytes).toString('utf8')
}

/** The e-mail to this address in the outbox, once the worker has sent it. */
async function mailAan(adres: string): Promise<string> {
  const outbox = path.join(E2E.dataDir, 'outbox')
  let gevonden: string | null = null
  await expect
    .poll(
      () => {
        if (!fs.existsSync(outbox)) return false
        for (const naam of fs.readdirSync(outbox)) {
          const eml = fs.readFileSync(path.join(outbox, naam), 'utf8')
          if (new RegExp(`^To: ${adres.replace(/\./g, '\\.')}`, 'm').test(eml)) gevonden = eml
        }
        return gevonden !== null
      },
      { timeout: 60_000, message: `an e-mail to ${adres} in ${outbox}` },
    )
    .toBe(true)
  return decodeQp(gevonden!)
}

async function loginMet(page: Page, email: string, wachtwoord: string) {
  await page.goto(`${CMS_URL}/admin/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(wachtwoord)
  await page.getByRole('button', { name: 'Inloggen' }).click()
}

/** As the CZ editor: invite this address for ORGANISATIE; the confirmation, whoever it is. */
async function nodigUit(page: Page, email: string, naam: string) {
  await page.goto(`${CMS_URL}/admin/collections/users`)
  await page.getByRole('link', { name: 'Iemand uitnodigen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Iemand uitnodigen' })).toBeVisible()
  await page.getByLabel('E-mailadres').fill(email)
  await page.getByLabel('Naam').fill(naam)
  await page.getByLabel(ORGANISATIE).check()
  const antwoord = page.waitForResponse((r) => r.url().endsWith('/api/users/uitnodigen'))
  await page.getByRole('button', { name: 'Uitnodiging versturen' }).click()
  expect((await antwoord).status()).toBe(202)
  const bevestiging = page.locator('.za-melding--ok')
  await expect(bevestiging).toContainText(`De uitnodiging is verstuurd naar ${email}.`)
  return (await bevestiging.textContent())!.replace(email, 'ADRES')
}

test('an editor invites a new address; it is an open invitation until the person sets a password and logs in', async ({
  page,
}) => {
  await login(page, 'redacteur.cz@zorgatlas.test')
  await nodigUit(page, NIEUW, 'Noor Nieuwenhuis')
  // an open invitation, not a login (yet)
  await page.getByRole('link', { name: 'Openstaande uitnodigingen' }).first().click()
  await page.waitForURL(/\/admin\/collections\/uitnodigingen/)
  await expect(page.getByRole('link', { name: NIEUW })).toBeVisible()
  await page.goto(`${CMS_URL}/admin/collections/users?limit=100`)
  // the list has loaded (a provider login of CZ's organisations), and the invited address is not in it
  await expect(page.getByRole('link', { name: 'aanbieder@zorgatlas.test' })).toBeVisible()
  await expect(page.getByRole('link', { name: NIEUW })).toHaveCount(0)
  await logout(page)

  const mail = await mailAan(NIEUW)
  expect(mail).toMatch(/^Subject: Uw login voor de beheeromgeving van de Zorgatlas/m)
  expect(mail).toContain(ORGANISATIE)
  const link = /(http:\/\/\S+\/admin\/wachtwoord-instellen\?token=[A-Za-z0-9_-]+)/.exec(mail)?.[1]
  expect(link, 'the set-password link in the e-mail').toBeTruthy()

  await page.goto(link!)
  await expect(page.getByRole('heading', { level: 1, name: 'Wachtwoord instellen' })).toBeVisible()
  // too short: a Dutch rule, nothing set
  await page.getByLabel('Nieuw wachtwoord').fill('kort')
  await page.getByLabel('Herhaal het wachtwoord').fill('kort')
  await page.getByRole('button', { name: 'Wachtwoord instellen' }).click()
  await expect(page.locator('.za-melding--fout')).toContainText('minstens 12 tekens')
  await page.getByLabel('Nieuw wachtwoord').fill(WACHTWOORD)
  await page.getByLabel('Herhaal het wachtwoord').fill(WACHTWOORD)
  await page.getByRole('button', { name: 'Wachtwoord instellen' }).click()
  await expect(page.getByRole('heading', { name: 'Uw wachtwoord is ingesteld' })).toBeVisible()
  await page.getByRole('link', { name: 'Naar inloggen' }).click()
  await page.waitForURL(/\/admin\/login/)

  await loginMet(page, NIEUW, WACHTWOORD)
  await page.waitForURL(
    (url) => url.pathname.startsWith('/admin') && !url.pathname.includes('login'),
  )
  await expect(page.getByText(ORGANISATIE).first()).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('nieuwe-login.png'), fullPage: true })
  await logout(page)

  // the link works once
  await page.goto(link!)
  await page.getByLabel('Nieuw wachtwoord').fill('Nog-een-wachtwoord-2026')
  await page.getByLabel('Herhaal het wachtwoord').fill('Nog-een-wachtwoord-2026')
  await page.getByRole('button', { name: 'Wachtwoord instellen' }).click()
  await expect(page.locator('.za-melding--fout')).toContainText('al gebruikt')
})

test('an editor invites an existing login with the same confirmation; its owner logs in, accepts and sees the organisation', async ({
  page,
}) => {
  await login(page, 'redacteur.cz@zorgatlas.test')
  const voorNieuw = await nodigUit(page, 'nog.een.nieuwe@zorgatlas.test', 'Iemand')
  const voorBestaand = await nodigUit(page, BESTAAND, 'Iemand')
  expect(voorBestaand).toBe(voorNieuw)
  await logout(page)

  const mail = await mailAan(BESTAAND)
  expect(mail).toMatch(/^Subject: Uitnodiging: meer organisaties beheren in de Zorgatlas/m)
  expect(mail).toContain(ORGANISATIE)
  expect(mail).not.toContain('wachtwoord-instellen')
  const link = /(http:\/\/\S+\/admin\/uitnodiging\?token=[A-Za-z0-9_-]+)/.exec(mail)?.[1]
  expect(link, 'the invitation link in the e-mail').toBeTruthy()

  // without a login the link leads to the login page, and back after it
  await page.goto(link!)
  await page.waitForURL(/\/admin\/login\?redirect=/)
  await page.locator('input[name="email"]').fill(BESTAAND)
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Inloggen' }).click()
  await page.waitForURL(/\/admin\/uitnodiging/)
  await expect(page.getByRole('heading', { level: 1, name: 'Uitnodiging' })).toBeVisible()
  await expect(page.getByText('Marieke van den Berg (CZ zorgkantoor) nodigt u uit')).toBeVisible()
  await expect(page.getByRole('listitem').filter({ hasText: ORGANISATIE })).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('uitnodiging.png'), fullPage: true })
  const antwoord = page.waitForResponse((r) => r.url().endsWith('/api/uitnodigingen/accepteren'))
  await page.getByRole('button', { name: 'Accepteren' }).click()
  expect((await antwoord).status()).toBe(200)
  await expect(page.locator('.za-melding--ok')).toContainText(
    `U beheert nu ook de gegevens van: ${ORGANISATIE}.`,
  )
  await page.getByRole('link', { name: 'Naar mijn organisaties' }).click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
  await expect(page.getByText(ORGANISATIE).first()).toBeVisible()
  await logout(page)
})

test('the user administrator deactivates a colleague, who then cannot log in', async ({ page }) => {
  await login(page, 'gebruikersbeheer@zorgatlas.test')
  // 'Gebruikers' is in their menu (the provider's menu has no logins)
  await expect(page.locator('a#nav-users')).toHaveCount(1)
  await page.goto(`${CMS_URL}/admin/collections/users`)
  // only the logins of their own organisations: not Peter Jansen (other organisations)
  await expect(page.getByRole('link', { name: 'collega@zorgatlas.test' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'aanbieder@zorgatlas.test' })).toHaveCount(0)
  await page.getByRole('link', { name: 'collega@zorgatlas.test' }).click()
  const actief = page.locator('#field-actief')
  await expect(actief).toBeChecked()
  // switching it off asks first; "Ja" saves the login as deactivated at once
  await actief.click()
  const opslaan = page.waitForResponse(
    (res) => res.request().method() === 'PATCH' && /\/api\/users\/\d+/.test(res.url()),
  )
  await page.getByRole('alertdialog').getByRole('button', { name: 'Ja' }).click()
  expect((await opslaan).status()).toBe(200)
  await expect(page.locator('.payload-toast-container')).toContainText(/opgeslagen|bewaard|succes/i)
  await page.reload()
  await expect(page.locator('#field-actief')).not.toBeChecked()
  await logout(page)

  await loginMet(page, 'collega@zorgatlas.test', process.env.DEMO_PASSWORD ?? 'Zorgatlas-demo-2026')
  await expect(page.getByText(/gedeactiveerd/)).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/login/)
})
