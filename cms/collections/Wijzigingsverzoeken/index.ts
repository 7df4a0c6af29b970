import type { CollectionConfig, Field } from 'payload'
import { beheerderField, nobody, readOwnOrPublished, userOf } from '../../access'
import { wijzigingsverzoekEndpoints } from '../../endpoints/wijzigingsverzoeken'
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
  { ...datumVeld('verstuurdOp', 'Verstuurd op'), index: true },
  { name: 'verstuurdDoorNaam', label: 'Verstuurd door', type: 'text' },
  { ...datumVeld('afgehandeldOp', 'Afgehandeld op'), index: true },
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
  {
    // What the public sees as "Gecontroleerd door …": the editor's zorgkantoor, or Zorgatlas.
    name: 'beoordeeldNamens',
    label: 'Beoordeeld namens',
    type: 'text',
  },
  {
    // The differences as the editor decided on them (the review screen shows them afterwards).
    name: 'verschillen',
    label: 'Verschillen bij de beslissing',
    type: 'json',
    admin: { hidden: true, disableListColumn: true },
  },
  {
    // The locations whose public document this approval published (ids; for the trust signal).
    name: 'gepubliceerdeLocaties',
    label: 'Gepubliceerde locaties',
    type: 'json',
    admin: { hidden: true, disableListColumn: true },
  },
]

/**
 * A change request: the pending proposals of one organisation, sent with "Wijziging versturen".
 * Written only by the workflow endpoints; while one is in behandeling the organisation is locked
 * for its providers. The screen is a readable overview (WijzigingsverzoekOverzicht): names and
 * Dutch dates, never ids. Requests stay as history: after a decision, after the organisation is
 * deleted (its name stays in `organisatieNaam`) and after the sender's login is removed (names as
 * text, a pseudonym then).
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
      'Verstuurde wijzigingen van zorgaanbieders. Het zorgkantoor beoordeelt ze op het scherm "Te beoordelen".',
  },
  defaultSort: '-verstuurdOp',
  disableDuplicate: true,
  endpoints: wijzigingsverzoekEndpoints,
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
