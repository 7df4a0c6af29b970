/**
 * Completeness of a location (beyond the manual): what a provider can still fill so families can
 * compare well. A plain score with the missing items named, shown on the start screen.
 */
import { isZorgaanbodGevuld, sectorenMetInhoud, type ZorgaanbodInhoud } from './zorgaanbod'

export interface VolledigheidInput {
  organisatieType: string | null | undefined
  /** sectors of the location's kind of care (soort zorg) */
  sectorenSoortZorg: readonly string[]
  fotos: number
  heeftVideo: boolean
  zorgkaart: { zorgkaartId?: string | null; nietGeregistreerd?: boolean | null } | null | undefined
  /** the location links by its visiting address to exactly one ZorgkaartNederland record */
  zorgkaartOpAdres?: boolean
  telefoonOfEmail: boolean
  zorgaanbod: readonly ZorgaanbodInhoud[]
}

export interface Volledigheid {
  /** 0–100 */
  score: number
  ontbreekt: string[]
}

export function volledigheid(input: VolledigheidInput): Volledigheid {
  const oco = input.organisatieType === 'oco'
  const checks: [boolean, string][] = [
    [
      input.zorgaanbod.some((z) => isZorgaanbodGevuld(z, input.organisatieType)),
      oco ? 'Dienstverlening' : 'Zorgaanbod bij een woonplaats',
    ],
    [input.fotos > 0, 'Foto'],
    [input.heeftVideo, 'Video'],
    [input.telefoonOfEmail, 'Telefoon of e-mailadres'],
  ]
  if (!oco) {
    checks.push([
      Boolean(input.zorgkaart?.zorgkaartId?.trim()) ||
        Boolean(input.zorgkaart?.nietGeregistreerd) ||
        Boolean(input.zorgkaartOpAdres),
      'Koppeling met ZorgkaartNederland (waardering)',
    ])
    checks.push([
      input.zorgaanbod.some((z) => (z.zachteInformatie ?? []).length > 0),
      'Zachte informatie (bijvoorbeeld huisdieren of geloof)',
    ])
    const gevuld = new Set(input.zorgaanbod.flatMap((z) => sectorenMetInhoud(z)))
    for (const sector of input.sectorenSoortZorg)
      checks.push([gevuld.has(sector as never), `Zorgaanbod voor sector ${sector}`])
  }
  const ok = checks.filter(([done]) => done).length
  return {
    score: Math.round((ok / checks.length) * 100),
    ontbreekt: checks.filter(([done]) => !done).map(([, label]) => label),
  }
}
