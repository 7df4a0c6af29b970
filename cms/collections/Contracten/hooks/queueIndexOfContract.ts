/**
 * The public document names the zorgkantoren that contract the organisation this year, so a
 * contract change re-indexes the organisation's locations, in the same transaction (the jobs table
 * is the outbox). Bulk work sets `skipIndex` and queues one job for the whole batch.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { relId } from '../../../domain/roles'
import type { WorkflowContext } from '../../../hooks/context'
import { queueIndexJob } from '../../../jobs/queue'
import type { Contract } from '../../../payload-types'
import { locatieIdsOfOrganisatie } from '../../../queries/organisatie'

export const queueIndexOfContract: CollectionAfterChangeHook<Contract> = async ({
  doc,
  previousDoc,
  req,
  context,
}) => {
  if ((context as WorkflowContext).skipIndex) return doc
  const orgs = new Set([relId(doc.organisatie), relId(previousDoc?.organisatie)])
  const ids: string[] = []
  for (const org of orgs) if (org) ids.push(...(await locatieIdsOfOrganisatie(req, org)))
  await queueIndexJob(req, ids)
  return doc
}

export const queueIndexOfVerwijderdContract: CollectionAfterDeleteHook<Contract> = async ({
  doc,
  req,
  context,
}) => {
  if ((context as WorkflowContext).skipIndex) return doc
  const org = relId(doc.organisatie)
  if (org) await queueIndexJob(req, await locatieIdsOfOrganisatie(req, org))
  return doc
}
