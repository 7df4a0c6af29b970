/**
 * A removed organisation has no contracts left (its contract history stays in the audit trail).
 * Same transaction as the deletion; each contract's own delete hooks write their audit entry.
 */
import type { CollectionBeforeDeleteHook } from 'payload'

export const deleteContractenOfOrganisatie: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'contracten',
    where: { organisatie: { equals: id } },
    overrideAccess: true,
    req,
  })
}
