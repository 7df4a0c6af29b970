import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { authenticated, writeOwn } from '../../access'
import { mediaNieuweVersieEndpoint } from '../../endpoints/media'
import { MEDIA_MESSAGES } from '../../domain/eigendom'
import { protectPublicMedia } from './hooks/protectPublicMedia'
import { setMediaOrganisatie } from './hooks/setMediaOrganisatie'

/**
 * Photos of locations. Each belongs to one organisation: a login reaches only the photos of the
 * organisations it works on (providers their own, editors their zorgkantoor's). Public use goes
 * through the search side (issue 9), never through this collection.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  typescript: { interface: 'Media' },
  labels: { singular: 'Afbeelding', plural: 'Afbeeldingen' },
  admin: { group: 'Zorgaanbod', defaultColumns: ['filename', 'alt', 'organisatie'] },
  access: {
    read: writeOwn('organisatie'),
    create: authenticated, // the organisation is checked in setMediaOrganisatie
    update: writeOwn('organisatie'),
    delete: writeOwn('organisatie'),
  },
  disableDuplicate: true,
  endpoints: [mediaNieuweVersieEndpoint],
  hooks: {
    beforeOperation: [protectPublicMedia],
    beforeValidate: [setMediaOrganisatie],
  },
  upload: {
    staticDir: path.resolve(process.env.DATA_DIR ?? './data', 'media'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp'],
    imageSizes: [
      { name: 'kaart', width: 480, height: 320, position: 'centre' },
      { name: 'groot', width: 1200, height: 800, position: 'centre' },
    ],
    formatOptions: { format: 'webp', options: { quality: 80 } },
  },
  fields: [
    { name: 'alt', label: 'Beschrijving (alt-tekst)', type: 'text', required: true },
    {
      name: 'toestemming',
      label: 'Ik heb toestemming van de mensen die op de foto staan',
      type: 'checkbox',
      defaultValue: false,
    },
    {
      name: 'organisatie',
      label: 'Organisatie',
      type: 'relationship',
      relationTo: 'organisaties',
      index: true,
      // Required for every new photo; the column allows empty for photos stored before owners
      // existed (only a beheerder reaches those).
      validate: (value: unknown) => (value ? true : MEDIA_MESSAGES.kiesOrganisatie),
      admin: {
        description:
          'De organisatie waar deze foto bij hoort. Heeft u één organisatie, dan wordt die gekozen.',
      },
    },
  ],
}
