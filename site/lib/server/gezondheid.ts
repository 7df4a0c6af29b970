/**
 * The site's health from what it can see: its search engine, and the worker's status as published
 * through the engine (never the CMS database). `degraded` (the site still serves its last index)
 * while the worker's heartbeat is old or missing, or while the worker reports jobs that failed for
 * good (a change that should be public may not be); `unavailable` when the engine does not answer.
 */
export type SiteStatus = 'ok' | 'starting' | 'degraded' | 'unavailable'

export function siteGezondheid(args: {
  /** the engine's own status */
  engine: Exclude<SiteStatus, 'degraded'>
  workerLoopt: boolean
  /** jobs that failed for good, as the worker reported them (null: no report) */
  mislukt: number | null
}): { status: SiteStatus; reden?: string } {
  if (args.engine !== 'ok') return { status: args.engine }
  const redenen: string[] = []
  if (!args.workerLoopt)
    redenen.push('De zoekindex wordt nu niet bijgewerkt: de worker draait niet.')
  if (args.mislukt)
    redenen.push(
      `${args.mislukt === 1 ? '1 taak is' : `${args.mislukt} taken zijn`} mislukt: een wijziging staat misschien nog niet op de site.`,
    )
  return redenen.length ? { status: 'degraded', reden: redenen.join(' ') } : { status: 'ok' }
}
