/**
 * Results of reconcile (search-indexer/reconcile.ts) in `zoekindex-controles`: written by the
 * nightly task and by `npm run reindex -- --check`, read by the CMS health and
 * `npm run indexer:status`. Database work only.
 */
import type { Payload } from 'payload'

const COLLECTIE = 'zoekindex-controles'
const BEWAREN_MS = 30 * 86_400_000
const VOORBEELDEN = 20

/** What reconcile found (the shape of search-indexer/reconcile.ts `Controle`). */
export interface ControleUitkomst {
  op: string
  duurMs: number
  verwacht: number
  inIndex: number
  verschillen: { soort: string; waar: string; id: string; locatieId: string | null }[]
  wachtend: string[]
}

export interface BewaardeControle {
  op: string
  bron: string
  verschillen: number
  soorten: Record<string, number>
  voorbeelden: { soort: string; waar: string; id: string; locatieId: string | null }[]
  verwacht: number | null
  inIndex: number | null
  wachtend: number
}

const telPerSoort = (verschillen: ControleUitkomst['verschillen']) => {
  const soorten: Record<string, number> = {}
  for (const v of verschillen) {
    const key = v.waar === 'media' ? `media-${v.soort}` : v.soort
    soorten[key] = (soorten[key] ?? 0) + 1
  }
  return soorten
}

export async function bewaarControle(
  payload: Payload,
  controle: ControleUitkomst,
  bron: string,
): Promise<void> {
  await payload.create({
    collection: COLLECTIE,
    data: {
      op: controle.op,
      bron,
      duurMs: controle.duurMs,
      verwacht: controle.verwacht,
      inIndex: controle.inIndex,
      verschillen: controle.verschillen.length,
      soorten: telPerSoort(controle.verschillen),
      voorbeelden: controle.verschillen
        .slice(0, VOORBEELDEN)
        .map(({ soort, waar, id, locatieId }) => ({ soort, waar, id, locatieId })),
      wachtend: controle.wachtend.length,
    },
    overrideAccess: true,
  })
  await payload.delete({
    collection: COLLECTIE,
    where: { op: { less_than: new Date(Date.now() - BEWAREN_MS).toISOString() } },
    overrideAccess: true,
  })
}

/** The newest result, or null when reconcile never ran. */
export async function laatsteControle(payload: Payload): Promise<BewaardeControle | null> {
  const found = await payload.find({
    collection: COLLECTIE,
    sort: '-op',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const d = found.docs[0]
  if (!d) return null
  return {
    op: d.op,
    bron: d.bron,
    verschillen: d.verschillen,
    soorten: (d.soorten as Record<string, number> | null) ?? {},
    voorbeelden: (d.voorbeelden as BewaardeControle['voorbeelden'] | null) ?? [],
    verwacht: d.verwacht ?? null,
    inIndex: d.inIndex ?? null,
    wachtend: d.wachtend ?? 0,
  }
}
