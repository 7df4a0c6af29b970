/**
 * Compare and shortlist ("Bewaard"): reading the address (`?ids=a,b,c&vanaf=Tilburg`) and building
 * the rows of the comparison. Pure functions, unit tested; the pages and the lib/server loader
 * call them. Nothing here is stored anywhere: the list lives in the address (shareable) and, for
 * the shortlist, in the visitor's own browser (localStorage, see site/scripts/bewaard.ts).
 */
import { z } from 'zod'
import type { PublicDocument } from '../../search-indexer/contract'
import { haversineKm } from '../../search-indexer/engine/shared/geo'
import {
  adresRegel,
  afstandTekst,
  telefoonHref,
  vrijePlaatsenTekst,
  waarderingTekst,
  websiteHref,
  websiteTekst,
} from './format'
import { sleutel } from './server/zoektaal/woorden'

/** At most this many locations side by side (four columns still fit a laptop screen). */
export const MAX_VERGELIJKEN = 4
/** At most this many locations on a shortlist (the address must stay short enough to share). */
export const MAX_BEWAARD = 40

/** CMS ids are short tokens (the same rule as the detail page). */
export const LOCATIE_ID = /^[A-Za-z0-9_-]{1,64}$/

/** Longest raw `ids` value we read at all (40 ids of 64 characters and their commas). */
const MAX_IDS_TEKENS = MAX_BEWAARD * 65

export type IdsLijst =
  | {
      ok: true
      /** the ids in the order given, each once */
      ids: string[]
      /** ids given more than once (shown once) */
      dubbel: string[]
      /** the place to measure distances from, as typed (resolved by the loader) */
      vanaf?: string
    }
  | { ok: false; status: 400; fout: string }

/** What the visitor sees of a wrong id: short, and never markup (Astro escapes it). */
const toon = (waarde: string): string => (waarde.length > 30 ? `${waarde.slice(0, 30)}…` : waarde)

const VanafSchema = z
  .string()
  .trim()
  .max(100, { error: 'De woonplaats mag hoogstens 100 tekens lang zijn.' })
  .transform((v) => (v === '' ? undefined : v))

/**
 * Reads `ids` (comma separated, and/or repeated as a form with checkboxes sends them) and the
 * optional `vanaf`. More than `max` different ids, an id that cannot be a location, or `vanaf`
 * twice: 400 with a Dutch message. Duplicates are shown once. Unknown (well-formed) ids are the
 * loader's business: they are named on the page and the rest is still shown.
 */
export const leesIds = (search: URLSearchParams, soort: 'vergelijken' | 'bewaard'): IdsLijst => {
  const max = soort === 'vergelijken' ? MAX_VERGELIJKEN : MAX_BEWAARD
  const ruw = search.getAll('ids')
  if (ruw.join(',').length > MAX_IDS_TEKENS) {
    return {
      ok: false,
      status: 400,
      fout: `Het adres is te lang. Een lijst kan hoogstens ${MAX_BEWAARD} locaties hebben.`,
    }
  }
  const delen = ruw
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '')
  const fout = delen.find((v) => !LOCATIE_ID.test(v))
  if (fout !== undefined) {
    return {
      ok: false,
      status: 400,
      fout: `"${toon(fout)}" is geen nummer van een locatie. Gebruik de link van de Zorgatlas opnieuw, of kies de locaties opnieuw.`,
    }
  }
  const ids = [...new Set(delen)]
  const dubbel = [...new Set(delen.filter((v, i) => delen.indexOf(v) !== i))]
  if (ids.length > max) {
    return {
      ok: false,
      status: 400,
      fout:
        soort === 'vergelijken'
          ? `U kunt hoogstens ${max} locaties tegelijk vergelijken. U koos er ${ids.length}. Kies er ${max} of minder.`
          : `Een lijst kan hoogstens ${max} locaties hebben. Deze lijst heeft er ${ids.length}.`,
    }
  }
  const vanafWaarden = search.getAll('vanaf')
  if (vanafWaarden.length > 1) {
    return { ok: false, status: 400, fout: '"vanaf" mag maar één keer in het adres staan.' }
  }
  const vanaf = VanafSchema.safeParse(vanafWaarden[0] ?? '')
  if (!vanaf.success) {
    return { ok: false, status: 400, fout: vanaf.error.issues[0]?.message ?? 'Onbekende plaats.' }
  }
  return { ok: true, ids, dubbel, ...(vanaf.data !== undefined && { vanaf: vanaf.data }) }
}

/** The address of a list: `/vergelijk?ids=1,2` or `/bewaard?ids=1,2` (and `vanaf` when known). */
export const lijstUrl = (
  pad: '/vergelijk' | '/bewaard',
  ids: readonly string[],
  vanaf?: string | null,
): string => {
  const s = new URLSearchParams()
  if (ids.length) s.set('ids', ids.join(','))
  if (vanaf) s.set('vanaf', vanaf)
  const query = s.toString().replace(/%2C/g, ',')
  return query ? `${pad}?${query}` : pad
}

/** "Locatie 999 staat niet (meer) in de Zorgatlas." for ids the index does not know. */
export const onbekendTekst = (ids: readonly string[]): string | null => {
  if (ids.length === 0) return null
  if (ids.length === 1) return `Locatie ${ids[0]} staat niet (meer) in de Zorgatlas.`
  const lijst = `${ids.slice(0, -1).join(', ')} en ${ids[ids.length - 1]}`
  return `De locaties ${lijst} staan niet (meer) in de Zorgatlas.`
}

// ---------------------------------------------------------------------------------------------
// Rows of the comparison
// ---------------------------------------------------------------------------------------------

/** The place distances are measured from (a woonplaats of the gazetteer). */
export interface Vanaf {
  /** gazetteer id of the woonplaats */
  id: string
  /** official name, e.g. "Hengelo" */
  naam: string
  /** how it shows, e.g. "Hengelo (Overijssel)" */
  label: string
  lat: number
  lng: number
}

export interface IcoonTekst {
  icoon: string
  naam: string
}

export interface CelLink {
  href: string
  tekst: string
  /** a page of another site (ZorgkaartNederland, the provider's website) */
  extern?: boolean
}

/** One cell: icons with their text, lines of text and links, or what to say when empty. */
export interface Cel {
  iconen: IcoonTekst[]
  regels: string[]
  links: CelLink[]
  /** shown (subtle) when the cell has nothing else */
  leeg: string
}

export interface Rij {
  /** stable key, also a test hook */
  sleutel: string
  /** the row header */
  kop: string
  cellen: Cel[]
}

const cel = (deel: Partial<Omit<Cel, 'leeg'>>, leeg: string): Cel => ({
  iconen: deel.iconen ?? [],
  regels: deel.regels ?? [],
  links: deel.links ?? [],
  leeg,
})

/** Items in first-seen order, each once (by key). */
const uniek = <T>(items: T[], key: (item: T) => string): T[] => {
  const gezien = new Set<string>()
  return items.filter((item) => {
    const k = key(item)
    if (gezien.has(k)) return false
    gezien.add(k)
    return true
  })
}

/**
 * Distance of a location to the place: "In Tilburg", "Werkt ook in Tilburg" (home care or OCO
 * that comes there), "12 km van Tilburg"; "Afstand onbekend" without a place.
 */
export const afstandVanaf = (doc: PublicDocument, vanaf: Vanaf | null | undefined): string => {
  if (!vanaf) return 'Afstand onbekend'
  const bedient = doc.woonplaatsen.some((w) => w.id === vanaf.id)
  if (bedient) {
    const staatEr = sleutel(doc.adres.plaats) === sleutel(vanaf.naam)
    return afstandTekst({ inPlaats: staatEr ? 'in' : 'werkt-in' }, vanaf.label)
  }
  const km = Math.round(haversineKm(vanaf, doc.geo) * 10) / 10
  return afstandTekst({ afstandKm: km }, vanaf.label)
}

/** The rows of the comparison, one cell per location in the order given. */
export const vergelijkRijen = (docs: PublicDocument[], vanaf?: Vanaf | null): Rij[] => {
  const rij = (sleutel: string, kop: string, maak: (doc: PublicDocument) => Cel): Rij => ({
    sleutel,
    kop,
    cellen: docs.map(maak),
  })
  const aanbod = (doc: PublicDocument) => doc.zorgaanbod.flatMap((a) => a.aanbod)
  return [
    rij('soort-zorg', 'Soort zorg', (doc) =>
      cel(
        {
          iconen: [
            { icoon: doc.soortZorg.icoon, naam: doc.soortZorg.naam },
            ...(doc.dagbesteding && doc.soortZorg.code !== 'dagbesteding'
              ? [{ icoon: 'dagbesteding', naam: 'Ook dagbesteding of dagbehandeling' }]
              : []),
          ],
          regels: doc.voorziening ? [doc.voorziening] : [],
        },
        'Niet bekend',
      ),
    ),
    rij('organisatie', 'Organisatie', (doc) => cel({ regels: [doc.organisatie.naam] }, '')),
    rij('plaats', 'Adres en afstand', (doc) =>
      cel({ regels: [adresRegel(doc), afstandVanaf(doc, vanaf)] }, ''),
    ),
    rij('waardering', 'Waardering op ZorgkaartNederland', (doc) =>
      doc.waardering
        ? cel(
            {
              links: [
                {
                  href: doc.waardering.url,
                  tekst: waarderingTekst(doc.waardering.score, doc.waardering.aantal),
                  extern: true,
                },
              ],
            },
            '',
          )
        : cel({}, 'Geen waardering bekend'),
    ),
    rij('vrije-plaatsen', 'Vrije plaatsen', (doc) =>
      cel(
        {
          regels: doc.vrijeCapaciteit.map(
            (v) => `${vrijePlaatsenTekst(v.aantal, v.gemeldOp)}: ${v.soortPlaats.naam}`,
          ),
        },
        'Geen vrije plaatsen gemeld',
      ),
    ),
    rij('zorgprofielen', 'Zorgprofielen', (doc) =>
      cel(
        {
          regels: uniek(
            aanbod(doc).flatMap((s) => s.zorgprofielen),
            (p) => p.code,
          ).map((p) => `${p.naam} (${p.code})`),
        },
        'Niet bekend',
      ),
    ),
    rij('leveringsvormen', 'Zo krijgt u de zorg', (doc) =>
      cel(
        {
          regels: uniek(
            aanbod(doc).flatMap((s) => s.leveringsvormen),
            (l) => l.code,
          ).map((l) => l.naam),
        },
        'Niet bekend',
      ),
    ),
    rij('bijzonderheden', 'Bijzonderheden', (doc) =>
      cel(
        {
          iconen: uniek(doc.zachteInformatie, (z) => z.code).map((z) => ({
            icoon: z.icoon,
            naam: z.naam,
          })),
        },
        'Geen bijzonderheden genoemd',
      ),
    ),
    rij('telefoon', 'Telefoon', (doc) =>
      doc.telefoon
        ? cel({ links: [{ href: telefoonHref(doc.telefoon), tekst: doc.telefoon }] }, '')
        : cel({}, 'Geen telefoonnummer bekend'),
    ),
    rij('website', 'Website', (doc) => {
      const href = doc.website ? websiteHref(doc.website) : null
      return href
        ? cel({ links: [{ href, tekst: websiteTekst(href), extern: true }] }, '')
        : cel({}, 'Geen website bekend')
    }),
  ]
}

/** What the shortlist shows per location (one line each; details are on the detail page). */
export interface BewaardItem {
  id: string
  naam: string
  organisatie: string
  soortZorg: IcoonTekst
  adres: string
  waardering: string | null
  vrij: string | null
}

export const bewaardItem = (doc: PublicDocument): BewaardItem => {
  const nieuwste = doc.vrijeCapaciteit
    .map((v) => v.gemeldOp)
    .sort()
    .at(-1)
  return {
    id: doc.locatieId,
    naam: doc.naam,
    organisatie: doc.organisatie.naam,
    soortZorg: { icoon: doc.soortZorg.icoon, naam: doc.soortZorg.naam },
    adres: adresRegel(doc),
    waardering: doc.waardering
      ? waarderingTekst(doc.waardering.score, doc.waardering.aantal)
      : null,
    vrij: doc.vrijePlaatsen > 0 ? vrijePlaatsenTekst(doc.vrijePlaatsen, nieuwste ?? '') : null,
  }
}
