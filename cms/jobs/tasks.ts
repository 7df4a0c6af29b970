/**
 * The worker's tasks. They run in the worker process (`npm run start:indexer`) only: no login may
 * run jobs (cms/access/taken.ts). Their handlers live in modules that are loaded when a task runs
 * (`handlerUitModule`), so the Next.js bundle of the CMS does not include the search engine.
 *
 * Every task is retried with exponential backoff; after its last try the job has failed for good:
 * health says `degraded` and a beheerder sees it (Mislukte taken) and may retry or remove it.
 */
import path from 'node:path'
import { dynamicImport, type TaskConfig, type TaskHandler } from 'payload'
import type { JobsSettings } from '../config'
import {
  CONTROLE_TASK,
  INDEX_QUEUE,
  INDEX_TASK,
  MAIL_TASK,
  REINDEX_TASK,
  type IndexInvoer,
} from './queue'

type Herhaling = NonNullable<Exclude<TaskConfig['retries'], number>>

/**
 * `attempts` retries after the first try, the first after `delayMs` (or the configured
 * JOB_RETRY_DELAY_MS), each pause twice the one before.
 */
export function herhaling(attempts: number, delayMs: number, jobs?: JobsSettings): Herhaling {
  return {
    attempts,
    backoff: { type: 'exponential', delay: jobs?.retryDelayMs ?? delayMs },
  }
}

/**
 * A handler exported by a module of the worker, loaded when the task runs. Payload imports a handler
 * given as a path outside the task's error handling: a module that cannot be loaded failed the job
 * for good at once, without retries. Loaded here, inside the task, it is one failed try like any
 * other, retried with backoff.
 */
export function handlerUitModule<T extends TaskHandler<any>>(modulePath: string, naam: string): T {
  const handler = async (args: Parameters<T>[0]) => {
    let module: Record<string, unknown>
    try {
      module = (await dynamicImport(modulePath)) as Record<string, unknown>
    } catch (error) {
      const reden = error instanceof Error ? error.message : String(error)
      throw new Error(`De code van deze taak kon niet worden geladen (${modulePath}): ${reden}`, {
        cause: error,
      })
    }
    const gevonden = module[naam]
    if (typeof gevonden !== 'function')
      throw new Error(`De code van deze taak ontbreekt: ${modulePath} heeft geen ${naam}.`)
    return (gevonden as T)(args)
  }
  return handler as T
}

/**
 * Converge some locations to their current Definitief state (re-read, project, upsert/delete);
 * with `labels`, publish the code → label table again afterwards (a reference list changed).
 */
export const indexTask = (
  rootDir: string,
  jobs?: JobsSettings,
): TaskConfig<{
  input: IndexInvoer
  output: { upserted: number; deleted: number }
}> => ({
  slug: INDEX_TASK,
  label: 'Zoekindex bijwerken',
  // 8 retries over about 20 minutes (5 s doubling): a search engine that is briefly away.
  retries: herhaling(8, 5_000, jobs),
  inputSchema: [
    { name: 'locatieIds', type: 'json', required: true },
    { name: 'labels', type: 'checkbox' },
    { name: 'verwijderen', type: 'json' },
    { name: 'mediaMappen', type: 'json' },
  ],
  outputSchema: [
    { name: 'upserted', type: 'number' },
    { name: 'deleted', type: 'number' },
  ],
  handler: handlerUitModule(
    path.resolve(rootDir, 'search-indexer/task-handler.ts'),
    'indexeerLocaties',
  ),
})

/** Rebuild the whole public index and swap it in at once. */
export const reindexTask = (
  rootDir: string,
  jobs?: JobsSettings,
): TaskConfig<{
  input: { reden: string }
  output: { locaties: number; publiek: number }
}> => ({
  slug: REINDEX_TASK,
  label: 'Zoekindex opnieuw opbouwen',
  // 5 retries over about 15 minutes (30 s doubling).
  retries: herhaling(5, 30_000, jobs),
  inputSchema: [{ name: 'reden', type: 'text' }],
  outputSchema: [
    { name: 'locaties', type: 'number' },
    { name: 'publiek', type: 'number' },
  ],
  handler: handlerUitModule(
    path.resolve(rootDir, 'search-indexer/task-handler.ts'),
    'herindexeren',
  ),
})

/** Every night at 03:30 (UTC), on the index queue: reconcile, result in `zoekindex-controles`. */
export const CONTROLE_CRON = '30 3 * * *'

/**
 * Reconcile (search-indexer/reconcile.ts): compare the index and the public media store with the
 * database and store the result, which health and `npm run indexer:status` show. It only reads:
 * differences are repaired by `npm run reindex -- --repair` (or a full reindex).
 */
export const controleTask = (
  rootDir: string,
): TaskConfig<{
  input: { bron?: string }
  output: { verschillen: number }
}> => ({
  slug: CONTROLE_TASK,
  label: 'Zoekindex controleren',
  // runs again the next night anyway
  retries: 2,
  schedule: [{ cron: CONTROLE_CRON, queue: INDEX_QUEUE }],
  inputSchema: [{ name: 'bron', type: 'text' }],
  outputSchema: [{ name: 'verschillen', type: 'number' }],
  handler: handlerUitModule(path.resolve(rootDir, 'search-indexer/task-handler.ts'), 'controleren'),
})

/** Send one e-mail through Payload's e-mail adapter (cms/mail/adapter.ts); retried with backoff. */
export const mailTask = (
  rootDir: string,
  jobs?: JobsSettings,
): TaskConfig<{
  input: { aan: string; onderwerp: string; tekst: string }
  output: { messageId: string }
}> => ({
  slug: MAIL_TASK,
  label: 'E-mail versturen',
  // 8 retries over about 40 minutes (10 s doubling), then the job fails and health reports it.
  retries: herhaling(8, 10_000, jobs),
  inputSchema: [
    { name: 'aan', type: 'email', required: true },
    { name: 'onderwerp', type: 'text', required: true },
    { name: 'tekst', type: 'textarea', required: true },
  ],
  outputSchema: [{ name: 'messageId', type: 'text' }],
  handler: handlerUitModule(path.resolve(rootDir, 'cms/jobs/mail-handler.ts'), 'verstuurMail'),
})
