/**
 * One handler for the suggestion routes (/api/plaatsen, /api/namen): `q` once, 1–100 characters,
 * answer `[{ waarde, label }]` cached for a minute; 503 with Retry-After while the index loads.
 */
import type { APIRoute } from 'astro'
import { z } from 'zod'
import { errorKind, getLogger } from '../../../search-indexer/runtime/logger'
import { json } from './http'
import { EEN_KEER, ZoekmachineStart } from './search'
import { OPNIEUW_NA_SECONDEN } from './zoekmachine'

export type Suggesties = (q: string) => Promise<{ waarde: string; label: string }[]>

export const suggestieRoute = (route: string, uitleg: string, zoek: Suggesties): APIRoute => {
  const Params = z.object({
    q: z
      .string({ error: uitleg })
      .trim()
      .min(1, { error: uitleg })
      .max(100, { error: 'q mag hoogstens 100 tekens lang zijn.' }),
  })
  return async ({ url }) => {
    if (url.searchParams.getAll('q').length > 1) {
      const fout = EEN_KEER('q')
      return json({ fout, velden: { q: fout } }, 400)
    }
    const parsed = Params.safeParse({ q: url.searchParams.get('q') ?? undefined })
    if (!parsed.success) {
      const fout = parsed.error.issues[0]?.message ?? 'De vraag klopt niet.'
      return json({ fout, velden: { q: fout } }, 400)
    }
    try {
      return json(await zoek(parsed.data.q), 200, { 'Cache-Control': 'public, max-age=60' })
    } catch (error) {
      if (error instanceof ZoekmachineStart) {
        return json({ fout: 'De zoekfunctie wordt gestart.' }, 503, {
          'Retry-After': String(OPNIEUW_NA_SECONDEN),
        })
      }
      // the kind of failure only: the message may quote the visitor's query
      getLogger('site').error({ fout: errorKind(error) }, `${route} failed`)
      return json({ fout: 'Het zoeken lukt nu even niet.' }, 503)
    }
  }
}
