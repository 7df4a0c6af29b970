/**
 * Jobs of the worker as a beheerder sees them, and what a failed job means for health. Pure: the
 * queries and the retry live in cms/jobs/mislukt.ts and cms/workflow/taken.ts.
 *
 * A job has failed for good when its last try failed (`hasError`): nothing runs it again until a
 * beheerder retries it (a fresh set of tries) or removes it. Until then health says `degraded`.
 * Job inputs hold e-mail addresses and texts (an invitation's set-password link): a beheerder sees
 * the subject of a mail job, never its address or text, and addresses in error texts are hidden.
 */

/** A job as Payload stores it: the fields read here. */
export interface TaakDocument {
  id: string | number
  taskSlug?: string | null
  queue?: string | null
  input?: unknown
  totalTried?: number | null
  hasError?: boolean | null
  error?: unknown
  createdAt?: string | null
  updatedAt?: string | null
}

/** A failed job in the beheerder's list (`GET /api/taken/mislukt`). */
export interface MislukteTaak {
  id: string
  /** the task's slug (`verstuurMail`, `indexeerLocaties`, …) */
  taak: string
  /** what the task does, in Dutch */
  naam: string
  wachtrij: string
  aangemaaktOp: string | null
  /** when the last try failed */
  misluktOp: string | null
  pogingen: number
  /** the last error, without e-mail addresses */
  fout: string
  /** an index job: the locations it was to bring up to date (name null: no longer there) */
  locaties?: { id: string; naam: string | null }[]
  /** an index job that also publishes the reference lists' labels */
  labels?: boolean
  /** a mail job: the subject (never the address or the text) */
  onderwerp?: string
  /** a full reindex: why it was asked for */
  reden?: string
}

export interface MislukteTakenAntwoord {
  aantal: number
  taken: MislukteTaak[]
}

export interface OpnieuwAntwoord {
  message: string
  taak: MislukteTaak
}

export const TAKEN_MESSAGES = {
  bestaatNiet: 'Deze taak bestaat niet (meer).',
  nietMislukt:
    'Deze taak is niet mislukt: de worker voert hem uit of probeert hem later opnieuw. Er is niets te doen.',
  geannuleerd: 'Deze taak is geannuleerd en kan niet opnieuw. Verwijder hem als hij weg mag.',
  opnieuw: 'De taak staat weer in de wachtrij. De worker voert hem zo uit.',
  verwijderd: 'De taak is verwijderd. Hij wordt niet meer uitgevoerd.',
} as const

const MAX_FOUT = 1000

/** E-mail addresses replaced, e.g. in an SMTP server's refusal that names the recipient. */
export function verbergAdressen(tekst: string): string {
  return tekst.replace(/[^\s<>()"',;:@]+@[^\s<>()"',;:@]+\.[a-z]{2,}/gi, '[e-mailadres]')
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Was the job cancelled (Payload's cancel)? Then it cannot be retried. */
export const isGeannuleerd = (job: Pick<TaakDocument, 'error'>): boolean =>
  isObject(job.error) && job.error.cancelled === true

/** The error a job failed with, as one short text without addresses (never the stack). */
export function foutVan(job: Pick<TaakDocument, 'error'>): string {
  const error = job.error
  let tekst: string
  if (typeof error === 'string') tekst = error
  else if (isObject(error) && error.cancelled === true) tekst = 'Geannuleerd.'
  else if (isObject(error) && typeof error.message === 'string') tekst = error.message
  else if (isObject(error) && typeof error.error === 'string') tekst = error.error
  else tekst = 'Onbekende fout.'
  const kort = verbergAdressen(tekst.trim())
  return kort.length > MAX_FOUT ? `${kort.slice(0, MAX_FOUT - 1)}…` : kort
}

const tekstVeld = (input: unknown, veld: string): string | undefined =>
  isObject(input) && typeof input[veld] === 'string' ? input[veld] : undefined

/** The location ids an index job works on (as strings). */
export function locatieIdsVan(job: Pick<TaakDocument, 'input'>): string[] {
  const ids = isObject(job.input) ? job.input.locatieIds : undefined
  return Array.isArray(ids) ? ids.map(String) : []
}

/**
 * What the beheerder sees of a failed job. `naamVanTaak` names a task slug (the task's label);
 * `locatieNamen` holds the current names of the locations of index jobs.
 */
export function beschrijfMislukteTaak(
  job: TaakDocument,
  naamVanTaak: (slug: string) => string,
  locatieNamen: ReadonlyMap<string, string> = new Map(),
): MislukteTaak {
  const taak = job.taskSlug ?? 'onbekend'
  const beschrijving: MislukteTaak = {
    id: String(job.id),
    taak,
    naam: naamVanTaak(taak),
    wachtrij: job.queue ?? 'default',
    aangemaaktOp: job.createdAt ?? null,
    misluktOp: job.updatedAt ?? null,
    pogingen: job.totalTried ?? 0,
    fout: foutVan(job),
  }
  if (isObject(job.input) && Array.isArray(job.input.locatieIds)) {
    beschrijving.locaties = locatieIdsVan(job).map((id) => ({
      id,
      naam: locatieNamen.get(id) ?? null,
    }))
    if (job.input.labels === true) beschrijving.labels = true
  }
  const onderwerp = tekstVeld(job.input, 'onderwerp')
  if (onderwerp !== undefined) beschrijving.onderwerp = onderwerp
  const reden = tekstVeld(job.input, 'reden')
  if (reden !== undefined) beschrijving.reden = reden
  return beschrijving
}

/** A short title of a job for the audit trail: what it does and what it was about, no address. */
export function taakTitel(taak: MislukteTaak): string {
  if (taak.onderwerp) return `${taak.naam}: ${taak.onderwerp}`
  if (taak.locaties) {
    const n = taak.locaties.length
    return `${taak.naam}: ${n === 1 ? '1 locatie' : `${n} locaties`}`
  }
  if (taak.reden) return `${taak.naam}: ${taak.reden}`
  return taak.naam
}

export type Gezondheid = { status: 'ok' | 'degraded'; reden?: string }

/**
 * `ok` only when the worker is alive and no job has failed for good; otherwise `degraded`, with the
 * reasons in one Dutch text.
 */
export function gezondheid(args: {
  workerLoopt: boolean
  mislukt: number
  /** differences the last reconcile found (null: it never ran) */
  controleVerschillen?: number | null
}): Gezondheid {
  const redenen: string[] = []
  if (!args.workerLoopt) redenen.push('De worker draait niet: goedgekeurde wijzigingen wachten.')
  if (args.mislukt === 1)
    redenen.push(
      '1 taak is mislukt en wordt niet meer geprobeerd. Een beheerder kan hem bekijken en opnieuw laten proberen onder Mislukte taken.',
    )
  else if (args.mislukt > 1)
    redenen.push(
      `${args.mislukt} taken zijn mislukt en worden niet meer geprobeerd. Een beheerder kan ze bekijken en opnieuw laten proberen onder Mislukte taken.`,
    )
  const verschillen = args.controleVerschillen ?? 0
  if (verschillen > 0)
    redenen.push(
      `De laatste controle van de zoekindex vond ${verschillen === 1 ? '1 verschil' : `${verschillen} verschillen`} met de database. Herstel ze met npm run reindex -- --repair.`,
    )
  return redenen.length ? { status: 'degraded', reden: redenen.join(' ') } : { status: 'ok' }
}
