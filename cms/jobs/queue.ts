/** Queueing search-index work: the jobs table in the same database is our outbox. */
import type { PayloadRequest } from 'payload'

export const INDEX_QUEUE = 'zoekindex'
export const INDEX_TASK = 'indexeerLocaties'

export async function queueIndexJob(req: PayloadRequest, locatieIds: string[]): Promise<void> {
  const unique = [...new Set(locatieIds.map(String))]
  if (!unique.length) return
  await req.payload.jobs.queue({
    task: INDEX_TASK,
    queue: INDEX_QUEUE,
    input: { locatieIds: unique },
    req,
  })
}
