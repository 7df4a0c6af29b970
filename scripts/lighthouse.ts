/**
 * `npm run lighthouse`: Lighthouse (mobile, its default simulated throttling) with the Debian
 * browser against a running site (`npm start`; LIGHTHOUSE_URL, default http://localhost:4321),
 * per page type: home, results, results of a place (the map button), detail, compare. Prints the
 * four category scores, CLS and the JavaScript transferred before any click, and the targets
 * beside them. Figures only: the exit code is 0 unless a page cannot be measured.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

const BASE = (process.env.LIGHTHOUSE_URL ?? 'http://localhost:4321').replace(/\/$/, '')
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

interface Meting {
  pagina: string
  scores: Record<(typeof CATEGORIES)[number], number>
  cls: number
  jsKb: number
  /** audits below full marks in a category other than performance, and what shifted */
  bevindingen: string[]
}

/** Two location ids from the search, for the detail and compare pages. */
const locaties = async (): Promise<string[]> => {
  const res = await fetch(`${BASE}/api/zoeken?perPagina=3`)
  if (!res.ok) throw new Error(`${BASE}/api/zoeken answered ${res.status}: is the site running?`)
  const body = (await res.json()) as { resultaten: { id: string }[] }
  const ids = body.resultaten.map((r) => r.id)
  if (ids.length < 2) throw new Error('fewer than two locations in the index')
  return ids
}

const meet = async (port: number, pagina: string, pad: string): Promise<Meting> => {
  const result = await lighthouse(`${BASE}${pad}`, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
  })
  if (!result) throw new Error(`no result for ${pad}`)
  const { lhr } = result
  if (lhr.runtimeError) throw new Error(`${pad}: ${lhr.runtimeError.message}`)
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
  ) as Meting['scores']
  const items = ((lhr.audits['network-requests']?.details as { items?: unknown[] } | undefined)
    ?.items ?? []) as { resourceType?: string; transferSize?: number }[]
  const js = items
    .filter((i) => i.resourceType === 'Script')
    .reduce((sum, i) => sum + (i.transferSize ?? 0), 0)
  const bevindingen: string[] = []
  for (const c of CATEGORIES.filter((c) => c !== 'performance')) {
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id]
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        bevindingen.push(`${c}: ${audit.id} (${audit.title})`)
      }
    }
  }
  const shifts = ((lhr.audits['layout-shifts']?.details as { items?: unknown[] } | undefined)
    ?.items ?? []) as { score?: number; node?: { selector?: string; snippet?: string } }[]
  for (const shift of shifts) {
    bevindingen.push(
      `verschuiving ${shift.score?.toFixed(3)}: ${shift.node?.selector ?? shift.node?.snippet ?? '?'}`,
    )
  }
  return {
    pagina,
    scores,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    jsKb: js / 1024,
    bevindingen,
  }
}

const main = async () => {
  const [a, b, c] = await locaties()
  const paginas: [string, string][] = [
    ['home', '/'],
    ['resultaten', '/?q=verpleeghuis'],
    ['resultaten + kaartknop', '/?woonplaats=Tilburg'],
    ['locatie', `/locatie/${a}`],
    ['vergelijken', `/vergelijk?ids=${[a, b, c].filter(Boolean).join(',')}`],
  ]
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  })
  try {
    const metingen: Meting[] = []
    for (const [pagina, pad] of paginas) {
      process.stdout.write(`meten: ${pagina} (${pad})…\n`)
      metingen.push(await meet(chrome.port, pagina, pad))
    }
    console.log(`\nLighthouse ${BASE} (mobiel), doel: prestaties ≥ 95 (resultaten met kaart ≥ 90),`)
    console.log('toegankelijkheid, best practices en SEO 100, CLS 0, JavaScript locatie ≤ 50 KB\n')
    console.table(
      metingen.map((m) => ({
        pagina: m.pagina,
        prestaties: m.scores.performance,
        toegankelijkheid: m.scores.accessibility,
        'best practices': m.scores['best-practices'],
        seo: m.scores.seo,
        cls: Number(m.cls.toFixed(3)),
        'js (KB)': Number(m.jsKb.toFixed(1)),
      })),
    )
    for (const m of metingen) {
      for (const b of m.bevindingen) console.log(`  ${m.pagina}: ${b}`)
    }
  } finally {
    await chrome.kill()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
