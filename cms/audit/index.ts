/**
 * The audit trail's hooks, attached to the audited collections in one place (payload.config.ts):
 * create, change and delete of every audited collection (workflow steps name themselves through
 * the context, see ./context.ts), and login and logout of the users collection. Failed logins are
 * aggregated (./inlogfouten.ts), written by the config's afterError hook (naInlogfout).
 * The hooks come first in their lists: the entry is written before a collection's own after-hooks
 * do further work in the same transaction.
 */
import type { CollectionConfig } from 'payload'
import { auditChange } from './hooks/auditChange'
import { auditDelete } from './hooks/auditDelete'
import { auditLogin } from './hooks/auditLogin'
import { auditLogout } from './hooks/auditLogout'

/** The collections whose every change is logged. */
export const AUDITED = [
  'organisaties',
  // seed 001: who set which contract status, when (also the bulk action's changes)
  'contracten',
  'locaties',
  'zorgaanbod',
  // §3.2.9: not reviewed, so the log is the only record of who changed free places and when
  'vrije-capaciteit',
  'wachttijden',
  'media',
  'users',
  'zorgkantoren',
  'woonplaatsen',
  'soorten-zorg',
  'zachte-informatie',
  'oco-dienstverlening',
  // requests to the zorgkantoor: who answered what, when
  'verzoeken',
] as const

export function withAudit(collection: CollectionConfig): CollectionConfig {
  if (!(AUDITED as readonly string[]).includes(collection.slug)) return collection
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [auditChange, ...(hooks.afterChange ?? [])],
      afterDelete: [auditDelete, ...(hooks.afterDelete ?? [])],
      ...(collection.auth
        ? {
            afterLogin: [auditLogin, ...(hooks.afterLogin ?? [])],
            afterLogout: [auditLogout, ...(hooks.afterLogout ?? [])],
          }
        : {}),
    },
  }
}
