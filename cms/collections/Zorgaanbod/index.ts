import type { CollectionConfig } from 'payload'
import { deleteByApprover, mayWorkOnOrganisatie, readOwnOrPublished, writeOwn } from '../../access'
import { relId } from '../../domain/roles'
import { zorgaanbodKopieerEndpoints } from '../../endpoints/kopieren'
import { verwijderEndpoints } from '../../endpoints/verwijderen'
import { statusField, workflowEditComponents } from '../../fields'
import { deriveStatus } from '../../hooks/deriveStatus'
import { enforceProviderDrafts } from '../../hooks/enforceProviderDrafts'
import { refuseEditOverProposal } from '../../hooks/refuseEditOverProposal'
import { queueIndexOnDelete } from '../../hooks/queueIndexOnDelete'
import { queueIndexOnPublish } from '../../hooks/queueIndexOnPublish'
import type { Zorgaanbod as ZorgaanbodDoc } from '../../payload-types'
import { organisatieIdOfLocatie } from '../../queries/organisatie'
import { deriveZorgaanbodFields } from './hooks/deriveZorgaanbodFields'
import { keepZorgaanbodAtLocatie } from './hooks/keepZorgaanbodAtLocatie'
import { readOrganisatieType } from './hooks/readOrganisatieType'
import { readWoonplaatsWaarschuwingen } from './hooks/readWoonplaatsWaarschuwingen'
import { ORGANISATIE_TYPES } from '../Organisaties'
import { zorgaanbodTabs } from './sectorTabs'

export const Zorgaanbod: CollectionConfig = {
  slug: 'zorgaanbod',
  typescript: { interface: 'Zorgaanbod' },
  labels: { singular: 'Zorgaanbod per woonplaats', plural: 'Zorgaanbod' },
  admin: {
    components: { edit: workflowEditComponents },
    useAsTitle: 'titel',
    defaultColumns: ['titel', 'locatie', 'woonplaats', 'status'],
    description:
      'Het zorgaanbod van een locatie in één woonplaats. Een locatie zonder gevuld zorgaanbod wordt niet getoond in de Zorgatlas.',
    group: 'Zorgaanbod',
  },
  versions: { drafts: { validate: true }, maxPerDoc: 50 },
  // Copies are made with the copy actions of §4.4/§4.5, never by duplicating whole records.
  disableDuplicate: true,
  access: {
    read: readOwnOrPublished('organisatie'),
    readVersions: writeOwn('version.organisatie'),
    create: async ({ req, data }) => {
      if (!req.user) return false
      const organisatieId = await organisatieIdOfLocatie(req, data?.locatie)
      return organisatieId ? mayWorkOnOrganisatie(req, organisatieId) : true
    },
    update: writeOwn('organisatie'),
    delete: deleteByApprover('organisatie'),
  },
  endpoints: [...verwijderEndpoints('zorgaanbod'), ...zorgaanbodKopieerEndpoints],
  hooks: {
    beforeOperation: [enforceProviderDrafts('zorgaanbod'), refuseEditOverProposal('zorgaanbod')],
    beforeChange: [keepZorgaanbodAtLocatie, deriveZorgaanbodFields, deriveStatus],
    afterChange: [queueIndexOnPublish<ZorgaanbodDoc>(async (doc) => [String(relId(doc.locatie))])],
    afterDelete: [queueIndexOnDelete<ZorgaanbodDoc>(async (doc) => [String(relId(doc.locatie))])],
  },
  fields: [
    { name: 'titel', label: 'Titel', type: 'text', admin: { hidden: true } },
    {
      type: 'row',
      fields: [
        {
          name: 'locatie',
          label: 'Locatie',
          type: 'relationship',
          relationTo: 'locaties',
          required: true,
          index: true,
        },
        {
          name: 'woonplaats',
          label: 'Woonplaats',
          type: 'relationship',
          relationTo: 'woonplaatsen',
          required: true,
          index: true,
          admin: {
            description:
              'Thuiszorg en OCO: één locatie met alle woonplaatsen. Andere soorten zorg: precies één woonplaats per locatie.',
          },
        },
      ],
    },
    {
      name: 'woonplaatsToelichting',
      label: 'Toelichting bij de woonplaats',
      type: 'textarea',
      maxLength: 1000,
      admin: {
        description:
          'Alleen nodig bij verblijf en dagbesteding als de woonplaats niet de plaats van het bezoekadres is: leg uit waarom. Het zorgkantoor ziet deze toelichting bij de beoordeling.',
      },
    },
    {
      // §4.1 warnings (read, never stored; cms/queries/woonplaatsen.ts), shown above the form.
      name: 'waarschuwingen',
      label: 'Let op',
      type: 'text',
      hasMany: true,
      virtual: true,
      admin: { hidden: true, readOnly: true },
      hooks: { afterRead: [readWoonplaatsWaarschuwingen] },
    },
    {
      type: 'ui',
      name: 'woonplaatsWaarschuwingen',
      admin: {
        components: {
          Field: '/cms/components/WoonplaatsWaarschuwingen#WoonplaatsWaarschuwingen',
        },
      },
    },
    {
      name: 'organisatie',
      label: 'Organisatie',
      type: 'relationship',
      relationTo: 'organisaties',
      index: true,
      admin: { readOnly: true, description: 'Wordt overgenomen van de locatie.' },
    },
    {
      name: 'organisatieType',
      label: 'Soort organisatie',
      type: 'select',
      options: [...ORGANISATIE_TYPES],
      virtual: true,
      admin: { hidden: true },
      hooks: { afterRead: [readOrganisatieType] },
    },
    {
      name: 'acties',
      type: 'ui',
      admin: { components: { Field: '/cms/components/ZorgaanbodActies#ZorgaanbodActies' } },
    },
    zorgaanbodTabs(),
    statusField('zorgaanbod'),
  ],
}
