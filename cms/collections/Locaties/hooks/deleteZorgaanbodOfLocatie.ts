/**
 * A location's care offers, free places and waiting times go with it (after approval, or at once
 * when it was never approved).
 */
import type { CollectionBeforeDeleteHook } from 'payload'
import { failAt } from '../../../lib/test-switches'
import { withScopedContext } from '../../../queries/records'

export const deleteZorgaanbodOfLocatie: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // The care offers' own index work is the location's, which its afterDelete queues.
  for (const collection of ['zorgaanbod', 'vrije-capaciteit', 'wachttijden'] as const) {
    await withScopedContext(req, { skipIndex: true }, (context) =>
      req.payload.delete({
        collection,
        where: { locatie: { equals: id } },
        overrideAccess: true,
        context,
        req,
      }),
    )
  }
  failAt('locatie-verwijderen-midden')
}
