/**
 * Working days in the Netherlands, for the answer the zorgkantoor promises "binnen vijf werkdagen"
 * (seed 001). A working day is a weekday that is no national holiday. The holidays are those of the
 * Algemene termijnenwet (art. 3), the law that says how Dutch deadlines count: Nieuwjaarsdag,
 * Tweede Paasdag, Hemelvaartsdag, Tweede Pinksterdag, Eerste en Tweede Kerstdag, Koningsdag and
 * 5 mei. (Eerste Paasdag and Eerste Pinksterdag are Sundays anyway; Goede Vrijdag is not one.)
 * Days are calendar dates in Dutch time, written as 'jjjj-mm-dd'. Pure.
 */

const TIJDZONE = 'Europe/Amsterdam'

/** A calendar date as 'jjjj-mm-dd'. */
export type Dag = string

const pad = (n: number) => String(n).padStart(2, '0')
const dagVan = (jaar: number, maand: number, dag: number): Dag =>
  `${jaar}-${pad(maand)}-${pad(dag)}`

/** The calendar date of a moment in the Netherlands (whatever the machine's time zone). */
export function dagInNederland(moment: Date): Dag {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIJDZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(moment)
  const waarde = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? ''
  return `${waarde('year')}-${waarde('month')}-${waarde('day')}`
}

/** Easter Sunday of a year (Gregorian calendar; the anonymous algorithm of Meeus/Jones/Butcher). */
export function paaszondag(jaar: number): Dag {
  const a = jaar % 19
  const b = Math.floor(jaar / 100)
  const c = jaar % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const maand = Math.floor((h + l - 7 * m + 114) / 31)
  const dag = ((h + l - 7 * m + 114) % 31) + 1
  return dagVan(jaar, maand, dag)
}

/** Date arithmetic on calendar dates (UTC noon, so no clock change can move a day). */
const alsDatum = (dag: Dag) => new Date(`${dag}T12:00:00Z`)
const alsDag = (datum: Date): Dag =>
  dagVan(datum.getUTCFullYear(), datum.getUTCMonth() + 1, datum.getUTCDate())
export const plusDagen = (dag: Dag, n: number): Dag => {
  const datum = alsDatum(dag)
  datum.setUTCDate(datum.getUTCDate() + n)
  return alsDag(datum)
}
/** 0 = Sunday … 6 = Saturday */
const weekdag = (dag: Dag) => alsDatum(dag).getUTCDay()

/** The national holidays of a year (Algemene termijnenwet), with their names, in date order. */
export function feestdagen(jaar: number): { dag: Dag; naam: string }[] {
  const pasen = paaszondag(jaar)
  // Koningsdag is 27 April, or the 26th when the 27th is a Sunday.
  const koningsdag27 = dagVan(jaar, 4, 27)
  const koningsdag = weekdag(koningsdag27) === 0 ? dagVan(jaar, 4, 26) : koningsdag27
  return [
    { dag: dagVan(jaar, 1, 1), naam: 'Nieuwjaarsdag' },
    { dag: plusDagen(pasen, 1), naam: 'Tweede Paasdag' },
    { dag: koningsdag, naam: 'Koningsdag' },
    { dag: dagVan(jaar, 5, 5), naam: 'Bevrijdingsdag' },
    { dag: plusDagen(pasen, 39), naam: 'Hemelvaartsdag' },
    { dag: plusDagen(pasen, 50), naam: 'Tweede Pinksterdag' },
    { dag: dagVan(jaar, 12, 25), naam: 'Eerste Kerstdag' },
    { dag: dagVan(jaar, 12, 26), naam: 'Tweede Kerstdag' },
  ].sort((x, y) => (x.dag < y.dag ? -1 : 1))
}

const feestdagCache = new Map<number, Set<Dag>>()
const isFeestdag = (dag: Dag): boolean => {
  const jaar = Number(dag.slice(0, 4))
  let set = feestdagCache.get(jaar)
  if (!set) feestdagCache.set(jaar, (set = new Set(feestdagen(jaar).map((f) => f.dag))))
  return set.has(dag)
}

/** A weekday that is no national holiday. */
export const isWerkdag = (dag: Dag): boolean => {
  const w = weekdag(dag)
  return w !== 0 && w !== 6 && !isFeestdag(dag)
}

/**
 * The n-th working day after the day of `moment` (that day itself never counts, also when it is a
 * working day): sent on Tuesday 1 December 2026, five working days is Tuesday 8 December.
 */
export function werkdagenNa(moment: Date, n: number): Dag {
  let dag = dagInNederland(moment)
  let over = n
  while (over > 0) {
    dag = plusDagen(dag, 1)
    if (isWerkdag(dag)) over--
  }
  return dag
}

/** How many working days the zorgkantoor takes to answer a request (seed 001). */
export const ANTWOORD_WERKDAGEN = 5

/**
 * The day by which the answer is promised, as a moment for a date field: noon UTC of that day,
 * which is the same date in Dutch time all year (13:00 or 14:00) and in every European time zone.
 */
export const antwoordUiterlijk = (verstuurd: Date, werkdagen = ANTWOORD_WERKDAGEN): string =>
  `${werkdagenNa(verstuurd, werkdagen)}T12:00:00.000Z`

/** "maandag 8 december 2026" */
const VOLUIT = new Intl.DateTimeFormat('nl-NL', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

export function dagVoluit(dag: Dag): string {
  const [jaar, maand, d] = dag.split('-').map(Number) as [number, number, number]
  return VOLUIT.format(Date.UTC(jaar, maand - 1, d))
}
