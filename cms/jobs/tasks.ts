/**
 * The worker's tasks. Handlers are given as module paths and run in the worker process
 * (`npm run start:indexer`), never in the CMS web process, so the Next.js bundle does not include
 * the search engine.
 */
import path from 'node:path'
import type { TaskConfig } from 'payload'
import { INDEX_TASK, MAIL_TASK, REINDEX_TASK } from './queue'

/**
 * Converge some locations to their current Definitief state (re-read, project, upsert/delete);
 * with `labels`, publish the code → label table again afterwards (a reference list changed).
 */
export const indexTask = (
  rootDir: string,
): TaskConfig<{
  input: { locatieIds: string[]; labels?: boolean }
  output: { upserted: number; deleted: number }
}> => ({
  slug: INDEX_TASK,
  label: 'Zoekindex bijwerken',
  retries: 5,
  inputSchema: [
    { name: 'locatieIds', type: 'json', required: true },
    { name: 'labels', type: 'checkbox' },
  ],
  outputSchema: [
    { name: 'upserted', type: 'number' },
    { name: 'deleted', type: 'number' },
  ],
  handler: `${path.resolve(rootDir, 'search-indexer/task-handler.ts')}#indexeerLocaties`,
})

/** Rebuild the whole public index and swap it in at once. */
export const reindexTask = (
  rootDir: string,
): TaskConfig<{
  input: { reden: string }
  output: { locaties: number; publiek: number }
}> => ({
  slug: REINDEX_TASK,
  label: 'Zoekindex opnieuw opbouwen',
  retries: 3,
  inputSchema: [{ name: 'reden', type: 'text' }],
  outputSchema: [
    { name: 'locaties', type: 'number' },
    { name: 'publiek', type: 'number' },
  ],
  handler: `${path.resolve(rootDir, 'search-indexer/task-handler.ts')}#herindexeren`,
})

/** Send one e-mail through Payload's e-mail adapter (cms/mail/adapter.ts); retried with backoff. */
export const mailTask = (
  rootDir: string,
): TaskConfig<{
  input: { aan: string; onderwerp: string; tekst: string }
  output: { messageId: string }
}> => ({
  slug: MAIL_TASK,
  label: 'E-mail versturen',
  // 8 tries over about 20 minutes (10 s doubling), then the job fails and health reports it.
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 10_000 } },
  inputSchema: [
    { name: 'aan', type: 'email', required: true },
    { name: 'onderwerp', type: 'text', required: true },
    { name: 'tekst', type: 'textarea', required: true },
  ],
  outputSchema: [{ name: 'messageId', type: 'text' }],
  handler: `${path.resolve(rootDir, 'cms/jobs/mail-handler.ts')}#verstuurMail`,
})
