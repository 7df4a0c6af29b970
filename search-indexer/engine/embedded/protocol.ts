/** Messages between the embedded reader and its worker thread. */
import type { SearchQuery } from '../port'

export interface WorkerInit {
  dir: string
  pollMs?: number
}

export type WorkerRequest = { id: number } & (
  | { method: 'search'; args: [SearchQuery] }
  | { method: 'getDocument'; args: [string] }
  | { method: 'findWoonplaatsen'; args: [string, number?] }
  | { method: 'getGazetteer'; args: [] }
  | { method: 'health'; args: [] }
  | { method: 'refresh'; args: [] }
)

export type WorkerResponse =
  | { type: 'ready' }
  | { type: 'log'; level: 'info' | 'warn' | 'error'; message: string }
  | { type: 'result'; id: number; ok: true; value: unknown }
  | { type: 'result'; id: number; ok: false; error: string }
