import type { CollectionConfig } from 'payload'
import { nobody, readOwnOrPublished, userOf } from '../../access'
import { wijzigingsverzoekEndpoints } from '../../endpoints/wijzigingsverzoeken'

/**
 * A change request: the pending proposals of one organisation, sent with "Wijziging versturen".
 * Written only by the workflow endpoints; while one is in behandeling the organisation is locked
 * for its providers. Requests stay as history: after a decision, after the organisation is deleted
 * (its name stays in `organisatieNaam`) and after the sender's login is removed (names as text).
 */
export const Wijzigingsverzoeken: CollectionConfig = {
  slug: 'wijzigingsverzoeken',
  typescript: { interface: 'Wijzigingsverzoek' },
  labels: { singular: 'Wijzigingsverzoek', plural: 'Wijzigingsverzoeken' },
  admin: {
    useAsTitle: 'titel',
    group: 'Zorgaanbod',
    defaultColumns: ['titel', 'status', 'verstuurdDoorNaam', 'verstuurdOp', 'afgehandeldOp'],
    description:
      'Verstuurde wijzigingen van zorgaanbieders. Beoordeel ze op het scherm "Te beoordelen".',
  },
  defaultSort: '-verstuurdOp',
  disableDuplicate: true,
  access: {
    read: async (args) => (userOf(args.req) ? readOwnOrPublished('organisatie')(args) : false),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  endpoints: wijzigingsverzoekEndpoints,
  fields: [
    { name: 'titel', label: 'Titel', type: 'text' },
    {
      // Empty once the organisation is deleted; the request stays as history (§1.2).
      name: 'organisatie',
      label: 'Organisatie',
      type: 'relationship',
      relationTo: 'organisaties',
      index: true,
    },
    {
      name: 'organisatieNaam',
      label: 'Naam van de organisatie bij het versturen',
      type: 'text',
      admin: { readOnly: true },
    },
    {
      name: 'status',
      label: 'Status',
      type: 'select',
      required: true,
      index: true,
      options: [
        { value: 'in-behandeling', label: 'In behandeling' },
        { value: 'goedgekeurd', label: 'Goedgekeurd' },
        { value: 'afgewezen', label: 'Afgewezen' },
      ],
    },
    { name: 'items', label: 'Onderdelen', type: 'json', admin: { readOnly: true } },
    { name: 'reden', label: 'Reden van afwijzing', type: 'textarea' },
    {
      type: 'row',
      fields: [
        {
          name: 'verstuurdDoor',
          label: 'Verstuurd door',
          type: 'relationship',
          relationTo: 'users',
        },
        {
          // Kept as text: the login may be removed later (then this becomes a pseudonym).
          name: 'verstuurdDoorNaam',
          label: 'Verstuurd door (naam)',
          type: 'text',
          admin: { readOnly: true },
        },
        { name: 'verstuurdOp', label: 'Verstuurd op', type: 'date', index: true },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'afgehandeldDoor',
          label: 'Afgehandeld door',
          type: 'relationship',
          relationTo: 'users',
        },
        {
          name: 'afgehandeldDoorNaam',
          label: 'Afgehandeld door (naam)',
          type: 'text',
          admin: { readOnly: true },
        },
        { name: 'afgehandeldOp', label: 'Afgehandeld op', type: 'date', index: true },
      ],
    },
    {
      // What the public sees as "Gecontroleerd door …": the editor's zorgkantoor, or Zorgatlas.
      name: 'beoordeeldNamens',
      label: 'Beoordeeld namens',
      type: 'text',
      admin: { readOnly: true },
    },
    {
      // The differences as the editor decided on them (the review screen shows them afterwards).
      name: 'verschillen',
      label: 'Verschillen bij de beslissing',
      type: 'json',
      admin: { readOnly: true, hidden: true },
    },
    {
      // The locations whose public document this approval published (ids; for the trust signal).
      name: 'gepubliceerdeLocaties',
      label: 'Gepubliceerde locaties',
      type: 'json',
      admin: { readOnly: true, hidden: true },
    },
  ],
}
