/**
 * A provider's write is always a draft save (a proposal): the published (Definitief) version stays
 * what the public sees (§5). While the organisation's change request is in behandeling, provider
 * writes get 409. Providers never restore old versions and never register organisations.
 */
import type { CollectionBeforeOperationHook } from 'payload'
import { userOf } from '../access'
import { isAanbieder, relId, type RelValue } from '../domain/roles'
import { MESSAGES } from '../domain/workflow'
import { weiger } from '../http/responses'
import {
  openWijzigingsverzoek,
  organisatieIdOfLocatie,
  organisatieIdOfRecord,
  type WorkflowCollection,
} from '../queries/organisatie'

interface WriteArgs {
  id?: string | number
  data?: { organisatie?: RelValue; locatie?: RelValue; _status?: string }
  draft?: boolean
  overrideAccess?: boolean
}

export const enforceProviderDrafts =
  (collection: WorkflowCollection): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (!isAanbieder(userOf(req))) return args
    const a = args as WriteArgs
    // System work inside a request (cascades, bookkeeping) runs with overrideAccess and is trusted.
    if (a.overrideAccess === true) return args
    if (operation === 'restoreVersion') {
      // Restoring an old version would bypass the proposal → review path.
      throw weiger(
        'Een eerdere versie terugzetten kan alleen het zorgkantoor. Pas de gegevens aan en verstuur de wijziging.',
        403,
      )
    }
    if (operation !== 'create' && operation !== 'update' && operation !== 'delete') return args
    if ((operation === 'update' || operation === 'delete') && a.id === undefined) {
      throw weiger('Wijzig of verwijder één item tegelijk.', 400)
    }
    let organisatieId: string | null
    if (operation === 'create') {
      if (collection === 'organisaties') {
        throw weiger('Alleen het zorgkantoor kan een organisatie registreren.', 403)
      }
      organisatieId =
        collection === 'locaties'
          ? relId(a.data?.organisatie)
          : await organisatieIdOfLocatie(req, a.data?.locatie)
    } else {
      organisatieId = await organisatieIdOfRecord(req, collection, a.id!)
    }
    if (organisatieId && (await openWijzigingsverzoek(req, organisatieId))) {
      throw weiger(MESSAGES.inBehandeling, 409)
    }
    if (operation !== 'delete') {
      a.draft = true
      a.data = { ...(a.data ?? {}), _status: 'draft' }
    }
    return args
  }
