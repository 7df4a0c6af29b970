/**
 * The care offer of a location in one woonplaats (§4.2, §4.3): soft information, a tab per sector
 * (target groups, contracted care profiles, delivery forms, day care), or services for OCO.
 */
import { SECTOR_CODES, type Sector } from './referentielijsten'

export { SECTOR_CODES }
export type SectorCode = Sector

/** Field name of a sector tab in the zorgaanbod collection. */
export const sectorVeld = (sector: SectorCode) => sector.toLowerCase() as Lowercase<SectorCode>

export interface SectorAanbod {
  doelgroepen?: string[] | null
  zorgprofielen?: string[] | null
  leveringsvormen?: string[] | null
  dagbesteding?: {
    dagbesteding?: boolean | null
    dagbehandeling?: boolean | null
    doelgroepen?: string[] | null
    toelichting?: string | null
  } | null
}

export type ZorgaanbodInhoud = Partial<Record<Lowercase<SectorCode>, SectorAanbod | null>> & {
  zachteInformatie?: unknown[] | null
  dienstverlening?: unknown[] | null
}

const filled = (list: unknown[] | null | undefined) => Array.isArray(list) && list.length > 0

export function sectorHeeftInhoud(s: SectorAanbod | null | undefined): boolean {
  if (!s) return false
  return (
    filled(s.zorgprofielen) ||
    filled(s.leveringsvormen) ||
    filled(s.doelgroepen) ||
    Boolean(s.dagbesteding?.dagbesteding) ||
    Boolean(s.dagbesteding?.dagbehandeling)
  )
}

/** Sector codes whose tab has content. */
export function sectorenMetInhoud(z: ZorgaanbodInhoud): SectorCode[] {
  return SECTOR_CODES.filter((s) => sectorHeeftInhoud(z[sectorVeld(s)]))
}

/** Does this care offer offer day care or day treatment (the day-care icon, §3.2.3)? */
export function heeftDagbesteding(z: ZorgaanbodInhoud): boolean {
  return SECTOR_CODES.some((s) => {
    const d = z[sectorVeld(s)]?.dagbesteding
    return Boolean(d?.dagbesteding || d?.dagbehandeling)
  })
}

/**
 * Is the care offer filled? Only then does the location appear in search results (§4.2):
 * an OCO needs at least one service; a care provider at least one sector with content.
 */
export function isZorgaanbodGevuld(
  z: ZorgaanbodInhoud,
  organisatieType: string | null | undefined,
): boolean {
  if (organisatieType === 'oco') return filled(z.dienstverlening)
  return sectorenMetInhoud(z).length > 0
}

export const ZORGAANBOD_MESSAGES = {
  leeg: 'Deze locatie is nog niet te vinden in de Zorgatlas: vul bij minstens één woonplaats het zorgaanbod in (een tabblad per sector, of de dienstverlening voor OCO).',
} as const
