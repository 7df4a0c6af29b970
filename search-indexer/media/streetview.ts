/**
 * Optional street view (§3.2.6: "no photo → a street-view image where available"). Configured
 * with STREETVIEW_URL_TEMPLATE (placeholders {lat} {lng} {width} {height} {key}) and
 * STREETVIEW_KEY. The indexer fetches the image once and publishes it to our own public media
 * store, so a visitor's browser never calls the street-view host. Never for a kleinschalig
 * wooninitiatief, and only with an exact map point (a place's centre shows the wrong street).
 */
import { sniffFotoType, MAX_FOTO_BYTES } from '../../cms/domain/foto'
import { contentHash } from './sizes'

export interface StraatbeeldConfig {
  urlTemplate: string
  key?: string
}

/** Size asked of the street-view host: 3:2, as large as the usual static APIs give. */
export const STRAATBEELD_MAAT = { breedte: 960, hoogte: 640 } as const

export const straatbeeldUrl = (
  config: StraatbeeldConfig,
  punt: { lat: number; lng: number },
): string =>
  config.urlTemplate
    .replaceAll('{lat}', punt.lat.toFixed(6))
    .replaceAll('{lng}', punt.lng.toFixed(6))
    .replaceAll('{width}', String(STRAATBEELD_MAAT.breedte))
    .replaceAll('{height}', String(STRAATBEELD_MAAT.hoogte))
    .replaceAll('{key}', encodeURIComponent(config.key ?? ''))

/** Identifies the street view of a point without fetching it (the key is not part of it). */
export const straatbeeldBron = (config: StraatbeeldConfig, punt: { lat: number; lng: number }) =>
  contentHash('straatbeeld', config.urlTemplate, punt.lat.toFixed(6), punt.lng.toFixed(6))

/**
 * The image, or null when the host has none (any non-200 answer, or something that is not a JPEG,
 * PNG or WebP of at most 10 MB). Network errors are thrown: the job is retried later.
 */
export async function haalStraatbeeld(
  config: StraatbeeldConfig,
  punt: { lat: number; lng: number },
  fetchImpl: typeof fetch = fetch,
): Promise<Uint8Array | null> {
  const res = await fetchImpl(straatbeeldUrl(config, punt), {
    redirect: 'follow',
    signal: AbortSignal.timeout(15_000),
  })
  if (res.status !== 200) return null
  const body = new Uint8Array(await res.arrayBuffer())
  if (body.length > MAX_FOTO_BYTES || !sniffFotoType(body)) return null
  return body
}
