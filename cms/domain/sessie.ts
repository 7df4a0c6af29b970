/**
 * How long an admin session lasts without activity (seed 004 §2.1: after 20 minutes without
 * activity the user is logged out automatically). SESSION_IDLE_SECONDS, for tests, wins over
 * SESSION_IDLE_MINUTES. Pure: the caller passes the environment.
 */
export const STANDAARD_IDLE_MINUTEN = 20
/** Payload warns a minute before the end, or halfway for a shorter session. */
export const MINSTE_IDLE_SECONDEN = 5

export function sessieIdleSeconden(
  env: Record<string, string | undefined> & {
    SESSION_IDLE_SECONDS?: string
    SESSION_IDLE_MINUTES?: string
  },
): number {
  const seconden = Number(env.SESSION_IDLE_SECONDS)
  if (env.SESSION_IDLE_SECONDS && Number.isInteger(seconden) && seconden >= MINSTE_IDLE_SECONDEN)
    return seconden
  const minuten = Number(env.SESSION_IDLE_MINUTES)
  if (env.SESSION_IDLE_MINUTES && Number.isInteger(minuten) && minuten >= 1) return minuten * 60
  return STANDAARD_IDLE_MINUTEN * 60
}

/**
 * How often activity renews the token at most: every 30 seconds, or a quarter of a shorter
 * session (so activity keeps even a 20-second test session alive).
 */
export const vernieuwIntervalMs = (idleSeconden: number): number =>
  Math.min(30_000, Math.floor((idleSeconden * 1000) / 4))
