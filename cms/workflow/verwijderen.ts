/**
 * Deleting as the manual says (§6; the rule per status is cms/domain/verwijderen.ts): zorgkantoor
 * editors and beheerders delete at once; a provider deletes a Nieuw item directly, withdraws a
 * proposal, or proposes the removal of a Definitief item, which "Verwijdering ongedaan" (herstel)
 * takes back until it is sent. Each runs inside the request's transaction.
 */
import type { PayloadRequest } from 'payload'
import { mayWorkOnOrganisatie, userOf } from '../access'
import { mayApprove, relId } from '../domain/roles'
import {
  assertHerstelbaar,
  verwijderActie,
  VERWIJDER_MESSAGES,
  type VerwijderActie,
} from '../domain/verwijderen'
import { MESSAGES, WorkflowError, type Status } from '../domain/workflow'
import type { AuditContext } from '../audit/context'
import type { AuditActie } from '../domain/audit'
import type { WorkflowContext } from '../hooks/context'
import { openWijzigingsverzoek } from '../queries/organisatie'
import { findNewestAsUser, withScopedRequest } from '../queries/records'

export type VerwijderSlug = 'locaties' | 'zorgaanbod'

/** Answer of DELETE /api/locaties/:id and /api/zorgaanbod/:id (the admin components import it). */
export interface VerwijderAntwoord {
  message: string
  actie: VerwijderActie | 'verwijderd'
  id: number
}

/** Answer of POST /api/locaties/:id/herstel and /api/zorgaanbod/:id/herstel. */
export interface HerstelAntwoord {
  message: string
  id: number
}

async function loadLatest(req: PayloadRequest, collection: VerwijderSlug, id: string) {
  const doc = await findNewestAsUser(req, collection, id)
  if (!doc) throw new WorkflowError('Dit item bestaat niet of u heeft er geen toegang toe.', 404)
  return doc as typeof doc & { status: Status }
}

/** The published (Definitief) version, or null when the item was never approved. */
async function publishedVersion(
  req: PayloadRequest,
  collection: VerwijderSlug,
  id: string | number,
) {
  const found = await req.payload.find({
    collection,
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    draft: false,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return (found.docs[0] as Record<string, unknown> | undefined) ?? null
}

/** Makes the newest version equal to the published one again, with status Definitief. */
async function restorePublished(
  req: PayloadRequest,
  collection: VerwijderSlug,
  id: string | number,
  auditActie: Extract<AuditActie, 'voorstel-ingetrokken' | 'hersteld'>,
) {
  const published = await publishedVersion(req, collection, id)
  if (!published)
    throw new WorkflowError('Er is geen goedgekeurde versie om naar terug te gaan.', 409)
  const { id: _id, createdAt: _c, updatedAt: _u, _status, status: _s, ...data } = published
  // A draft save: the public (published) version does not change, so there is nothing to index.
  const flags: WorkflowContext & AuditContext = {
    workflowStatus: 'definitief',
    skipIndex: true,
    auditActie,
  }
  await withScopedRequest(req, flags, (scoped) =>
    req.payload.update({
      collection,
      id,
      data: { ...data, _status: 'draft' },
      draft: true,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req: scoped,
    }),
  )
}

/** Deletes an item as this login may (§6). In a transaction. */
export async function verwijder(
  req: PayloadRequest,
  collection: VerwijderSlug,
  id: string,
): Promise<VerwijderAntwoord> {
  const doc = await loadLatest(req, collection, id)
  if (mayApprove(userOf(req))) {
    await req.payload.delete({
      collection,
      id: doc.id,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    return { message: 'Verwijderd.', actie: 'verwijderd', id: doc.id }
  }
  const actie = verwijderActie(doc.status)
  const organisatieId = String(relId(doc.organisatie))
  if (!(await mayWorkOnOrganisatie(req, organisatieId))) {
    throw new WorkflowError('U heeft geen toegang tot deze organisatie.', 403)
  }
  if (await openWijzigingsverzoek(req, organisatieId)) {
    throw new WorkflowError(MESSAGES.inBehandeling, 409)
  }
  if (actie === 'verwijderen') {
    // Checked above: the user works on this organisation, it is not locked and the item was
    // never approved. Payload's own delete permission is for editors only, so this runs as the
    // system.
    await req.payload.delete({ collection, id: doc.id, depth: 0, overrideAccess: true, req })
  } else if (actie === 'voorstel-intrekken') {
    await restorePublished(req, collection, doc.id, 'voorstel-ingetrokken')
  } else if (actie === 'verwijdering-voorstellen') {
    const flags: WorkflowContext & AuditContext = {
      workflowStatus: 'voorgesteld-verwijderd',
      skipIndex: true,
      auditActie: 'verwijdering-voorgesteld',
    }
    await withScopedRequest(req, flags, (scoped) =>
      req.payload.update({
        collection,
        id: doc.id,
        data: {},
        draft: true,
        depth: 0,
        overrideAccess: false,
        user: req.user,
        req: scoped,
      }),
    )
  }
  return { message: VERWIJDER_MESSAGES[actie], actie, id: doc.id }
}

/** "Verwijdering ongedaan": a proposed removal is taken back. In a transaction. */
export async function herstel(
  req: PayloadRequest,
  collection: VerwijderSlug,
  id: string,
): Promise<HerstelAntwoord> {
  const doc = await loadLatest(req, collection, id)
  assertHerstelbaar(doc.status)
  await restorePublished(req, collection, doc.id, 'hersteld')
  return { message: VERWIJDER_MESSAGES.hersteld, id: doc.id }
}
