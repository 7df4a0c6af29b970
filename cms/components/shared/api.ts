/**
 * Small fetch helpers for the admin components: same-origin REST calls with the login cookie,
 * and the Dutch message of an answer (`message`, `bericht`, `fout`, `velden`, Payload's `errors`).
 */
export interface Antwoord<T> {
  ok: boolean
  status: number
  data: T & Partial<FoutAntwoord>
}

export interface FoutAntwoord {
  message: string
  bericht: string
  fout: string
  velden: Record<string, string>
  errors: { message?: string }[]
}

export const GEEN_VERBINDING = 'Geen verbinding met de server. Probeer het opnieuw.'

export async function api<T>(url: string, init: RequestInit = {}): Promise<Antwoord<T>> {
  const headers = new Headers(init.headers)
  if (init.body !== undefined && !headers.has('Content-Type'))
    headers.set('Content-Type', 'application/json')
  const res = await fetch(url, { credentials: 'include', ...init, headers })
  // Deliberate: an answer without a JSON body (e.g. a proxy's error page) still has its status.
  const data = (await res.json().catch(() => ({}))) as T & Partial<FoutAntwoord>
  return { ok: res.ok, status: res.status, data }
}

/** The message to show for an answer: the first field error, else the server's text. */
export function tekstVan(
  data: Partial<FoutAntwoord> | null | undefined,
  standaard: string,
): string {
  if (!data) return standaard
  const veld = data.velden ? Object.values(data.velden)[0] : undefined
  return veld ?? data.fout ?? data.message ?? data.bericht ?? data.errors?.[0]?.message ?? standaard
}

/** Ids go back to the server as they came (numbers on SQL, strings on MongoDB). */
export type Id = string | number

/** The id of a relationship field's value, populated or not, as a string (for URLs). */
export const idVan = (value: unknown): string | null => {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (value && typeof value === 'object' && 'id' in value)
    return String((value as { id: unknown }).id)
  return null
}
