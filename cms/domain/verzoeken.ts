/**
 * Requests from logins to their zorgkantoor (seed 001 "Meld een probleem", manual §3.2.3 "geef het
 * door", seed 002 access requests): what they are, where they go, and the limits. Pure; the
 * collection (cms/collections/Verzoeken.ts) and endpoints (cms/endpoints/verzoeken.ts) apply them.
 */
import { dagVoluit } from './werkdagen'

export const VERZOEK_SOORTEN = [
  'probleem',
  'voorziening',
  'zachte-informatie',
  'oco-dienst',
  'toegang',
] as const
export type VerzoekSoort = (typeof VERZOEK_SOORTEN)[number]

export const VERZOEK_SOORT_LABELS: Record<VerzoekSoort, string> = {
  probleem: 'Probleem',
  voorziening: 'Nieuwe voorziening',
  'zachte-informatie': 'Nieuwe optie zachte informatie',
  'oco-dienst': 'Nieuwe OCO-dienst',
  toegang: 'Toegang',
}

export const VERZOEK_STATUSSEN = ['open', 'in-behandeling', 'afgehandeld'] as const
export type VerzoekStatus = (typeof VERZOEK_STATUSSEN)[number]

export const VERZOEK_STATUS_LABELS: Record<VerzoekStatus, string> = {
  open: 'Open',
  'in-behandeling': 'In behandeling',
  afgehandeld: 'Afgehandeld',
}

/**
 * The answer the zorgkantoor promises, in working days (seed 001: a request to add what is missing,
 * "u krijgt binnen vijf werkdagen een reactie"): access for an organisation (which may be missing
 * from the Zorgatlas) and a new voorziening, zachte-informatie option or OCO service. A problem is
 * answered "zo spoedig mogelijk" (seed 001 "Meld een probleem"): no date is promised.
 */
export const BELOOFDE_WERKDAGEN: Record<VerzoekSoort, number | null> = {
  probleem: null,
  voorziening: 5,
  'zachte-informatie': 5,
  'oco-dienst': 5,
  toegang: 5,
}

/** Requests not yet handled count against the caps below and show in the zorgkantoor's queue. */
export const isOpen = (status: string | null | undefined): boolean => status !== 'afgehandeld'

/** At most this many unhandled requests per login (all kinds), and this many access requests. */
export const MAX_OPEN_VERZOEKEN = 10
export const MAX_OPEN_TOEGANG = 3

/** Why a new request is refused because of the caps, or null. */
export function limietMelding(open: { totaal: number; toegang: number }, soort: VerzoekSoort) {
  if (soort === 'toegang' && open.toegang >= MAX_OPEN_TOEGANG) {
    return `U heeft al ${open.toegang} aanvragen voor toegang die nog niet zijn afgehandeld. Wacht op het antwoord van het zorgkantoor.`
  }
  if (open.totaal >= MAX_OPEN_VERZOEKEN) {
    return `U heeft al ${open.totaal} verzoeken die nog niet zijn afgehandeld. Wacht op een antwoord voordat u een nieuw verzoek stuurt.`
  }
  return null
}

/** The code a provider types (NZa or AGB), without spaces, dots and dashes. */
export const normaliseerCode = (code: string): string => code.replace(/[\s.-]/g, '')

/** An AGB code has 8 digits (cms/domain/agb.ts); any other code of 4–12 characters is an NZa code. */
export type CodeSoort = 'agb' | 'nza'
export const soortVanCode = (code: string): CodeSoort =>
  /^\d{8}$/.test(normaliseerCode(code)) ? 'agb' : 'nza'

/** The form's code: letters and digits only, after normalising. */
export const CODE_PATROON = /^[A-Za-z0-9]{4,12}$/

/**
 * Which zorgkantoren receive a request (their queue):
 * - about one organisation: the zorgkantoren that contract it;
 * - an access request: those contracting the organisations the code belongs to (NZa code of an
 *   organisation, or AGB code of one of its locations);
 * - nothing known (no organisation, unknown code, or a known organisation that no zorgkantoor
 *   contracts any more): every zorgkantoor, so it is never lost.
 * Ids come back sorted and without duplicates.
 */
export function routeerVerzoek(args: {
  /** the zorgkantoren of the organisations the request is about (empty: none found) */
  gevondenOrganisaties: { zorgkantoren: readonly (string | number)[] }[]
  alleZorgkantoren: readonly (string | number)[]
}): string[] {
  const gevonden = new Set(
    args.gevondenOrganisaties.flatMap((o) => o.zorgkantoren.map((z) => String(z))),
  )
  const lijst = gevonden.size ? [...gevonden] : args.alleZorgkantoren.map(String)
  return [...new Set(lijst)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
}

/** What an editor may change in a request: only the handling, never the sender's text. */
export const BEHANDEL_VELDEN = ['status', 'antwoord'] as const

/** The default subject of a request kind, when the provider leaves it empty. */
export const standaardOnderwerp = (soort: VerzoekSoort, organisatieNaam?: string | null) =>
  soort === 'toegang'
    ? `Aanvraag toegang${organisatieNaam ? ` voor ${organisatieNaam}` : ''}`
    : VERZOEK_SOORT_LABELS[soort]

/**
 * What the sender reads after sending: that it was sent, its status, and by when the zorgkantoor
 * answers ("uiterlijk op dinsdag 8 december 2026"), or "zo snel mogelijk" for a problem.
 */
export function verzondenBericht(
  soort: VerzoekSoort,
  statusLabel: string,
  antwoordUiterlijk: string | null,
): string {
  const wat = soort === 'toegang' ? 'Uw aanvraag is verstuurd.' : 'Uw verzoek is verstuurd.'
  const wanneer = antwoordUiterlijk
    ? `U krijgt uiterlijk op ${dagVoluit(antwoordUiterlijk.slice(0, 10))} een antwoord van het zorgkantoor.`
    : 'Het zorgkantoor neemt zo snel mogelijk contact met u op.'
  return `${wat} Status: ${statusLabel}. ${wanneer} U ziet de status en het antwoord bij Verzoeken.`
}
