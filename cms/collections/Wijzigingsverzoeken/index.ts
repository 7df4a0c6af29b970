import type { CollectionConfig, Field } from 'payload'
import { beheerderField, nobody, readOwnOrPublished, userOf } from '../../access'
import { datumVeld, NIET_IN_FORMULIER } from '../../fields'

/** Stored for the record and the list; the screen shows them in the overview above. */
const inOverzicht = (field: Field): Field =>
  ({
    ...field,
    admin: { ...field.admin, components: { ...field.admin?.components, Field: NIET_IN_FORMULIER } },
  }) as Field

/** What a change request stores; written by cms/endpoints/organisatie-workflow.ts. */
const VELDEN: Field[] = [
  { name: 'titel', label: 'Titel', type: 'text' },
  {
    // Empty once the organisation is deleted; the request stays as history (§1.2).
    name: 'organisatie',
    label: 'Organisatie (koppeling)',
    type: 'relationship',
    relationTo: 'organisaties',
    index: true,
    admin: { disableListColumn: true },
  },
  // The organisation's name when it was sent: the list column, also after a deletion.
  { name: 'organisatieNaam', label: 'Organisatie', type: 'text' },
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
  { name: 'items', label: 'Onderdelen', type: 'json', admin: { disableListColumn: true } },
  { name: 'reden', label: 'Reden van afwijzing', type: 'textarea' },
  datumVeld('verstuurdOp', 'Verstuurd op'),
  { name: 'verstuurdDoorNaam', label: 'Verstuurd door', type: 'text' },
  datumVeld('afgehandeldOp', 'Afgehandeld op'),
  { name: 'afgehandeldDoorNaam', label: 'Afgehandeld door', type: 'text' },
  // The logins themselves: only a beheerder may read logins (their names are above).
  {
    name: 'verstuurdDoor',
    label: 'Verstuurd door (login)',
    type: 'relationship',
    relationTo: 'users',
    access: { read: beheerderField },
    admin: { disableListColumn: true },
  },
  {
    name: 'afgehandeldDoor',
    label: 'Afgehandeld door (login)',
    type: 'relationship',
    relationTo: 'users',
    access: { read: beheerderField },
    admin: { disableListColumn: true },
  },
]

/**
 * A change request: the pending proposals of one organisation, sent with "Wijziging versturen".
 * Written only by the workflow endpoints; while one is in behandeling the organisation is locked
 * for its providers. The screen is a readable overview (WijzigingsverzoekOverzicht): names and
 * Dutch dates, never ids.
 */
export const Wijzigingsverzoeken: CollectionConfig = {
  slug: 'wijzigingsverzoeken',
  typescript: { interface: 'Wijzigingsverzoek' },
  labels: { singular: 'Wijzigingsverzoek', plural: 'Wijzigingsverzoeken' },
  admin: {
    useAsTitle: 'titel',
    group: 'Zorgaanbod',
    defaultColumns: ['titel', 'organisatieNaam', 'status', 'verstuurdOp', 'afgehandeldOp'],
    description:
      'Verstuurde wijzigingen per organisatie. Het zorgkantoor keurt ze goed of wijst ze af op de pagina van de organisatie.',
  },
  access: {
    read: async (args) => (userOf(args.req) ? readOwnOrPublished('organisatie')(args) : false),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  fields: [
    {
      name: 'overzicht',
      type: 'ui',
      admin: {
        components: {
          Field: '/cms/components/WijzigingsverzoekOverzicht#WijzigingsverzoekOverzicht',
        },
      },
    },
    ...VELDEN.map(inOverzicht),
  ],
}
