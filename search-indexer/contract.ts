/**
 * The public document contract: the only shape of data that ever leaves the CMS for the public.
 * One document per public location, id `locatie-<cmsId>`. The site imports this file and the
 * engine's read side, nothing else from the back office.
 */
import { z } from 'zod'

/**
 * Version of the shape of the public document. Bump it when the shape changes: a worker that finds
 * an index published under another version rebuilds it (search-indexer/worker.ts).
 * 3: free capacity and waiting times; 4: `gecontroleerd`, the last approval;
 * 5: `contractering`, the zorgkantoren that contract the organisation this year;
 * 6: the gazetteer's `postcodegebieden` (fallback postcode areas and imported PC4 centres).
 */
export const CONTRACT_VERSIE = 6

/** A code with the Dutch label the site shows for it. */
export const CodeLabelSchema = z.object({ code: z.string(), naam: z.string() })
export type CodeLabel = z.infer<typeof CodeLabelSchema>

export const IcoonItemSchema = z.object({
  /** stable code, e.g. `huisdieren-welkom` */
  code: z.string(),
  /** Dutch label */
  naam: z.string(),
  /** icon key (see site/lib/icons), may be empty */
  icoon: z.string().default(''),
  /** group, e.g. `leefstijl` (zachte informatie) */
  groep: z.string().default(''),
})
export type IcoonItem = z.infer<typeof IcoonItemSchema>

export const WoonplaatsRefSchema = z.object({
  id: z.string(),
  naam: z.string(),
  gemeente: z.string(),
  provincie: z.string(),
})
export type WoonplaatsRef = z.infer<typeof WoonplaatsRefSchema>

/** A target group (doelgroep) of the care offer, e.g. people with dementia. */
export const DoelgroepSchema = z.object({
  /** stable code, e.g. `vv-dementie` */
  code: z.string(),
  /** Dutch label */
  naam: z.string(),
  /** sector code, e.g. `VV` */
  sector: z.string(),
})
export type Doelgroep = z.infer<typeof DoelgroepSchema>

/** What one sector tab of a care offer says (§4.2), with labels. */
export const SectorAanbodSchema = z.object({
  sector: CodeLabelSchema,
  doelgroepen: z.array(CodeLabelSchema).default([]),
  /** contracted care profiles, e.g. VV-5 */
  zorgprofielen: z.array(CodeLabelSchema).default([]),
  /** how the care is delivered, e.g. Verblijf in een instelling */
  leveringsvormen: z.array(CodeLabelSchema).default([]),
  /** day care / day treatment of this sector, when ticked */
  dagbesteding: z
    .object({
      dagbesteding: z.boolean(),
      dagbehandeling: z.boolean(),
      doelgroepen: z.array(CodeLabelSchema).default([]),
      toelichting: z.string().nullable(),
    })
    .nullable()
    .default(null),
})
export type SectorAanbod = z.infer<typeof SectorAanbodSchema>

/** The care offer of the location in one woonplaats (Definitief only). */
export const PublicZorgaanbodSchema = z.object({
  woonplaats: WoonplaatsRefSchema,
  zachteInformatie: z.array(IcoonItemSchema),
  /** sector codes with content, e.g. ['VV', 'VG'] (filled in by later issues) */
  sectoren: z.array(CodeLabelSchema).default([]),
  /** OCO services */
  dienstverlening: z.array(IcoonItemSchema).default([]),
  /** doelgroep codes of this care offer (labels: `doelgroepen` of the document) */
  doelgroepen: z.array(z.string()).default([]),
  /** the whole offer per sector with content, in sector order */
  aanbod: z.array(SectorAanbodSchema).default([]),
})
export type PublicZorgaanbod = z.infer<typeof PublicZorgaanbodSchema>

/** Where a public image comes from: a photo of the provider, or a street view (§3.2.6). */
export const FotoHerkomstSchema = z.enum(['foto', 'straatbeeld'])

/** URL path of a file in the public media store, served by the site (`/media/...`). */
export const MediaPadSchema = z
  .string()
  .regex(/^\/media\/[A-Za-z0-9_-]{1,64}\/[a-z0-9-]{1,80}\.(avif|webp|jpg)$/)

/**
 * A public image of a location (§3.2.6), already cut to the 3:2 frame, in the public media store.
 * Published only for a Definitief location; never anything of a proposal.
 */
export const PublicFotoSchema = z.object({
  /** the provider's description (alt text); required for every photo */
  alt: z.string().min(1),
  herkomst: FotoHerkomstSchema.default('foto'),
  /** width and height of the largest size (the ratio of every size is the same) */
  breedte: z.number().int().positive(),
  hoogte: z.number().int().positive(),
  /** the JPEG fallback (`<img src>`): the size closest to 960 px wide */
  src: MediaPadSchema,
  /** `srcset` per format, smallest first: `"/media/… 480w, /media/… 960w"` */
  srcset: z.object({ avif: z.string(), webp: z.string(), jpeg: z.string() }),
})
export type PublicFoto = z.infer<typeof PublicFotoSchema>

/** A YouTube video (§3.2.7): only its id; the site renders a click-to-load player. */
export const PublicVideoSchema = z.object({
  youtubeId: z.string().regex(/^[A-Za-z0-9_-]{11}$/),
  /** accessible name of the player */
  titel: z.string().min(1),
})
export type PublicVideo = z.infer<typeof PublicVideoSchema>

/** Free places at a location (§3.2.9), as reported by the provider. */
export const VrijeCapaciteitSchema = z.object({
  sector: CodeLabelSchema,
  zorgprofiel: CodeLabelSchema.nullable(),
  /** verblijf, logeren or dagbesteding */
  soortPlaats: CodeLabelSchema,
  aantal: z.number().int().min(1),
  /** YYYY-MM-DD */
  beschikbaarVanaf: z.string(),
  /** YYYY-MM-DD, last day it is public */
  geldigTot: z.string(),
  /** ISO time of the report */
  gemeldOp: z.string(),
  toelichting: z.string().nullable(),
})
export type VrijeCapaciteitItem = z.infer<typeof VrijeCapaciteitSchema>

/** An indicative waiting time for a care profile (§3.2.9). */
export const WachttijdSchema = z.object({
  zorgprofiel: CodeLabelSchema,
  weken: z.number().int().min(0),
  /** ISO time the waiting time was given */
  gemeldOp: z.string(),
})

/**
 * The ZorgkaartNederland rating of a location (§3.2.8). The link is the provider's (reviewed)
 * data or automatic by visiting address; score and count are ZorgkaartNederland's, not reviewed.
 */
export const WaarderingSchema = z.object({
  /** average score 0–10 (one decimal); null while ZorgkaartNederland shows none */
  score: z.number().min(0).max(10).nullable(),
  /** number of reviews */
  aantal: z.number().int().min(0),
  /** the location's page on ZorgkaartNederland */
  url: z.string(),
  /** the name on ZorgkaartNederland */
  naam: z.string(),
  /** by the provider's ZorgkaartNederland id, or automatically by visiting address */
  gekoppeld: z.enum(['handmatig', 'adres']),
})
export type Waardering = z.infer<typeof WaarderingSchema>

export const PublicDocumentSchema = z.object({
  /** stable id: `locatie-<cms id>` */
  id: z.string().regex(/^locatie-.+$/),
  /** CMS id of the location (used in `/locatie/<locatieId>`) */
  locatieId: z.string(),
  /** display name (volledige naam) */
  naam: z.string().min(1),
  organisatie: z.object({
    id: z.string(),
    naam: z.string(),
    verkorteNaam: z.string().nullable(),
    type: z.enum(['zorgaanbieder', 'oco', 'pgb-initiatief']),
  }),
  soortZorg: IcoonItemSchema,
  voorziening: z.string().nullable(),
  /**
   * Visiting address as it may be shown. For a kleinschalig wooninitiatief the street is the
   * literal text "Kleinschalig wooninitiatief", huisnummer is null and postcode has 4 digits.
   */
  adres: z.object({
    straat: z.string(),
    huisnummer: z.string().nullable(),
    postcode: z.string(),
    plaats: z.string(),
  }),
  kleinschalig: z.boolean(),
  /** map point; place level (woonplaats centroid) for a kleinschalig wooninitiatief */
  geo: z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }),
  telefoon: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  /** woonplaatsen where the care is offered */
  woonplaatsen: z.array(WoonplaatsRefSchema),
  zorgaanbod: z.array(PublicZorgaanbodSchema),
  /** day care or day treatment is offered here (§3.2.3: its icon is shown next to the soort zorg) */
  dagbesteding: z.boolean().default(false),
  /** union of zachte-informatie codes over all woonplaatsen (for filters and icons) */
  zachteInformatie: z.array(IcoonItemSchema),
  /** union of the doelgroepen over all woonplaatsen (for the doelgroep filter), sorted by code */
  doelgroepen: z.array(DoelgroepSchema).default([]),
  /** names of the zorgkantoren that contract the organisation */
  zorgkantoren: z.array(z.string()),
  /**
   * The contracts of this year (seed 001): the names of the zorgkantoren with a `gedeeltelijk` or
   * `volledig` contract with the organisation in `jaar` (the calendar year when it was indexed).
   * Null when none; the site then says nothing about it.
   */
  contractering: z
    .object({ jaar: z.number().int(), zorgkantoren: z.array(z.string()).min(1) })
    .nullable()
    .default(null),
  /** photos in the provider's order (§3.2.6); without photos maybe one street view, else none */
  fotos: z.array(PublicFotoSchema).default([]),
  /** the YouTube video (§3.2.7), if any */
  video: PublicVideoSchema.nullable().default(null),

  /** free places reported now (§3.2.9; not reviewed), newest first; expired ones are left out */
  vrijeCapaciteit: z.array(VrijeCapaciteitSchema).default([]),
  /** the sum of `aantal` over vrijeCapaciteit (for the filter "met vrije plaatsen") */
  vrijePlaatsen: z.number().int().min(0).default(0),
  /** indicative waiting times per care profile (§3.2.9) */
  wachttijden: z.array(WachttijdSchema).default([]),
  /** the ZorgkaartNederland rating, when the location is linked to a record */
  waardering: WaarderingSchema.nullable().default(null),
  /** ISO timestamp of the Definitief version projected */
  bijgewerktOp: z.string(),
  /**
   * The last approval that published this location (its own change request or its
   * organisation's): when (ISO) and on whose behalf — the editor's zorgkantoor, or "Zorgatlas" for
   * a beheerder. Null when no approval is known (data from before the review desk).
   */
  gecontroleerd: z
    .object({ op: z.string(), door: z.string().min(1) })
    .nullable()
    .default(null),
})
export type PublicDocument = z.infer<typeof PublicDocumentSchema>

/**
 * What a search hit carries: the part of a public document that a list of results shows (name,
 * kind of care, place, icons, free places, rating, first photo). The whole document is for the
 * location's own page (`getDocument`). A page of 20 hits parses and keeps about a sixth of the
 * bytes, and the engines keep these, not whole documents, between searches.
 */
export interface LijstDocument {
  id: string
  locatieId: string
  naam: string
  organisatie: { id: string; naam: string }
  soortZorg: PublicDocument['soortZorg']
  voorziening: string | null
  /** the place of the visiting address (never the street: see `adres` of PublicDocument) */
  plaats: string
  geo: PublicDocument['geo']
  /** ids of the woonplaatsen served */
  woonplaatsIds: string[]
  dagbesteding: boolean
  zachteInformatie: PublicDocument['zachteInformatie']
  vrijePlaatsen: number
  /** the newest report of free places (ISO), null when there are none */
  vrijePlaatsenGemeldOp: string | null
  waardering: Pick<Waardering, 'score' | 'aantal' | 'url'> | null
  foto: PublicFoto | null
  bijgewerktOp: string
}

/** The list part of a public document (a search hit). */
export const lijstDocument = (doc: PublicDocument): LijstDocument => ({
  id: doc.id,
  locatieId: doc.locatieId,
  naam: doc.naam,
  organisatie: { id: doc.organisatie.id, naam: doc.organisatie.naam },
  soortZorg: doc.soortZorg,
  voorziening: doc.voorziening,
  plaats: doc.adres.plaats,
  geo: doc.geo,
  woonplaatsIds: doc.woonplaatsen.map((w) => w.id),
  dagbesteding: doc.dagbesteding,
  zachteInformatie: doc.zachteInformatie,
  vrijePlaatsen: doc.vrijePlaatsen,
  vrijePlaatsenGemeldOp:
    doc.vrijeCapaciteit.length === 0
      ? null
      : doc.vrijeCapaciteit.map((v) => v.gemeldOp).reduce((a, b) => (b > a ? b : a)),
  waardering: doc.waardering && {
    score: doc.waardering.score,
    aantal: doc.waardering.aantal,
    url: doc.waardering.url,
  },
  foto: doc.fotos[0] ?? null,
  bijgewerktOp: doc.bijgewerktOp,
})

/**
 * A woonplaats of the gazetteer the site uses to resolve places and postcodes. The indexer
 * publishes every woonplaats the CMS knows, with or without locations.
 */
export const GazetteerEntrySchema = z.object({
  id: z.string(),
  /** official name (BAG woonplaats) */
  naam: z.string(),
  gemeente: z.string(),
  provincie: z.string(),
  /** centre of the place */
  lat: z.number(),
  lng: z.number(),
  /** other names people use: 'Den Bosch' for 's-Hertogenbosch, Frisian names, … */
  alternatieveNamen: z.array(z.string()).default([]),
  /** 4-digit postcodes (PC4) that belong to this place; never more than 4 digits */
  postcodes: z.array(z.string().regex(/^\d{4}$/)).default([]),
  /**
   * Postcode areas searched from near this place when no location of ours has that PC4: imported
   * PC4 centres (4 digits) and the fallback areas of search-indexer/data/postcodegebieden.ts
   * (3 or 2 digits), each with the point a search starts from
   */
  postcodegebieden: z
    .array(
      z.object({
        code: z.string().regex(/^\d{2,4}$/),
        lat: z.number(),
        lng: z.number(),
      }),
    )
    .optional(),
})
export type GazetteerEntry = z.infer<typeof GazetteerEntrySchema>

export const publicDocumentId = (locatieId: string | number): string => `locatie-${locatieId}`

/**
 * What the worker publishes about itself through the engine's write side, so the site can report
 * the index's health without reading the CMS database. No personal data, no error texts.
 */
export const IndexerStatusSchema = z.object({
  /** ISO time of the worker's last heartbeat */
  heartbeatAt: z.string(),
  /** ISO time the worker started */
  startedAt: z.string(),
  queue: z.object({
    /** jobs waiting or running */
    depth: z.number().int().min(0),
    /** ISO time of the oldest waiting job */
    oldestWaitingAt: z.string().nullable(),
    /** jobs that failed for good */
    failed: z.number().int().min(0),
  }),
  /** number of jobs running now */
  running: z.number().int().min(0),
  /** ISO time of the worker's last failed task, if any */
  lastErrorAt: z.string().nullable(),
})
export type IndexerStatus = z.infer<typeof IndexerStatusSchema>

/**
 * One code → label table of every reference list, published by the indexer through the engine's
 * write side (as the gazetteer is), so the site can name a code that no document carries.
 */
export const LabelTabelSchema = z.object({
  /** CONTRACT_VERSIE of the documents published with it */
  contractVersie: z.number().int(),
  /** list name (sectoren, doelgroepen, zorgprofielen, leveringsvormen, zachteInformatieGroepen,
   * soortenZorg, voorzieningen (key `<soort zorg code>/<code>`), zachteInformatie, ocoDienstverlening)
   * → code → Dutch label */
  lijsten: z.record(z.string(), z.record(z.string(), z.string())),
})
export type LabelTabel = z.infer<typeof LabelTabelSchema>
