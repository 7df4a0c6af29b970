/**
 * The client's address for the login limiter. Next.js hands route handlers a Request without the
 * socket, and fills `X-Forwarded-For` from the socket only when the client did not send one itself;
 * so the CMS server stamps every incoming request with the socket's address in a header of its own
 * (cms/instrumentation.ts), marked with a random value of this process that no client can know. A
 * request without a valid stamp (another server, a test that does not stamp) has an unknown
 * address; all such requests share one counter.
 */
import { randomBytes } from 'node:crypto'
import type { IncomingMessage, Server } from 'node:http'
import { kiesClientAdres, ONBEKEND_ADRES } from '../domain/inlogbeperking'

export const VERBINDING_HEADER = 'x-zorgatlas-verbinding'

const MERK = Symbol.for('zorgatlas.verbindingsmerk')
const GESTEMPELD = Symbol.for('zorgatlas.verbindingen-gestempeld')
type Globaal = typeof globalThis & { [MERK]?: string; [GESTEMPELD]?: boolean }

/** The random mark of this process (the same for every module instance in it). */
export function verbindingsMerk(): string {
  const g = globalThis as Globaal
  return (g[MERK] ??= randomBytes(18).toString('base64url'))
}

/** The header value that says "this request came from this address" (tests stamp with it). */
export const verbindingStempel = (adres: string): string => `${verbindingsMerk()} ${adres}`

/** The socket address of a stamped request, or null. */
export function verbindingVan(headers: Headers): string | null {
  const waarde = headers.get(VERBINDING_HEADER) ?? ''
  const [merk, adres] = waarde.split(' ')
  return merk === verbindingsMerk() && adres ? adres : null
}

/** The client's address of this request (the limiter's). */
export function clientAdres(req: { headers: Headers }, vertrouwd: readonly string[]): string {
  const verbinding = verbindingVan(req.headers)
  if (!verbinding) return ONBEKEND_ADRES
  return kiesClientAdres({
    verbinding,
    forwardedFor: req.headers.get('x-forwarded-for'),
    vertrouwd,
  })
}

/**
 * Every HTTP server of this process stamps its requests before anyone else sees them; a client's
 * own header of that name is replaced. Called once from cms/instrumentation.ts.
 */
export async function stempelVerbindingen(): Promise<void> {
  const g = globalThis as Globaal
  if (g[GESTEMPELD]) return
  g[GESTEMPELD] = true
  const http = await import('node:http')
  const https = await import('node:https')
  for (const Klasse of [http.Server, https.Server]) {
    const proto = Klasse.prototype as unknown as {
      emit: (this: Server, event: string, ...args: unknown[]) => boolean
    }
    const emit = proto.emit
    proto.emit = function (this: Server, event: string, ...args: unknown[]) {
      if (event === 'request') {
        const req = args[0] as IncomingMessage
        req.headers[VERBINDING_HEADER] = verbindingStempel(req.socket?.remoteAddress ?? '')
      }
      return emit.call(this, event, ...args)
    }
  }
}

export { ONBEKEND_ADRES }
