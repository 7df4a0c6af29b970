/**
 * Public visibility (§2, §4.2), decided in one place: a location is public only when its own
 * Definitief version and its organisation's exist, and at least one of its care offers is filled
 * (and not marked for removal). The projection (search-indexer/projection.ts) and the location
 * overview of the admin (cms/endpoints/overzicht.ts) both ask this function.
 */
import type { Status } from './workflow'
import { ZORGAANBOD_MESSAGES } from './zorgaanbod'

export const ZICHTBAARHEID_REDENEN = {
  locatieNietGoedgekeurd:
    'Deze locatie is nog niet goedgekeurd door het zorgkantoor en staat daarom nog niet in de Zorgatlas.',
  organisatieNietGoedgekeurd:
    'De organisatie is nog niet goedgekeurd door het zorgkantoor; haar locaties staan daarom nog niet in de Zorgatlas.',
  geenZorgaanbod: ZORGAANBOD_MESSAGES.leeg,
} as const

export interface ZichtbaarheidInput {
  /** a Definitief (published) version of the location exists */
  locatieGoedgekeurd: boolean
  /** a Definitief (published) version of its organisation exists */
  organisatieGoedgekeurd: boolean
  /** its care offers: filled (isZorgaanbodGevuld) or not, and their workflow status */
  zorgaanbod: readonly { gevuld: boolean; status?: Status | null }[]
}

export interface Zichtbaarheid {
  publiek: boolean
  /** why not, in Dutch for the provider (empty when public) */
  redenen: string[]
}

/** Not marked for removal (§6): the one test for "this item still counts". */
export const nietVoorVerwijdering = (item: { status?: Status | null }): boolean =>
  item.status !== 'voorgesteld-verwijderd'

export function zichtbaarheid(input: ZichtbaarheidInput): Zichtbaarheid {
  const redenen: string[] = []
  if (!input.locatieGoedgekeurd) redenen.push(ZICHTBAARHEID_REDENEN.locatieNietGoedgekeurd)
  if (!input.organisatieGoedgekeurd) redenen.push(ZICHTBAARHEID_REDENEN.organisatieNietGoedgekeurd)
  if (!input.zorgaanbod.some((z) => z.gevuld && nietVoorVerwijdering(z))) {
    redenen.push(ZICHTBAARHEID_REDENEN.geenZorgaanbod)
  }
  return { publiek: redenen.length === 0, redenen }
}
