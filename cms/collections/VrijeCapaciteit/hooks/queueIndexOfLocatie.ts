/**
 * Free capacity and waiting times are not reviewed (§3.2.9): a change reaches the public index
 * at once, through an index job for the location in the same transaction (unless the caller
 * queues the location itself: `skipIndex`, as the location's own delete does).
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { relId, type RelValue } from '../../../domain/roles'
import type { WorkflowContext } from '../../../hooks/context'
import { queueIndexJob } from '../../../jobs/queue'

type MetLocatie = { id: number; locatie: RelValue }

export const queueIndexAfterChange: CollectionAfterChangeHook<MetLocatie> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if ((req.context as WorkflowContext).skipIndex) return doc
  const ids = [relId(doc.locatie), relId(previousDoc?.locatie)].filter(
    (id): id is string => id !== null,
  )
  await queueIndexJob(req, ids)
  return doc
}

export const queueIndexAfterDelete: CollectionAfterDeleteHook<MetLocatie> = async ({
  doc,
  req,
}) => {
  if ((req.context as WorkflowContext).skipIndex) return doc
  const id = relId(doc.locatie)
  if (id) await queueIndexJob(req, [id])
  return doc
}
