/** Helpers around Payload's Local API for calls made inside a request (hooks, endpoints). */
import {
  APIError,
  type CollectionSlug,
  type DataFromCollectionSlug,
  type PayloadRequest,
  type RequestContext,
} from 'payload'
import { isValidId } from '../validation/malformed-input'

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
