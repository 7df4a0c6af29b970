/**
 * Test-only switches, read from the environment and doing nothing otherwise. The fault test uses
 * them to have a batch in flight long enough to kill the worker in the middle of it.
 */
const delayMs = Number(process.env.ZORGATLAS_TEST_INDEX_DELAY_MS ?? 0)

/** Waits ZORGATLAS_TEST_INDEX_DELAY_MS before an index task writes (0 = not at all). */
export async function testDelay(): Promise<void> {
  if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs))
}
