/**
 * Dutch messages for zod's own issues, naming the field: what an API client sees when a body
 * or query of a custom endpoint does not fit and the schema gives no message of its own
 * (zod's defaults are English: "Invalid input: expected string, received number"). Passed per
 * parse (`schema.safeParse(raw, { error: zodNl })`), so a message written in a schema still wins.
 */
import type { z } from 'zod'

type Issue = Parameters<z.core.$ZodErrorMap>[0]

const SOORT: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een geheel getal',
  bigint: 'een geheel getal',
  boolean: 'aan of uit (true of false)',
  array: 'een lijst',
  tuple: 'een lijst',
  set: 'een lijst',
  object: 'een groep velden',
  record: 'een groep velden',
  map: 'een groep velden',
  date: 'een datum',
  file: 'een bestand',
}

/** The field as a client wrote it (`"adres.postcode"`), or a neutral word when there is none. */
export const veldnaam = (path: readonly PropertyKey[] | undefined): string =>
  path?.length ? `"${path.map(String).join('.')}"` : 'De waarde'

const getal = (n: number | bigint): string => String(n)

/** The Dutch text of one zod issue (without a message of its own), naming its field. */
export function zodBoodschap(issue: Issue): string {
  const veld = veldnaam(issue.path)
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `${veld} ontbreekt.`
      return `${veld} moet ${SOORT[issue.expected] ?? 'een andere soort waarde'} zijn.`
    case 'too_small': {
      const min = getal(issue.minimum)
      if (issue.origin === 'string')
        return issue.minimum === 1
          ? `${veld} mag niet leeg zijn.`
          : `${veld} moet minstens ${min} tekens lang zijn.`
      if (issue.origin === 'array' || issue.origin === 'set')
        return `${veld} moet minstens ${min} ${issue.minimum === 1 ? 'keuze' : 'keuzes'} hebben.`
      return `${veld} moet ${issue.inclusive === false ? 'groter dan' : 'minstens'} ${min} zijn.`
    }
    case 'too_big': {
      const max = getal(issue.maximum)
      if (issue.origin === 'string') return `${veld} mag hoogstens ${max} tekens lang zijn.`
      if (issue.origin === 'array' || issue.origin === 'set')
        return `${veld} mag hoogstens ${max} keuzes hebben.`
      return `${veld} moet ${issue.inclusive === false ? 'kleiner dan' : 'hoogstens'} ${max} zijn.`
    }
    case 'invalid_format':
      if (issue.format === 'email')
        return `${veld} moet een geldig e-mailadres zijn, bijvoorbeeld naam@organisatie.nl.`
      if (issue.format === 'url') return `${veld} moet een geldig webadres zijn.`
      if (issue.format.startsWith('date') || issue.format === 'datetime')
        return `${veld} moet een datum zijn, bijvoorbeeld 2026-12-31.`
      return `${veld} heeft een verkeerde vorm.`
    case 'not_multiple_of':
      return `${veld} moet een veelvoud van ${getal(issue.divisor)} zijn.`
    case 'unrecognized_keys':
      return `Dit veld hoort hier niet bij: ${issue.keys.map((k) => `"${k}"`).join(', ')}.`
    case 'invalid_value':
      return `${veld} heeft een keuze die niet bestaat.`
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
    default:
      return `${veld} is niet goed ingevuld.`
  }
}

/** zod's error map: the Dutch message, for every issue a schema has no message for. */
export const zodNl: z.core.$ZodErrorMap = (issue) => zodBoodschap(issue)
