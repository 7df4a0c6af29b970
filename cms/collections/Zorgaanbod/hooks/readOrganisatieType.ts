/**
 * The organisation type of a care offer, read (never stored): the form shows the sector tabs to
 * a zorgaanbieder or PGB-initiatief and the services tab to an OCO (§2, §4.2–§4.3). Only for a
 * logged-in user (the admin form and its REST reads): internal reads without a user — the
 * indexer's sync, jobs, seed — skip the organisation lookup. Cached per request, so a list of
 * care offers reads each organisation once.
 */
import type { FieldHook } from 'payload'
import { relId, type RelValue } from '../../../domain/roles'
import { findByIdOrNull } from '../../../queries/records'

type Cache = Map<string, string | null>

export const readOrganisatieType: FieldHook<{
  id: number | string
  organisatie?: RelValue
}> = async ({ data, req }) => {
  if (!req.user) return null
  const organisatieId = relId(data?.organisatie)
  if (!organisatieId) return null
  const ctx = req.context as { organisatieTypen?: Cache }
  const cache = (ctx.organisatieTypen ??= new Map())
  if (!cache.has(organisatieId)) {
    const org = await findByIdOrNull(req, {
      collection: 'organisaties',
      id: organisatieId,
      draft: true,
      depth: 0,
      overrideAccess: true,
    })
    cache.set(organisatieId, org?.type ?? null)
  }
  return cache.get(organisatieId) ?? null
}
