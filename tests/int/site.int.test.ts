/**
 * The public site end to end on the real embedded engine: documents written with
 * createSearchWriter into a temp DATA_DIR, the site built with `astro build` (into its own
 * outDir, so a parallel `npm run build:site` cannot pull files from under it) and started as
 * its Node server (site/server/entry.ts), then plain HTTP requests.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { gzipSync } from 'node:zlib'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from '@playwright/test'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PublicDocumentSchema } from '../../search-indexer/contract'
import { createSearchWriter, type SearchWriter } from '../../search-indexer/engine/index'
import { SITE_GAZETTEER, siteDocuments, SZ, ZI } from '../fixtures/site-documents'

const ROOT = resolve(import.meta.dirname, '../..')
const BIN = join(ROOT, 'node_modules/.bin')
const OUT_DIR = join(ROOT, 'dist', `.site-int-${process.pid}`)

let dataDir = ''
let server: ChildProcess | null = null
let serverLog = ''
let base = ''
let writer: SearchWriter
let siteEnv: NodeJS.ProcessEnv = { ...process.env }

const freePort = (): Promise<number> =>
  new Promise((resolvePort, reject) => {
    const srv = createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address()
      srv.close(() =>
        typeof address === 'object' && address
          ? resolvePort(address.port)
          : reject(new Error('no port')),
      )
    })
  })

const run = (command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> =>
  new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d: Buffer) => (output += d.toString()))
    child.stderr.on('data', (d: Buffer) => (output += d.toString()))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolveRun(output) : reject(new Error(`${command} exited ${code}\n${output}`)),
    )
  })

const waitFor = async <T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs = 20_000,
): Promise<T> => {
  const until = Date.now() + timeoutMs
  let lastError: unknown
  while (Date.now() < until) {
    try {
      const value = await check()
      if (value !== undefined) return value
    } catch (error) {
      lastError = error
    }
    await new Promise((r) => setTimeout(r, 150))
  }
  throw new Error(`timed out waiting for ${what}: ${String(lastError)}\n${serverLog}`)
}

const get = (path: string) => fetch(base + path, { redirect: 'manual' })
const getJson = async (path: string) => {
  const response = await get(path)
  return {
    status: response.status,
    body: (await response.json()) as Record<string, any>,
    headers: response.headers,
  }
}

/** A kleinschalig document that (wrongly) carries a full address: the page must still hide it. */
const leakyKleinschalig = () =>
  PublicDocumentSchema.parse({
    ...siteDocuments().find((d) => d.locatieId === '106'),
    id: 'locatie-109',
    locatieId: '109',
    naam: 'Ouderinitiatief Het Geheime Huis',
    adres: { straat: 'Geheimstraat', huisnummer: '12', postcode: '6321 AB', plaats: 'Wijlre' },
  })

/** A location whose name is markup: the site must show it as text, on the page and the map. */
const MARKUP_NAAM = '<img src=x onerror=alert(1)> <b>Huize</b> "De Kat" & co'
const markupNaam = () =>
  PublicDocumentSchema.parse({
    ...siteDocuments().find((d) => d.locatieId === '101'),
    id: 'locatie-111',
    locatieId: '111',
    naam: MARKUP_NAAM,
  })

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'zorgatlas-site-'))
  writer = createSearchWriter({ engine: 'embedded', dir: join(dataDir, 'search') })
  await writer.replaceAll([...siteDocuments(), leakyKleinschalig()], SITE_GAZETTEER)

  // vitest puts its import.meta.env into process.env (NODE_ENV=test, DEV=1, MODE=test, …):
  // passed on, they would make Vite build a development site
  const { DEV: _dev, PROD: _prod, MODE: _mode, SSR: _ssr, BASE_URL: _base, ...outer } = process.env
  const env: NodeJS.ProcessEnv = {
    ...outer,
    PATH: `${BIN}:${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production' as const,
  }
  await run(join(BIN, 'astro'), ['build', '--outDir', OUT_DIR], env)

  const port = await freePort()
  base = `http://127.0.0.1:${port}`
  siteEnv = {
    ...env,
    HOST: '127.0.0.1',
    SEARCH_ENGINE: 'embedded',
    MAP_TILE_URL: 'https://tiles.example.test/{z}/{x}/{y}.png',
    CMS_PUBLIC_URL: 'http://cms.example.test',
  }
  server = spawn(process.execPath, [join(OUT_DIR, 'server/entry.mjs')], {
    cwd: ROOT,
    env: { ...siteEnv, PORT: String(port), DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server.stdout?.on('data', (d: Buffer) => (serverLog += d.toString()))
  server.stderr?.on('data', (d: Buffer) => (serverLog += d.toString()))
  await waitFor('the site to serve a loaded index', async () => {
    const { body } = await getJson('/api/health')
    return body.zoekmachine?.documenten > 0 ? true : undefined
  })
}, 180_000)

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server?.once('exit', r))
    server.kill('SIGTERM')
    await exited
  }
  await writer?.close()
  if (dataDir) await rm(dataDir, { recursive: true, force: true })
  await rm(OUT_DIR, { recursive: true, force: true })
})

const indexerStatus = (heartbeatAt: string) => ({
  heartbeatAt,
  startedAt: heartbeatAt,
  queue: { depth: 2, oldestWaitingAt: heartbeatAt, failed: 0 },
  running: 1,
  lastErrorAt: null,
})

describe('GET /api/health', () => {
  it('reports the engine and its documents', async () => {
    await writer.publishStatus(indexerStatus(new Date().toISOString()))
    const { status, body } = await getJson('/api/health')
    expect(status).toBe(200)
    expect(body).toMatchObject({
      status: 'ok',
      zoekmachine: { engine: 'embedded', status: 'ok', documenten: 9 },
    })
    expect(typeof body.zoekmachine.bijgewerktOp).toBe('string')
    expect(body.worker).toMatchObject({ status: 'ok', wachtrij: { aantal: 2, mislukt: 0 } })
  })

  it('says degraded, still 200, when the worker’s heartbeat (read through the engine) is old or missing', async () => {
    await writer.publishStatus(indexerStatus(new Date(Date.now() - 60_000).toISOString()))
    const stale = await getJson('/api/health')
    expect(stale.status).toBe(200)
    expect(stale.body.status).toBe('degraded')
    expect(stale.body.worker.status).toBe('niet-actief')
    await rm(join(dataDir, 'search', 'indexer-status.json'))
    const missing = await getJson('/api/health')
    expect(missing.body.status).toBe('degraded')
    await writer.publishStatus(indexerStatus(new Date().toISOString()))
  })

  it('says degraded, still 200, while the worker reports jobs that failed for good', async () => {
    const nu = new Date().toISOString()
    await writer.publishStatus({
      ...indexerStatus(nu),
      queue: { depth: 0, oldestWaitingAt: null, failed: 2 },
    })
    const mislukt = await getJson('/api/health')
    expect(mislukt.status).toBe(200)
    expect(mislukt.body).toMatchObject({
      status: 'degraded',
      reden: expect.stringContaining('2 taken zijn mislukt'),
      worker: { status: 'ok', wachtrij: { mislukt: 2 } },
    })
    await writer.publishStatus(indexerStatus(new Date().toISOString()))
    expect((await getJson('/api/health')).body.status).toBe('ok')
  })
})

describe('GET /api/zoeken', () => {
  it('returns everything with facets and security headers', async () => {
    const { status, body, headers } = await getJson('/api/zoeken')
    expect(status).toBe(200)
    expect(body).toMatchObject({ totaal: 9, pagina: 1, perPagina: 20 })
    expect(body.resultaten).toHaveLength(9)
    const soortZorg = body.facetten.soortZorg as { code: string; naam: string; aantal: number }[]
    expect(soortZorg.find((f) => f.code === SZ.ouderen.code)).toMatchObject({
      naam: SZ.ouderen.naam,
      aantal: 4,
    })
    expect(headers.get('content-security-policy')).toContain(
      "img-src 'self' data: https://tiles.example.test",
    )
    expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(headers.get('content-security-policy')).toContain("script-src 'self';")
    expect(headers.get('x-content-type-options')).toBe('nosniff')
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  })

  it('searches a radius around a woonplaats, nearest first, with distances', async () => {
    const { status, body } = await getJson('/api/zoeken?woonplaats=utrecht&straal=10')
    expect(status).toBe(200)
    const ids = body.resultaten.map((r: { id: string }) => r.id)
    expect(ids.sort()).toEqual(['101', '102', '103', '104', '105'])
    const afstanden = body.resultaten.map((r: { afstandKm: number }) => r.afstandKm)
    expect(afstanden.every((km: number) => km >= 0 && km <= 10)).toBe(true)
    expect(body.resultaten[0]).toMatchObject({ url: `/locatie/${body.resultaten[0].id}` })
  })

  it('straal=0 finds only the locations in or serving the woonplaats', async () => {
    const { body } = await getJson('/api/zoeken?woonplaats=Zeist&straal=0')
    expect(body.resultaten.map((r: { id: string }) => r.id).sort()).toEqual(['102', '103'])
    expect(body.resultaten[0]).not.toHaveProperty('afstandKm')
  })

  it('a place alone looks 25 km around it, serving locations first at 0 km', async () => {
    const { status, body } = await getJson('/api/zoeken?woonplaats=Zeist')
    expect(status).toBe(200)
    expect(body.zoekvraag).toMatchObject({ straalKm: 25, sortering: 'afstand' })
    const r = body.resultaten as { id: string; afstandKm: number; inPlaats?: string }[]
    expect(
      r
        .slice(0, 2)
        .map((x) => [x.id, x.afstandKm, x.inPlaats])
        .sort(),
    ).toEqual([
      ['102', 0, 'in'],
      ['103', 0, 'werkt-in'],
    ])
    expect(r.map((x) => x.id).sort()).toEqual(['101', '102', '103', '104', '105'])
  })

  it('knows alternative names, postcodes and care words', async () => {
    const bosch = await getJson('/api/zoeken?woonplaats=Den+Bosch')
    expect(bosch.status).toBe(200)
    expect(bosch.body.zoekvraag.woonplaats.naam).toBe("'s-Hertogenbosch")
    const pc = await getJson('/api/zoeken?woonplaats=3701')
    expect(pc.body.zoekvraag.woonplaats.naam).toBe('Zeist')
    const woorden = await getJson('/api/zoeken?q=verpleeghuis+utrecht')
    expect(woorden.body.zoekvraag).toMatchObject({
      woonplaats: { naam: 'Utrecht' },
      soortZorg: ['ouderenzorg-instelling'],
      tekst: null,
    })
    expect(woorden.body.resultaten.map((r: { id: string }) => r.id)).toEqual(['101', '102'])
    const plaatsen = await getJson('/api/plaatsen?q=den+b')
    expect(plaatsen.body).toEqual([{ waarde: 'Den Bosch', label: "Den Bosch ('s-Hertogenbosch)" }])
    expect((await getJson('/api/plaatsen?q=')).status).toBe(400)
  })

  it('suggests names of locations and organisations while typing, never a name that only matched elsewhere', async () => {
    const hof = await getJson('/api/namen?q=hof+mon')
    expect(hof.status).toBe(200)
    expect(hof.headers.get('cache-control')).toBe('public, max-age=60')
    expect(hof.body).toEqual([
      {
        waarde: 'Zorgstroom – Verpleeghuis Hof Mondriaan',
        label: 'Zorgstroom – Verpleeghuis Hof Mondriaan (Utrecht)',
      },
    ])
    // an organisation by the start of its name, as an organisation
    const org = await getJson('/api/namen?q=warand')
    expect(org.body).toContainEqual({ waarde: 'Warande', label: 'Warande (organisatie)' })
    // "utrecht" is a place of several locations: only names with the word are suggested
    const utrecht = await getJson('/api/namen?q=utrecht')
    expect(utrecht.body.map((s: { waarde: string }) => s.waarde)).toEqual([
      'Buurtzorg Utrecht-Oost',
    ])
    expect((await getJson('/api/namen?q=qqqzzz')).body).toEqual([])
    const leeg = await getJson('/api/namen?q=')
    expect(leeg.status).toBe(400)
    expect(leeg.body.fout).toBe('Geef met q het begin van de naam van een locatie of organisatie.')
    expect((await getJson('/api/namen?q=a&q=b')).status).toBe(400)
  })

  it('filters on soort zorg (repeatable, any) and zachte informatie (all)', async () => {
    const a = await getJson(`/api/zoeken?soortZorg=${SZ.ggz.code}&soortZorg=${SZ.gehandicapt.code}`)
    expect(a.body.resultaten.map((r: { id: string }) => r.id).sort()).toEqual(['104', '105'])
    const b = await getJson(
      `/api/zoeken?zachteInformatie=${ZI.huisdier.code}&zachteInformatie=${ZI.tuin.code}`,
    )
    expect(b.body.resultaten.map((r: { id: string }) => r.id)).toEqual(['101'])
  })

  it('finds text and pages through results', async () => {
    const text = await getJson('/api/zoeken?q=Mondriaan')
    expect(text.body.resultaten[0]).toMatchObject({
      id: '101',
      organisatie: 'Zorgstroom',
      plaats: 'Utrecht',
    })
    const page2 = await getJson('/api/zoeken?perPagina=4&pagina=2')
    expect(page2.body).toMatchObject({ totaal: 9, pagina: 2, perPagina: 4 })
    expect(page2.body.resultaten).toHaveLength(4)
  })

  it('answers invalid input with 400 and Dutch messages per field', async () => {
    const { status, body } = await getJson('/api/zoeken?pagina=0&straal=500&perPagina=100')
    expect(status).toBe(400)
    expect(body.fout).toMatch(/klopt niet/)
    expect(Object.keys(body.velden).sort()).toEqual(['pagina', 'perPagina', 'straal'])
  })

  it('answers an unknown woonplaats with 400 and suggestions', async () => {
    const { status, body } = await getJson('/api/zoeken?woonplaats=Hengel&straal=10')
    expect(status).toBe(400)
    expect(body.velden.woonplaats).toMatch(/We kennen de woonplaats "Hengel" niet/)
    expect(body.suggesties).toEqual(
      expect.arrayContaining(['Hengelo (Overijssel)', 'Hengelo (Gelderland)']),
    )
  })

  it("the site's own server and the Astro route (/api/zoeken/) answer alike, HEAD without a body", async () => {
    const HEADERS = ['content-type', 'cache-control', 'content-encoding', 'vary', 'retry-after']
    const queries = [
      '?woonplaats=utrecht&straal=10',
      '?q=zorg&soortZorg=' + SZ.ouderen.code,
      '?pagina=0&straal=500',
      '?woonplaats=Hengel',
      '',
    ]
    for (const query of queries) {
      const answers = []
      for (const path of [`/api/zoeken${query}`, `/api/zoeken/${query}`]) {
        for (const encoding of ['br', 'gzip', 'identity']) {
          const res = await fetch(base + path, { headers: { 'Accept-Encoding': encoding } })
          answers.push({
            encoding,
            status: res.status,
            body: await res.json(),
            headers: Object.fromEntries(HEADERS.map((h) => [h, res.headers.get(h)])),
          })
        }
      }
      const [own, astro] = [answers.slice(0, 3), answers.slice(3)]
      expect(own, query).toEqual(astro)
      // a list of results is worth compressing; a short 400 is sent as it is
      expect(own.map((a) => a.headers['content-encoding'])).toEqual(
        own[0]!.status === 200 ? ['br', 'gzip', null] : [null, null, null],
      )
      expect(own.every((a) => a.headers.vary === 'Accept-Encoding')).toBe(true)
    }
    const head = await fetch(`${base}/api/zoeken?woonplaats=utrecht`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(await head.text()).toBe('')
  })

  it('follows the engine: a document written later shows up', async () => {
    const extra = PublicDocumentSchema.parse({
      ...siteDocuments()[0],
      id: 'locatie-110',
      locatieId: '110',
      naam: 'Nieuwe Horizon Utrecht',
    })
    await writer.upsert([extra])
    await waitFor('the new document', async () => {
      const { body } = await getJson('/api/zoeken?q=Horizon')
      return body.totaal === 1 ? true : undefined
    })
    await writer.delete(['locatie-110'])
    await waitFor('the document to go again', async () => {
      const { body } = await getJson('/api/zoeken?q=Horizon')
      return body.totaal === 0 ? true : undefined
    })
    expect((await get('/locatie/110')).status).toBe(404)
  })
})

describe('HTML pages', () => {
  it('renders the search page with results without JavaScript', async () => {
    const response = await get('/?woonplaats=Utrecht&straal=10')
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('<html lang="nl"')
    expect(html).toContain('5 locaties gevonden in en rond Utrecht')
    expect(html).toContain('Wijzig zoekopdracht')
    expect(html).toContain('In Utrecht')
    expect(html).toContain('Sorteer op')
    expect(html).toContain('href="/locatie/101"')
    expect(html).toContain('<map-view')
    expect(html).toContain('Inloggen voor zorgaanbieders')
    expect(html).toContain('http://cms.example.test')
    // nothing inline that the CSP would block
    expect(html).not.toMatch(/<script(?![^>]*(src=|type="application\/json"))[^>]*>/)
    expect(html).not.toMatch(/\sstyle="/)
  })

  it('shows the empty state in one sentence with one-click ways out and their counts', async () => {
    const html = await (
      await get(`/?woonplaats=Wijlre&straal=5&soortZorg=${SZ.ouderen.code}`)
    ).text()
    expect(html).toContain(
      'We hebben geen locaties gevonden in en rond Wijlre die passen bij uw keuzes.',
    )
    expect(html).toContain('Zoek tot 25 km rond Wijlre: 1 locatie')
    expect(html).toContain('Alle soorten zorg: 2 locaties')
  })

  it('the home page shows the form, not a list of every location', async () => {
    const html = await (await get('/')).text()
    expect(html).toContain('Zoek zorg bij u in de buurt')
    expect(html).not.toContain('za-result-list')
    expect(html).not.toMatch(/<option value="[^"]*"\s*\/?>\s*<option/) // no place list
  })

  it('an unknown place gives a 200 page with help; a typo gets "Bedoelt u …?"', async () => {
    const unknown = await get('/?woonplaats=Nergenshuizen')
    expect(unknown.status).toBe(200)
    const html = await unknown.text()
    expect(html).toContain('We kennen de woonplaats &quot;Nergenshuizen&quot; niet')
    expect(html).toContain('Tip: typ de naam van een woonplaats')
    const typo = await (await get('/?woonplaats=Maastrcht')).text()
    expect(typo).toMatch(
      /Bedoelt u\s*<a class="za-link" href="\/\?woonplaats=Maastricht"[^>]*>Maastricht<\/a>\s*\?/,
    )
    expect(typo).toContain('We kennen de woonplaats &quot;Maastrcht&quot; niet.')
  })

  it('answers invalid page input with 400 and the form', async () => {
    const response = await get('/?pagina=nul')
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('Het paginanummer moet een heel getal')
  })

  it('renders a detail page', async () => {
    const response = await get('/locatie/101')
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toMatch(/<h1[^>]*>Zorgstroom – Verpleeghuis Hof Mondriaan<\/h1>/)
    expect(html).toContain('Mondriaanlaan 12, 3521 AB Utrecht')
    expect(html).toContain('href="tel:0301234567"')
    expect(html).toContain('Huisdieren welkom')
    expect(html).toContain('Gecontroleerd door Zilveren Kruis zorgkantoor op 20 november 2026')
    expect(html).toContain('Terug naar zoeken')
    const fromSearch = await fetch(`${base}/locatie/101`, {
      headers: { referer: `${base}/?woonplaats=Utrecht&straal=10` },
    })
    expect(await fromSearch.text()).toContain('href="/?woonplaats=Utrecht&amp;straal=10"')
  })

  it('never shows the address of a kleinschalig wooninitiatief', async () => {
    for (const id of ['106', '109']) {
      const response = await get(`/locatie/${id}`)
      expect(response.status).toBe(200)
      const html = await response.text()
      expect(html).toContain('Kleinschalig wooninitiatief, 6321 Wijlre')
      expect(html).not.toMatch(/6321\s?[A-Z]{2}\b/)
      expect(html).not.toContain('Geheimstraat')
      expect(html).not.toMatch(/wooninitiatief,?\s*\d+[a-z]?,/)
    }
  })

  it('answers an unknown location with a Dutch 404', async () => {
    const response = await get('/locatie/999999')
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('Deze locatie hebben we niet gevonden')
    expect((await get('/locatie/..%2F..%2Fetc')).status).toBe(404)
    const other = await get('/bestaat-niet')
    expect(other.status).toBe(404)
    expect(await other.text()).toContain('Deze pagina bestaat niet')
  })
})

describe('pages for people and machines: privacy, accessibility, canonical, JSON-LD, sitemap', () => {
  it('/privacy and /toegankelijkheid answer, and every footer links them', async () => {
    const privacy = await (await get('/privacy')).text()
    expect(privacy).toContain('Geen cookies')
    // the tile host of this site's setting (MAP_TILE_URL), not a fixed text
    expect(privacy).toContain('tiles.example.test')
    expect(privacy).toContain('Toon kaart')
    const verklaring = await (await get('/toegankelijkheid')).text()
    expect(verklaring).toContain('WCAG')
    expect(verklaring).toContain('EN 301 549')
    expect(verklaring).toContain('Voldoet gedeeltelijk')
    for (const pad of ['/', '/?woonplaats=Utrecht', '/locatie/101', '/privacy', '/bestaat-niet']) {
      const html = await (await get(pad)).text()
      expect([
        pad,
        html.includes('href="/privacy"'),
        html.includes('href="/toegankelijkheid"'),
      ]).toEqual([pad, true, true])
    }
  })

  it('a canonical URL on every page: the search as read, without order, page size or noise', async () => {
    const canonical = async (pad: string) =>
      /<link rel="canonical" href="([^"]+)"/.exec(await (await get(pad)).text())?.[1]
    expect(await canonical('/')).toBe(`${base}/`)
    expect(await canonical('/privacy')).toBe(`${base}/privacy`)
    expect(await canonical('/locatie/101?utm_source=x')).toBe(`${base}/locatie/101`)
    expect(await canonical('/?woonplaats=Utrecht&straal=10&sortering=naam&perPagina=5&x=1')).toBe(
      `${base}/?woonplaats=Utrecht&amp;straal=10`,
    )
    expect(await canonical('/?woonplaats=Utrecht&straal=10&perPagina=2&pagina=2')).toBe(
      `${base}/?woonplaats=Utrecht&amp;straal=10&amp;pagina=2`,
    )
  })

  it('a location page has JSON-LD with its name; a kleinschalig one without street or point', async () => {
    const ld = async (id: string) => {
      const html = await (await get(`/locatie/${id}`)).text()
      // nothing inline that the CSP would block: scripts are files or data
      expect(html).not.toMatch(
        /<script(?![^>]*(src=|type="application\/json"|type="application\/ld\+json"))[^>]*>/,
      )
      const blok = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1]
      return JSON.parse(blok ?? 'null') as Record<string, any>
    }
    expect(await ld('101')).toMatchObject({
      '@type': 'NursingHome',
      name: 'Zorgstroom – Verpleeghuis Hof Mondriaan',
      url: `${base}/locatie/101`,
      telephone: expect.any(String),
      address: {
        streetAddress: 'Mondriaanlaan 12',
        postalCode: '3521 AB',
        addressLocality: 'Utrecht',
      },
      geo: { '@type': 'GeoCoordinates' },
    })
    const klein = await ld('109')
    expect(klein.address).toEqual({
      '@type': 'PostalAddress',
      postalCode: '6321',
      addressLocality: 'Wijlre',
      addressCountry: 'NL',
    })
    expect(klein).not.toHaveProperty('geo')
  })

  it('sitemap.xml lists home, /indicatie, the two text pages and every location, each answering 200', async () => {
    const response = await get('/sitemap.xml')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/xml')
    const locs = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)
    expect(locs.slice(0, 4)).toEqual([
      `${base}/`,
      `${base}/indicatie`,
      `${base}/privacy`,
      `${base}/toegankelijkheid`,
    ])
    const locaties = locs.filter((l) => l.includes('/locatie/'))
    expect(locaties).toContain(`${base}/locatie/101`)
    expect(locaties.length).toBe((await getJson('/api/zoeken')).body.totaal)
    for (const url of locs) expect([url, (await fetch(url)).status]).toEqual([url, 200])
    const robots = await (await get('/robots.txt')).text()
    expect(robots).toContain(`Sitemap: ${base}/sitemap.xml`)
  })
})

describe('GET /api/locaties/:id', () => {
  it('200: exactly the public document of the page, with the headers of /api/zoeken', async () => {
    const { status, body, headers } = await getJson('/api/locaties/101')
    expect(status).toBe(200)
    expect(body).toEqual(
      JSON.parse(JSON.stringify(siteDocuments().find((d) => d.locatieId === '101'))),
    )
    const zoeken = (await getJson('/api/zoeken')).headers
    for (const naam of [
      'cache-control',
      'content-type',
      'content-security-policy',
      'x-content-type-options',
    ]) {
      expect([naam, headers.get(naam)]).toEqual([naam, zoeken.get(naam)])
    }
  })

  it('404 with a Dutch message for an unknown id, 400 for a malformed one', async () => {
    expect(await getJson('/api/locaties/999999')).toMatchObject({
      status: 404,
      body: { fout: 'Deze locatie hebben we niet gevonden.' },
    })
    for (const id of ['1.5', '%3Cscript%3E', 'a%20b', 'x'.repeat(65)]) {
      const { status, body } = await getJson(`/api/locaties/${id}`)
      expect([id, status, body.velden?.id]).toEqual([
        id,
        400,
        expect.stringContaining('nummer van de locatie'),
      ])
    }
  })

  it('never a field outside the public document: a kleinschalig address as its page shows it', async () => {
    const { status, body } = await getJson('/api/locaties/109')
    expect(status).toBe(200)
    expect(JSON.stringify(body)).not.toMatch(/Geheimstraat|6321 AB/)
    expect(body.adres).toEqual({
      straat: 'Kleinschalig wooninitiatief',
      huisnummer: null,
      postcode: '6321',
      plaats: 'Wijlre',
    })
    expect(Object.keys(body).sort()).toEqual(Object.keys(PublicDocumentSchema.shape).sort())
  })

  it('GET /api/openapi.json describes both routes in OpenAPI 3.1', async () => {
    const { status, body } = await getJson('/api/openapi.json')
    expect(status).toBe(200)
    expect(body.openapi).toBe('3.1.0')
    expect(body.servers).toEqual([{ url: base }])
    expect(Object.keys(body.paths)).toEqual(['/api/zoeken', '/api/locaties/{id}'])
  })
})

describe('compare (/vergelijk) and shortlist (/bewaard)', () => {
  it('compares locations side by side: caption, row and column headers, distance from a place', async () => {
    const response = await get('/vergelijk?ids=102,101&vanaf=Zeist')
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toMatch(/<caption[^>]*>[^<]*2 locaties naast elkaar/)
    const kolommen = [...html.matchAll(/<th scope="col"[^>]*>[\s\S]*?<a[^>]*>([^<]+)<\/a>/g)]
    expect(kolommen.map((m) => m[1])).toEqual([
      'Warande – Woonzorgcentrum De Linde',
      'Zorgstroom – Verpleeghuis Hof Mondriaan',
    ])
    expect(html).toMatch(/<th scope="row"[^>]*>Waardering op ZorgkaartNederland<\/th>/)
    expect(html).toContain('In Zeist')
    expect(html).toMatch(/\d+(,\d)? km van Zeist/)
    expect(html).toContain('2 plaatsen vrij (gemeld op 27 november 2026)')
    expect(html).toContain('href="tel:0301234567"')
    const zonderPlaats = await (await get('/vergelijk?ids=101')).text()
    expect(zonderPlaats).toContain('Afstand onbekend')
  })

  it('5 ids, garbage and vanaf twice: 400 with a Dutch message, never a 500', async () => {
    const vijf = await get('/vergelijk?ids=101,102,103,104,105')
    expect(vijf.status).toBe(400)
    expect(await vijf.text()).toContain(
      'U kunt hoogstens 4 locaties tegelijk vergelijken. U koos er 5. Kies er 4 of minder.',
    )
    for (const pad of [
      '/vergelijk?ids=101,%3Cscript%3E',
      '/bewaard?ids=..%2F..%2Fetc',
      '/vergelijk?ids=101&vanaf=a&vanaf=b',
    ]) {
      const response = await get(pad)
      expect(response.status, pad).toBe(400)
      const html = await response.text()
      expect(html, pad).toMatch(/is geen nummer van een locatie|mag maar één keer/)
      expect(html, pad).not.toContain('<script>')
    }
  })

  it('duplicates are shown once; unknown ids are named and the rest is still compared', async () => {
    const response = await get('/vergelijk?ids=101,999,101,102')
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html.match(/data-testid="vergelijk-kolom"/g)).toHaveLength(2)
    expect(html).toContain('Locatie 999 staat niet (meer) in de Zorgatlas.')
    const geen = await get('/vergelijk?ids=998,999')
    expect(geen.status).toBe(404)
    expect(await geen.text()).toContain('De locaties 998 en 999 staan niet (meer) in de Zorgatlas.')
    const onbekendePlaats = await (await get('/vergelijk?ids=101&vanaf=Nergenshuizen')).text()
    expect(onbekendePlaats).toContain('Daarom is de afstand')
    expect(onbekendePlaats).toContain('Afstand onbekend')
  })

  it('/bewaard?ids= is a server page (the shareable link); without ids it explains', async () => {
    const response = await get('/bewaard?ids=103,101')
    expect(response.status).toBe(200)
    const html = await response.text()
    const namen = [...html.matchAll(/<h2[^>]*za-bewaard__naam[^>]*>\s*<a[^>]*>([^<]+)<\/a>/g)]
    expect(namen.map((m) => m[1])).toEqual([
      'Buurtzorg Utrecht-Oost',
      'Zorgstroom – Verpleeghuis Hof Mondriaan',
    ])
    expect(html).toContain('action="/vergelijk"')
    expect(html).toMatch(/value="http:\/\/127\.0\.0\.1:\d+\/bewaard\?ids=103,101"/)
    // every page: no cookie
    expect(response.headers.get('set-cookie')).toBeNull()
    const leeg = await get('/bewaard')
    expect(leeg.status).toBe(200)
    expect(await leeg.text()).toContain('U heeft nog geen locaties bewaard.')
    const veel = Array.from({ length: 41 }, (_, i) => 200 + i).join(',')
    const teVeel = await get(`/bewaard?ids=${veel}`)
    expect(teVeel.status).toBe(400)
    expect(await teVeel.text()).toContain('Een lijst kan hoogstens 40 locaties hebben.')
  })
})

describe('bad addresses', () => {
  const ENGELS = /\b(bad|request|the|invalid|too|big|expected|received|error|forbidden)\b/i
  const boodschap = async (res: Response): Promise<string> => {
    const text = await res.text()
    try {
      return String((JSON.parse(text) as { fout?: unknown }).fout ?? '')
    } catch {
      return text
        .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/g, ' ')
        .replace(/&quot;|&#34;/g, '"')
    }
  }
  it('not UTF-8, a parameter twice, a huge number, a write: a 4xx in Dutch', async () => {
    const cases: [string, string, number, RegExp][] = [
      ['GET', '/api/zoeken/%C0%AF', 400, /geen geldige UTF-8/],
      ['GET', '/api/plaatsen/%C0%AF', 400, /geen geldige UTF-8/],
      ['GET', '/api/health/%C0%AF', 400, /geen geldige UTF-8/],
      ['GET', '/api/%C0%AF', 400, /geen geldige UTF-8/],
      ['GET', '/media/%C0%AF/foto.jpg', 400, /geen geldige UTF-8/],
      ['GET', '/locatie/%E0%A4%A', 400, /geen geldige UTF-8/],
      ['GET', '/%FF%FE', 400, /geen geldige UTF-8/],
      ['GET', '/api/zoeken?q=%C0%AF', 400, /geen geldige UTF-8/],
      ['GET', '/api/zoeken?pagina=1&pagina=2', 400, /"pagina" mag maar één keer/],
      [
        'GET',
        '/api/zoeken?woonplaats=Utrecht&woonplaats=Zeist',
        400,
        /"woonplaats" mag maar één keer/,
      ],
      ['GET', '/?sortering=naam&sortering=afstand', 400, /"sortering" mag maar één keer/],
      ['GET', '/api/plaatsen?q=til&q=bre', 400, /"q" mag maar één keer/],
      ['GET', `/api/zoeken?perPagina=${'9'.repeat(400)}`, 400, /per pagina moet tussen 1 en 50/],
      ['GET', `/api/zoeken?pagina=${'9'.repeat(20)}`, 400, /paginanummer/],
      ['GET', `/api/zoeken?q=${'x'.repeat(5000)}`, 400, /hoogstens 100 tekens/],
      ['GET', `/api/plaatsen?q=${'x'.repeat(5000)}`, 400, /hoogstens 100 tekens/],
      ['GET', `/api/namen?q=${'x'.repeat(5000)}`, 400, /hoogstens 100 tekens/],
      ['GET', '/api/namen?q=a&q=b', 400, /"q" mag maar één keer/],
      ['POST', '/api/zoeken', 405, /alleen zoeken en lezen/],
      ['DELETE', '/', 405, /alleen zoeken en lezen/],
    ]
    for (const [method, path, status, melding] of cases) {
      const res = await fetch(base + path, { method, redirect: 'manual' })
      const tekst = await boodschap(res)
      expect([path, res.status], tekst).toEqual([path, status])
      expect(tekst, path).toMatch(melding)
      expect(tekst.replace(/"[^"]*"/g, '""'), path).not.toMatch(ENGELS)
      expect(res.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'")
    }
  })
})

/** Debian's Chromium (CHROMIUM_PATH to use another), headless, for the browser checks. */
const startChromium = () =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--no-first-run'],
  })

describe('the map in a browser', () => {
  it('shows a location name in the tooltip and the popup as text, never as markup', async () => {
    const browser = await startChromium()
    // written for this test only, so the counts of the other tests stay as they are
    await writer.upsert([markupNaam()])
    try {
      await waitFor('the location with markup in its name', async () =>
        (await get('/locatie/111')).status === 200 ? true : undefined,
      )
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
      const dialogs: string[] = []
      page.on('dialog', (d) => {
        dialogs.push(d.message())
        void d.dismiss()
      })
      await page.goto(`${base}/locatie/111`)
      await page.getByRole('button', { name: 'Toon kaart' }).click()
      const marker = page.locator('.za-map .leaflet-interactive').first()
      await marker.waitFor()
      await marker.hover()
      const tooltip = page.locator('.leaflet-tooltip')
      await tooltip.waitFor()
      expect(await tooltip.locator('*').count(), await tooltip.innerHTML()).toBe(0)
      expect(await tooltip.textContent()).toBe(MARKUP_NAAM)
      await marker.click()
      const popup = page.locator('.leaflet-popup-content')
      await popup.waitFor()
      // the popup holds one link, whose text is the name
      expect(await popup.locator('img, b').count()).toBe(0)
      expect(await popup.getByRole('link').textContent()).toBe(MARKUP_NAAM)
      expect(await page.locator('.za-map img[src="x"]').count()).toBe(0)
      expect(dialogs).toEqual([])
      // the JSON-LD carries the name as data: every < escaped, so it cannot end its script
      const ld = await page.locator('script[type="application/ld+json"]').textContent()
      expect(JSON.parse(ld ?? 'null')).toMatchObject({ name: MARKUP_NAAM })
      const html = await (await get('/locatie/111')).text()
      expect(html).toContain('"name":"\\u003cimg src=x')
    } finally {
      await browser.close()
      await writer.delete(['locatie-111'])
      await waitFor('the location to go again', async () =>
        (await get('/locatie/111')).status === 404 ? true : undefined,
      )
    }
  })
})

describe('the results map in a browser', () => {
  it('shows every result of the search, grouped, named, reachable by keyboard and remembered', async () => {
    const browser = await startChromium()
    try {
      const zoek = '/?woonplaats=Utrecht&straal=50&perPagina=2'
      const alle = await getJson('/api/zoeken?woonplaats=Utrecht&straal=50&perPagina=1&punten=ja')
      const namen = (alle.body.punten as [string, number, number, string, string][]).map(
        (p) => p[4],
      )
      expect(namen.length).toBeGreaterThan(2)
      // a phone: the button sits under the count, before the filters and the list
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
      const tegels: string[] = []
      page.on('request', (r) => {
        if (!r.url().startsWith(base)) tegels.push(r.url())
      })
      const fouten: string[] = []
      page.on('pageerror', (e) => fouten.push(e.message))
      await page.goto(base + zoek)
      expect(await page.locator('li.za-result').count()).toBe(2)
      const knop = page.getByRole('button', { name: 'Toon kaart' })
      const knopY = (await knop.boundingBox())!.y
      const lijstY = (await page.locator('li.za-result').first().boundingBox())!.y
      expect(knopY).toBeLessThan(lijstY)
      expect(tegels).toEqual([])

      await knop.click()
      const kaart = page.locator('map-view')
      await expect.poll(() => kaart.getAttribute('data-punten')).toBe(String(namen.length))
      const groepen = kaart.locator('.leaflet-marker-icon[aria-label*="locaties"]')
      const losse = kaart.locator('.leaflet-marker-icon:not([aria-label*="locaties"])')
      const labels = (l: typeof losse) =>
        l.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))
      const inBeeld = async () => {
        const g = (await labels(groepen)).map((t) => Number(/^(\d+) /.exec(t)?.[1]))
        return {
          groepen: g,
          losse: await labels(losse),
          status: await kaart.locator('.za-map__status').textContent(),
        }
      }
      // fitted to the search's circle: every result is in view, alone or in a group
      const begin = await inBeeld()
      expect(begin.groepen.reduce((a, b) => a + b, 0) + begin.losse.length).toBe(namen.length)
      expect(begin.groepen.length).toBeGreaterThan(0)
      // groups opened with the keyboard (focus, Enter) zoom in; focus stays on the map
      const gezien = new Set<string>()
      let nu = begin
      for (let ronde = 0; ronde < 8 && nu.groepen.length > 0; ronde++) {
        await groepen.first().focus()
        const voor = JSON.stringify(nu)
        await page.keyboard.press('Enter')
        await expect.poll(async () => JSON.stringify(await inBeeld())).not.toBe(voor)
        expect(await page.evaluate(() => !!document.activeElement?.closest('map-view'))).toBe(true)
        nu = await inBeeld()
        for (const label of nu.losse) gezien.add(label)
      }
      // single markers: named "name, kind of care", each one of the results
      expect(gezien.size).toBeGreaterThan(0)
      for (const label of gezien) {
        expect(
          namen.some((naam) => label.startsWith(`${naam}, `)),
          label,
        ).toBe(true)
      }
      expect(fouten).toEqual([])
      // every marker is a button with a name; the status says what is in view
      for (const rol of await kaart
        .locator('.leaflet-marker-icon')
        .evaluateAll((els) =>
          els.map((e) => [e.getAttribute('role'), e.getAttribute('tabindex')]),
        )) {
        expect(rol).toEqual(['button', '0'])
      }
      expect(await kaart.locator('.za-map__status').textContent()).toMatch(/^In beeld: /)
      // a single marker with the keyboard: Enter opens its popup with a link to the location
      const eerste = losse.first()
      const naam = (await eerste.getAttribute('aria-label'))!.replace(/, [^,]+$/, '')
      await eerste.focus()
      await page.keyboard.press('Enter')
      const popup = page.locator('.leaflet-popup-content')
      await popup.getByRole('link').waitFor()
      expect(await popup.getByRole('link').textContent()).toBe(naam)
      expect(await popup.getByRole('link').getAttribute('href')).toMatch(/^\/locatie\//)
      // the kind of care's icon
      expect(await kaart.locator('.za-marker img[src^="/icons/"]').count()).toBeGreaterThan(0)

      // remembered for the visit: the next search shows its map at once
      await page.goto(base + '/?woonplaats=Utrecht&straal=50&perPagina=3')
      await kaart.locator('.leaflet-container').waitFor()
      await page.getByRole('button', { name: 'Verberg kaart' }).click()
      expect(await kaart.locator('.leaflet-container').count()).toBe(0)
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
        'Toon kaart',
      )
      await page.reload()
      await page.getByRole('button', { name: 'Toon kaart' }).waitFor()
      expect(await kaart.locator('.leaflet-container').count()).toBe(0)
      // a new visit (another tab) starts without a map
      const ander = await browser.newPage()
      await ander.goto(base + zoek)
      await ander.getByRole('button', { name: 'Toon kaart' }).waitFor()
      expect(await ander.locator('map-view .leaflet-container').count()).toBe(0)
    } finally {
      await browser.close()
    }
  })

  it('without JavaScript a phone shows no map and keeps no empty room for it', async () => {
    const browser = await startChromium()
    try {
      const zonder = await browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 390, height: 844 },
      })
      const page = await zonder.newPage()
      await page.goto(base + '/?woonplaats=Utrecht&straal=50&perPagina=2')
      expect(await page.locator('li.za-result').count()).toBe(2)
      expect(await page.locator('map-view').first().boundingBox()).toBeNull()
      // with JavaScript the button is there
      const met = await browser.newPage({ viewport: { width: 390, height: 844 } })
      await met.goto(base + '/?woonplaats=Utrecht&straal=50&perPagina=2')
      await met.getByRole('button', { name: 'Toon kaart' }).waitFor()
    } finally {
      await browser.close()
    }
  })

  it('"Verberg kaart" while all the points still load: no map comes back, no error', async () => {
    const browser = await startChromium()
    try {
      const page = await browser.newPage()
      const fouten: string[] = []
      page.on('pageerror', (e) => fouten.push(e.message))
      page.on('console', (m) => {
        // map tiles cannot load here (no internet): not what this test is about
        if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) {
          fouten.push(m.text())
        }
      })
      // the points answer comes late: the visitor hides the map before it arrives
      let laat: () => void = () => undefined
      const losgelaten = new Promise<void>((r) => (laat = r))
      let gevraagd = false
      await page.route(/\/api\/zoeken\?.*punten=ja/, async (route) => {
        gevraagd = true
        await losgelaten
        await route.continue().catch(() => undefined)
      })
      await page.goto(base + '/?woonplaats=Utrecht&straal=50&perPagina=2')
      const kaart = page.locator('map-view')
      await page.getByRole('button', { name: 'Toon kaart' }).click()
      await kaart.locator('.leaflet-container').waitFor()
      await waitFor('the points request', async () => (gevraagd ? true : undefined))
      await page.getByRole('button', { name: 'Verberg kaart' }).click()
      laat()
      await page.waitForTimeout(500)
      expect(await kaart.locator('.leaflet-container').count()).toBe(0)
      expect(await kaart.locator('.za-marker').count()).toBe(0)
      expect(await page.getByRole('button', { name: 'Toon kaart' }).isVisible()).toBe(true)
      expect(fouten).toEqual([])
    } finally {
      await browser.close()
    }
  })
})

describe('security headers', () => {
  const HEADERS = [
    'content-security-policy',
    'x-content-type-options',
    'referrer-policy',
    'x-frame-options',
    'permissions-policy',
  ]
  it('every response has them: pages, API, small static files, the favicon, compressed files', async () => {
    const html = await (await get('/?woonplaats=Utrecht')).text()
    const asset = /(?:src|href)="(\/_astro\/[^"]+\.(?:js|css))"/.exec(html)?.[1]
    expect(asset).toBeDefined()
    const paths = [
      '/',
      '/api/zoeken?woonplaats=Utrecht',
      '/favicon.svg', // 238 bytes: no compressed copy, served before Astro's middleware
      '/icons/huisdier.svg',
      '/bestaat-niet.svg',
      asset!,
    ]
    for (const path of paths) {
      for (const encoding of ['br', 'identity']) {
        const res = await fetch(base + path, { headers: { 'Accept-Encoding': encoding } })
        await res.arrayBuffer()
        const got = Object.fromEntries(HEADERS.map((h) => [h, res.headers.get(h)]))
        expect(got, `${path} (${encoding}) → ${res.status}`).toEqual({
          'content-security-policy': expect.stringContaining("frame-ancestors 'none'"),
          'x-content-type-options': 'nosniff',
          'referrer-policy': 'strict-origin-when-cross-origin',
          'x-frame-options': 'DENY',
          'permissions-policy': expect.stringContaining('geolocation=()'),
        })
      }
    }
  })
})

describe('compression and JavaScript weight', () => {
  it('compresses pages, JSON and static files (brotli or gzip)', async () => {
    for (const path of ['/', '/?woonplaats=Utrecht', '/api/zoeken?woonplaats=Utrecht']) {
      const br = await fetch(base + path, { headers: { 'Accept-Encoding': 'br' } })
      expect([path, br.headers.get('content-encoding')]).toEqual([path, 'br'])
      expect(br.headers.get('vary')).toContain('Accept-Encoding')
      const gz = await fetch(base + path, { headers: { 'Accept-Encoding': 'gzip' } })
      expect([path, gz.headers.get('content-encoding')]).toEqual([path, 'gzip'])
      await br.text()
      await gz.text()
    }
    const html = await (await get('/?woonplaats=Utrecht')).text()
    const assets = [...html.matchAll(/(?:src|href)="(\/_astro\/[^"]+\.(?:js|css))"/g)].map(
      (m) => m[1]!,
    )
    expect(assets.length).toBeGreaterThan(0)
    for (const asset of assets) {
      const res = await fetch(base + asset, { headers: { 'Accept-Encoding': 'br, gzip' } })
      expect([asset, res.status, res.headers.get('content-encoding')]).toEqual([asset, 200, 'br'])
      expect(res.headers.get('cache-control')).toContain('immutable')
      await res.arrayBuffer()
    }
    const plain = await fetch(base + assets[0]!, { headers: { 'Accept-Encoding': 'identity' } })
    expect(plain.headers.get('content-encoding')).toBeNull()
    await plain.arrayBuffer()
  })

  it("serves the build's own files itself: type, length, ETag and 304; nothing else from disk", async () => {
    const png = readdirSync(join(OUT_DIR, 'client/_astro')).find((f) => f.endsWith('.png'))
    expect(png).toBeDefined()
    const image = await fetch(`${base}/_astro/${png}`, { headers: { 'Accept-Encoding': 'br' } })
    const bytes = Buffer.from(await image.arrayBuffer())
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toBe('image/png')
    expect(image.headers.get('content-encoding')).toBeNull()
    expect(Number(image.headers.get('content-length'))).toBe(bytes.length)
    expect(bytes.subarray(1, 4).toString()).toBe('PNG')
    expect(image.headers.get('cache-control')).toContain('immutable')
    const etag = image.headers.get('etag')
    expect(etag).toMatch(/^"[0-9a-z]+-[0-9a-z]+"$/)
    const again = await fetch(`${base}/_astro/${png}`, { headers: { 'If-None-Match': etag! } })
    expect(again.status).toBe(304)
    // the brotli copy of a file has its own ETag
    const copy = readdirSync(join(OUT_DIR, 'client/_astro')).find((f) => f.endsWith('.br'))!
    const script = `/_astro/${copy.slice(0, -'.br'.length)}`
    const br = await fetch(base + script, { headers: { 'Accept-Encoding': 'br' } })
    await br.arrayBuffer()
    const plain = await fetch(base + script, { headers: { 'Accept-Encoding': 'identity' } })
    await plain.arrayBuffer()
    expect(br.headers.get('content-encoding')).toBe('br')
    expect(br.headers.get('etag')).not.toBe(plain.headers.get('etag'))
    const head = await fetch(`${base}/favicon.svg`, { method: 'HEAD' })
    expect([head.status, head.headers.get('content-type')]).toEqual([200, 'image/svg+xml'])
    // a directory, a compressed copy by its own name, a file outside: Astro's 404 page
    for (const path of ['/_astro/', '/icons', `/_astro/${copy}`, '/package.json']) {
      const res = await fetch(base + path)
      await res.arrayBuffer()
      expect([path, res.status]).toEqual([path, 404])
    }
  })

  it('the detail page loads at most 50 KB of JavaScript (gzip) before the map is opened', async () => {
    const html = await (await get('/locatie/101')).text()
    expect(html).toContain('Toon kaart')
    // every module the page loads at once: its script tags and their static imports
    const seen = new Set<string>()
    const queue = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!)
    let gzipBytes = 0
    while (queue.length > 0) {
      const url = queue.shift()!
      if (seen.has(url)) continue
      seen.add(url)
      const code = await (await get(url)).text()
      gzipBytes += gzipSync(code).length
      for (const m of code.matchAll(
        /(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g,
      )) {
        queue.push(new URL(m[1]!, base + url).pathname)
      }
    }
    console.log(`detail page: ${seen.size} script(s) before the map, ${gzipBytes} bytes gzipped`)
    expect(gzipBytes).toBeLessThanOrEqual(50 * 1024)
    expect([...seen].join(' ')).not.toMatch(/kaart|leaflet/i)
  })
})

describe('the map points of a whole search, per client', () => {
  it('answers 429 with Retry-After beyond SITE_MAP_POINTS_PER_MINUTE; other clients and other searches go on', async () => {
    const port = await freePort()
    const url = `http://127.0.0.1:${port}`
    const site = spawn(process.execPath, [join(OUT_DIR, 'server/entry.mjs')], {
      cwd: ROOT,
      env: {
        ...siteEnv,
        PORT: String(port),
        DATA_DIR: dataDir,
        SITE_MAP_POINTS_PER_MINUTE: '2',
        TRUSTED_PROXIES: '127.0.0.1',
      },
      stdio: ['ignore', 'ignore', 'ignore'],
    })
    const vraag = (pad: string, klant: string) =>
      fetch(url + pad, { headers: { 'X-Forwarded-For': klant } })
    try {
      await waitFor('the third site to answer', async () =>
        (await fetch(`${url}/api/zoeken?woonplaats=Zeist`)).status === 200 ? true : undefined,
      )
      const punten = '/api/zoeken?woonplaats=Utrecht&punten=ja'
      for (let i = 0; i < 2; i++) {
        const ok = await vraag(punten, '192.0.2.1')
        expect(ok.status).toBe(200)
        expect(((await ok.json()) as { punten?: unknown[] }).punten?.length).toBeGreaterThan(0)
      }
      const te = await vraag(punten, '192.0.2.1')
      expect(te.status).toBe(429)
      expect(Number(te.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
      expect(((await te.json()) as { fout: string }).fout).toMatch(/Probeer het over \d+ seconden/)
      // the same client's other searches, and another client's points, are not limited
      const lijst = await vraag('/api/zoeken?woonplaats=Utrecht', '192.0.2.1')
      expect(lijst.status).toBe(200)
      await lijst.arrayBuffer()
      const ander = await vraag(punten, '192.0.2.2')
      expect(ander.status).toBe(200)
      await ander.arrayBuffer()
    } finally {
      const exited = new Promise((r) => site.once('exit', r))
      site.kill('SIGTERM')
      await exited
    }
  })
})

describe('while the index is still loading', () => {
  it('answers 503 with Retry-After and a reloading page, never "unknown place"', async () => {
    const emptyDir = await mkdtemp(join(tmpdir(), 'zorgatlas-site-empty-'))
    const port = await freePort()
    const url = `http://127.0.0.1:${port}`
    let log = ''
    const starting = spawn(process.execPath, [join(OUT_DIR, 'server/entry.mjs')], {
      cwd: ROOT,
      env: { ...siteEnv, PORT: String(port), DATA_DIR: emptyDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    starting.stdout?.on('data', (d: Buffer) => (log += d.toString()))
    starting.stderr?.on('data', (d: Buffer) => (log += d.toString()))
    try {
      await waitFor('the second site to listen', async () => {
        const health = await fetch(`${url}/api/health`)
        // not ready: 503 `starting`, so a proxy sends no visitors
        expect(health.status).toBe(503)
        expect(((await health.json()) as { status: string }).status).toBe('starting')
        return true
      })
      const api = await fetch(`${url}/api/zoeken?woonplaats=Tilburg`)
      expect(api.status).toBe(503)
      expect(api.headers.get('retry-after')).toBe('5')
      expect(((await api.json()) as { fout: string }).fout).toMatch(/wordt gestart/)
      const page = await fetch(`${url}/?woonplaats=Tilburg`)
      expect(page.status).toBe(503)
      const html = await page.text()
      expect(html).toContain('De zoekfunctie wordt nu gestart.')
      expect(html).toContain('<meta http-equiv="refresh" content="5">')
      expect(html).not.toContain('We kennen de woonplaats')
      expect((await fetch(`${url}/locatie/101`)).status).toBe(503)
      // once the indexer has written the index, the same question gets its answer
      const emptyWriter = createSearchWriter({ engine: 'embedded', dir: join(emptyDir, 'search') })
      await emptyWriter.replaceAll(siteDocuments(), SITE_GAZETTEER)
      await emptyWriter.close()
      await waitFor('the index to load', async () =>
        (await fetch(`${url}/api/zoeken?woonplaats=Zeist`)).status === 200 ? true : undefined,
      )
    } catch (error) {
      throw new Error(`${String(error)}\n${log}`, { cause: error })
    } finally {
      const exited = new Promise((r) => starting.once('exit', r))
      starting.kill('SIGTERM')
      await exited
      await rm(emptyDir, { recursive: true, force: true })
    }
  })
})
