/**
 * Worker thread entry of the embedded reader: owns a SnapshotServer and answers requests from
 * the main thread, so index builds and queries never block the site's event loop.
 * Bundled to a plain JS file by `npm run build:search-worker` for production.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { SnapshotServer, type ServingApi } from './serving'
import type { WorkerRequest, WorkerResponse, WorkerInit } from './protocol'

const port = parentPort
if (!port) throw new Error('search worker must run in a worker thread')

const init = workerData as WorkerInit
const server = new SnapshotServer({
  dir: init.dir,
  pollMs: init.pollMs,
  log: (level, message) =>
    port.postMessage({ type: 'log', level, message } satisfies WorkerResponse),
})

const handle = async (request: WorkerRequest): Promise<unknown> => {
  const api: ServingApi = server
  switch (request.method) {
    case 'search':
      return api.search(...request.args)
    case 'getDocument':
      return api.getDocument(...request.args)
    case 'findWoonplaatsen':
      return api.findWoonplaatsen(...request.args)
    case 'getGazetteer':
      return api.getGazetteer()
    case 'health':
      return api.health()
    case 'refresh':
      return api.refresh()
  }
}

port.on('message', (request: WorkerRequest | { type: 'close' }) => {
  if ('type' in request) {
    server.stop()
    port.close()
    return
  }
  handle(request).then(
    (value) =>
      port.postMessage({
        type: 'result',
        id: request.id,
        ok: true,
        value,
      } satisfies WorkerResponse),
    (error: unknown) =>
      port.postMessage({
        type: 'result',
        id: request.id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      } satisfies WorkerResponse),
  )
})

server.start().then(
  () => port.postMessage({ type: 'ready' } satisfies WorkerResponse),
  (error: unknown) => {
    throw error
  },
)
