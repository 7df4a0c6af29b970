/** URLs of the public site, built in one place. */

/** Detail page of a location by its CMS id. */
export const locatieUrl = (locatieId: string): string => `/locatie/${encodeURIComponent(locatieId)}`

/** Engine document id of a location (`locatie-<id>`), see the public document contract. */
export const documentIdVoor = (locatieId: string): string => `locatie-${locatieId}`

/** Icon file of an icon key (files live in site/public/icons/<key>.svg). */
export const icoonUrl = (key: string): string => `/icons/${encodeURIComponent(key)}.svg`

/**
 * Where "Terug naar zoeken" goes: the search the visitor came from (our own `/` with its query,
 * taken from the Referer header, which same-origin navigation sends), otherwise a new search.
 */
export const terugNaarZoeken = (referer: string | null, current: URL): string => {
  if (!referer) return '/'
  try {
    const from = new URL(referer)
    return from.origin === current.origin && from.pathname === '/' ? `/${from.search}` : '/'
  } catch {
    return '/'
  }
}
