/**
 * Reference lists: readable by anyone (public reference data), maintained by the beheerder. The
 * lists the public sees through codes (soorten zorg and their voorzieningen, zachte informatie, OCO
 * services) keep their codes once in use and re-publish their labels (cms/hooks/referentielijst.ts).
 */
import type { CollectionConfig } from 'payload'
import { anyone, beheerderOnly } from '../access'
import { SECTOREN } from '../domain/referentielijsten'
import { codeField } from '../fields'
import {
  bewaakCodes,
  herpubliceerLabels,
  weigerVerwijderenInGebruik,
  type ReferentieSlug,
} from '../hooks/referentielijst'

/** Codes fixed once in use, no deletion in use, labels re-published. */
const referentieHooks = (slug: ReferentieSlug): CollectionConfig['hooks'] => ({
  beforeChange: [bewaakCodes(slug)],
  beforeDelete: [weigerVerwijderenInGebruik(slug)],
  afterChange: [herpubliceerLabels(slug)],
})

const VASTE_CODE =
  'Vaste code voor filters, koppelingen en de zoekindex. Zodra een locatie dit gebruikt, kan de code niet meer veranderen; de naam wel.'

const referenceAccess = {
  read: anyone,
  create: beheerderOnly,
  update: beheerderOnly,
  delete: beheerderOnly,
}

export const Zorgkantoren: CollectionConfig = {
  slug: 'zorgkantoren',
  typescript: { interface: 'Zorgkantoor' },
  labels: { singular: 'Zorgkantoor', plural: 'Zorgkantoren' },
  admin: { useAsTitle: 'naam', group: 'Beheer', defaultColumns: ['naam', 'email', 'telefoon'] },
  access: referenceAccess,
  fields: [
    { name: 'naam', label: 'Naam', type: 'text', required: true },
    codeField(),
    { name: 'email', label: 'E-mailadres voor zorgaanbieders', type: 'email' },
    { name: 'telefoon', label: 'Telefoon', type: 'text' },
    {
      name: 'regios',
      label: "Zorgkantoorregio's",
      type: 'array',
      fields: [{ name: 'naam', label: 'Regio', type: 'text', required: true }],
    },
  ],
}

export const Woonplaatsen: CollectionConfig = {
  slug: 'woonplaatsen',
  typescript: { interface: 'Woonplaats' },
  labels: { singular: 'Woonplaats', plural: 'Woonplaatsen' },
  admin: {
    useAsTitle: 'naam',
    group: 'Beheer',
    defaultColumns: ['naam', 'gemeente', 'provincie', 'zorgkantoorregio'],
  },
  access: referenceAccess,
  fields: [
    { name: 'naam', label: 'Naam', type: 'text', required: true, index: true },
    codeField('Unieke code (gemeentecode en naam).'),
    {
      type: 'row',
      fields: [
        { name: 'gemeente', label: 'Gemeente', type: 'text', required: true },
        { name: 'provincie', label: 'Provincie', type: 'text', required: true },
        { name: 'zorgkantoorregio', label: 'Zorgkantoorregio', type: 'text' },
      ],
    },
    { name: 'zorgkantoor', label: 'Zorgkantoor', type: 'relationship', relationTo: 'zorgkantoren' },
    {
      type: 'row',
      fields: [
        {
          name: 'lat',
          label: 'Breedtegraad',
          type: 'number',
          required: true,
          min: 50.7,
          max: 53.7,
        },
        { name: 'lng', label: 'Lengtegraad', type: 'number', required: true, min: 3.3, max: 7.3 },
      ],
    },
  ],
}

export const SoortenZorg: CollectionConfig = {
  slug: 'soorten-zorg',
  typescript: { interface: 'SoortZorg' },
  labels: { singular: 'Soort zorg', plural: 'Soorten zorg' },
  admin: {
    useAsTitle: 'naam',
    group: 'Beheer',
    defaultColumns: ['naam', 'code', 'meerdereWoonplaatsen'],
  },
  access: referenceAccess,
  hooks: referentieHooks('soorten-zorg'),
  fields: [
    { name: 'naam', label: 'Naam', type: 'text', required: true },
    codeField(VASTE_CODE),
    {
      name: 'icoon',
      label: 'Icoon',
      type: 'text',
      admin: { description: 'Naam van het icoon op de publieke site.' },
    },
    {
      name: 'meerdereWoonplaatsen',
      label: 'Meerdere woonplaatsen per locatie',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Aan voor zorg thuis en OCO: één locatie met alle woonplaatsen.' },
    },
    {
      name: 'sectoren',
      label: 'Sectoren',
      type: 'select',
      hasMany: true,
      options: SECTOREN.map((s) => ({ value: s.code, label: s.kort })),
    },
    {
      name: 'voorzieningen',
      label: 'Voorzieningen',
      type: 'array',
      admin: {
        description:
          'Locaties bewaren de code van hun voorziening. Een nieuwe naam staat direct in de Zorgatlas; een voorziening die locaties gebruiken, kunt u niet verwijderen.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'naam', label: 'Naam', type: 'text', required: true },
            {
              name: 'code',
              label: 'Code',
              type: 'text',
              admin: {
                description:
                  'Laat leeg bij een nieuwe voorziening: de code wordt gemaakt uit de naam. Vast zodra een locatie de voorziening gebruikt.',
              },
            },
          ],
        },
      ],
    },
  ],
}

export const ZachteInformatie: CollectionConfig = {
  slug: 'zachte-informatie',
  typescript: { interface: 'ZachteInformatie' },
  labels: { singular: 'Zachte informatie', plural: 'Zachte informatie' },
  admin: { useAsTitle: 'naam', group: 'Beheer', defaultColumns: ['naam', 'groep', 'icoon'] },
  access: referenceAccess,
  hooks: referentieHooks('zachte-informatie'),
  fields: [
    { name: 'naam', label: 'Naam', type: 'text', required: true },
    codeField(VASTE_CODE),
    { name: 'groep', label: 'Groep', type: 'text', required: true },
    { name: 'icoon', label: 'Icoon', type: 'text' },
    { name: 'toelichting', label: 'Toelichting', type: 'textarea' },
  ],
}

export const OcoDienstverlening: CollectionConfig = {
  slug: 'oco-dienstverlening',
  typescript: { interface: 'OcoDienst' },
  labels: { singular: 'OCO-dienst', plural: 'OCO-dienstverlening' },
  admin: { useAsTitle: 'naam', group: 'Beheer' },
  access: referenceAccess,
  hooks: referentieHooks('oco-dienstverlening'),
  fields: [
    { name: 'naam', label: 'Naam', type: 'text', required: true },
    codeField(VASTE_CODE),
    { name: 'icoon', label: 'Icoon', type: 'text' },
    { name: 'toelichting', label: 'Toelichting', type: 'textarea' },
  ],
}
