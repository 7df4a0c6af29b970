/** Dutch formatting of what the public site shows. Pure functions, unit tested. */
import type { PublicDocument } from '../../search-indexer/contract'

/** "1 locatie gevonden" / "23 locaties gevonden" */
export const aantalLocaties = (n: number): string =>
  `${n.toLocaleString('nl-NL')} ${n === 1 ? 'locatie' : 'locaties'} gevonden`

/** "2,3 km" */
export const afstand = (km: number): string =>
  `${km.toLocaleString('nl-NL', { maximumFractionDigits: km < 10 ? 1 : 0 })} km`

/**
 * The distance label of a result for the place searched: "In Tilburg" (it stands there),
 * "Werkt ook in Tilburg" (home care or OCO that comes to Tilburg), else "12 km van Tilburg".
 */
export const afstandTekst = (
  r: { afstandKm?: number; inPlaats?: 'in' | 'werkt-in' },
  plaats: string,
): string => {
  if (r.inPlaats === 'in') return `In ${plaats}`
  if (r.inPlaats === 'werkt-in') return `Werkt ook in ${plaats}`
  return r.afstandKm === undefined ? '' : `${afstand(r.afstandKm)} van ${plaats}`
}

/**
 * The visiting address on one line. A kleinschalig wooninitiatief never shows more than
 * "Kleinschalig wooninitiatief, 6321 Wijlre", whatever the document holds.
 */
export const adresRegel = (doc: Pick<PublicDocument, 'adres' | 'kleinschalig'>): string => {
  const { straat, huisnummer, postcode, plaats } = doc.adres
  if (doc.kleinschalig) {
    const pc4 = /\d{4}/.exec(postcode)?.[0] ?? ''
    return `Kleinschalig wooninitiatief, ${[pc4, plaats].filter(Boolean).join(' ')}`
  }
  const straatRegel = [straat, huisnummer].filter(Boolean).join(' ')
  const plaatsRegel = [postcode, plaats].filter(Boolean).join(' ')
  return [straatRegel, plaatsRegel].filter(Boolean).join(', ')
}

/** `tel:` link target: digits and a leading +. */
export const telefoonHref = (telefoon: string): string => {
  const cleaned = telefoon.replace(/[^\d+]/g, '')
  return `tel:${cleaned.startsWith('+') ? '+' + cleaned.slice(1).replace(/\+/g, '') : cleaned.replace(/\+/g, '')}`
}

/** A safe website link (http/https only), or null. */
export const websiteHref = (website: string): string | null => {
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(website) ? website : `https://${website}`
  try {
    const url = new URL(candidate)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

/** "www.example.nl/pad" for showing a URL without its scheme. */
export const websiteTekst = (href: string): string =>
  href.replace(/^https?:\/\//, '').replace(/\/$/, '')

/** "1 november 2026" */
export const datum = (iso: string): string | null => {
  const d = new Date(iso)
  return Number.isNaN(d.getTime())
    ? null
    : d.toLocaleDateString('nl-NL', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'Europe/Amsterdam',
      })
}

/** Dutch names of zachte-informatie groups; unknown groups get a capitalised code. */
const GROEP_NAMEN: Record<string, string> = {
  '': 'Overig',
  levensovertuiging: 'Geloof en levensovertuiging',
  'culturele-achtergrond': 'Culturele achtergrond',
  taal: 'Taal',
  leefstijl: 'Wonen en leefstijl',
  faciliteiten: 'Voorzieningen in en om het gebouw',
  zorg: 'Zorg en aandacht',
}
export const groepNaam = (groep: string): string =>
  GROEP_NAMEN[groep] ?? groep.charAt(0).toUpperCase() + groep.slice(1).replace(/-/g, ' ')
