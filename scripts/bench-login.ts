/**
 * `npm run bench:login -- [--rounds N] [--db sqlite|postgres]`: how long the login door takes to
 * answer for an unknown address, a known address with a wrong password and a known address with
 * the right one, through Payload's REST login on a fresh database. An attacker must not tell an
 * existing address from its timing: the unknown address is hashed against a dummy
 * (cms/collections/Users/hooks/beperkInloggen.ts). Prints p50 / p95 per case and the ratios;
 * the answers of the two failing cases are compared too. A benchmark, never a timed test.
 */
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import { VERBINDING_HEADER, verbindingStempel } from '../cms/http/verbinding'
import { createWorld, PASSWORD } from '../tests/int/helpers/fixtures'
import { startCms } from '../tests/int/helpers/payload'

const args = process.argv.slice(2)
const waarde = (naam: string) => {
  const i = args.indexOf(naam)
  return i >= 0 ? args[i + 1] : undefined
}
const ROUNDS = Number(waarde('--rounds') ?? 30)
const DB = (waarde('--db') ?? 'sqlite') as 'sqlite' | 'postgres'

const cms = await startCms(DB)
await createWorld(cms.payload)

const GEVALLEN = {
  'onbekend adres': { email: 'niemand@test.nl', password: 'Verkeerd-wachtwoord-1' },
  'bekend adres, fout wachtwoord': {
    email: 'aanbieder2@test.nl',
    password: 'Verkeerd-wachtwoord-1',
  },
  'bekend adres, goed wachtwoord': { email: 'aanbieder2@test.nl', password: PASSWORD },
} as const
type Geval = keyof typeof GEVALLEN

const tijden = new Map<Geval, number[]>(Object.keys(GEVALLEN).map((g) => [g as Geval, []]))
const antwoorden = new Map<Geval, string>()
let ronde = 0
const eenPoging = async (geval: Geval) => {
  // Every try from its own client address, so the limiter never answers instead of the door.
  ronde++
  const adres = `198.51.${Math.floor(ronde / 250)}.${ronde % 250}`
  const start = performance.now()
  const res = await cms.rest.request('POST', '/users/login', {
    body: GEVALLEN[geval],
    headers: { [VERBINDING_HEADER]: verbindingStempel(adres) },
  })
  const ms = performance.now() - start
  if (res.status === 429) throw new Error('De inlogbeperking antwoordde; de meting telt niet.')
  antwoorden.set(
    geval,
    `${res.status} ${JSON.stringify(res.body.errors ?? res.body.message ?? '')}`,
  )
  return ms
}

// warm-up, then the cases interleaved so a change in load hits each of them alike
for (const geval of tijden.keys()) await eenPoging(geval)
for (let i = 0; i < ROUNDS; i++)
  for (const geval of tijden.keys()) tijden.get(geval)!.push(await eenPoging(geval))

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!
}
const fmt = (ms: number) => `${ms.toFixed(0)} ms`
const basis = pct(tijden.get('bekend adres, fout wachtwoord')!, 50)
console.log(
  `Inloggen via REST op ${DB}, ${ROUNDS} pogingen per geval (load ${os.loadavg()[0]!.toFixed(1)}):`,
)
for (const [geval, xs] of tijden)
  console.log(
    `  ${geval.padEnd(32)} p50 ${fmt(pct(xs, 50)).padStart(7)}  p95 ${fmt(pct(xs, 95)).padStart(7)}  p50 / fout wachtwoord ${(pct(xs, 50) / basis).toFixed(2)}`,
  )
const zelfde = antwoorden.get('onbekend adres') === antwoorden.get('bekend adres, fout wachtwoord')
console.log(`  antwoord onbekend adres = antwoord fout wachtwoord: ${zelfde ? 'ja' : 'NEE'}`)
await cms.close()
process.exit(zelfde ? 0 : 1)
