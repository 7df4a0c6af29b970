/**
 * Logging in with two-step login in integration tests: the password, then the code computed from
 * the login's secret (the demo secret for demo logins). A code works once per time step, so a
 * second login of the same login within one step uses the code of the next step (accepted: one
 * step of clock difference either way).
 */
import { codeVoor, tijdstap } from '../../../cms/domain/tweestaps'
import type { RestClient } from './payload'

const laatsteStap = new Map<string, number>()

/** The next unused code of this secret (waits when the next two steps are used already). */
export async function volgendeCode(geheim: string, sleutel: string): Promise<string> {
  let stap = Math.max(tijdstap(new Date()), (laatsteStap.get(sleutel) ?? 0) + 1)
  while (stap > tijdstap(new Date()) + 1) await new Promise((r) => setTimeout(r, 1000))
  stap = Math.max(stap, tijdstap(new Date()))
  laatsteStap.set(sleutel, stap)
  return codeVoor(geheim, new Date(stap * 30_000 + 1000))
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
