/**
 * GET /api/plaatsen?q=til: woonplaatsen (and postcodes) for the suggestions while typing, from
 * the same gazetteer the search uses. `[{ waarde, label }]`; 503 while the index is loading.
 */
import type { APIRoute } from 'astro'
import { z } from 'zod'
import { errorKind, getLogger } from '../../../search-indexer/runtime/logger'
import { json } from '../../lib/server/http'
import { EEN_KEER, plaatsSuggesties, ZoekmachineStart } from '../../lib/server/search'
import { OPNIEUW_NA_SECONDEN } from '../../lib/server/zoekmachine'

const Params = z.object({
  q: z
    .string({ error: 'Geef met q het begin van een woonplaats of postcode.' })
    .trim()
    .min(1, { error: 'Geef met q het begin van een woonplaats of postcode.' })
    .max(100, { error: 'q mag hoogstens 100 tekens lang zijn.' }),
})

export const GET: APIRoute = async ({ url }) => {
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
    return json(await plaatsSuggesties(parsed.data.q), 200, {
      'Cache-Control': 'public, max-age=60',
    })
  } catch (error) {
    if (error instanceof ZoekmachineStart) {
      return json({ fout: 'De zoekfunctie wordt gestart.' }, 503, {
        'Retry-After': String(OPNIEUW_NA_SECONDEN),
      })
    }
    // the kind of failure only: the message may quote the visitor's query
    getLogger('site').error({ fout: errorKind(error) }, '/api/plaatsen failed')
    return json({ fout: 'Het zoeken lukt nu even niet.' }, 503)
  }
}
