/**
 * Public visibility (§2, §4.2): a location is public only when it is Definitief and has at least one
 * Definitief care offer; an organisation only through such a location.
 */
import type { Status } from './workflow'

export interface ZichtbaarheidInput {
  locatieStatus: Status | null | undefined
  organisatieStatus: Status | null | undefined
  zorgaanbodStatussen: readonly (Status | null | undefined)[]
}

/** Statuses whose published version is public (a pending removal stays public until approved). */
const PUBLISHED = new Set<Status>([
  'definitief',
  'voorgesteld',
  'in-behandeling',
  'voorgesteld-verwijderd',
])

/**
 * Input are the statuses of the PUBLISHED versions. A published version always carries
 * 'definitief'; the other values are accepted so callers may pass a newest-version status of an
 * item that also has a published version.
 */
export function isLocatiePublic({
  locatieStatus,
  organisatieStatus,
  zorgaanbodStatussen,
}: ZichtbaarheidInput): boolean {
  const ok = (s: Status | null | undefined) => s !== null && s !== undefined && PUBLISHED.has(s)
  return ok(locatieStatus) && ok(organisatieStatus) && zorgaanbodStatussen.some(ok)
}
