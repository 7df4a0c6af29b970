/**
 * Copying a care offer (§4.4, §4.5): the content is copied, never the identity or workflow fields.
 * A copy is a proposal like any change.
 */
import type { Zorgaanbod } from '../payload-types'
import { SECTOR_CODES, sectorVeld } from './zorgaanbod'

/** Fields of a zorgaanbod that carry content and are copied. */
export const KOPIEER_VELDEN = [
  'zachteInformatie',
  'dienstverlening',
  ...SECTOR_CODES.map(sectorVeld),
] as const

const idOf = (v: unknown) =>
  v !== null && typeof v === 'object' && 'id' in v ? (v as { id: unknown }).id : v

/** The copyable content of a care offer, with relations reduced to ids. */
export function zorgaanbodInhoud(source: Partial<Zorgaanbod>): Partial<Zorgaanbod> {
  const out: Record<string, unknown> = {}
  for (const veld of KOPIEER_VELDEN) {
    const value = source[veld]
    if (value === undefined) continue
    out[veld] = Array.isArray(value) ? value.map(idOf) : structuredClone(value)
  }
  return out as Partial<Zorgaanbod>
}

export const KOPIEER_MESSAGES = {
  andereOrganisatie: 'U kunt alleen kopiëren naar een locatie van dezelfde organisatie.',
  zelfdeLocatie: 'Kies een andere locatie om naartoe te kopiëren.',
  geenBron: 'Deze locatie heeft nog geen zorgaanbod om te kopiëren.',
  alAanwezig: (namen: string[]) =>
    `Deze woonplaatsen hebben al zorgaanbod bij deze locatie: ${namen.join(', ')}.`,
  alleenThuis:
    'Kopiëren naar meerdere woonplaatsen kan alleen bij zorg thuis en onafhankelijke cliëntondersteuning. Gebruik voor andere locaties "Kopieer zorgaanbod naar een andere locatie".',
} as const
