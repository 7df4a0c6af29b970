import type { CollectionConfig } from 'payload'
import {
  approvers,
  approversField,
  deleteByApprover,
  readOwnOrPublished,
  userOf,
  writeOwn,
} from '../../access'
import { mayApprove } from '../../domain/roles'
import { contactFields, statusField, workflowEditComponents } from '../../fields'
import { deriveStatus } from '../../hooks/deriveStatus'
import { enforceProviderDrafts } from '../../hooks/enforceProviderDrafts'
import { refuseEditOverProposal } from '../../hooks/refuseEditOverProposal'
import { queueIndexOnPublish } from '../../hooks/queueIndexOnPublish'
import type { Organisatie } from '../../payload-types'
import { locatieIdsOfOrganisatie } from '../../queries/organisatie'
import { needsFictieveCode } from '../../domain/organisatie'
import { normaliseerGroep } from '../../domain/contract'
import { assignNzaCode } from './hooks/assignNzaCode'
import { checkZorgkantoren } from './hooks/checkZorgkantoren'
import { deleteContractenOfOrganisatie } from './hooks/deleteContractenOfOrganisatie'
import { deleteLocatiesOfOrganisatie } from './hooks/deleteLocatiesOfOrganisatie'
import { keepHistoryOfOrganisatie } from './hooks/keepHistoryOfOrganisatie'

export const ORGANISATIE_TYPES = [
  { value: 'zorgaanbieder', label: 'Zorgaanbieder' },
  { value: 'oco', label: 'Onafhankelijke cliëntondersteuning (OCO)' },
  { value: 'pgb-initiatief', label: 'PGB-initiatief' },
] as const

export const Organisaties: CollectionConfig = {
  slug: 'organisaties',
  typescript: { interface: 'Organisatie' },
  labels: { singular: 'Organisatie', plural: 'Organisaties' },
  admin: {
    components: {
      // The filters of seed 001 (AGB code, contract status, year, region) and the bulk action.
      beforeListTable: ['/cms/components/contracten/ContractenLink#ContractenLink'],
      edit: workflowEditComponents,
      views: {
        edit: {
          // The audit trail of this organisation, for its zorgkantoor and beheerders.
          geschiedenis: {
            Component: '/cms/components/beoordelen/GeschiedenisView#GeschiedenisView',
            path: '/geschiedenis',
            tab: {
              label: 'Geschiedenis',
              href: '/geschiedenis',
              order: 900,
              condition: ({ req }) => mayApprove(userOf(req)),
            },
          },
        },
      },
    },
    useAsTitle: 'naam',
    defaultColumns: ['naam', 'nzaCode', 'type', 'zorgkantoren', 'contract', 'status'],
    description:
      'Een organisatie is de stichting (koepel of onderneming) met een contract voor de Wlz. Het zorgkantoor registreert de organisatie.',
    group: 'Zorgaanbod',
  },
  versions: { drafts: { validate: true }, maxPerDoc: 50 },
  access: {
    read: readOwnOrPublished('id'),
    readVersions: writeOwn('parent'),
    create: approvers,
    update: writeOwn('id'),
    // Editors of a zorgkantoor that contracts it, and beheerders (§1.2).
    delete: deleteByApprover('id'),
  },
  // Copies are made with the copy actions of §4.4/§4.5, never by duplicating whole records.
  disableDuplicate: true,
  hooks: {
    beforeOperation: [
      enforceProviderDrafts('organisaties'),
      refuseEditOverProposal('organisaties'),
    ],
    beforeValidate: [assignNzaCode],
    beforeChange: [deriveStatus],
    beforeDelete: [deleteLocatiesOfOrganisatie, deleteContractenOfOrganisatie],
    afterDelete: [keepHistoryOfOrganisatie],
    afterChange: [
      queueIndexOnPublish<Organisatie>((doc, req) => locatieIdsOfOrganisatie(req, doc.id)),
    ],
  },
  fields: [
    {
      name: 'workflow',
      type: 'ui',
      admin: { components: { Field: '/cms/components/WorkflowActies#WorkflowActies' } },
    },
    { name: 'naam', label: 'Naam', type: 'text', required: true, maxLength: 200 },
    {
      name: 'verkorteNaam',
      label: 'Verkorte naam',
      type: 'text',
      maxLength: 60,
      admin: {
        description:
          'Vul de verkorte naam in als die gebruikelijk is. Voorbeelden: Stichting Cordaan → Cordaan; Stichting Wassenaarse Zorgverlening → SWZ.',
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'nzaCode',
          label: 'NZa-code',
          type: 'text',
          required: true,
          // One organisation per NZa code; also checked with a Dutch message (assignNzaCode).
          unique: true,
          access: { update: approversField },
          admin: {
            // OCO and PGB-initiatief get a fictitious code (OCO-0001, PGB-0001): shown once given.
            condition: (data) => !needsFictieveCode(data?.type) || Boolean(data?.nzaCode),
            description:
              'De NZa-code van de zorgaanbieder. Voor OCO en PGB-initiatief maakt de Zorgatlas een fictieve code (bijvoorbeeld OCO-0001). Alleen het zorgkantoor kan dit wijzigen.',
          },
        },
        {
          name: 'type',
          label: 'Soort organisatie',
          type: 'select',
          required: true,
          defaultValue: 'zorgaanbieder',
          options: [...ORGANISATIE_TYPES],
          access: { update: approversField },
        },
      ],
    },
    {
      name: 'zorgkantoren',
      label: 'Zorgkantoren',
      type: 'relationship',
      relationTo: 'zorgkantoren',
      hasMany: true,
      required: true,
      minRows: 1,
      index: true,
      access: { update: approversField },
      // An editor adds or removes only their own zorgkantoor's link; a beheerder all.
      hooks: { beforeValidate: [checkZorgkantoren] },
      admin: {
        description:
          'De zorgkantoren die deze organisatie contracteren. U kunt alleen uw eigen zorgkantoor toevoegen of weghalen.',
      },
    },
    {
      // Seed 001 "Zoeken op Groep": a concern of several organisations, to filter on and to set a
      // contract status for all of them at once (the contract screen, POST /api/contracten/bulk).
      // Set by the zorgkantoor; providers read it and cannot change it.
      name: 'groep',
      label: 'Groep (concern)',
      type: 'text',
      maxLength: 100,
      index: true,
      access: { create: approversField, update: approversField },
      hooks: { beforeValidate: [({ value }) => normaliseerGroep(value as string | null)] },
      admin: {
        description:
          'Optioneel. Organisaties met dezelfde groep vindt u samen in Contracten beheren. Alleen het zorgkantoor kan dit wijzigen.',
      },
    },
    ...contactFields(),
    statusField('organisaties'),
    {
      // The list column "Geen contract <year>" (§1.2) and, in the document, the merger (§2).
      name: 'contract',
      label: 'Contract',
      type: 'ui',
      admin: {
        components: {
          Cell: '/cms/components/contracten/ContractCel#ContractCel',
          Field: '/cms/components/contracten/FusieKnop#FusieKnop',
        },
        condition: (_data, _sibling, { user }) => mayApprove(user as never),
      },
    },
  ],
}
