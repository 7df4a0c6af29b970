/**
 * Dutch error messages in every API answer, whoever made the error.
 *
 * Why some messages stayed English (measured): the request language is Dutch for every client
 * (Dutch is the only supported language and the fallback, whatever Accept-Language says), but
 * - Payload throws many errors with a fixed English text, without its translations: "No User",
 *   "Token is either invalid or has expired.", "Route not found", the upload limits ("File size
 *   limit has been reached"), "Something went wrong." for every 500, …;
 * - errors created without `req.t` (a `ValidationError` in a hook, `new Forbidden()`) fall back
 *   to Payload's English texts ("The following field is invalid: naam");
 * - GraphQL's own parse and validation errors are English.
 * So the REST and GraphQL routes pass every JSON error answer through `vertaalFout`: Payload's
 * English texts become the Dutch of its own translation (with our overrides, cms/admin/merk.ts),
 * its fixed English texts get ours, and anything else that still reads as English gets a Dutch
 * text for its status (the original is logged, so the table can grow).
 */
import { en } from '@payloadcms/translations/languages/en'
import { nl } from '@payloadcms/translations/languages/nl'
import { BEHEER_TEKSTEN } from '../admin/merk'
import { FOTO_MESSAGES } from '../domain/foto'

export const FOUT_NL = {
  nietGevonden: 'Dit adres bestaat niet.',
  nietIngelogd: 'U bent niet ingelogd. Log eerst in.',
  linkOngeldig: 'Deze link is niet (meer) geldig. Vraag een nieuwe aan.',
  serverfout: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
  formulier: 'Het formulier is niet goed verstuurd. Probeer het opnieuw.',
  json: 'De gegevens zijn geen geldige JSON.',
  bestandsnaam: 'De naam van het bestand klopt niet. Gebruik letters, cijfers en streepjes.',
  gegevensOntbreken: 'Niet alle gegevens zijn ingevuld.',
  algemeen: {
    400: 'De aanvraag klopt niet. Controleer de gegevens en probeer het opnieuw.',
    401: 'U bent niet ingelogd. Log eerst in.',
    403: 'U mag deze actie niet uitvoeren.',
    404: 'Dit adres bestaat niet.',
    405: 'Deze methode kan hier niet.',
    409: 'Dit kan nu niet: de gegevens zijn intussen veranderd.',
    413: 'De aanvraag is te groot.',
    414: 'Het adres is te lang.',
    423: 'Dit item is nu in gebruik door iemand anders.',
    429: 'Te veel aanvragen. Wacht even en probeer het opnieuw.',
  } as Record<number, string>,
} as const

/** Payload's fixed English texts (not in its translations), and what we say instead. */
const VASTE_TEKSTEN: Record<string, string> = {
  'No User': FOUT_NL.nietIngelogd,
  'Token is either invalid or has expired.': FOUT_NL.linkOngeldig,
  'Verification token is invalid.': FOUT_NL.linkOngeldig,
  'Missing required data.': FOUT_NL.gegevensOntbreken,
  'Invalid JSON': FOUT_NL.json,
  'Invalid filename': FOUT_NL.bestandsnaam,
  'Invalid filename.': FOUT_NL.bestandsnaam,
  'A file name is required.': 'Bestand: het bestand heeft geen naam.',
  'Incorrect collection': 'Dit kan niet met dit soort account.',
  'File size limit has been reached': FOTO_MESSAGES.teGroot,
  'Multipart limit has been reached': FOTO_MESSAGES.teGroot,
  'Multipart request size limit has been reached': FOTO_MESSAGES.teGroot,
  'Request is not eligible for file upload': FOUT_NL.formulier,
  'Something went wrong.': FOUT_NL.serverfout,
  'An unknown error occurred.': FOUT_NL.serverfout,
  'There was an error initializing Payload': FOUT_NL.serverfout,
  'Not supported': FOUT_NL.algemeen[400]!,
  'Missing ID of document to update.': FOUT_NL.nietGevonden,
  'Missing ID of version to restore.': FOUT_NL.nietGevonden,
  'Missing ID of version.': FOUT_NL.nietGevonden,
  'Pasting from URL is not enabled for this collection.': FOUT_NL.algemeen[400]!,
}

type Teksten = Record<string, Record<string, string>>

/** Payload's English texts without placeholders → the Dutch that the admin shows for them. */
function vanPayload(): Map<string, string> {
  const engels = en.translations as unknown as Teksten
  const nederlands = nl.translations as unknown as Teksten
  const eigen = BEHEER_TEKSTEN.nl as unknown as Partial<Teksten>
  const map = new Map<string, string>()
  for (const [groep, teksten] of Object.entries(engels)) {
    for (const [sleutel, tekst] of Object.entries(teksten)) {
      const nl = eigen[groep]?.[sleutel] ?? nederlands[groep]?.[sleutel]
      if (typeof tekst === 'string' && nl && !tekst.includes('{{') && !map.has(tekst)) {
        map.set(tekst, nl)
      }
    }
  }
  return map
}

let tabel: Map<string, string> | null = null
const vertalingen = (): Map<string, string> => {
  if (!tabel) {
    tabel = vanPayload()
    for (const [tekst, nl] of Object.entries(VASTE_TEKSTEN)) tabel.set(tekst, nl)
  }
  return tabel
}

/** Payload's own field paths, as the admin names them. */
const PAYLOAD_VELDEN: Record<string, string> = {
  file: 'Bestand',
  filename: 'Bestandsnaam',
  email: 'E-mailadres',
  password: 'Wachtwoord',
}

/** "The following field(s) is/are invalid: naam, adres" as Payload writes it without `req.t`. */
const ONGELDIGE_VELDEN = /^The following fields? (?:is|are) invalid:?\s*(.*)$/s

/** Words that do not occur in our Dutch texts: a message with one of them is English. */
const ENGELS =
  /\b(the|not|found|invalid|required|missing|must|cannot|can't|please|error|allowed|unauthorized|forbidden|failed|unable|expected|provided|reached|exceeded|unknown|wrong|only|should|does|went)\b/i

/** Does this message read as English? Quoted parts (field names, input) do not count. */
export const leestEngels = (message: string): boolean =>
  ENGELS.test(message.replace(/"[^"]*"|“[^”]*”|'[^']*'/g, ''))

/** The Dutch message for an error message of `status`; null when it is Dutch already. */
export function vertaalFout(message: unknown, status: number): string | null {
  if (typeof message !== 'string' || !message.trim()) {
    return FOUT_NL.algemeen[status] ?? (status >= 500 ? FOUT_NL.serverfout : FOUT_NL.algemeen[400]!)
  }
  const vast = vertalingen().get(message)
  if (vast) return vast
  const velden = ONGELDIGE_VELDEN.exec(message)
  if (velden) {
    const namen = (velden[1] ?? '')
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean)
      .map((n) => PAYLOAD_VELDEN[n] ?? n)
      .join(', ')
    const nlTekst = (nl.translations.error as Record<string, string>)[
      namen.includes(',') ? 'followingFieldsInvalid_other' : 'followingFieldsInvalid_one'
    ]
    return namen ? `${nlTekst} ${namen}` : FOUT_NL.algemeen[400]!
  }
  if (message.startsWith('Route not found')) return FOUT_NL.nietGevonden
  if (leestEngels(message)) {
    return FOUT_NL.algemeen[status] ?? (status >= 500 ? FOUT_NL.serverfout : FOUT_NL.algemeen[400]!)
  }
  return null
}
