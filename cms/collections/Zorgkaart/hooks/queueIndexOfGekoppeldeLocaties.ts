/**
 * Scores are not reviewed (§3.2.8): a new, changed or removed record re-indexes the locations it
 * may belong to, in the same transaction (unless the caller queues them itself: `skipIndex`, as
 * the importer does for the whole file).
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import type { WorkflowContext } from '../../../hooks/context'
import { queueIndexJob } from '../../../jobs/queue'
import { locatieIdsVanRecords } from '../../../queries/zorgkaart'
import type { Zorgkaart } from '../../../payload-types'

const PUBLIEK = [
  'zorgkaartId',
  'naam',
  'score',
  'aantalWaarderingen',
  'url',
  'adresSleutel',
] as const

export const queueIndexAfterRecordChange: CollectionAfterChangeHook<Zorgkaart> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if ((req.context as WorkflowContext).skipIndex) return doc
  const veranderd =
    operation === 'create' || PUBLIEK.some((veld) => doc[veld] !== previousDoc?.[veld])
  if (!veranderd) return doc
  const records = operation === 'create' ? [doc] : [doc, previousDoc]
  await queueIndexJob(req, await locatieIdsVanRecords(req.payload, records, req))
  return doc
}

export const queueIndexAfterRecordDelete: CollectionAfterDeleteHook<Zorgkaart> = async ({
  doc,
  req,
}) => {
  if ((req.context as WorkflowContext).skipIndex) return doc
  await queueIndexJob(req, await locatieIdsVanRecords(req.payload, [doc], req))
  return doc
}
