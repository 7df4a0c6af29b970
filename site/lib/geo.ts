/**
 * Coordinates: the only place where our `{ lat, lng }` objects become Leaflet's `[lat, lng]`
 * tuples. Server and browser code both use this module.
 */

export interface Punt {
  lat: number
  lng: number
}

/** A marker on the map: what the server hands to `<map-view>` as JSON. */
export interface KaartMarker extends Punt {
  id: string
  naam: string
  url: string
}

/**
 * One result on the map of a search (`punten` in /api/zoeken): location id, lat, lng, soort-zorg
 * code and name. Every result has one, not only those of the current page.
 */
export type KaartPunt = [id: string, lat: number, lng: number, soortZorg: string, naam: string]

/** Leaflet wants [lat, lng]. */
export const toLeafletLatLng = (p: Punt): [number, number] => [p.lat, p.lng]

export const isPunt = (v: unknown): v is Punt =>
  typeof v === 'object' &&
  v !== null &&
  Number.isFinite((v as Punt).lat) &&
  Number.isFinite((v as Punt).lng) &&
  Math.abs((v as Punt).lat) <= 90 &&
  Math.abs((v as Punt).lng) <= 180
