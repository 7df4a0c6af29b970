/**
 * Test-only switches, read from the environment; without the variables they do nothing.
 * - ZORGATLAS_TEST_FAIL_AT=<point>: `failAt(point)` throws there, to prove that a multi-step
 *   operation failing midway leaves nothing half-done (all or nothing), or that a failing index task
 *   is retried (`indexeren`).
 * - ZORGATLAS_TEST_INDEX_DELAY_MS=<ms>: index tasks wait before writing, so a fault test can kill
 *   the worker in the middle of a batch.
 */
export type FaultPoint =
  | 'goedkeuren-midden'
  | 'afwijzen-midden'
  | 'kopieer-midden'
  | 'locatie-verwijderen-midden'
  | 'organisatie-verwijderen-midden'
  | 'indexeren'

export function failAt(point: FaultPoint): void {
  if (process.env.ZORGATLAS_TEST_FAIL_AT === point) {
    throw new Error(`Test: fout ingebracht bij ${point}`)
  }
}

export async function testDelay(): Promise<void> {
  const ms = Number(process.env.ZORGATLAS_TEST_INDEX_DELAY_MS ?? 0)
  if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms))
}
