/** Geo helpers: exact great-circle distance and a cheap bounding box prefilter. */

const EARTH_RADIUS_KM = 6371.0088
const toRad = (deg: number): number => (deg * Math.PI) / 180

export interface LatLng {
  lat: number
  lng: number
}

export interface BoundingBox {
  minLat: number
  maxLat: number
  minLng: number
  maxLng: number
}

/** Haversine distance in km. */
export const haversineKm = (a: LatLng, b: LatLng): number => {
  const dLat = toRad(b.lat - a.lat)
  const dLng = toRad(b.lng - a.lng)
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/**
 * Smallest lat/lng box that contains the circle (center, radiusKm). Good enough for the
 * Netherlands (no poles, no antimeridian); the exact check is haversineKm.
 */
export const boundingBox = (center: LatLng, radiusKm: number): BoundingBox => {
  const dLat = (radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI)
  const cosLat = Math.max(Math.cos(toRad(center.lat)), 1e-6)
  const dLng = dLat / cosLat
  return {
    minLat: center.lat - dLat,
    maxLat: center.lat + dLat,
    minLng: center.lng - dLng,
    maxLng: center.lng + dLng,
  }
}

export const inBoundingBox = (box: BoundingBox, lat: number, lng: number): boolean =>
  lat >= box.minLat && lat <= box.maxLat && lng >= box.minLng && lng <= box.maxLng

/** Round a distance for display and stable comparisons (10 m). */
export const roundKm = (km: number): number => Math.round(km * 100) / 100
