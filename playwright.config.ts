import os from 'node:os'
import path from 'node:path'
import { defineConfig } from '@playwright/test'

/**
 * End-to-end tests in Chromium (CHROMIUM_PATH, else Debian's /usr/bin/chromium) against the whole
 * system as `npm start` runs it (build, migrate, demo seed, cms + site + indexer) on a fresh data
 * dir and separate ports.
 */
export const E2E = {
  dataDir: process.env.E2E_DATA_DIR ?? path.join(os.tmpdir(), 'zorgatlas-e2e'),
  cmsPort: Number(process.env.E2E_CMS_PORT ?? 3100),
  sitePort: Number(process.env.E2E_SITE_PORT ?? 4400),
}
export const CMS_URL = `http://localhost:${E2E.cmsPort}`
export const SITE_URL = `http://localhost:${E2E.sitePort}`

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: /.*\.e2e\.ts$/,
  timeout: 300_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: SITE_URL,
    locale: 'nl-NL',
    // Dutch users: dates in the admin are Dutch time (cms/domain/datum.ts)
    timezoneId: 'Europe/Amsterdam',
    // A trace records DOM snapshots and screenshots of every step of every test (about 40 % more
    // browser CPU, measured) and is kept only for a failed test. CI keeps no files of a run, so it
    // records none there; locally a failed test still leaves its trace in test-results/.
    trace: process.env.CI === 'true' ? 'off' : 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `rm -rf "${E2E.dataDir}" && node_modules/.bin/tsx scripts/start.ts`,
    url: `${SITE_URL}/api/health`,
    timeout: 15 * 60_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    env: {
      DATA_DIR: E2E.dataDir,
      CMS_PORT: String(E2E.cmsPort),
      SITE_PORT: String(E2E.sitePort),
      SEED_DEMO: 'true',
      // Failed jobs are retried after 0.1 s, 0.2 s, … instead of seconds to minutes, so a job can
      // fail for good within a test (tests/e2e/taken.e2e.ts).
      JOB_RETRY_DELAY_MS: '100',
      // Tiles cannot load here (no internet): the map must still show its markers.
      MAP_TILE_URL: `http://127.0.0.1:9/{z}/{x}/{y}.png`,
    },
  },
})
