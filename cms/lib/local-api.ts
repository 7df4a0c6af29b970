/** Helpers around Payload's Local API for calls made inside a request (hooks, endpoints). */
import { APIError, type PayloadRequest, type RequestContext } from 'payload'
import { isValidId } from './malformed-input'

/**
 * Runs one nested Local API call with context flags that only that call (and the calls it makes)
 * sees. Payload merges a nested call's `context` into `req.context` for the rest of the request
 * (createLocalReq), so a flag such as `skipIndex` would otherwise reach the hooks of the outer
 * operation too — that once left deleted locations in the public index.
 */
export async function withScopedContext<T>(
  req: PayloadRequest,
  flags: RequestContext,
  call: (context: RequestContext) => Promise<T>,
): Promise<T> {
  const outer = req.context
  try {
    return await call(flags)
  } finally {
    req.context = outer
  }
}

/** Is this an id the configured database can hold (numbers on SQL, ObjectIds on MongoDB)? */
export const isDatabaseId = (req: PayloadRequest, id: unknown): id is string | number =>
  isValidId(id, req.payload.db.defaultIDType === 'number' ? 'number' : 'objectid')

/**
 * findByID that answers null for "this record does not exist (for you)": an id of the wrong shape,
 * a missing record, or one that read access filters out. Every other failure (database down,
 * a bug) is thrown, so it fails the request instead of passing for "not found".
 */
export async function findByIdOrNull(
  req: PayloadRequest,
  args: Omit<Parameters<PayloadRequest['payload']['findByID']>[0], 'req' | 'disableErrors'>,
): Promise<(Record<string, unknown> & { id: string | number }) | null> {
  if (!isDatabaseId(req, args.id)) return null
  try {
    const doc = await req.payload.findByID({ ...args, req, disableErrors: true } as Parameters<
      PayloadRequest['payload']['findByID']
    >[0])
    return (doc as (Record<string, unknown> & { id: string | number }) | null) ?? null
  } catch (error) {
    if (error instanceof APIError && error.status === 404) return null
    throw error
  }
}
