/** Shared plumbing of custom endpoints: one transaction per request, Dutch errors. */
import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type PayloadHandler,
  type PayloadRequest,
} from 'payload'
import { errorResponse } from './responses'

export async function inTransaction(
  req: PayloadRequest,
  work: () => Promise<Response>,
): Promise<Response> {
  const started = await initTransaction(req)
  try {
    const response = await work()
    if (started) await commitTransaction(req)
    return response
  } catch (error) {
    if (started) await killTransaction(req)
    return errorResponse(error, req)
  }
}

export const withErrors =
  (fn: (req: PayloadRequest) => Promise<Response>): PayloadHandler =>
  async (req) => {
    try {
      return await fn(req)
    } catch (error) {
      return errorResponse(error, req)
    }
  }
