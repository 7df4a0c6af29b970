import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { authenticated } from '../access'

/** Photos of locations. Public use comes with the photo issue; until then only logins read them. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Afbeelding', plural: 'Afbeeldingen' },
  admin: { group: 'Zorgaanbod' },
  access: {
    read: authenticated,
    create: authenticated,
    update: authenticated,
    delete: authenticated,
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
  ],
}
