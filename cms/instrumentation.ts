/**
 * Runs once when the CMS server starts (Next.js instrumentation): requests are stamped with the
 * socket's address for the login limiter (cms/http/verbinding.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { stempelVerbindingen } = await import('./http/verbinding')
  await stempelVerbindingen()
}
