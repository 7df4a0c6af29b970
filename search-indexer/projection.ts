/**
 * Projection: Definitief CMS data → one public document per location. Pure; unit tested.
 * Returns null when the location must not be public (§2, §4.2): the caller then deletes it.
 */
import { volledigeNaam } from '../cms/domain/locatie-naam'
import { zichtbaarheid } from '../cms/domain/zichtbaarheid'
import { publicAdres } from '../cms/domain/adres'
import {
  SECTOR_CODES,
  sectorHeeftInhoud,
  sectorVeld,
  type ZorgaanbodInhoud,
} from '../cms/domain/zorgaanbod'
import {
  PublicDocumentSchema,
  publicDocumentId,
  type Doelgroep,
  type IcoonItem,
  type PublicDocument,
  type SectorAanbod,
  type PublicFoto,
  type VrijeCapaciteitItem,
  type Waardering,
} from './contract'
import { dagVan, isActueel } from '../cms/domain/capaciteit'
import { kiesKoppeling, koppelVraag } from '../cms/domain/zorgkaart'
import {
  doelgroepen as DOELGROEPEN,
  leveringsvormen as LEVERINGSVORMEN,
  SECTOREN,
  sectorByCode,
  soortenPlaats,
  zorgprofielen,
} from '../cms/domain/referentielijsten'

export interface ProjectionWoonplaats {
  id: string
  naam: string
  gemeente: string
  provincie: string
  lat: number
  lng: number
}

export interface ProjectionRef {
  code: string
  naam: string
  icoon?: string | null
  groep?: string | null
}

/** Published (Definitief) versions only, relations already resolved. */
export interface ProjectionInput {
  locatie: {
    id: string
    /** false: the provider typed the full name themselves (`volledigeNaam`) */
    gebruikVolledigeNaam?: boolean | null
    volledigeNaam?: string | null
    naam?: string | null
    voorziening?: string | null
    kleinschalig?: boolean | null
    bezoekadres?: {
      straat?: string | null
      huisnummer?: string | null
      huisnummerToevoeging?: string | null
      postcode?: string | null
      plaats?: string | null
    } | null
    coordinaten?: { lat?: number | null; lng?: number | null } | null
    telefoon?: string | null
    email?: string | null
    website?: string | null
    /** the provider's link to ZorgkaartNederland (§3.2.8) */
    zorgkaartNederland?: { zorgkaartId?: string | null; nietGeregistreerd?: boolean | null } | null
    /** the YouTube video id the CMS derived (§3.2.7) */
    youtubeId?: string | null
    updatedAt: string
  }
  organisatie: {
    id: string
    naam: string
    verkorteNaam?: string | null
    type: 'zorgaanbieder' | 'oco' | 'pgb-initiatief'
  } | null
  soortZorg: ProjectionRef | null
  zorgkantoren: string[]
  /** this year's contracts: names of the zorgkantoren that contract it (gedeeltelijk, volledig) */
  contractering?: { jaar: number; zorgkantoren: string[] } | null
  /** free-capacity entries of the location (all; the projection keeps the current ones) */
  vrijeCapaciteit?: {
    sector: string
    zorgprofiel?: string | null
    soortPlaats: string
    aantal: number
    beschikbaarVanaf: string
    geldigTot: string
    gemeldOp: string
    toelichting?: string | null
  }[]
  /**
   * ZorgkaartNederland records that may belong to the location (its id, or its address key);
   * the projection decides which one is linked
   */
  zorgkaart?: ZorgkaartKandidaat[]
  /** waiting times per care profile */
  wachttijden?: { zorgprofiel: string; weken: number; gemeldOp: string }[]
  zorgaanbod: Array<{
    woonplaats: ProjectionWoonplaats
    zachteInformatie: ProjectionRef[]
    dienstverlening: ProjectionRef[]
    /** sector codes whose tab has content (see cms/domain/zorgaanbod.ts) */
    sectoren?: string[]
    /** the care offer is filled (§4.2); unfilled offers do not make a location public */
    gevuld?: boolean
    /** day care or day treatment ticked in a sector tab */
    dagbesteding?: boolean
    /** doelgroep codes ticked in the sector tabs (incl. their day-care blocks) */
    doelgroepen?: string[]
    /** the sector tabs as stored (for the whole offer per sector, §4.2) */
    inhoud?: ZorgaanbodInhoud
  }>
  /**
   * Images already in the public media store (search-indexer/media), in the provider's order:
   * the photos of the published version only, or a street view
   */
  fotos?: PublicFoto[]
  /** the last approval that published the location (see the contract's `gecontroleerd`) */
  gecontroleerd?: { op: string; door: string } | null
}

export interface ZorgkaartKandidaat {
  zorgkaartId: string
  adresSleutel?: string | null
  naam: string
  score?: number | null
  aantalWaarderingen: number
  url: string
}

/** The rating the location is linked to (§3.2.8): its own id wins, else exactly one at its address. */
export function waarderingVan(input: ProjectionInput): Waardering | null {
  const koppeling = kiesKoppeling(koppelVraag(input.locatie), input.zorgkaart ?? [])
  if (!koppeling) return null
  const { record, wijze } = koppeling
  return {
    score: record.score ?? null,
    aantal: record.aantalWaarderingen,
    url: record.url,
    naam: record.naam,
    gekoppeld: wijze,
  }
}

const labelsVan = <T extends { code: string; naam: string }>(lijst: readonly T[]) => {
  const byCode = new Map(lijst.map((x, i) => [x.code, { code: x.code, naam: x.naam, i }]))
  /** Known codes with their labels, in the reference list's order; unknown codes are dropped. */
  return (codes: readonly string[] | null | undefined) =>
    [...new Set(codes ?? [])]
      .map((c) => byCode.get(c))
      .filter((x) => x !== undefined)
      .sort((a, b) => a.i - b.i)
      .map(({ code, naam }) => ({ code, naam }))
}
const doelgroepLabels = labelsVan(DOELGROEPEN)
const profielLabels = labelsVan(zorgprofielen)
const leveringsvormLabels = labelsVan(LEVERINGSVORMEN)

/** The whole care offer per sector with content (§4.2), labelled, in sector order. */
export function sectorAanbodVan(inhoud: ZorgaanbodInhoud | undefined): SectorAanbod[] {
  if (!inhoud) return []
  const out: SectorAanbod[] = []
  for (const sector of SECTOR_CODES) {
    const tab = inhoud[sectorVeld(sector)]
    if (!sectorHeeftInhoud(tab) || !tab) continue
    const dag = tab.dagbesteding
    const metDag = Boolean(dag?.dagbesteding || dag?.dagbehandeling)
    out.push({
      sector: { code: sector, naam: sectorByCode(sector)?.naam ?? sector },
      doelgroepen: doelgroepLabels(tab.doelgroepen),
      zorgprofielen: profielLabels(tab.zorgprofielen),
      leveringsvormen: leveringsvormLabels(tab.leveringsvormen),
      dagbesteding: metDag
        ? {
            dagbesteding: Boolean(dag?.dagbesteding),
            dagbehandeling: Boolean(dag?.dagbehandeling),
            doelgroepen: doelgroepLabels(dag?.doelgroepen),
            toelichting: dag?.toelichting?.trim() || null,
          }
        : null,
    })
  }
  return out
}

/** Doelgroep codes ticked in a care offer's sector tabs, including their day-care blocks. */
export const doelgroepenVanAanbod = (z: ZorgaanbodInhoud): string[] => {
  const codes = new Set<string>()
  for (const sector of SECTOR_CODES) {
    const tab = z[sectorVeld(sector)]
    for (const code of tab?.doelgroepen ?? []) codes.add(code)
    for (const code of tab?.dagbesteding?.doelgroepen ?? []) codes.add(code)
  }
  return [...codes]
}

/** Known doelgroepen by code (codes not in the reference list are dropped). */
const doelgroepByCode = new Map<string, Doelgroep>(
  DOELGROEPEN.map((d) => [d.code, { code: d.code, naam: d.naam, sector: d.sector }]),
)
const doelgroepOrder = new Map(DOELGROEPEN.map((d, i) => [d.code, i]))
const knownDoelgroepen = (codes: readonly string[] | undefined): string[] =>
  [...new Set(codes ?? [])]
    .filter((c) => doelgroepByCode.has(c))
    .sort((a, b) => (doelgroepOrder.get(a) ?? 0) - (doelgroepOrder.get(b) ?? 0))

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/

const icoonItem = (r: ProjectionRef): IcoonItem => ({
  code: r.code,
  naam: r.naam,
  icoon: r.icoon ?? '',
  groep: r.groep ?? '',
})

const norm = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim()

/** The map point: exact only when given and not kleinschalig; otherwise the woonplaats centre. */
export function mapPoint(input: ProjectionInput): { lat: number; lng: number } | null {
  const { locatie } = input
  const c = locatie.coordinaten
  if (!locatie.kleinschalig && typeof c?.lat === 'number' && typeof c?.lng === 'number') {
    return { lat: c.lat, lng: c.lng }
  }
  const plaats = norm(locatie.bezoekadres?.plaats ?? '')
  const woonplaatsen = input.zorgaanbod.map((z) => z.woonplaats)
  const match = woonplaatsen.find((w) => norm(w.naam) === plaats) ?? woonplaatsen[0]
  return match ? { lat: match.lat, lng: match.lng } : null
}

/** `nu` decides which free-capacity entries are still current (default: now). */
export function toPublicDocument(
  input: ProjectionInput,
  nu: Date | string = new Date(),
): PublicDocument | null {
  const { locatie, organisatie, soortZorg } = input
  const vrijeCapaciteit = actueleCapaciteit(input.vrijeCapaciteit ?? [], nu)
  // The input holds published data only: the location is Definitief by construction.
  const zichtbaar = zichtbaarheid({
    locatieGoedgekeurd: true,
    organisatieGoedgekeurd: organisatie !== null,
    zorgaanbod: input.zorgaanbod.map((z) => ({ gevuld: z.gevuld !== false })),
  })
  if (!zichtbaar.publiek || !organisatie || !soortZorg) return null
  input = { ...input, zorgaanbod: input.zorgaanbod.filter((z) => z.gevuld !== false) }
  const geo = mapPoint(input)
  if (!geo) return null

  const zachte = new Map<string, IcoonItem>()
  const doelgroepCodes = new Set<string>()
  const zorgaanbod = input.zorgaanbod
    .map((z) => {
      for (const zi of z.zachteInformatie) zachte.set(zi.code, icoonItem(zi))
      const doelgroepen = knownDoelgroepen(z.doelgroepen)
      for (const code of doelgroepen) doelgroepCodes.add(code)
      return {
        woonplaats: {
          id: z.woonplaats.id,
          naam: z.woonplaats.naam,
          gemeente: z.woonplaats.gemeente,
          provincie: z.woonplaats.provincie,
        },
        zachteInformatie: z.zachteInformatie.map(icoonItem),
        sectoren: (z.sectoren ?? []).map((code) => ({
          code,
          naam: sectorByCode(code)?.naam ?? code,
        })),
        dienstverlening: z.dienstverlening.map(icoonItem),
        doelgroepen,
        aanbod: sectorAanbodVan(z.inhoud),
      }
    })
    .sort((a, b) => a.woonplaats.naam.localeCompare(b.woonplaats.naam, 'nl'))

  // Composed from the published organisation (§3.2.4), so an approved new (short) name of the
  // organisation shows on its locations at once; the stored name was composed from a draft.
  const samengesteld =
    locatie.gebruikVolledigeNaam === false
      ? ''
      : volledigeNaam({
          organisatieNaam: organisatie.naam,
          verkorteNaam: organisatie.verkorteNaam,
          voorziening: locatie.voorziening,
          locatieNaam: locatie.naam,
        })
  const naam =
    samengesteld ||
    (locatie.volledigeNaam ?? '').trim() ||
    (locatie.naam ?? '').trim() ||
    organisatie.naam
  const doc: PublicDocument = {
    id: publicDocumentId(locatie.id),
    locatieId: String(locatie.id),
    naam,
    organisatie: {
      id: String(organisatie.id),
      naam: organisatie.naam,
      verkorteNaam: organisatie.verkorteNaam?.trim() || null,
      type: organisatie.type,
    },
    soortZorg: icoonItem(soortZorg),
    voorziening: locatie.voorziening?.trim() || null,
    adres: publicAdres({
      ...(locatie.bezoekadres ?? {}),
      kleinschalig: Boolean(locatie.kleinschalig),
    }),
    kleinschalig: Boolean(locatie.kleinschalig),
    geo,
    telefoon: locatie.telefoon?.trim() || null,
    email: locatie.email?.trim() || null,
    website: locatie.website?.trim() || null,
    woonplaatsen: zorgaanbod.map((z) => z.woonplaats),
    dagbesteding: input.zorgaanbod.some((z) => z.dagbesteding === true),
    zorgaanbod,
    zachteInformatie: [...zachte.values()].sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
    doelgroepen: knownDoelgroepen([...doelgroepCodes]).map((code) => doelgroepByCode.get(code)!),
    zorgkantoren: [...input.zorgkantoren].sort(),
    contractering: input.contractering?.zorgkantoren.length
      ? {
          jaar: input.contractering.jaar,
          zorgkantoren: [...new Set(input.contractering.zorgkantoren)].sort(),
        }
      : null,
    vrijeCapaciteit,
    vrijePlaatsen: vrijeCapaciteit.reduce((som, v) => som + v.aantal, 0),
    wachttijden: (input.wachttijden ?? [])
      .filter((w) => zorgprofielByCode(w.zorgprofiel))
      .map((w) => ({
        zorgprofiel: { code: w.zorgprofiel, naam: zorgprofielByCode(w.zorgprofiel)!.naam },
        weken: w.weken,
        gemeldOp: w.gemeldOp,
      }))
      .sort((a, b) => a.zorgprofiel.code.localeCompare(b.zorgprofiel.code)),
    waardering: waarderingVan(input),
    bijgewerktOp: locatie.updatedAt,
    fotos: input.fotos ?? [],
    video: YOUTUBE_ID.test(locatie.youtubeId ?? '')
      ? { youtubeId: locatie.youtubeId!, titel: `Video over ${naam}` }
      : null,
    gecontroleerd: input.gecontroleerd ?? null,
  }
  return PublicDocumentSchema.parse(doc)
}

/** The free-capacity entries that are public on `nu`, newest report first, with labels. */
export function actueleCapaciteit(
  entries: NonNullable<ProjectionInput['vrijeCapaciteit']>,
  nu: Date | string,
): VrijeCapaciteitItem[] {
  const label = (lijst: readonly { code: string; naam: string }[], code: string) => ({
    code,
    naam: lijst.find((i) => i.code === code)?.naam ?? code,
  })
  return entries
    .filter((v) => isActueel(v.geldigTot, nu))
    .sort((a, b) => b.gemeldOp.localeCompare(a.gemeldOp))
    .map((v) => ({
      sector: label(SECTOREN, v.sector),
      zorgprofiel: v.zorgprofiel ? label(zorgprofielen, v.zorgprofiel) : null,
      soortPlaats: label(soortenPlaats, v.soortPlaats),
      aantal: v.aantal,
      beschikbaarVanaf: dagVan(v.beschikbaarVanaf),
      geldigTot: dagVan(v.geldigTot),
      gemeldOp: v.gemeldOp,
      toelichting: v.toelichting?.trim() || null,
    }))
}

const zorgprofielByCode = (code: string) => zorgprofielen.find((p) => p.code === code)
