/**
 * Payload job handlers of the index tasks (see cms/jobs/tasks.ts); they run in the worker process.
 */
import type { TaskHandler } from 'payload'
import { reportProgress, runHeld } from '../cms/jobs/worker'
import { REINDEX_TASK, INDEX_TASK } from '../cms/jobs/queue'
import { reindexAll, syncLocaties } from './sync'
import { testDelay } from '../cms/lib/test-switches'

export const indexeerLocaties: TaskHandler<{
  input: { locatieIds: string[] }
  output: { upserted: number; deleted: number }
}> = async ({ input, job, req }) =>
  runHeld(job, INDEX_TASK, async () => {
    await testDelay()
    return { output: await syncLocaties(req.payload, input.locatieIds) }
  })

export const herindexeren: TaskHandler<{
  input: { reden: string }
  output: { locaties: number; publiek: number }
}> = async ({ job, req }) =>
  runHeld(job, REINDEX_TASK, async () => {
    await testDelay()
    const output = await reindexAll(req.payload, undefined, undefined, (verwerkt, totaal) =>
      reportProgress({ taak: REINDEX_TASK, verwerkt, totaal }),
    )
    return { output }
  })

export default indexeerLocaties
