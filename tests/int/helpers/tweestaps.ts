/**
 * Logging in with two-step login in integration tests: the password, then the code computed from
 * the login's secret (the demo secret for demo logins). A code works once per time step, and the
 * CMS accepts the previous, the current and the next step (one step of clock difference either
 * way): three codes of one login per step without waiting.
 */
import { codeVoor, tijdstap } from '../../../cms/domain/tweestaps'
import type { RestClient } from './payload'

const laatsteStap = new Map<string, number>()

/** A code of the previous step is used only when this much of the current step remains. */
const MARGE_MS = 10_000

/** The next unused code of this secret (waits for the next step when the three are used). */
export async function volgendeCode(geheim: string, sleutel: string): Promise<string> {
  for (;;) {
    const nu = Date.now()
    const huidig = tijdstap(new Date(nu))
    const einde = (huidig + 1) * 30_000
    const vroegste = einde - nu > MARGE_MS ? huidig - 1 : huidig
    const stap = Math.max(vroegste, (laatsteStap.get(sleutel) ?? 0) + 1)
    if (stap <= huidig + 1) {
      laatsteStap.set(sleutel, stap)
      return codeVoor(geheim, new Date(stap * 30_000 + 1000))
    }
    await new Promise((r) => setTimeout(r, einde - nu + 50))
  }
}

export async function loginMetCode(
  rest: RestClient,
  email: string,
  password: string,
  geheim: string,
  headers: Record<string, string> = {},
): Promise<string> {
  const res = await rest.request('POST', '/users/login', { body: { email, password }, headers })
  if (res.status !== 200) throw new Error(`Login failed for ${email}: ${res.status}`)
  const token = res.body.token as string
  if (!res.body.tweedeStap) return token
  const code = await volgendeCode(geheim, email)
  const stap = await rest.request('POST', '/users/tweestaps/controleren', {
    token,
    body: { code },
    headers,
  })
  if (stap.status !== 200)
    throw new Error(`Second step failed for ${email}: ${stap.status} ${JSON.stringify(stap.body)}`)
  return token
}
