/**
 * Access control. Small functions named after what they check; they may return a Where query
 * that filters rows. Providers see their own organisations, editors those of their zorgkantoor,
 * anonymous readers only published (Definitief) records.
 */
import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'
import {
  isAanbieder,
  isBeheerder,
  isRedacteur,
  mayApprove,
  organisatieIdsOf,
  zorgkantoorIdOf,
} from '../domain/roles'
import type { User } from '../payload-types'

export const userOf = (req: PayloadRequest): User | null =>
  req.user && req.user.collection === 'users' ? req.user : null

export const anyone: Access = () => true
export const nobody: Access = () => false
export const authenticated: Access = ({ req }) => Boolean(userOf(req))
export const beheerderOnly: Access = ({ req }) => isBeheerder(userOf(req))
export const approvers: Access = ({ req }) => mayApprove(userOf(req))
export const approversField: FieldAccess = ({ req }) => mayApprove(userOf(req))
export const beheerderField: FieldAccess = ({ req }) => isBeheerder(userOf(req))

export const PUBLISHED: Where = { _status: { equals: 'published' } }

/** Ids of the organisations an editor works on (those contracted by their zorgkantoor). */
export async function organisatieIdsOfZorgkantoor(
  req: PayloadRequest,
  zorgkantoorId: string,
): Promise<string[]> {
  const key = `zk-orgs-${zorgkantoorId}`
  const cached = req.context[key] as string[] | undefined
  if (cached) return cached
  const result = await req.payload.find({
    collection: 'organisaties',
    where: { zorgkantoren: { in: [zorgkantoorId] } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: {},
    req,
  })
  const ids = result.docs.map((d) => String(d.id))
  req.context[key] = ids
  return ids
}

/** The organisation ids this login may work on, or 'all' for a beheerder. */
export async function workableOrganisatieIds(req: PayloadRequest): Promise<string[] | 'all'> {
  const user = userOf(req)
  if (!user) return []
  if (isBeheerder(user)) return 'all'
  if (isRedacteur(user)) {
    const zk = zorgkantoorIdOf(user)
    return zk ? organisatieIdsOfZorgkantoor(req, zk) : []
  }
  if (isAanbieder(user)) return organisatieIdsOf(user)
  return []
}

export async function mayWorkOnOrganisatie(
  req: PayloadRequest,
  organisatieId: string,
): Promise<boolean> {
  const ids = await workableOrganisatieIds(req)
  return ids === 'all' || ids.includes(String(organisatieId))
}

/**
 * A condition no record meets. (An `in` with a placeholder such as '-' became NaN for a numeric
 * relationship on SQLite: a 500 for an editor whose zorgkantoor had no organisations left.)
 */
export const GEEN_ENKEL: Where = { id: { exists: false } }

const inIds = (field: string, ids: string[]): Where =>
  ids.length ? { [field]: { in: ids } } : GEEN_ENKEL

/** Read: own organisations for logins, published only for the public. */
export const readOwnOrPublished =
  (orgField: string): Access =>
  async ({ req }) => {
    if (!userOf(req)) return PUBLISHED
    const ids = await workableOrganisatieIds(req)
    return ids === 'all' ? true : inIds(orgField, ids)
  }

/** Update/delete: only records of organisations this login works on. */
export const writeOwn =
  (orgField: string): Access =>
  async ({ req }) => {
    if (!userOf(req)) return false
    const ids = await workableOrganisatieIds(req)
    return ids === 'all' ? true : inIds(orgField, ids)
  }

/**
 * Delete through Payload's own route: editors and beheerders only. Providers delete through the
 * workflow endpoint (DELETE /api/<slug>/:id, cms/endpoints/verwijderen.ts), which follows §6.
 */
export const deleteByApprover =
  (orgField: string): Access =>
  async (args) =>
    mayApprove(userOf(args.req)) ? writeOwn(orgField)(args) : false
