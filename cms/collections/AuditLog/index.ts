import type { Access, CollectionConfig } from 'payload'
import { nobody, userOf, workableOrganisatieIds } from '../../access'
import { AUDIT_ACTIES, AUDIT_ACTIE_LABELS } from '../../domain/audit'
import { isBeheerder, isRedacteur, mayApprove } from '../../domain/roles'
import { keepAuditLogImmutable } from './hooks/keepAuditLogImmutable'

/** Beheerders read everything; editors the entries of the organisations they work on. */
const readAuditLog: Access = async ({ req }) => {
  const user = userOf(req)
  if (isBeheerder(user)) return true
  if (!isRedacteur(user)) return false
  const ids = await workableOrganisatieIds(req)
  if (ids === 'all') return true
  return { organisatieId: { in: ids.length ? ids : ['-'] } }
}

/**
 * The audit trail: who did what, when, to which record, with before and after of the
 * changed fields. Written only by the system (cms/audit), in the transaction of the change itself;
 * read-only for everyone and never deleted. People and organisations are kept as id plus the name
 * as it was (text, no foreign keys), so deleting a login or an organisation never breaks or blocks
 * the log; a removed login's name becomes a pseudonym.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  typescript: { interface: 'AuditEntry' },
  labels: { singular: 'Logboekregel', plural: 'Logboek' },
  admin: {
    group: 'Beheer',
    useAsTitle: 'samenvatting',
    defaultColumns: ['createdAt', 'gebruikerNaam', 'samenvatting', 'organisatieNaam'],
    description:
      'Wie deed wat en wanneer, met de gegevens van vóór en na elke wijziging. Het logboek kan niemand wijzigen of verwijderen.',
    hidden: ({ user }) => !mayApprove(user as Parameters<typeof mayApprove>[0]),
    pagination: { defaultLimit: 50 },
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  access: {
    read: readAuditLog,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  hooks: { beforeOperation: [keepAuditLogImmutable] },
  fields: [
    { name: 'samenvatting', label: 'Wat', type: 'text', admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        {
          name: 'actie',
          label: 'Actie',
          type: 'select',
          required: true,
          index: true,
          enumName: 'enum_audit_log_actie',
          options: AUDIT_ACTIES.map((value) => ({ value, label: AUDIT_ACTIE_LABELS[value] })),
          admin: { readOnly: true },
        },
        { name: 'collectie', label: 'Soort', type: 'text', index: true, admin: { readOnly: true } },
        {
          name: 'documentId',
          label: 'Nummer',
          type: 'text',
          index: true,
          admin: { readOnly: true },
        },
      ],
    },
    { name: 'documentTitel', label: 'Naam van het item', type: 'text', admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        {
          name: 'gebruikerId',
          label: 'Gebruiker (nummer)',
          type: 'text',
          index: true,
          admin: { readOnly: true },
        },
        { name: 'gebruikerNaam', label: 'Door', type: 'text', admin: { readOnly: true } },
        { name: 'gebruikerRol', label: 'Rol', type: 'text', admin: { readOnly: true } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'organisatieId',
          label: 'Organisatie (nummer)',
          type: 'text',
          index: true,
          admin: { readOnly: true },
        },
        { name: 'organisatieNaam', label: 'Organisatie', type: 'text', admin: { readOnly: true } },
        {
          name: 'wijzigingsverzoek',
          label: 'Wijzigingsverzoek (nummer)',
          type: 'text',
          index: true,
          admin: { readOnly: true },
        },
      ],
    },
    { name: 'toelichting', label: 'Toelichting', type: 'textarea', admin: { readOnly: true } },
    {
      // Failed logins: one entry per login (or per unknown address) and quarter of an hour.
      name: 'aantal',
      label: 'Aantal keer',
      type: 'number',
      admin: { readOnly: true, condition: (data) => typeof data?.aantal === 'number' },
    },
    {
      name: 'wijzigingen',
      label: 'Gewijzigde velden (oud → nieuw)',
      type: 'json',
      admin: { readOnly: true },
    },
  ],
}
