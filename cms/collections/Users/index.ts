import type { Access, CollectionConfig } from 'payload'
import { beheerderField, beheerderOnly, userOf } from '../../access'
import { ROLES, ROLE_LABELS, isBeheerder } from '../../domain/roles'
import { fout } from '../../http/responses'
import { pseudonymiseUser } from './hooks/pseudonymiseUser'

const selfOrBeheerder: Access = ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  return isBeheerder(user) ? true : { id: { equals: user.id } }
}

export const Users: CollectionConfig = {
  slug: 'users',
  typescript: { interface: 'User' },
  labels: { singular: 'Gebruiker', plural: 'Gebruikers' },
  auth: {
    // The admin refreshes the token while the user is active and warns before it expires.
    tokenExpiration: Number(process.env.SESSION_IDLE_MINUTES ?? 20) * 60,
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
  },
  admin: { useAsTitle: 'email', group: 'Beheer', defaultColumns: ['email', 'naam', 'rol'] },
  access: {
    read: selfOrBeheerder,
    create: beheerderOnly,
    update: selfOrBeheerder,
    delete: beheerderOnly,
    // Unlocking a login that was locked after failed attempts defeats the lockout for anyone else.
    unlock: beheerderOnly,
    admin: ({ req }) => Boolean(userOf(req)),
  },
  // Removing a login removes their name from the audit log and change requests (a pseudonym).
  hooks: { beforeDelete: [pseudonymiseUser] },
  endpoints: [
    {
      // E-mail verification is not used; Payload's own route failed with a 500 on any token.
      path: '/verify/:token',
      method: 'post',
      handler: () => fout(404, 'Deze link is niet (meer) geldig.'),
    },
  ],
  fields: [
    { name: 'naam', label: 'Naam', type: 'text', required: true },
    {
      name: 'rol',
      label: 'Rol',
      type: 'select',
      required: true,
      defaultValue: 'zorgaanbieder',
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      access: { create: beheerderField, update: beheerderField },
      saveToJWT: true,
    },
    {
      name: 'zorgkantoor',
      label: 'Zorgkantoor',
      type: 'relationship',
      relationTo: 'zorgkantoren',
      access: { create: beheerderField, update: beheerderField },
      saveToJWT: true,
      admin: {
        condition: (data) => data?.rol === 'zorgkantoor',
        description: 'Het zorgkantoor waarvoor deze redacteur werkt.',
      },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        siblingData.rol === 'zorgkantoor' && !value
          ? 'Kies het zorgkantoor van deze redacteur.'
          : true,
    },
    {
      name: 'organisaties',
      label: 'Organisaties',
      type: 'relationship',
      relationTo: 'organisaties',
      hasMany: true,
      access: { create: beheerderField, update: beheerderField },
      admin: {
        condition: (data) => data?.rol === 'zorgaanbieder',
        description:
          'De organisaties (NZa-codes / stichtingen) waarvoor deze login gegevens beheert.',
      },
    },
  ],
}
