/**
 * Fuzz test of the public site: seeded malformed requests to every route of the built
 * Astro server (pages and JSON API), with broken query strings, ids, methods and headers. None may
 * answer 5xx; the site keeps answering normal searches afterwards. FUZZ_SEED / FUZZ_CASES as in
 * the CMS fuzz test.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createSearchWriter } from '../../search-indexer/engine/index'
import { SITE_GAZETTEER, siteDocuments } from '../fixtures/site-documents'
import { BAD_IDS, BAD_UTF8, rng } from './helpers/fuzz'
import { startBuiltSite, type SiteServer } from './helpers/site-server'

let dataDir = ''
let site: SiteServer

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'zorgatlas-site-fuzz-'))
  const writer = createSearchWriter({ engine: 'embedded', dir: join(dataDir, 'search') })
  await writer.replaceAll(siteDocuments(), SITE_GAZETTEER)
  await writer.close()
  site = await startBuiltSite('fuzz', {
    DATA_DIR: dataDir,
    SEARCH_ENGINE: 'embedded',
    MAP_TILE_URL: 'https://tiles.example.test/{z}/{x}/{y}.png',
  })
  // Until its index is loaded the site answers 503 on purpose ("never a wrong answer").
  for (let i = 0; i < 300; i++) {
    const health = (await (await fetch(`${site.base}/api/health`)).json()) as {
      zoekmachine?: { status?: string }
    }
    if (health.zoekmachine?.status === 'ok') break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}, 180_000)

afterAll(async () => {
  await site?.stop()
  if (dataDir) await rm(dataDir, { recursive: true, force: true })
})

const PARAMS = [
  'q',
  'woonplaats',
  'straal',
  'soortZorg',
  'zachteInformatie',
  'doelgroep',
  'vrijeCapaciteit',
  'sorteer',
  'pagina',
  'perPagina',
  'weergave',
]
const VALUES = [
  '',
  '-1',
  '0',
  '1e309',
  'NaN',
  '99999999999999999999',
  'x'.repeat(5000),
  '%00',
  '%E0%A4%A',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '../../etc/passwd',
  '%F0%9F%92%A9',
  'Tilburg%00',
  '[]',
  '{"a":1}',
  'undefined',
  '\u202e',
]

/** English words none of our Dutch messages has ("Bad request." and "Cross-site POST form
 * submissions are forbidden" were Astro's answers). */
const ENGELS =
  /\b(bad|request|the|invalid|too|big|expected|error|not found|forbidden|cross-site)\b/i
const isDutch = (body: string): boolean => {
  let text: string
  try {
    const json = JSON.parse(body) as { fout?: unknown }
    text = typeof json.fout === 'string' ? json.fout : ''
  } catch {
    // a page: its text without tags
    text = body.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/g, ' ')
  }
  return text.trim() !== '' && !ENGELS.test(text.replace(/"[^"]*"/g, '""'))
}

it(`${Number(process.env.FUZZ_CASES ?? 500)} seeded malformed requests to the site: no 5xx, every refusal in Dutch`, async () => {
  const seed = Number(process.env.FUZZ_SEED ?? 20261129)
  const cases = Number(process.env.FUZZ_CASES ?? 500)
  const r = rng(seed)
  const failures: string[] = []
  const byStatus = new Map<number, number>()
  for (let i = 0; i < cases; i++) {
    const query = Array.from({ length: 1 + r.int(4) }, () => {
      const name = r.chance(0.9) ? r.pick(PARAMS) : r.pick(['__proto__', 'a[b]', '%ZZ', ''])
      const array = r.chance(0.2) ? '[]' : ''
      return `${name}${array}=${r.pick(VALUES)}`
    }).join('&')
    const single = r.pick(['q', 'woonplaats', 'straal', 'sortering', 'pagina', 'perPagina'])
    const path = r.pick([
      `/?${query}`,
      // not UTF-8, a single-valued parameter twice, a number of 400 digits
      `/${r.pick(['', 'api/', 'api/zoeken/', 'locatie/', 'media/'])}${r.pick(BAD_UTF8)}`,
      `/api/zoeken?q=${r.pick(BAD_UTF8)}`,
      `/api/zoeken?${single}=1&${single}=2`,
      `/?${single}=1&${single}=2`,
      `/api/plaatsen?q=til&q=bre`,
      `/api/zoeken?${r.pick(['pagina', 'perPagina', 'straal'])}=${'9'.repeat(r.pick([20, 400]))}`,
      `/api/zoeken?${query}`,
      `/api/plaatsen?q=${r.pick(VALUES)}`,
      `/api/namen?q=${r.pick(VALUES)}`,
      `/api/namen?q=${r.pick(BAD_UTF8)}`,
      `/locatie/${r.pick(BAD_IDS)}`,
      `/locatie/${r.pick(BAD_IDS)}?${query}`,
      `/api/health?${query}`,
      `/api/locaties/${r.pick(BAD_IDS)}`,
      `/api/locaties/${r.pick(BAD_UTF8)}`,
      `/api/locaties/${r.pick(BAD_IDS)}?${query}`,
      `/${r.pick(['sitemap.xml', 'robots.txt', 'api/openapi.json', 'privacy', 'toegankelijkheid'])}?${query}`,
      `/${r.pick(BAD_IDS)}`,
      `/api/${r.pick(BAD_IDS)}`,
      `/_astro/${r.pick(BAD_IDS)}.js`,
    ])
    const method = r.pick(['GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS'])
    let status: number
    let text = ''
    try {
      const res = await fetch(site.base + path, {
        method,
        redirect: 'manual',
        headers: r.chance(0.3)
          ? {
              'Accept-Encoding': r.pick(['br', 'gzip', 'x, y;q=abc']),
              'Content-Type': 'text/plain',
            }
          : {},
        body: method === 'POST' || method === 'PUT' ? r.pick(['{', 'x=1', '']) : undefined,
      })
      status = res.status
      text = await res.text()
    } catch (error) {
      status = 599
      failures.push(`#${i} ${method} ${path.slice(0, 120)}: ${String(error)}`)
    }
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1)
    if (status >= 500) failures.push(`#${i} ${method} ${path.slice(0, 160)} → ${status}`)
    // a refusal always says in Dutch what is wrong (JSON for the API, a page otherwise)
    if (status >= 400 && method !== 'HEAD' && !isDutch(text)) {
      failures.push(
        `#${i} ${method} ${path.slice(0, 160)} → ${status} not Dutch: ${text.slice(0, 160)}`,
      )
    }
  }
  console.log(
    `fuzz site (seed ${seed}): ${cases} verzoeken; statussen ${JSON.stringify(Object.fromEntries([...byStatus].sort()))}`,
  )
  expect(failures, `${failures.slice(0, 20).join('\n')}\n${site.log().slice(-2000)}`).toEqual([])
  const normal = await fetch(`${site.base}/api/zoeken?woonplaats=Utrecht`)
  expect(normal.status).toBe(200)
})
