/** A location's care offers go with it (after approval, or at once when it was never approved). */
import type { CollectionBeforeDeleteHook } from 'payload'
import { failAt } from '../../../lib/test-switches'
import { withScopedContext } from '../../../queries/records'

export const deleteZorgaanbodOfLocatie: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // The care offers' own index work is the location's, which its afterDelete queues.
  await withScopedContext(req, { skipIndex: true }, (context) =>
    req.payload.delete({
      collection: 'zorgaanbod',
      where: { locatie: { equals: id } },
      overrideAccess: true,
      context,
      req,
    }),
  )
  failAt('locatie-verwijderen-midden')
}
