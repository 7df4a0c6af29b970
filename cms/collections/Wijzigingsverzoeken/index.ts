import type { CollectionConfig } from 'payload'
import { nobody, readOwnOrPublished, userOf } from '../access'

/**
 * A change request: the pending proposals of one organisation, sent with "Wijziging versturen".
 * Written only by the workflow endpoints; while one is in behandeling the organisation is locked
 * for its providers.
 */
export const Wijzigingsverzoeken: CollectionConfig = {
  slug: 'wijzigingsverzoeken',
  typescript: { interface: 'Wijzigingsverzoek' },
  labels: { singular: 'Wijzigingsverzoek', plural: 'Wijzigingsverzoeken' },
  admin: {
    useAsTitle: 'titel',
    group: 'Zorgaanbod',
    defaultColumns: ['titel', 'status', 'verstuurdOp'],
  },
  access: {
    read: async (args) => (userOf(args.req) ? readOwnOrPublished('organisatie')(args) : false),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
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
    { name: 'verstuurdDoor', label: 'Verstuurd door', type: 'relationship', relationTo: 'users' },
    { name: 'verstuurdOp', label: 'Verstuurd op', type: 'date' },
    {
      name: 'afgehandeldDoor',
      label: 'Afgehandeld door',
      type: 'relationship',
      relationTo: 'users',
    },
    { name: 'afgehandeldOp', label: 'Afgehandeld op', type: 'date' },
  ],
}
