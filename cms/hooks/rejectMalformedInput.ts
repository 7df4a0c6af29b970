/**
 * First beforeOperation hook of every collection (also Payload's own): refuses malformed input
 * with a Dutch 400 (or 404 for an id that cannot exist) before any other hook, Payload or the
 * database sees it. The rules are in cms/lib/malformed-input.ts.
 */
import {
  NotFound,
  ValidationError,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type Field,
  type PayloadRequest,
} from 'payload'
import {
  checkedFields,
  dataIssues,
  isValidId,
  pathResolver,
  whereIssues,
  MALFORMED_MESSAGES,
  type IdKind,
  type InputIssue,
  type Ref,
} from '../validation/malformed-input'
import { weiger } from '../http/responses'

const AUTH_STRING_FIELDS = ['email', 'password', 'token', 'username'] as const

export const rejectMalformedInput: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const a = args as {
    id?: unknown
    data?: unknown
    where?: unknown
  }
  const idKind: IdKind = req.payload.db.defaultIDType === 'number' ? 'number' : 'objectid'

  if (a.id !== undefined && a.id !== null && !isValidId(a.id, idKind)) {
    throw new NotFound(req.t)
  }

  if (a.where !== undefined) {
    const resolve = pathResolver(collection.fields as Field[], (slug) =>
      isCollectionSlug(req, slug)
        ? (req.payload.collections[slug].config.fields as Field[])
        : undefined,
    )
    const issues = whereIssues(a.where, resolve, idKind, {
      allOperator: req.payload.db.name === 'mongoose',
    })
    if (issues.length) throw weiger(issues[0]!.message, 400)
  }

  if (operation === 'create' || operation === 'update') {
    // A request body that is not JSON arrives as no data at all.
    if (a.data === undefined && req.payloadAPI !== 'local') {
      throw new ValidationError(
        { collection: collection.slug, errors: [{ path: '', message: MALFORMED_MESSAGES.noBody }] },
        req.t,
      )
    }
    const fields = checkedFields(collection.slug, collection.fields as Field[])
    const { issues, refs } = dataIssues(fields, a.data, idKind)
    if (!issues.length) issues.push(...(await missingReferences(req, refs)))
    if (issues.length) {
      throw new ValidationError({ collection: collection.slug, errors: issues, req }, req.t)
    }
  }

  if (
    operation === 'login' ||
    operation === 'forgotPassword' ||
    operation === 'resetPassword' ||
    operation === 'refresh'
  ) {
    const data = a.data as Record<string, unknown> | undefined
    for (const key of AUTH_STRING_FIELDS) {
      const value = data?.[key]
      if (value !== undefined && value !== null && typeof value !== 'string') {
        throw weiger(`"${key}" moet tekst zijn.`, 400)
      }
    }
  }
  return args
}

/** Slugs in field configs are plain strings; this says which name a collection of this config. */
const isCollectionSlug = (req: PayloadRequest, slug: string): slug is CollectionSlug =>
  Object.hasOwn(req.payload.collections, slug)

/** Relationship ids in the input that do not exist (checked as the system: existence only). */
async function missingReferences(req: PayloadRequest, refs: Ref[]): Promise<InputIssue[]> {
  const bySlug = new Map<string, Set<string>>()
  for (const ref of refs) {
    if (!bySlug.has(ref.slug)) bySlug.set(ref.slug, new Set())
    bySlug.get(ref.slug)!.add(ref.id)
  }
  const present = new Set<string>()
  for (const [slug, ids] of bySlug) {
    if (!isCollectionSlug(req, slug)) continue
    const found = await req.payload.find({
      collection: slug,
      where: { id: { in: [...ids] } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      select: {},
      req,
    })
    for (const doc of found.docs) present.add(`${slug}:${String(doc.id)}`)
  }
  return refs
    .filter((ref) => isCollectionSlug(req, ref.slug) && !present.has(`${ref.slug}:${ref.id}`))
    .map((ref) => ({ path: ref.path, message: MALFORMED_MESSAGES.missing(ref.label, ref.id) }))
}
