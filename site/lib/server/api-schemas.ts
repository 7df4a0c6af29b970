/**
 * The answers of the site's JSON API as zod schemas: the types the code uses are inferred from
 * them, `/api/openapi.json` is generated from them, and a unit test validates real answers
 * against them, so the description cannot drift from what the API sends.
 */
import { z } from 'zod'
import { PublicDocumentSchema, PublicFotoSchema } from '../../../search-indexer/contract'
import type { VanafBron } from './zoektaal/plaatsen'

/** A location's CMS id as it appears in `/locatie/<id>` and `/api/locaties/<id>`. */
export const LocatieIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, {
  error: 'Het nummer van de locatie klopt niet: gebruik alleen letters, cijfers, - en _.',
})

/** A code with its Dutch label and icon key. */
export const LabelSchema = z.object({ code: z.string(), naam: z.string(), icoon: z.string() })

/** One result of a search. */
export const ResultaatSchema = z.object({
  /** CMS id of the location */
  id: z.string(),
  naam: z.string(),
  organisatie: z.string(),
  soortZorg: LabelSchema,
  voorziening: z.string().nullable(),
  plaats: z.string(),
  lat: z.number(),
  lng: z.number(),
  /** path of the location's page on this site */
  url: z.string(),
  /** km from the place searched; 0 when the location serves that place */
  afstandKm: z.number().optional(),
  /**
   * How the location relates to the place searched: it stands there (`in`), or it delivers care
   * there from elsewhere (`werkt-in`: home care, OCO)
   */
  inPlaats: z.enum(['in', 'werkt-in']).optional(),
  /** day care / day treatment is offered too (§3.2.3) */
  dagbesteding: z.boolean(),
  zachteInformatie: z.array(LabelSchema),
  /** free places reported now: their sum and the newest report (§3.2.9) */
  vrijePlaatsen: z.object({ aantal: z.number().int(), gemeldOp: z.string() }).optional(),
  /** the ZorgkaartNederland rating (§3.2.8) */
  waardering: z
    .object({ score: z.number().nullable(), aantal: z.number().int(), url: z.string() })
    .optional(),
  /** the first photo (the thumbnail), or null: then a neutral illustration of the soort zorg */
  foto: PublicFotoSchema.nullable(),
})

/** A value of a filter with the number of locations that have it. */
export const FacetWaardeSchema = z.object({
  code: z.string(),
  naam: z.string(),
  aantal: z.number().int(),
  icoon: z.string().optional(),
})

/** How the words of the search box were read. */
export const HerkendSchema = z.object({
  /** the words as read (normalised) */
  woorden: z.string(),
  soort: z.enum(['plaats', 'soortZorg', 'doelgroep']),
  codes: z.array(z.string()),
})

/** How precise the point a place search starts from is (`VanafBron` of ./zoektaal/plaatsen). */
export const VanafBronSchema = z.enum(['woonplaats', 'locaties', 'pc4', 'pc3', 'pc2'])
// the schema and the type of the place reader must name the same values (checked by tsc)
type Gelijk<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const _vanafBronGelijk: Gelijk<z.infer<typeof VanafBronSchema>, VanafBron> = true
void _vanafBronGelijk

/** The order of the results (`sortering`). */
export const SorteringSchema = z.enum(['afstand', 'relevantie', 'naam', 'waardering'])

/** `GET /api/zoeken` (200). */
export const ZoekAntwoordSchema = z.object({
  totaal: z.number().int(),
  pagina: z.number().int(),
  perPagina: z.number().int(),
  resultaten: z.array(ResultaatSchema),
  facetten: z.object({
    soortZorg: z.array(FacetWaardeSchema),
    zachteInformatie: z.array(FacetWaardeSchema),
    doelgroep: z.array(FacetWaardeSchema),
    plaats: z.array(FacetWaardeSchema),
    /** how many of these locations (without this filter) report free places now */
    vrijeCapaciteit: z.number().int(),
    voorziening: z.array(FacetWaardeSchema),
    sector: z.array(FacetWaardeSchema),
    zorgprofiel: z.array(FacetWaardeSchema),
    leveringsvorm: z.array(FacetWaardeSchema),
    zorgkantoor: z.array(FacetWaardeSchema),
    /** how many of these locations (without this filter) offer day care */
    dagbesteding: z.number().int(),
    /** per minimum score, how many of these locations (without this filter) have at least it */
    waardering: z.array(z.object({ minimaal: z.number().int(), aantal: z.number().int() })),
  }),
  /** every result's map point `[id, lat, lng, soort-zorg code, naam]`, when asked (`punten=ja`) */
  punten: z.array(z.tuple([z.string(), z.number(), z.number(), z.string(), z.string()])).optional(),
  /** how the search was read */
  zoekvraag: z.object({
    tekst: z.string().nullable(),
    woonplaats: z
      .object({ naam: z.string(), gemeente: z.string(), provincie: z.string() })
      .nullable(),
    /**
     * the point the search started from and how precise it is: the woonplaats's centre
     * (`woonplaats`, or `locaties` for a postcode of our own locations), an imported PC4 centre
     * (`pc4`) or a postcode area (`pc3`, `pc2`: approximate); with the postcode typed
     */
    vanaf: z
      .object({
        lat: z.number(),
        lng: z.number(),
        bron: VanafBronSchema,
        postcode: z.string().optional(),
      })
      .nullable(),
    straalKm: z.number().nullable(),
    soortZorg: z.array(z.string()),
    doelgroep: z.array(z.string()),
    herkend: z.array(HerkendSchema),
    sortering: SorteringSchema,
  }),
  /** only when nothing was found: searches that do find something (`zoek`: the query string) */
  alternatieven: z
    .array(z.object({ tekst: z.string(), aantal: z.number().int(), zoek: z.string() }))
    .optional(),
})

/** `GET /api/locaties/:id` (200): the location's public document, as its page shows it. */
export const LocatieAntwoordSchema = PublicDocumentSchema

/** Every error of the API: a Dutch message, per field when input was refused. */
export const FoutSchema = z.object({
  fout: z.string(),
  velden: z.record(z.string(), z.string()).optional(),
  /** place names to try instead, when the woonplaats was not found */
  suggesties: z.array(z.string()).optional(),
})

export type Label = z.infer<typeof LabelSchema>
export type Resultaat = z.infer<typeof ResultaatSchema>
export type FacetWaarde = z.infer<typeof FacetWaardeSchema>
export type ZoekAntwoord = z.infer<typeof ZoekAntwoordSchema>
