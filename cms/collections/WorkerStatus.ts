import type { CollectionConfig } from 'payload'
import { nobody } from '../access'

/**
 * One row per worker process (`npm run start:indexer`): its heartbeat, what it is running and its
 * last error. Written by the worker, read by the CMS health endpoint; never through the API.
 */
export const WorkerStatus: CollectionConfig = {
  slug: 'worker-status',
  typescript: { interface: 'WorkerStatus' },
  labels: { singular: 'Workerstatus', plural: 'Workerstatus' },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'workerId', type: 'text', required: true, unique: true, index: true },
    { name: 'pid', type: 'number' },
    { name: 'host', type: 'text' },
    { name: 'queues', type: 'json' },
    { name: 'startedAt', type: 'date' },
    { name: 'heartbeatAt', type: 'date', index: true },
    /** jobs running now: [{ id, taak, sinds }] */
    { name: 'running', type: 'json' },
    /** progress of a long task (full reindex): { taak, verwerkt, totaal } */
    { name: 'progress', type: 'json' },
    { name: 'processed', type: 'number' },
    { name: 'lastError', type: 'text' },
    { name: 'lastErrorTask', type: 'text' },
    { name: 'lastErrorAt', type: 'date' },
  ],
}
