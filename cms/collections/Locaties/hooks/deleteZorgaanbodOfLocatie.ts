/**
 * A location's care offers, free places and waiting times go with it (after approval, or at once
 * when it was never approved).
 */
import type { CollectionBeforeDeleteHook } from 'payload'
import { failAt } from '../../../lib/test-switches'
import { withScopedRequest } from '../../../queries/records'

export const deleteZorgaanbodOfLocatie: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // Their index work is the location's, which its own afterDelete always queues. The flag is set
  // on a request of these nested calls only: in a bulk delete the sibling locations' hooks run at
  // the same time on the shared request (see withScopedRequest).
  for (const collection of ['zorgaanbod', 'vrije-capaciteit', 'wachttijden'] as const) {
    await withScopedRequest(req, { skipIndex: true }, (scoped) =>
      req.payload.delete({
        collection,
        where: { locatie: { equals: id } },
        overrideAccess: true,
        req: scoped,
      }),
    )
  }
  failAt('locatie-verwijderen-midden')
}
