/**
 * The code → label table the indexer publishes for the site (contract: LabelTabel). The lists
 * defined in code come from cms/domain/referentielijsten.ts; the ones whose labels live in the
 * database (soorten zorg and their voorzieningen, zachte informatie, OCO services) are read at
 * publication, and published again when the beheerder changes a label (cms/hooks/referentielijst.ts).
 */
import type { Payload } from 'payload'
import {
  doelgroepen,
  groepen,
  leveringsvormen,
  SECTOREN,
  zorgprofielen,
} from '../cms/domain/referentielijsten'
import { CONTRACT_VERSIE, type LabelTabel } from './contract'

type Lijst = readonly { code: string; naam: string }[]

/** A soort zorg with its voorzieningen (codes unique within the soort zorg). */
type SoortMetVoorzieningen = {
  code: string
  naam: string
  voorzieningen?: readonly { code?: string | null; naam: string }[] | null
}

/** Voorzieningen keyed `<soort zorg code>/<voorziening code>`. */
const voorzieningTabel = (soorten: readonly SoortMetVoorzieningen[]): Record<string, string> =>
  Object.fromEntries(
    soorten.flatMap((s) =>
      (s.voorzieningen ?? []).flatMap((v) => (v.code ? [[`${s.code}/${v.code}`, v.naam]] : [])),
    ),
  )

const tabel = (lijst: Lijst): Record<string, string> =>
  Object.fromEntries(lijst.map((item) => [item.code, item.naam]))

/** The table from the database lists given (pure; unit-tested). */
export function labelTabel(db: {
  soortenZorg: readonly SoortMetVoorzieningen[]
  zachteInformatie: Lijst
  ocoDienstverlening: Lijst
}): LabelTabel {
  return {
    contractVersie: CONTRACT_VERSIE,
    lijsten: {
      sectoren: tabel(SECTOREN),
      doelgroepen: tabel(doelgroepen),
      zorgprofielen: tabel(zorgprofielen),
      leveringsvormen: tabel(leveringsvormen),
      zachteInformatieGroepen: tabel(groepen),
      soortenZorg: tabel(db.soortenZorg),
      voorzieningen: voorzieningTabel(db.soortenZorg),
      zachteInformatie: tabel(db.zachteInformatie),
      ocoDienstverlening: tabel(db.ocoDienstverlening),
    },
  }
}

export async function loadLabelTabel(payload: Payload): Promise<LabelTabel> {
  const all = { depth: 0, limit: 0, pagination: false, overrideAccess: true } as const
  const [soortenZorg, zachteInformatie, ocoDienstverlening] = await Promise.all([
    payload.find({ collection: 'soorten-zorg', ...all }),
    payload.find({ collection: 'zachte-informatie', ...all }),
    payload.find({ collection: 'oco-dienstverlening', ...all }),
  ])
  return labelTabel({
    soortenZorg: soortenZorg.docs,
    zachteInformatie: zachteInformatie.docs,
    ocoDienstverlening: ocoDienstverlening.docs,
  })
}
