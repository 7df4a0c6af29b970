/**
 * Runs last (files run in name order): the logs of this whole end-to-end run — every line that
 * `npm start` and its children (cms, site, indexer, seed, migrations) wrote, as scripts/start.ts
 * keeps them in DATA_DIR/logs/npm-start.log — carry no personal data and no secrets:
 *   - no e-mail address at all (the demo logins are addresses, so any address is a finding);
 *   - no JWT-shaped string, no `token=` value, and none of the tokens of the links that the run's
 *     e-mails carried (set-password, invitation, reset: read from the outbox);
 *   - no password the run used, and not the CMS secret.
 */
import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { E2E } from '../../playwright.config'
import { DEMO_PASSWORD } from './helpers'

const LOG = path.join(E2E.dataDir, 'logs', 'npm-start.log')
/** Passwords typed in this suite (tests/e2e/logins.e2e.ts) besides the demo password. */
const WACHTWOORDEN = [DEMO_PASSWORD, 'Mijn-eigen-wachtwoord-2026', 'Nog-een-wachtwoord-2026']

const EMAIL = /[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/gi
const JWT = /\beyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]{5,}/g
const TOKEN_PARAM = /token=[A-Za-z0-9_%-]{12,}/gi

/** Tokens in the links of every e-mail the run sent (no SMTP_URL: DATA_DIR/outbox/*.eml). */
function tokensUitOutbox(): string[] {
  const outbox = path.join(E2E.dataDir, 'outbox')
  if (!fs.existsSync(outbox)) return []
  const tokens = new Set<string>()
  for (const file of fs.readdirSync(outbox)) {
    const mail = fs.readFileSync(path.join(outbox, file), 'utf8').replace(/=\r?\n/g, '')
    for (const m of mail.matchAll(/(?:token=|\/reset\/)([A-Za-z0-9_-]{16,})/g)) tokens.add(m[1]!)
  }
  return [...tokens]
}

/** The finding with the secret itself masked: the report must not leak it either. */
const toon = (regel: number, soort: string, tekst: string, gevonden: string) =>
  `regel ${regel} (${soort}): ${tekst.replaceAll(gevonden, `[${soort}]`).slice(0, 300)}`

test('the logs of the run carry no e-mail address, token or password', async () => {
  expect(fs.existsSync(LOG), `${LOG} exists`).toBe(true)
  const regels = fs.readFileSync(LOG, 'utf8').split('\n')
  // the log is real: all three processes wrote to it
  for (const naam of ['[cms]', '[indexer]', '[site]'])
    expect(
      regels.some((r) => r.startsWith(naam)),
      `lines of ${naam}`,
    ).toBe(true)

  const tokens = tokensUitOutbox()
  const secretFile = path.join(E2E.dataDir, '.payload-secret')
  const geheimen: [string, string][] = [
    ...WACHTWOORDEN.map((w): [string, string] => ['wachtwoord', w]),
    ...tokens.map((t): [string, string] => ['token uit een e-mail', t]),
    ...(fs.existsSync(secretFile)
      ? [['PAYLOAD_SECRET', fs.readFileSync(secretFile, 'utf8').trim()] as [string, string]]
      : []),
  ]
  const bevindingen: string[] = []
  regels.forEach((tekst, i) => {
    for (const [soort, re] of [
      ['e-mailadres', EMAIL],
      ['JWT', JWT],
      ['token-parameter', TOKEN_PARAM],
    ] as const)
      for (const m of tekst.matchAll(re)) bevindingen.push(toon(i + 1, soort, tekst, m[0]))
    for (const [soort, geheim] of geheimen)
      if (geheim && tekst.includes(geheim)) bevindingen.push(toon(i + 1, soort, tekst, geheim))
  })
  expect(bevindingen, `${LOG}:\n${bevindingen.slice(0, 40).join('\n')}`).toEqual([])
})
