/** Payload job handler for the `indexeerLocaties` task (see cms/jobs/index-task.ts). */
import type { TaskHandler } from 'payload'
import { syncLocaties } from './sync'

export const indexeerLocaties: TaskHandler<{
  input: { locatieIds: string[] }
  output: { upserted: number; deleted: number }
}> = async ({ input, req }) => {
  const result = await syncLocaties(req.payload, input.locatieIds)
  return { output: result }
}

export default indexeerLocaties
