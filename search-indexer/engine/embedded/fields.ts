/**
 * What the embedded index keeps of a public document: the words of six short text fields, the
 * map point, the facet values, and the figures it sorts and filters on. Much smaller than the
 * document (≈ 0.5 KB against 5–10 KB), so a site process holds the index of every location but
 * reads whole documents only for the hits it shows. Pure; computed once by the writer and stored
 * beside the document.
 */
import type { PublicDocument } from '../../contract'
import type { FacetLabel, LabelledFacet } from '../port'

export const TEXT_FIELDS = [
  'naam',
  'organisatie',
  'plaats',
  'voorziening',
  'soortZorg',
  'woonplaatsen',
] as const
export type TextField = (typeof TEXT_FIELDS)[number]

/** Facet dimensions with string values, stored as one bitset per value. */
export const VALUE_DIMENSIONS = [
  'soortZorg',
  'zachteInformatie',
  'doelgroep',
  'organisatieType',
  'voorziening',
  'sector',
  'zorgprofiel',
  'leveringsvorm',
  'zorgkantoor',
] as const
export type ValueDimension = (typeof VALUE_DIMENSIONS)[number]

export interface IndexFields {
  id: string
  text: Record<TextField, string>
  lat: number
  lng: number
  plaats: string
  woonplaatsIds: string[]
  values: Record<ValueDimension, string[]>
  dagbesteding: boolean
  vrijePlaatsen: number
  /** ZorgkaartNederland score, null without one */
  score: number | null
  /** number of reviews (tie-break of the rating order) */
  reviews: number
  /** code → label of the labelled facet values this document carries */
  labels: Partial<Record<LabelledFacet, Record<string, FacetLabel>>>
}

/** Text of a document as the engines search it (also the Meilisearch searchable fields). */
export const searchableText = (doc: PublicDocument): Record<TextField, string> => ({
  naam: doc.naam,
  organisatie: [doc.organisatie.naam, doc.organisatie.verkorteNaam ?? ''].join(' ').trim(),
  plaats: doc.adres.plaats,
  voorziening: doc.voorziening ?? '',
  soortZorg: doc.soortZorg.naam,
  woonplaatsen: doc.woonplaatsen.map((w) => w.naam).join(' '),
})

const unique = (values: Iterable<string>): string[] => [...new Set(values)]

/** The care offer's sectors, care profiles and delivery forms over all woonplaatsen. */
export const aanbodCodes = (doc: PublicDocument) => {
  const sector = new Map<string, string>()
  const zorgprofiel = new Map<string, string>()
  const leveringsvorm = new Map<string, string>()
  for (const z of doc.zorgaanbod) {
    for (const s of z.sectoren ?? []) sector.set(s.code, s.naam)
    for (const a of z.aanbod ?? []) {
      sector.set(a.sector.code, a.sector.naam)
      for (const p of a.zorgprofielen) zorgprofiel.set(p.code, p.naam)
      for (const l of a.leveringsvormen) leveringsvorm.set(l.code, l.naam)
    }
  }
  return { sector, zorgprofiel, leveringsvorm }
}

const labelsOf = (entries: Iterable<[string, string, string?]>): Record<string, FacetLabel> => {
  const out: Record<string, FacetLabel> = {}
  for (const [code, naam, icoon] of entries) out[code] = { naam, icoon: icoon ?? '' }
  return out
}

export const indexFields = (doc: PublicDocument): IndexFields => {
  const { sector, zorgprofiel, leveringsvorm } = aanbodCodes(doc)
  // documents written before these fields existed have none
  const doelgroepen = doc.doelgroepen ?? []
  return {
    id: doc.id,
    text: searchableText(doc),
    lat: doc.geo.lat,
    lng: doc.geo.lng,
    plaats: doc.adres.plaats,
    woonplaatsIds: unique(doc.woonplaatsen.map((w) => w.id)),
    values: {
      soortZorg: [doc.soortZorg.code],
      zachteInformatie: unique(doc.zachteInformatie.map((z) => z.code)),
      doelgroep: unique(doelgroepen.map((d) => d.code)),
      organisatieType: [doc.organisatie.type],
      voorziening: doc.voorziening ? [doc.voorziening] : [],
      sector: [...sector.keys()],
      zorgprofiel: [...zorgprofiel.keys()],
      leveringsvorm: [...leveringsvorm.keys()],
      zorgkantoor: unique(doc.zorgkantoren ?? []),
    },
    dagbesteding: doc.dagbesteding === true,
    vrijePlaatsen: doc.vrijePlaatsen ?? 0,
    score: doc.waardering?.score ?? null,
    reviews: doc.waardering?.aantal ?? 0,
    labels: {
      soortZorg: labelsOf([[doc.soortZorg.code, doc.soortZorg.naam, doc.soortZorg.icoon]]),
      zachteInformatie: labelsOf(doc.zachteInformatie.map((z) => [z.code, z.naam, z.icoon])),
      doelgroep: labelsOf(doelgroepen.map((d) => [d.code, d.naam])),
      sector: labelsOf(sector),
      zorgprofiel: labelsOf(zorgprofiel),
      leveringsvorm: labelsOf(leveringsvorm),
    },
  }
}
