/**
 * Document locks (`payload-locked-documents`): Payload's own collection, behind REST and GraphQL
 * like any other, whose default access is "any login". Ours:
 * - create: only a lock on a document this login may edit (the document's collection decides,
 *   with its own update access), always in this login's name (the user is set here);
 * - read: the locks of documents this login may edit — who edits what is seen only by those who
 *   may edit it too;
 * - update: the same locks, and only to take one over: the user becomes this login and the
 *   document stays (the admin's "Take over" PATCHes the lock with the current user);
 * - delete: one's own locks only (the admin removes its lock when one leaves the document).
 * The admin writes and refreshes locks itself through its form-state server function, on the
 * database (no access), and reads them as the user: both keep working for everyone who may edit.
 */
import type {
  Access,
  CollectionBeforeValidateHook,
  CollectionSlug,
  PayloadRequest,
  SanitizedCollectionConfig,
  Where,
} from 'payload'
import { userOf } from './index'

export const LOCKS_SLUG = 'payload-locked-documents'

/** A lock's target, as the lock stores it (`document` is a polymorphic relationship). */
interface LockTarget {
  document?: { relationTo?: unknown; value?: unknown } | null
  globalSlug?: unknown
}

const NOTHING: Where = { id: { exists: false } }

const idOf = (value: unknown): string | null => {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null
}

/**
 * The ids among `ids` of documents in `slug` this login may edit: the collection's own update
 * access (a Where for most of ours) applied to exactly these documents.
 */
async function editableIds(req: PayloadRequest, slug: string, ids: string[]): Promise<string[]> {
  if (!ids.length || !Object.hasOwn(req.payload.collections, slug)) return []
  const { config } = req.payload.collections[slug as CollectionSlug]
  if (config.lockDocuments === false) return []
  const access = await config.access.update({ req })
  if (!access) return []
  const found = await req.payload.find({
    collection: slug as CollectionSlug,
    where: access === true ? { id: { in: ids } } : { and: [{ id: { in: ids } }, access] },
    depth: 0,
    limit: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
    req,
  })
  return found.docs.map((d) => String(d.id))
}

/** May this login edit the global of a global lock (its own update access)? */
async function mayEditGlobal(req: PayloadRequest, slug: unknown): Promise<boolean> {
  const global = req.payload.config.globals.find((g) => g.slug === slug)
  if (!global || global.lockDocuments === false) return false
  return (await global.access.update?.({ req })) === true
}

/** The locks among these whose document (or global) this login may edit. */
async function editableLocks<T extends LockTarget & { id: string | number }>(
  req: PayloadRequest,
  locks: T[],
): Promise<T[]> {
  const perCollection = new Map<string, string[]>()
  for (const lock of locks) {
    const slug = lock.document?.relationTo
    const id = idOf(lock.document?.value)
    if (typeof slug === 'string' && id)
      perCollection.set(slug, [...(perCollection.get(slug) ?? []), id])
  }
  const editable = new Set<string>()
  for (const [slug, ids] of perCollection) {
    for (const id of await editableIds(req, slug, ids)) editable.add(`${slug}:${id}`)
  }
  const result: T[] = []
  for (const lock of locks) {
    const slug = lock.document?.relationTo
    if (typeof slug === 'string') {
      if (editable.has(`${slug}:${idOf(lock.document?.value)}`)) result.push(lock)
    } else if (lock.globalSlug && (await mayEditGlobal(req, lock.globalSlug))) {
      result.push(lock)
    }
  }
  return result
}

/** Read and update: the locks of documents this login may edit. */
export const locksOfEditableDocuments: Access = async ({ req }) => {
  if (!userOf(req)) return false
  const { docs } = await req.payload.find({
    collection: LOCKS_SLUG,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const ids = (await editableLocks(req, docs as (LockTarget & { id: string | number })[])).map(
    (l) => l.id,
  )
  return ids.length ? { id: { in: ids } } : NOTHING
}

/** Create: a lock on one document (or global) this login may edit. */
export const lockOnEditableDocument: Access = async ({ req, data }) => {
  if (!userOf(req) || !data) return false
  const target = data as LockTarget
  if (target.document) {
    return (await editableLocks(req, [{ ...target, id: 'nieuw' }])).length === 1
  }
  return Boolean(target.globalSlug) && (await mayEditGlobal(req, target.globalSlug))
}

/** Delete: one's own locks only. */
export const ownLocks: Access = ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  const eigen: Where = {
    and: [
      { 'user.value': { equals: user.id } },
      { 'user.relationTo': { equals: req.user!.collection } },
    ],
  }
  return eigen
}

/**
 * A lock written by a login is always that login's; an existing lock keeps its document (taking
 * over a lock must not move it to another document).
 */
export const forceOwnLock: CollectionBeforeValidateHook = ({
  data,
  req,
  operation,
  originalDoc,
}) => {
  if (!req.user || !data) return data
  const eigen = { ...data, user: { relationTo: req.user.collection, value: req.user.id } }
  const doel = (operation === 'update' && originalDoc ? originalDoc : data) as LockTarget
  // one target: the document the access check passed (a global only for a lock without one)
  return doel.document
    ? { ...eigen, document: doel.document, globalSlug: null }
    : { ...eigen, document: null, globalSlug: doel.globalSlug ?? null }
}

/** Applies the rules above to Payload's sanitised locks collection (payload.config.ts). */
export function protectDocumentLocks(collection: SanitizedCollectionConfig): void {
  collection.access = {
    ...collection.access,
    create: lockOnEditableDocument,
    read: locksOfEditableDocuments,
    update: locksOfEditableDocuments,
    delete: ownLocks,
  }
  collection.hooks.beforeValidate = [forceOwnLock, ...(collection.hooks.beforeValidate ?? [])]
}
