import type { CollectionConfig, Field } from 'payload'
import { authenticated, beheerderOnly } from '../../access'
import { controleerVeld, type ZorgkaartKolom } from '../../domain/zorgkaart'
import {
  queueIndexAfterRecordChange,
  queueIndexAfterRecordDelete,
} from './hooks/queueIndexOfGekoppeldeLocaties'
import { setAdresSleutel } from './hooks/setAdresSleutel'

const tekst = (name: ZorgkaartKolom, label: string, extra: Partial<Field> = {}): Field =>
  ({
    name,
    label,
    type: 'text',
    required: true,
    validate: (value: unknown) => controleerVeld(name, value),
    ...extra,
  }) as Field

/**
 * The ZorgkaartNederland register (§3.2.8): imported data (`npm run import:zorgkaart`, or the
 * daily feed), not provider data, so not reviewed. Logged-in users read it (providers search it to
 * link their location); only the beheerder writes it; the public never reads it here — the
 * indexer puts the linked rating into the public document.
 */
export const Zorgkaart: CollectionConfig = {
  slug: 'zorgkaart',
  typescript: { interface: 'Zorgkaart' },
  labels: { singular: 'ZorgkaartNederland-record', plural: 'ZorgkaartNederland' },
  graphQL: { singularName: 'ZorgkaartRecord', pluralName: 'ZorgkaartRecords' },
  admin: {
    group: 'Beheer',
    useAsTitle: 'naam',
    defaultColumns: ['naam', 'plaats', 'score', 'aantalWaarderingen', 'zorgkaartId'],
    listSearchableFields: ['naam', 'plaats', 'zorgkaartId'],
    description:
      'Waarderingen van ZorgkaartNederland, ingelezen uit hun bestand. Een locatie wordt gekoppeld op het bezoekadres, of op het ID dat de zorgaanbieder kiest.',
  },
  access: {
    read: authenticated,
    create: beheerderOnly,
    update: beheerderOnly,
    delete: beheerderOnly,
  },
  disableDuplicate: true,
  hooks: {
    beforeChange: [setAdresSleutel],
    afterChange: [queueIndexAfterRecordChange],
    afterDelete: [queueIndexAfterRecordDelete],
  },
  fields: [
    tekst('zorgkaartId', 'ZorgkaartNederland-ID', { unique: true, index: true }),
    tekst('naam', 'Naam'),
    {
      type: 'row',
      fields: [
        tekst('straat', 'Straat'),
        tekst('huisnummer', 'Huisnummer'),
        tekst('postcode', 'Postcode'),
        tekst('plaats', 'Plaats'),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'score',
          label: 'Cijfer (0 tot 10)',
          type: 'number',
          min: 0,
          max: 10,
          validate: (value: unknown) => controleerVeld('score', value),
        },
        {
          name: 'aantalWaarderingen',
          label: 'Aantal waarderingen',
          type: 'number',
          required: true,
          defaultValue: 0,
          min: 0,
          validate: (value: unknown) => controleerVeld('aantalWaarderingen', value),
        },
      ],
    },
    tekst('url', 'Link naar ZorgkaartNederland'),
    {
      name: 'adresSleutel',
      label: 'Adressleutel',
      type: 'text',
      index: true,
      admin: {
        readOnly: true,
        description: 'Postcode en huisnummer, zoals de automatische koppeling ze vergelijkt.',
      },
    },
  ],
}
