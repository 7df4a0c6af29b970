/**
 * Dates in the admin as the Netherlands writes them: dd-mm-jjjj (and the time as 24 hours).
 * One format for Payload's own lists and fields (date-fns patterns) and for our components.
 */

/** date-fns pattern of a date with time, e.g. 29-11-2026 21:05 */
export const DATUM_TIJD_FORMAAT = 'dd-MM-yyyy HH:mm'
/** date-fns pattern of a date, e.g. 29-11-2026 */
export const DATUM_FORMAAT = 'dd-MM-yyyy'
/** date-fns pattern of a time, e.g. 21:05 */
export const TIJD_FORMAAT = 'HH:mm'

const TIJDZONE = 'Europe/Amsterdam'

/** The parts of a moment in Dutch time, whatever the time zone of the machine. */
function delen(datum: Date): Record<'day' | 'month' | 'year' | 'hour' | 'minute', string> {
  const parts = new Intl.DateTimeFormat('nl-NL', {
    timeZone: TIJDZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(datum)
  const waarde = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? ''
  return {
    day: waarde('day'),
    month: waarde('month'),
    year: waarde('year'),
    hour: waarde('hour'),
    minute: waarde('minute'),
  }
}

const geldig = (waarde: string | Date | null | undefined): Date | null => {
  if (waarde === null || waarde === undefined || waarde === '') return null
  const datum = waarde instanceof Date ? waarde : new Date(waarde)
  return Number.isNaN(datum.getTime()) ? null : datum
}

/** 29-11-2026, or '' when there is no (valid) date. */
export function datum(waarde: string | Date | null | undefined): string {
  const d = geldig(waarde)
  if (!d) return ''
  const p = delen(d)
  return `${p.day}-${p.month}-${p.year}`
}

/** 29-11-2026 21:05, or '' when there is no (valid) date. */
export function datumTijd(waarde: string | Date | null | undefined): string {
  const d = geldig(waarde)
  if (!d) return ''
  const p = delen(d)
  return `${p.day}-${p.month}-${p.year} ${p.hour}:${p.minute}`
}
