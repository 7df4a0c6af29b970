/**
 * `GET /api/locaties/:id`: one location's public document, read the way its page reads it
 * (detailPagina, the same reader). Only fields of the public document contract go out: the
 * document is parsed through the contract (unknown fields are dropped), and a kleinschalig
 * wooninitiatief's address is reduced to what its page shows, whatever the index holds.
 */
import type { PublicDocument } from '../../../search-indexer/contract'
import type { SearchReader } from '../../../search-indexer/engine/port'
import { LocatieAntwoordSchema, LocatieIdSchema } from './api-schemas'
import { detailPagina } from './pages'
import { getSearchReader } from './reader'

export type LocatieAntwoord =
  | { status: 200; body: PublicDocument }
  | { status: 400; body: { fout: string; velden: { id: string } } }
  | { status: 404 | 503; body: { fout: string } }
  | { status: 503; body: { fout: string }; opnieuwNa: true }

export const LOCATIE_NIET_GEVONDEN = 'Deze locatie hebben we niet gevonden.'
export const LOCATIE_ONBESCHIKBAAR =
  'Het ophalen van de locatie lukt nu niet. Probeer het later opnieuw.'
export const ZOEKFUNCTIE_START =
  'De zoekfunctie wordt gestart. Probeer het over een paar seconden opnieuw.'

/** The address as the page shows it: a kleinschalig wooninitiatief never with street or number. */
export const publiekDocument = (doc: PublicDocument): PublicDocument => {
  const parsed = LocatieAntwoordSchema.parse(doc)
  if (!parsed.kleinschalig) return parsed
  return {
    ...parsed,
    adres: {
      straat: 'Kleinschalig wooninitiatief',
      huisnummer: null,
      postcode: /\d{4}/.exec(parsed.adres.postcode)?.[0] ?? '',
      plaats: parsed.adres.plaats,
    },
  }
}

export const leesLocatie = async (
  id: string | undefined,
  reader: SearchReader = getSearchReader(),
): Promise<LocatieAntwoord> => {
  const geldig = LocatieIdSchema.safeParse(id ?? '')
  if (!geldig.success) {
    const fout = geldig.error.issues[0]?.message ?? 'Het nummer van de locatie klopt niet.'
    return { status: 400, body: { fout, velden: { id: fout } } }
  }
  const pagina = await detailPagina(geldig.data, reader)
  switch (pagina.soort) {
    case 'gevonden':
      return { status: 200, body: publiekDocument(pagina.document) }
    case 'niet-gevonden':
      return { status: 404, body: { fout: LOCATIE_NIET_GEVONDEN } }
    case 'opstarten':
      return { status: 503, body: { fout: ZOEKFUNCTIE_START }, opnieuwNa: true }
    case 'onbeschikbaar':
      return { status: 503, body: { fout: LOCATIE_ONBESCHIKBAAR } }
  }
}
