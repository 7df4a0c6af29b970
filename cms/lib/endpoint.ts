/** Shared plumbing of custom endpoints: one transaction per request, Dutch errors. */
import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type PayloadHandler,
  type PayloadRequest,
} from 'payload'
import { errorResponse } from './http'
import { findByIdOrNull } from './local-api'

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

/** A relationship id as the database wants it: numbers on SQL adapters, strings on MongoDB. */
export const nativeId = (req: PayloadRequest, value: string | number): string | number =>
  req.payload.db.defaultIDType === 'number' && /^\d+$/.test(String(value))
    ? Number(value)
    : String(value)

/** The newest version (draft or published) of a record, as the logged-in user; null when absent or not allowed. */
export async function findNewestAsUser(
  req: PayloadRequest,
  collection: 'locaties' | 'zorgaanbod',
  id: string | number,
): Promise<(Record<string, unknown> & { id: string | number }) | null> {
  return findByIdOrNull(req, {
    collection,
    id,
    draft: true,
    depth: 0,
    overrideAccess: false,
    user: req.user,
  })
}
