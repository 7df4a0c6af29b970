/**
 * The search-index task. Its input names locations; the handler converges each one to the current
 * Definitief state (re-read, project, upsert or delete). It runs in the indexer worker process
 * (`npm run start:indexer`), never in the CMS web process: the handler is given as a module path
 * so the Next.js bundle does not include the search engine.
 */
import path from 'node:path'
import type { TaskConfig } from 'payload'
import { INDEX_TASK } from './queue'

export const indexTask = (
  rootDir: string,
): TaskConfig<{
  input: { locatieIds: string[] }
  output: { upserted: number; deleted: number }
}> => ({
  slug: INDEX_TASK,
  label: 'Zoekindex bijwerken',
  retries: 5,
  inputSchema: [{ name: 'locatieIds', type: 'json', required: true }],
  outputSchema: [
    { name: 'upserted', type: 'number' },
    { name: 'deleted', type: 'number' },
  ],
  handler: `${path.resolve(rootDir, 'search-indexer/task-handler.ts')}#indexeerLocaties`,
})
