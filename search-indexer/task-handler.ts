/**
 * Payload job handlers of the index tasks (see cms/jobs/tasks.ts); they run in the worker process.
 */
import type { TaskHandler } from 'payload'
import { reportProgress, runHeld } from '../cms/jobs/worker'
import { REINDEX_TASK, INDEX_TASK } from '../cms/jobs/queue'
import { publiceerLabels, reindexAll, syncLocaties } from './sync'
import { failAt, testDelay } from '../cms/lib/test-switches'

export const indexeerLocaties: TaskHandler<{
  input: { locatieIds: string[]; labels?: boolean }
  output: { upserted: number; deleted: number }
}> = async ({ input, job, req }) =>
  runHeld(job, INDEX_TASK, async () => {
    await testDelay()
    failAt('indexeren')
    const output = await syncLocaties(req.payload, input.locatieIds)
    // After the documents: the site never names a code with a label its documents do not show yet.
    if (input.labels) await publiceerLabels(req.payload)
    return { output }
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
