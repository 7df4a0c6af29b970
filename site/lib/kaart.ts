/**
 * The rules of the results map, apart from Leaflet: which answer is a valid list of points, what
 * a marker and a group of markers are called for a screen reader, and what the map says after
 * every move. Browser code (site/scripts/kaart.ts) and the unit tests use this module.
 */
import { isPunt, type KaartPunt } from './geo'

/** A kind of care as the map shows it: its Dutch name and its icon key. */
export interface SoortLabel {
  naam: string
  icoon?: string
}

const ICOON = /^[a-z0-9-]+$/i

/** The icon file of a kind of care, or null when its key is not a plain file name. */
export const icoonPad = (soort: SoortLabel | undefined): string | null =>
  soort?.icoon && ICOON.test(soort.icoon) ? `/icons/${soort.icoon}.svg` : null

/**
 * The points of an /api/zoeken answer with `punten=ja`, and the names of its kinds of care.
 * Anything malformed is left out (the map then shows fewer points, never a broken one).
 */
export const leesKaartAntwoord = (
  body: unknown,
): { punten: KaartPunt[]; soorten: Map<string, SoortLabel> } => {
  const punten: KaartPunt[] = []
  const soorten = new Map<string, SoortLabel>()
  if (typeof body !== 'object' || body === null) return { punten, soorten }
  const { punten: ruw, facetten } = body as { punten?: unknown; facetten?: unknown }
  if (Array.isArray(ruw)) {
    for (const p of ruw) {
      if (!Array.isArray(p) || p.length < 5) continue
      const [id, lat, lng, soort, naam] = p as unknown[]
      if (typeof id !== 'string' || typeof soort !== 'string' || typeof naam !== 'string') continue
      if (!isPunt({ lat, lng })) continue
      punten.push([id, lat as number, lng as number, soort, naam])
    }
  }
  const lijst = (facetten as { soortZorg?: unknown } | undefined)?.soortZorg
  if (Array.isArray(lijst)) {
    for (const f of lijst) {
      const { code, naam, icoon } = (f ?? {}) as { code?: unknown; naam?: unknown; icoon?: unknown }
      if (typeof code !== 'string' || typeof naam !== 'string') continue
      soorten.set(code, { naam, ...(typeof icoon === 'string' && { icoon }) })
    }
  }
  return { punten, soorten }
}

/** "Huize de Linde, verpleeghuis": a single marker's accessible name. */
export const markerNaam = (naam: string, soort: SoortLabel | undefined): string =>
  soort ? `${naam}, ${soort.naam.toLowerCase()}` : naam

/** A group of markers: how many, and what choosing it does. */
export const groepNaam = (aantal: number, opEenPlek: boolean): string =>
  opEenPlek
    ? `${aantal} locaties op dezelfde plek. Kies om ze te zien.`
    : `${aantal} locaties bij elkaar. Kies om in te zoomen.`

const telwoord = (n: number, een: string, meer: string): string => `${n} ${n === 1 ? een : meer}`

/** What the live region says after the map moved or zoomed. */
export const kaartStatus = (groepen: number, losse: number, totaal: number): string => {
  if (totaal === 0) return 'Er staan geen locaties op de kaart.'
  if (groepen === 0 && losse === 0) return 'In dit deel van de kaart staan geen locaties.'
  const delen = [
    groepen > 0 && telwoord(groepen, 'groep', 'groepen'),
    losse > 0 && telwoord(losse, 'locatie', 'locaties'),
  ].filter(Boolean)
  return `In beeld: ${delen.join(' en ')}.`
}
