/**
 * Free capacity leaves the public site by itself after its end date (§3.2.9). A scheduled task
 * (hourly, on the index queue) marks entries whose end date has passed as `verlopen`; that update
 * queues an index job for their locations (the collection's afterChange hook), and the projection
 * leaves ended entries out. Marked entries are not touched again, so a run after downtime catches
 * up with everything that ended meanwhile, and running twice does nothing more.
 */
import type { PayloadRequest, TaskConfig } from 'payload'
import { verlopenGrens } from '../domain/capaciteit'
import { withScopedRequest } from '../queries/records'
import { INDEX_QUEUE } from './queue'

export const CAPACITEIT_TASK = 'vrijeCapaciteitVerlopen'

/** Every hour at five past: an entry that ended yesterday is gone before 01:05 (UTC). */
export const CAPACITEIT_CRON = '5 * * * *'

const EXPIRY_FLAG = 'capaciteitVerlopen'

/** True inside the expiry task's update (the entry's own checks are skipped). */
export const isExpiryRun = (req: PayloadRequest): boolean => req.context?.[EXPIRY_FLAG] === true

/** Marks the entries that ended before today; returns how many. */
export async function markeerVerlopenCapaciteit(
  req: PayloadRequest,
  nu: Date = new Date(),
): Promise<number> {
  const result = await withScopedRequest(req, { [EXPIRY_FLAG]: true }, (scoped) =>
    req.payload.update({
      collection: 'vrije-capaciteit',
      where: {
        and: [{ geldigTot: { less_than: verlopenGrens(nu) } }, { verlopen: { not_equals: true } }],
      },
      data: { verlopen: true },
      depth: 0,
      overrideAccess: true,
      req: scoped,
    }),
  )
  if (result.errors.length) {
    throw new Error(
      `Vrije capaciteit: ${result.errors.length} melding(en) niet afgesloten: ${result.errors[0]!.message}`,
    )
  }
  return result.docs.length
}

export const capaciteitTask: TaskConfig<{ input: object; output: { verlopen: number } }> = {
  slug: CAPACITEIT_TASK,
  label: 'Verlopen vrije capaciteit van de site halen',
  retries: 3,
  schedule: [{ cron: CAPACITEIT_CRON, queue: INDEX_QUEUE }],
  outputSchema: [{ name: 'verlopen', type: 'number' }],
  handler: async ({ req }) => ({ output: { verlopen: await markeerVerlopenCapaciteit(req) } }),
}
