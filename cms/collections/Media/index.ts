import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { authenticated, writeOwn } from '../../access'
import { mediaNieuweVersieEndpoint } from '../../endpoints/media'
import { MEDIA_MESSAGES } from '../../domain/eigendom'
import { checkToestemming, FOTO_MESSAGES } from '../../domain/foto'
import { cleanUploadedFoto } from './hooks/cleanUploadedFoto'
import { protectPublicMedia } from './hooks/protectPublicMedia'
import { setMediaOrganisatie } from './hooks/setMediaOrganisatie'

/**
 * Photos of locations (§3.2.6). Each belongs to one organisation: a login reaches only the photos
 * of the organisations it works on (providers their own, editors their zorgkantoor's). Every upload
 * is checked by its bytes and re-encoded without metadata (hooks/cleanUploadedFoto.ts). The public
 * never reads this collection: the indexer publishes the public sizes of a Definitief location's
 * photos to the public media store (search-indexer/media).
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
    beforeOperation: [protectPublicMedia, cleanUploadedFoto],
    beforeValidate: [setMediaOrganisatie],
  },
  upload: {
    staticDir: path.resolve(process.env.DATA_DIR ?? './data', 'media'),
    // larger files are refused with a Dutch message by cleanUploadedFoto (10 MB) and, before the
    // body is read, by the REST guard (cms/http/rest-routes.ts)
    filesRequiredOnCreate: true,
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp'],
    // the provider crops and zooms the photo to fit and sets what must stay in view; the public
    // sizes are cut to 3:2 around that focal point by the indexer
    crop: true,
    focalPoint: true,
    // a small 3:2 preview for the admin only (the public sizes come from the indexer)
    imageSizes: [{ name: 'kaart', width: 480, height: 320 }],
    adminThumbnail: 'kaart',
    withMetadata: false,
  },
  fields: [
    {
      name: 'alt',
      label: 'Beschrijving (alt-tekst)',
      type: 'text',
      required: true,
      maxLength: 300,
      validate: (value: unknown) =>
        typeof value === 'string' && value.trim() ? true : FOTO_MESSAGES.altNodig,
      admin: {
        description:
          'Beschrijf kort wat er op de foto staat, voor mensen die de foto niet kunnen zien. Bijvoorbeeld: "Tuin met bankjes en een vijver".',
      },
    },
    {
      name: 'mensenInBeeld',
      label: 'Er staan mensen op deze foto',
      type: 'checkbox',
      defaultValue: false,
    },
    {
      name: 'toestemming',
      label:
        'Ik heb toestemming van de mensen die op de foto staan, ook na een eventueel overlijden',
      type: 'checkbox',
      defaultValue: false,
      validate: (value: unknown, { data }: { data: Partial<{ mensenInBeeld: boolean | null }> }) =>
        checkToestemming(data?.mensenInBeeld, value),
      admin: { condition: (data) => Boolean(data?.mensenInBeeld) },
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
          'De organisatie waar deze foto bij hoort. Heeft u één organisatie, of uploadt u vanuit een locatie, dan wordt die gekozen.',
        components: { Field: '/cms/components/MediaOrganisatie#MediaOrganisatie' },
      },
    },
  ],
}
