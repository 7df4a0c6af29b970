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

/** The cosine of a latitude, as the haversine formula uses it (to compute once per point). */
export const cosLatitude = (lat: number): number => Math.cos(toRad(lat))

/**
 * Haversine distance in km from `a` to (`lat`, `lng`), given both cosines of latitude
 * (`cosLatitude`): the same operations as `haversineKm`, so the same result to the last bit.
 */
export const haversineKmCos = (
  a: LatLng,
  cosA: number,
  lat: number,
  lng: number,
  cosB: number,
): number => {
  const dLat = toRad(lat - a.lat)
  const dLng = toRad(lng - a.lng)
  const h = Math.sin(dLat / 2) ** 2 + cosA * cosB * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** Haversine distance in km. */
export const haversineKm = (a: LatLng, b: LatLng): number =>
  haversineKmCos(a, cosLatitude(a.lat), b.lat, b.lng, cosLatitude(b.lat))

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
