/** Visiting address rules (§3.2.4, §3.2.5): a physical address, never a postbus. */
export const KLEINSCHALIG_STRAAT = 'Kleinschalig wooninitiatief'

export const ADRES_MESSAGES = {
  postbus:
    'Vul een bezoekadres in, geen postbus. Met een postbus kunnen cliënten de locatie niet vinden op de kaart en werkt de koppeling met ZorgkaartNederland niet.',
  postcode: 'Vul een geldige postcode in, bijvoorbeeld 1234 AB.',
  postcodeKleinschalig:
    'Vul bij een kleinschalig wooninitiatief alleen de 4 cijfers van de postcode in, bijvoorbeeld 6321.',
  huisnummer: 'Vul een huisnummer in (alleen cijfers), bijvoorbeeld 12.',
  huisnummerKleinschalig:
    'Vul bij een kleinschalig wooninitiatief geen huisnummer in. Zo beschermen we de bewoners.',
  straat: 'Vul de straat in.',
  plaats: 'Vul de plaats in.',
  toevoeging: 'Een toevoeging mag maximaal 6 tekens zijn, bijvoorbeeld A of bis.',
} as const

const POSTBUS = /\b(post\s*bus|postbox|p\.?\s?o\.?\s*box|antwoordnummer)\b/i
export const isPostbus = (text: string | null | undefined): boolean => POSTBUS.test(text ?? '')

/** "1234ab" → "1234 AB"; returns null when it is not a Dutch postcode. */
export function normalisePostcode(value: string): string | null {
  const m = /^\s*([1-9]\d{3})\s*([a-zA-Z]{2})\s*$/.exec(value)
  if (!m) return null
  const letters = m[2]!.toUpperCase()
  if (['SA', 'SD', 'SS'].includes(letters)) return null
  return `${m[1]} ${letters}`
}

export interface AdresInput {
  kleinschalig?: boolean | null
  straat?: string | null
  huisnummer?: string | null
  huisnummerToevoeging?: string | null
  postcode?: string | null
  plaats?: string | null
}

export type AdresErrors = Partial<Record<keyof Omit<AdresInput, 'kleinschalig'>, string>>

/** Validates a visiting address; returns Dutch messages per field (empty object = valid). */
export function validateAdres(a: AdresInput): AdresErrors {
  const errors: AdresErrors = {}
  const straat = (a.straat ?? '').trim()
  const huisnummer = String(a.huisnummer ?? '').trim()
  const postcode = (a.postcode ?? '').trim()
  if (!(a.plaats ?? '').trim()) errors.plaats = ADRES_MESSAGES.plaats
  if (
    [straat, huisnummer, a.huisnummerToevoeging, a.plaats].some((v) => isPostbus(String(v ?? '')))
  ) {
    errors.straat = ADRES_MESSAGES.postbus
  }
  if (a.kleinschalig) {
    if (huisnummer) errors.huisnummer = ADRES_MESSAGES.huisnummerKleinschalig
    if (!/^[1-9]\d{3}$/.test(postcode)) errors.postcode = ADRES_MESSAGES.postcodeKleinschalig
    return errors
  }
  if (!straat) errors.straat ??= ADRES_MESSAGES.straat
  if (!/^[1-9]\d{0,4}$/.test(huisnummer)) errors.huisnummer = ADRES_MESSAGES.huisnummer
  if ((a.huisnummerToevoeging ?? '').trim().length > 6)
    errors.huisnummerToevoeging = ADRES_MESSAGES.toevoeging
  if (!normalisePostcode(postcode)) errors.postcode = ADRES_MESSAGES.postcode
  return errors
}

/** The address as it may be shown in public: never the street of a kleinschalig wooninitiatief. */
export function publicAdres(a: AdresInput): {
  straat: string
  huisnummer: string | null
  postcode: string
  plaats: string
} {
  const plaats = (a.plaats ?? '').trim()
  if (a.kleinschalig) {
    const digits = /^(\d{4})/.exec((a.postcode ?? '').trim())?.[1] ?? ''
    return { straat: KLEINSCHALIG_STRAAT, huisnummer: null, postcode: digits, plaats }
  }
  const nr = [String(a.huisnummer ?? '').trim(), (a.huisnummerToevoeging ?? '').trim()]
    .filter(Boolean)
    .join(' ')
  return {
    straat: (a.straat ?? '').trim(),
    huisnummer: nr || null,
    postcode: normalisePostcode(a.postcode ?? '') ?? (a.postcode ?? '').trim(),
    plaats,
  }
}
