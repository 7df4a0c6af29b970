/**
 * The demo ZorgkaartNederland file (cms/seed/data/zorgkaart-demo.csv), generated from the demo
 * data: about 60% of the approved, not kleinschalige locations have a record at their visiting
 * address; at a few addresses a second provider has one too (two providers in one building), so
 * those do not link automatically (§3.2.8). Pure and seeded like demo-data.ts. Rewrite the file
 * with `npx tsx cms/seed/schrijf-zorgkaart-demo.ts` after changing the demo data.
 */
import { ZORGKAART_KOLOMMEN, ZORGKAART_URL_PREFIX, type ZorgkaartRecord } from '../domain/zorgkaart'
import { createRandom, DEFAULT_SEED, type DemoData } from './demo-data'

const BUREN = [
  'Huisartsenpraktijk De Brug',
  'Fysiotherapie Centrum',
  'Thuiszorg Samen',
  'Tandartspraktijk Het Plein',
  'Apotheek De Linde',
]

const slug = (naam: string) =>
  naam
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

export function buildDemoZorgkaart(demo: DemoData, seed: number = DEFAULT_SEED): ZorgkaartRecord[] {
  const rnd = createRandom(seed ^ 0x2c0e_ca47)
  const orgs = new Map(demo.organisaties.map((o) => [o.key, o]))
  const records: ZorgkaartRecord[] = []
  let volgende = 100_000 + rnd.int(0, 9_999)
  const record = (naam: string, a: DemoData['locaties'][number]['bezoekadres']) => {
    volgende += rnd.int(1, 400)
    const aantal = rnd.chance(0.05) ? 0 : Math.round(3 + 400 * rnd.next() ** 2.5)
    const score = aantal === 0 ? null : Math.round((6.5 + 3.1 * rnd.next() ** 0.7) * 10) / 10
    const id = String(volgende)
    records.push({
      zorgkaartId: id,
      naam,
      straat: a.straat,
      huisnummer: `${a.huisnummer ?? ''}${a.huisnummerToevoeging ?? ''}`,
      postcode: a.postcode,
      plaats: a.plaats,
      score,
      aantalWaarderingen: aantal,
      url: `${ZORGKAART_URL_PREFIX}zorginstelling/${slug(naam)}-${id}`,
    })
  }
  const kandidaten = demo.locaties.filter(
    (l) => l.status === 'definitief' && !l.kleinschalig && l.bezoekadres.huisnummer,
  )
  for (const l of kandidaten) {
    if (!rnd.chance(0.6)) continue
    const org = orgs.get(l.organisatie)
    const naam = [org?.verkorteNaam ?? org?.naam, l.naam || l.voorziening].filter(Boolean).join(' ')
    record(naam, l.bezoekadres)
    if (rnd.chance(0.06)) record(rnd.pick(BUREN), l.bezoekadres)
  }
  return records
}

const csvVeld = (v: string) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)

/** The records as the documented CSV: `;` separated, decimal comma in the score. */
export function zorgkaartCsv(records: readonly ZorgkaartRecord[]): string {
  const regels = records.map((r) =>
    [
      r.zorgkaartId,
      r.naam,
      r.straat,
      r.huisnummer,
      r.postcode,
      r.plaats,
      r.score === null ? '' : r.score.toFixed(1).replace('.', ','),
      String(r.aantalWaarderingen),
      r.url,
    ]
      .map(csvVeld)
      .join(';'),
  )
  return `${[ZORGKAART_KOLOMMEN.join(';'), ...regels].join('\n')}\n`
}
