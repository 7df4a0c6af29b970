import type { Access, CollectionConfig, FieldAccess, Where } from 'payload'
import {
  approversField,
  beheerderOnly,
  nobody,
  organisatieIdsOfZorgkantoor,
  userOf,
} from '../../access'
import { isAanbieder, isBeheerder, isRedacteur, organisatieIdsOf, relId } from '../../domain/roles'
import {
  VERZOEK_SOORTEN,
  VERZOEK_SOORT_LABELS,
  VERZOEK_STATUSSEN,
  VERZOEK_STATUS_LABELS,
} from '../../domain/verzoeken'
import { verzoekEndpoints } from '../../endpoints/verzoeken'
import { DATUM_FORMAAT } from '../../domain/datum'
import { datumVeld } from '../../fields'
import { handelVerzoekAf } from './hooks/handelVerzoekAf'
import { mailAntwoord } from './hooks/mailAntwoord'

/** `field in ids`, or nothing when there are none (an OR branch that matches no row). */
const inIds = (field: string, ids: string[]): Where[] =>
  ids.length ? [{ [field]: { in: ids } }] : []

/**
 * Who reads a request: the sender and the logins of its organisation; the editors of a zorgkantoor
 * it was routed to or that contracts its organisation; a beheerder all. The public nothing.
 */
export const readVerzoeken: Access = async ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (isBeheerder(user)) return true
  if (isRedacteur(user)) {
    const zk = relId(user.zorgkantoor)
    if (!zk) return false
    return {
      or: [
        { zorgkantoren: { in: [zk] } },
        ...inIds('organisatie', await organisatieIdsOfZorgkantoor(req, zk)),
      ],
    }
  }
  if (isAanbieder(user)) {
    return {
      or: [{ verstuurdDoor: { equals: user.id } }, ...inIds('organisatie', organisatieIdsOf(user))],
    }
  }
  return false
}

/** Editors answer the requests they read; providers never change a request once sent. */
const updateVerzoeken: Access = async (args) => {
  const user = userOf(args.req)
  if (!isBeheerder(user) && !isRedacteur(user)) return false
  return readVerzoeken(args)
}

/** The sender's login: a beheerder, or the sender themselves. */
const afzenderOfBeheerder: FieldAccess = ({ req, doc }) => {
  const user = userOf(req)
  return isBeheerder(user) || (user !== null && relId(doc?.verstuurdDoor) === String(user.id))
}

/** What the sender wrote and when: set once by POST /api/verzoeken/indienen, never changed. */
const VAST = { create: nobody as never, update: nobody as never }
const vast = { readOnly: true }

/**
 * Requests from logins to their zorgkantoor: "Meld een probleem", a new voorziening, zachte
 * informatie option or OCO service (§3.2.3), and access requests of logins without an organisation
 * (seed 002). Sent with POST /api/verzoeken/indienen (checked and routed there); the zorgkantoor
 * answers here (status and answer only) and the sender reads the answer.
 */
export const Verzoeken: CollectionConfig = {
  slug: 'verzoeken',
  typescript: { interface: 'Verzoek' },
  labels: { singular: 'Verzoek', plural: 'Verzoeken' },
  admin: {
    useAsTitle: 'onderwerp',
    group: 'Zorgaanbod',
    defaultColumns: [
      'onderwerp',
      'soort',
      'organisatieNaam',
      'status',
      'verstuurdOp',
      'antwoordUiterlijk',
    ],
    description:
      'Vragen, problemen en aanvragen van zorgaanbieders aan het zorgkantoor. Het zorgkantoor zet de status en schrijft een antwoord; de zorgaanbieder leest het antwoord hier.',
    components: {
      beforeList: ['/cms/components/verzoeken/NieuwVerzoekKnoppen#NieuwVerzoekKnoppen'],
    },
  },
  defaultSort: '-verstuurdOp',
  disableDuplicate: true,
  endpoints: verzoekEndpoints,
  access: {
    read: readVerzoeken,
    create: nobody,
    update: updateVerzoeken,
    delete: beheerderOnly,
  },
  hooks: {
    beforeChange: [handelVerzoekAf],
    afterChange: [mailAntwoord],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'soort',
          label: 'Soort verzoek',
          type: 'select',
          required: true,
          index: true,
          options: VERZOEK_SOORTEN.map((value) => ({ value, label: VERZOEK_SOORT_LABELS[value] })),
          access: VAST,
          admin: vast,
        },
        {
          name: 'status',
          label: 'Status',
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'open',
          enumName: 'enum_verzoeken_verzoek_status',
          options: VERZOEK_STATUSSEN.map((value) => ({
            value,
            label: VERZOEK_STATUS_LABELS[value],
          })),
          access: { create: nobody as never, update: approversField },
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
            value === 'afgehandeld' &&
            !(typeof siblingData.antwoord === 'string' && siblingData.antwoord.trim())
              ? 'Schrijf eerst een antwoord voordat u het verzoek afhandelt.'
              : true,
          admin: {
            description: 'Het zorgkantoor zet de status. Afgehandeld kan pas met een antwoord.',
          },
        },
      ],
    },
    {
      name: 'onderwerp',
      label: 'Onderwerp',
      type: 'text',
      required: true,
      maxLength: 150,
      access: VAST,
      admin: vast,
    },
    {
      name: 'toelichting',
      label: 'Toelichting',
      type: 'textarea',
      required: true,
      maxLength: 4000,
      access: VAST,
      admin: vast,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'organisatie',
          label: 'Organisatie',
          type: 'relationship',
          relationTo: 'organisaties',
          index: true,
          access: VAST,
          admin: { ...vast, description: 'De organisatie waar het verzoek over gaat (optioneel).' },
        },
        {
          // The organisation's name when sent; for an access request the name the sender typed.
          name: 'organisatieNaam',
          label: 'Naam organisatie',
          type: 'text',
          access: VAST,
          admin: vast,
        },
        {
          name: 'code',
          label: 'NZa- of AGB-code',
          type: 'text',
          access: VAST,
          admin: {
            ...vast,
            condition: (data) => data?.soort === 'toegang',
          },
        },
        {
          // Seed 002: the employee's name, function and e-mail address; name and address are the
          // login's (verstuurdDoorNaam, verstuurdDoorEmail).
          name: 'functie',
          label: 'Functie van de aanvrager',
          type: 'text',
          access: VAST,
          admin: {
            ...vast,
            condition: (data) => data?.soort === 'toegang',
          },
        },
      ],
    },
    {
      // Seed 001: "u krijgt binnen vijf werkdagen een reactie" (cms/domain/werkdagen.ts).
      ...datumVeld('antwoordUiterlijk', 'Antwoord uiterlijk op'),
      index: true,
      access: VAST,
      admin: {
        ...vast,
        date: { pickerAppearance: 'dayOnly', displayFormat: DATUM_FORMAAT },
        description:
          'Het zorgkantoor antwoordt binnen vijf werkdagen (weekenden en feestdagen tellen niet mee).',
      },
    },
    {
      name: 'antwoord',
      label: 'Antwoord van het zorgkantoor',
      type: 'textarea',
      maxLength: 4000,
      access: { create: nobody as never, update: approversField },
      admin: {
        description:
          'De zorgaanbieder ziet dit antwoord bij het verzoek en krijgt er een e-mail over.',
      },
    },
    {
      // Routing (cms/domain/verzoeken.ts routeerVerzoek): whose queue the request is in.
      name: 'zorgkantoren',
      label: 'Zorgkantoren',
      type: 'relationship',
      relationTo: 'zorgkantoren',
      hasMany: true,
      index: true,
      access: VAST,
      admin: { ...vast, description: 'De zorgkantoren die dit verzoek behandelen.' },
    },
    {
      type: 'row',
      fields: [
        { ...datumVeld('verstuurdOp', 'Verstuurd op'), index: true, access: VAST, admin: vast },
        {
          name: 'verstuurdDoorNaam',
          label: 'Verstuurd door',
          type: 'text',
          access: VAST,
          admin: vast,
        },
        {
          name: 'verstuurdDoorEmail',
          label: 'E-mailadres afzender',
          type: 'email',
          access: VAST,
          admin: vast,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { ...datumVeld('beantwoordOp', 'Beantwoord op'), access: VAST, admin: vast },
        {
          name: 'beantwoordDoorNaam',
          label: 'Beantwoord door',
          type: 'text',
          access: VAST,
          admin: vast,
        },
        {
          name: 'beantwoordNamens',
          label: 'Namens',
          type: 'text',
          access: VAST,
          admin: vast,
        },
        { ...datumVeld('afgehandeldOp', 'Afgehandeld op'), access: VAST, admin: vast },
      ],
    },
    {
      name: 'verstuurdDoor',
      label: 'Verstuurd door (login)',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: { ...VAST, read: afzenderOfBeheerder },
      admin: { ...vast, disableListColumn: true, hidden: true },
    },
    {
      name: 'beantwoordDoor',
      label: 'Beantwoord door (login)',
      type: 'relationship',
      relationTo: 'users',
      access: { ...VAST, read: ({ req }) => isBeheerder(userOf(req)) },
      admin: { ...vast, disableListColumn: true, hidden: true },
    },
  ],
}
