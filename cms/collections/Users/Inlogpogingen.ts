import type { CollectionConfig } from 'payload'
import { nobody } from '../../access'

/**
 * The counters of the login limiter (cms/domain/inlogbeperking.ts), one row per key: per
 * (address, account) pair, per address, per account. In the database, so every CMS process sees
 * the same counts. Never through the API; accounts appear only as a hash in the key.
 */
export const Inlogpogingen: CollectionConfig = {
  slug: 'inlogpogingen',
  typescript: { interface: 'Inlogpoging' },
  labels: { singular: 'Inlogpoging', plural: 'Inlogpogingen' },
  admin: { hidden: true },
  graphQL: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'sleutel', type: 'text', required: true, unique: true, index: true },
    { name: 'mislukt', type: 'number', defaultValue: 0 },
    { name: 'vanaf', type: 'date' },
    { name: 'geblokkeerdTot', type: 'date' },
    { name: 'blokkades', type: 'number', defaultValue: 0 },
  ],
}
