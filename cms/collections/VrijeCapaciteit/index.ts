import type { Access, CollectionConfig, Field } from 'payload'
import { userOf, writeOwn } from '../../access'
import { datumVeld } from '../../fields'
import { CAPACITEIT_MESSAGES, isMelder, MAX_GELDIG_DAGEN } from '../../domain/capaciteit'
import { SECTOREN, soortenPlaats, zorgprofielen } from '../../domain/referentielijsten'
import { queueIndexAfterChange, queueIndexAfterDelete } from './hooks/queueIndexOfLocatie'
import { setCapaciteitDates } from './hooks/setCapaciteitFields'
import { setMeldingFields } from './hooks/setMeldingFields'

/**
 * Providers report and edit their own entries; editors only remove them (§3.2.9); the beheerder
 * all. Which location a provider reports for is checked by setMeldingFields (cms/domain/capaciteit).
 */
const melderCreate: Access = ({ req }) => isMelder(userOf(req))
const providerOfBeheerder: Access = (args) =>
  isMelder(userOf(args.req)) ? writeOwn('organisatie')(args) : false

const locatieVeld: Field = {
  name: 'locatie',
  label: 'Locatie',
  type: 'relationship',
  relationTo: 'locaties',
  required: true,
  index: true,
  admin: { description: 'De locatie waar de plaatsen vrij zijn.' },
}

const organisatieVeld: Field = {
  name: 'organisatie',
  label: 'Organisatie',
  type: 'relationship',
  relationTo: 'organisaties',
  index: true,
  admin: { readOnly: true, description: 'Wordt overgenomen van de locatie.' },
}

const gemeldOp = datumVeld('gemeldOp', 'Gemeld op')

/** The report's title (its location's name): set on save, and shown in the form as soon as known. */
const titelVeld: Field = {
  name: 'titel',
  label: 'Titel',
  type: 'text',
  admin: {
    disableListColumn: true,
    disableListFilter: true,
    components: { Field: '/cms/components/MeldingTitel#MeldingTitel' },
  },
}

const meldingVelden: Field[] = [
  {
    type: 'row',
    fields: [
      // The name as it was when reported: logins are not readable for other logins (a colleague,
      // the zorgkantoor), so the relation below would show "Zonder titel - ID: n" in the admin.
      { name: 'gemeldDoorNaam', label: 'Gemeld door', type: 'text', admin: { readOnly: true } },
      { ...gemeldOp, admin: { ...gemeldOp.admin, readOnly: true } },
    ],
  },
  {
    name: 'gemeldDoor',
    label: 'Gemeld door (login)',
    type: 'relationship',
    relationTo: 'users',
    admin: { readOnly: true, hidden: true, disableListColumn: true },
  },
]

/**
 * Free places of a location (§3.2.9): operational data, not reviewed, public at once and until
 * their end date. Reported from the location ("Vrije capaciteit opgeven") or from this menu.
 */
export const VrijeCapaciteit: CollectionConfig = {
  slug: 'vrije-capaciteit',
  typescript: { interface: 'VrijeCapaciteit' },
  labels: { singular: 'Vrije capaciteit', plural: 'Vrije capaciteit' },
  admin: {
    group: 'Zorgaanbod',
    useAsTitle: 'titel',
    defaultColumns: ['locatie', 'aantal', 'soortPlaats', 'beschikbaarVanaf', 'geldigTot'],
    description:
      'Meld vrije plaatsen, zodat cliënten en familie zien waar nu plek is. Een melding staat direct in de Zorgatlas, tot de einddatum.',
  },
  access: {
    read: writeOwn('organisatie'),
    create: melderCreate,
    update: providerOfBeheerder,
    delete: writeOwn('organisatie'),
  },
  disableDuplicate: true,
  hooks: {
    beforeChange: [setMeldingFields, setCapaciteitDates],
    afterChange: [queueIndexAfterChange],
    afterDelete: [queueIndexAfterDelete],
  },
  fields: [
    {
      name: 'uitleg',
      type: 'ui',
      admin: { components: { Field: '/cms/components/PlekUitleg#VrijeCapaciteitUitleg' } },
    },
    titelVeld,
    locatieVeld,
    organisatieVeld,
    {
      type: 'row',
      fields: [
        {
          name: 'sector',
          label: 'Sector',
          type: 'select',
          required: true,
          options: SECTOREN.map((s) => ({ value: s.code, label: s.kort })),
        },
        {
          name: 'zorgprofiel',
          label: 'Zorgprofiel (niet verplicht)',
          type: 'select',
          options: zorgprofielen
            .filter((p) => !p.vervallen)
            .map((p) => ({ value: p.code, label: `${p.code} – ${p.naam}` })),
          validate: (value: unknown, { siblingData }: { siblingData: { sector?: string } }) => {
            if (!value) return true
            const profiel = zorgprofielen.find((p) => p.code === value)
            return profiel && profiel.sector === siblingData.sector
              ? true
              : CAPACITEIT_MESSAGES.zorgprofielSector
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'aantal',
          label: 'Aantal vrije plaatsen',
          type: 'number',
          required: true,
          min: 1,
          max: 999,
          validate: (value: unknown) =>
            typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 999
              ? true
              : CAPACITEIT_MESSAGES.aantal,
        },
        {
          name: 'soortPlaats',
          label: 'Soort plaats',
          type: 'select',
          required: true,
          defaultValue: 'verblijf',
          options: soortenPlaats.map((s) => ({ value: s.code, label: s.naam })),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'beschikbaarVanaf',
          label: 'Vrij vanaf',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd-MM-yyyy' } },
        },
        {
          name: 'geldigTot',
          label: 'Geldig tot en met',
          type: 'date',
          admin: {
            date: { pickerAppearance: 'dayOnly', displayFormat: 'dd-MM-yyyy' },
            description: `Standaard 30 dagen na "Vrij vanaf", hoogstens ${MAX_GELDIG_DAGEN}. Daarna verdwijnt de melding vanzelf uit de Zorgatlas.`,
          },
        },
      ],
    },
    {
      name: 'toelichting',
      label: 'Toelichting (niet verplicht)',
      type: 'textarea',
      maxLength: 500,
      admin: { description: 'Bijvoorbeeld: kamer met eigen badkamer; ook voor echtparen.' },
    },
    ...meldingVelden,
    {
      name: 'verlopen',
      label: 'Verlopen',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'De einddatum is voorbij: de melding staat niet meer in de Zorgatlas.',
      },
    },
  ],
}

/**
 * An indicative waiting time per care profile (§3.2.9), in weeks, with the date it was given
 * (gemeldOp). Not reviewed either; public until changed or removed.
 */
export const Wachttijden: CollectionConfig = {
  slug: 'wachttijden',
  typescript: { interface: 'Wachttijd' },
  labels: { singular: 'Wachttijd', plural: 'Wachttijden' },
  admin: {
    group: 'Zorgaanbod',
    useAsTitle: 'titel',
    defaultColumns: ['locatie', 'zorgprofiel', 'weken', 'gemeldOp'],
    description: 'Een indicatie van de wachttijd per zorgprofiel, in weken.',
  },
  access: {
    read: writeOwn('organisatie'),
    create: melderCreate,
    update: providerOfBeheerder,
    delete: writeOwn('organisatie'),
  },
  disableDuplicate: true,
  hooks: {
    beforeChange: [setMeldingFields],
    afterChange: [queueIndexAfterChange],
    afterDelete: [queueIndexAfterDelete],
  },
  fields: [
    {
      name: 'uitleg',
      type: 'ui',
      admin: { components: { Field: '/cms/components/PlekUitleg#WachttijdUitleg' } },
    },
    titelVeld,
    locatieVeld,
    organisatieVeld,
    {
      type: 'row',
      fields: [
        {
          name: 'zorgprofiel',
          label: 'Zorgprofiel',
          type: 'select',
          required: true,
          options: zorgprofielen
            .filter((p) => !p.vervallen)
            .map((p) => ({ value: p.code, label: `${p.code} – ${p.naam}` })),
        },
        {
          name: 'weken',
          label: 'Wachttijd in weken',
          type: 'number',
          required: true,
          min: 0,
          max: 520,
        },
      ],
    },
    ...meldingVelden,
  ],
}
