// Types of scripts/check-lockfile.mjs (plain JavaScript so Node 20 can run it) for the unit test.
export interface Target {
  name: string
  os: string
  cpu: string
  libc?: string
}
export interface LockEntry {
  version?: string
  os?: string[]
  cpu?: string[]
  libc?: string[]
  [key: string]: unknown
}
export interface Lock {
  packages?: Record<string, LockEntry>
  [key: string]: unknown
}
export const TARGETS: Target[]
export const REQUIRED_FAMILIES: string[]
export const KNOWN_GAPS: Record<string, { targets: string[]; why: string }>
export function familyName(packageName: string): string
export function entryFits(name: string, entry: LockEntry, target: Target): boolean
export function checkLockfile(
  lock: Lock,
  options?: {
    targets?: Target[]
    requiredFamilies?: string[]
    knownGaps?: Record<string, { targets: string[]; why: string }>
  },
): string[]
export function countFamilies(lock: Lock): number
