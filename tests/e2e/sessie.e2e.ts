/**
 * Logout after inactivity (seed 004 §2.1: 20 minutes), measured in seconds: a second CMS process
 * on the same data runs with SESSION_IDLE_SECONDS=20 (the other tests keep the normal 20 minutes).
 * Activity keeps the session; without it the warning comes, and then the logout.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { E2E } from '../../playwright.config'
import { DEMO_TWEESTAPS_GEHEIM } from '../../cms/domain/tweestaps'
import { login } from './helpers'

const PORT = E2E.cmsPort + 7
const URL_ = `http://localhost:${PORT}`
const IDLE_SECONDEN = 20
let cms: ChildProcess | undefined

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  const root = process.cwd()
  cms = spawn(path.join(root, 'node_modules/.bin/next'), ['start', 'cms', '-p', String(PORT)], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATA_DIR: E2E.dataDir,
      CMS_PORT: String(PORT),
      CMS_PUBLIC_URL: URL_,
      PAYLOAD_SECRET: fs.readFileSync(path.join(E2E.dataDir, '.payload-secret'), 'utf8').trim(),
      PAYLOAD_CONFIG_PATH: path.join(root, 'payload.config.ts'),
      SESSION_IDLE_SECONDS: String(IDLE_SECONDEN),
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: 'ignore',
  })
  await expect
    .poll(
      async () => {
        try {
          return (await fetch(`${URL_}/api/health`)).status
        } catch {
          return 0
        }
      },
      { timeout: 120_000, intervals: [500, 1000] },
    )
    .toBe(200)
})

test.afterAll(() => {
  if (cms?.pid) cms.kill('SIGTERM')
})

test('activity keeps the session; without it a warning, then the logout', async ({ page }) => {
  test.setTimeout(180_000)
  // with the code: this provider uses two-step login, and without it the session stays anonymous
  await login(page, 'aanbieder@zorgatlas.test', DEMO_TWEESTAPS_GEHEIM, URL_)
  const waarschuwing = page.getByText('Wilt u ingelogd blijven?')

  // Busy for one and a half idle times: no warning, no logout.
  const tot = Date.now() + IDLE_SECONDEN * 1500
  while (Date.now() < tot) {
    await page.mouse.wheel(0, 40)
    await page.keyboard.press('Shift')
    await page.waitForTimeout(1000)
    await expect(waarschuwing).toHaveCount(0)
  }
  expect(new URL(page.url()).pathname).not.toContain('logout')
  const ik = await page.evaluate(async () => (await fetch('/api/users/me')).json())
  expect(ik.user?.email).toBe('aanbieder@zorgatlas.test')

  // Then nothing: the warning comes before the end, and the logout at the end.
  await expect(waarschuwing).toBeVisible({ timeout: IDLE_SECONDEN * 1000 + 10_000 })
  await page.waitForURL(/logout-inactivity|\/login/, { timeout: IDLE_SECONDEN * 1000 + 10_000 })
  const daarna = await page.evaluate(async () => (await fetch('/api/users/me')).json())
  expect(daarna.user ?? null).toBeNull()
})
