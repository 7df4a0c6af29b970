import type { CollectionConfig } from 'payload'
import { nobody } from '../access'

/**
 * The results of reconcile (search-indexer/reconcile.ts): the nightly check by the worker and
 * `npm run reindex -- --check`. Read by the CMS health endpoint and `npm run indexer:status`;
 * never through the API. The worker keeps the last 30 days.
 */
export const ZoekindexControles: CollectionConfig = {
  slug: 'zoekindex-controles',
  typescript: { interface: 'ZoekindexControle' },
  labels: { singular: 'Controle van de zoekindex', plural: 'Controles van de zoekindex' },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  graphQL: false,
  fields: [
    /** when the comparison started */
    { name: 'op', type: 'date', required: true, index: true },
    /** `nachtelijk` (the scheduled task), `handmatig` (the command), `herstel` (after a repair) */
    { name: 'bron', type: 'text', required: true },
    { name: 'duurMs', type: 'number' },
    { name: 'verwacht', type: 'number' },
    { name: 'inIndex', type: 'number' },
    { name: 'verschillen', type: 'number', required: true },
    /** counts per kind: { ontbreekt, over, verouderd, mediaOntbreekt, mediaOver } */
    { name: 'soorten', type: 'json' },
    /** the first differences: [{ soort, waar, id, locatieId }] (no names: they may change) */
    { name: 'voorbeelden', type: 'json' },
    /** locations left out because index work for them was still queued */
    { name: 'wachtend', type: 'number' },
  ],
}
