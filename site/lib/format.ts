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

/**
 * Free places on one line (§3.2.9): "3 plaatsen vrij (gemeld op 27 november 2026)". The report
 * date is always shown: free places are not reviewed and go out of date.
 */
export const vrijePlaatsenTekst = (aantal: number, gemeldOp: string): string => {
  const wanneer = datum(gemeldOp)
  const plaatsen = `${aantal.toLocaleString('nl-NL')} ${aantal === 1 ? 'plaats' : 'plaatsen'} vrij`
  return wanneer ? `${plaatsen} (gemeld op ${wanneer})` : plaatsen
}

/** An indicative waiting time: "Geen wachttijd", "Ongeveer 1 week", "Ongeveer 6 weken". */
export const wachttijdTekst = (weken: number): string =>
  weken <= 0
    ? 'Geen wachttijd'
    : `Ongeveer ${weken.toLocaleString('nl-NL')} ${weken === 1 ? 'week' : 'weken'}`

/** "Vanaf 2 december 2026" for a date still to come (YYYY-MM-DD), else null ("nu"). */
export const vanafTekst = (dag: string, vandaag: Date = new Date()): string | null => {
  const vandaagDag = vandaag.toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' })
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dag) || dag <= vandaagDag) return null
  const wanneer = datum(`${dag}T12:00:00Z`)
  return wanneer ? `Vanaf ${wanneer}` : null
}

/**
 * A ZorgkaartNederland rating on one line (§3.2.8): "Waardering 8,4 · 123 waarderingen op
 * ZorgkaartNederland"; without a score "Nog geen waardering op ZorgkaartNederland".
 */
export const waarderingTekst = (score: number | null, aantal: number): string => {
  if (score === null) return 'Nog geen waardering op ZorgkaartNederland'
  const cijfer = score.toLocaleString('nl-NL', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  })
  const n = `${aantal.toLocaleString('nl-NL')} ${aantal === 1 ? 'waardering' : 'waarderingen'}`
  return `Waardering ${cijfer} · ${n} op ZorgkaartNederland`
}

/**
 * This year's contracts in plain Dutch: "Gecontracteerd door CZ zorgkantoor in
 * 2026." or "… door CZ zorgkantoor en Menzis zorgkantoor in 2026."; null when none.
 */
export function contracteringTekst(
  contractering: { jaar: number; zorgkantoren: string[] } | null | undefined,
): string | null {
  const namen = contractering?.zorgkantoren ?? []
  if (!contractering || !namen.length) return null
  const lijst =
    namen.length === 1 ? namen[0] : `${namen.slice(0, -1).join(', ')} en ${namen[namen.length - 1]}`
  return `Gecontracteerd door ${lijst} in ${contractering.jaar}.`
}
