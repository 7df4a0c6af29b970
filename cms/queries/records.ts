/** Helpers around Payload's Local API for calls made inside a request (hooks, endpoints). */
import {
  APIError,
  isolateObjectProperty,
  type CollectionSlug,
  type DataFromCollectionSlug,
  type PayloadRequest,
  type RequestContext,
} from 'payload'
import { isValidId } from '../validation/malformed-input'

/**
 * Runs one nested Local API call with context flags that only that call, and the calls its hooks
 * make, see. Pass the request `call` gets (not the outer `req`) to the nested call.
 *
 * Why a request of its own (ADR 0012): Payload merges a nested call's `context` into the
 * `req.context` of the request it is given (createLocalReq), and runs the per-document hooks of a
 * bulk operation at the same time on one shared request (`Promise.all` in
 * collections/operations/delete.js and update.js). Saving and restoring `req.context` around the
 * call cannot work there: a sibling document saves the other's flag as "its" outer context and
 * restores it later, so a `skipIndex` stayed on the request and deleted locations stayed public.
 * The scoped request is Payload's own `isolateObjectProperty` (what Payload uses to give each
 * document of a bulk update its own file): only `context` is its own; the transaction, user,
 * locale and everything else are the outer request's, so the nested call stays in the same
 * transaction. Nothing the nested call or its hooks write to `context` reaches the outer request
 * or a sibling.
 */
export function withScopedRequest<T>(
  req: PayloadRequest,
  flags: RequestContext,
  call: (scoped: PayloadRequest) => Promise<T>,
): Promise<T> {
  return call(scopedRequest(req, flags))
}

/**
 * The request of `withScopedRequest`, for a series of nested calls that share the same flags (an
 * import whose writes all skip their own index jobs). Pass it, not `req`, to each of them.
 */
export function scopedRequest(req: PayloadRequest, flags: RequestContext): PayloadRequest {
  const scoped = isolateObjectProperty(req, 'context')
  scoped.context = { ...req.context, ...flags }
  return scoped
}

/** Is this an id the configured database can hold (numbers on SQL, ObjectIds on MongoDB)? */
export const isDatabaseId = (req: PayloadRequest, id: unknown): id is string | number =>
  isValidId(id, req.payload.db.defaultIDType === 'number' ? 'number' : 'objectid')

/**
 * A relationship id as the database wants it: numbers on SQL adapters, strings on MongoDB (typed
 * as the generated types say; see asRelation).
 */
export const relationId = (req: PayloadRequest, value: string | number): number =>
  asRelation(
    req.payload.db.defaultIDType === 'number' && /^\d+$/.test(String(value))
      ? Number(value)
      : String(value),
  )

/**
 * A relationship value for the Local API. The generated types describe the SQL adapters, whose ids
 * are numbers; on MongoDB the same value is a string at runtime. This is the one place that says so.
 */
export const asRelation = (id: string | number): number => id as number

/**
 * findByID that answers null for "this record does not exist (for you)": an id of the wrong shape,
 * a missing record, or one that read access filters out. Every other failure (database down,
 * a bug) is thrown, so it fails the request instead of passing for "not found".
 */
export async function findByIdOrNull<TSlug extends CollectionSlug>(
  req: PayloadRequest,
  args: {
    collection: TSlug
    id: string | number
    depth?: number
    draft?: boolean
    overrideAccess?: boolean
    user?: PayloadRequest['user']
  },
): Promise<DataFromCollectionSlug<TSlug> | null> {
  if (!isDatabaseId(req, args.id)) return null
  try {
    const doc = await req.payload.findByID({
      ...args,
      id: asRelation(args.id),
      req,
      disableErrors: true,
    })
    return (doc as DataFromCollectionSlug<TSlug> | null) ?? null
  } catch (error) {
    if (error instanceof APIError && error.status === 404) return null
    throw error
  }
}

/** The newest version (draft or published) of a record, as the logged-in user; null when absent or not allowed. */
export function findNewestAsUser<TSlug extends 'locaties' | 'zorgaanbod'>(
  req: PayloadRequest,
  collection: TSlug,
  id: string | number,
): Promise<DataFromCollectionSlug<TSlug> | null> {
  return findByIdOrNull(req, {
    collection,
    id,
    draft: true,
    depth: 0,
    overrideAccess: false,
    user: req.user,
  })
}
