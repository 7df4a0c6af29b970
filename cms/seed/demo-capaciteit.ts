/**
 * Demo free capacity and waiting times (§3.2.9): about one in four approved residential
 * locations reports free places, about one in three gives waiting times. Pure and seeded like
 * demo-data.ts; dates are days from the day of seeding, so the demo never starts out expired.
 */
import type { SoortPlaatsCode } from '../domain/referentielijsten'
import { zorgprofielen } from '../domain/referentielijsten'
import { createRandom, DEFAULT_SEED, type DemoData } from './demo-data'

export interface DemoVrijeCapaciteit {
  locatie: string
  sector: string
  zorgprofiel: string | null
  soortPlaats: SoortPlaatsCode
  aantal: number
  /** days after seeding the places are free (0: now) */
  vanafDagen: number
  toelichting: string | null
}

export interface DemoWachttijd {
  locatie: string
  zorgprofiel: string
  weken: number
}

const TOELICHTINGEN = [
  'Kamer met eigen badkamer.',
  'Ook geschikt voor echtparen.',
  'Begane grond, met uitzicht op de tuin.',
  null,
  null,
]

const geldig = new Set(zorgprofielen.filter((p) => !p.vervallen).map((p) => p.code))

export function buildDemoCapaciteit(
  demo: DemoData,
  seed: number = DEFAULT_SEED,
): { vrijeCapaciteit: DemoVrijeCapaciteit[]; wachttijden: DemoWachttijd[] } {
  const random = createRandom(seed ^ 0x5eed_ca9a)
  const definitief = new Set(
    demo.locaties.filter((l) => l.status === 'definitief').map((l) => l.key),
  )
  const vrijeCapaciteit: DemoVrijeCapaciteit[] = []
  const wachttijden: DemoWachttijd[] = []
  const gezien = new Set<string>()
  for (const z of demo.zorgaanbod) {
    if (z.status !== 'definitief' || !definitief.has(z.locatie) || gezien.has(z.locatie)) continue
    gezien.add(z.locatie)
    const aanbod = Object.entries(z.sectoren).flatMap(([sector, a]) =>
      (a?.zorgprofielen ?? [])
        .filter((p) => geldig.has(p))
        .map((p) => ({ sector, zorgprofiel: p, dagbesteding: a?.dagbesteding ?? false })),
    )
    if (aanbod.length === 0) continue
    const kans = random.next()
    if (kans < 0.25) {
      const keuze = random.pick(aanbod)
      vrijeCapaciteit.push({
        locatie: z.locatie,
        sector: keuze.sector,
        zorgprofiel: random.next() < 0.7 ? keuze.zorgprofiel : null,
        soortPlaats:
          keuze.dagbesteding && random.next() < 0.3
            ? 'dagbesteding'
            : random.next() < 0.2
              ? 'logeren'
              : 'verblijf',
        aantal: random.int(1, 4),
        vanafDagen: random.next() < 0.7 ? 0 : random.int(3, 21),
        toelichting: random.pick(TOELICHTINGEN),
      })
    }
    if (kans > 0.6) {
      for (const p of new Set(aanbod.map((a) => a.zorgprofiel))) {
        wachttijden.push({ locatie: z.locatie, zorgprofiel: p, weken: random.int(0, 26) })
      }
    }
  }
  return { vrijeCapaciteit, wachttijden }
}
