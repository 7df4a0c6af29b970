/** The headers of every JSON answer of the API (also those the site's own server sends). */
export const JSON_KOPPEN = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
} as const

/** JSON responses of the API routes. */
export const json = (body: unknown, status = 200, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { ...JSON_KOPPEN, ...headers } })

/** An address whose escapes are not UTF-8 (`/%C0%AF`, `?q=%FF`) or not escapes at all (`%ZZ`). */
export const ONLEESBAAR_ADRES = 'Het adres bevat tekens die niet kloppen (geen geldige UTF-8).'

export const isLeesbaarAdres = (url: string): boolean => {
  try {
    decodeURIComponent(url)
    return true
  } catch {
    return false
  }
}

export const ALLEEN_LEZEN = 'Op de Zorgatlas kunt u alleen zoeken en lezen (GET).'

/** A refusal before Astro: JSON for the API, a short Dutch page otherwise. */
const weigering = (pathname: string, titel: string, tekst: string) =>
  pathname.startsWith('/api/')
    ? { type: 'application/json; charset=utf-8', body: JSON.stringify({ fout: tekst }) }
    : {
        type: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${titel} | Zorgatlas</title></head><body><main><h1>${titel}</h1><p>${tekst}</p><p><a href="/">Naar de zoekpagina</a></p></main></body></html>`,
      }

/** The answer to an address that is not UTF-8. */
export const onleesbaarAdres = (pathname: string) =>
  weigering(pathname, 'Dit adres klopt niet', ONLEESBAAR_ADRES)

/** The answer to a method other than GET/HEAD/OPTIONS. */
export const alleenLezen = (pathname: string) =>
  weigering(pathname, 'Dit kan hier niet', ALLEEN_LEZEN)
