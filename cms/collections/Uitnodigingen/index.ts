import type { CollectionConfig } from 'payload'
import { beheerderOnly, nobody } from '../../access'
import { UITNODIGING_STATUSSEN, UITNODIGING_STATUS_LABELS } from '../../domain/uitnodiging'
import { uitnodigingEndpoints } from '../../endpoints/logins'
import { datumVeld } from '../../fields'
import { readUitnodigingen } from './access'
import { toonOrganisatiesInBereik, toonStatus } from './hooks/toonUitnodigingVelden'

const vast = { readOnly: true }

/**
 * Invitations (manual §1.2, §1.3): one per `POST /api/users/uitnodigen`, whoever owns the address,
 * so the inviter sees a new address and an existing login alike — as an open invitation, not as a
 * login, until it is accepted (or the password set), refused or expired. Only what the inviter
 * chose and what happened is kept; never whether the address had a login.
 */
export const Uitnodigingen: CollectionConfig = {
  slug: 'uitnodigingen',
  typescript: { interface: 'Uitnodiging' },
  labels: { singular: 'Uitnodiging', plural: 'Uitnodigingen' },
  admin: {
    useAsTitle: 'email',
    group: 'Beheer',
    defaultColumns: ['email', 'naam', 'organisaties', 'status', 'geldigTot', 'uitgenodigdDoorNaam'],
    description:
      'Wie u heeft uitgenodigd. Een uitnodiging staat open tot de persoon haar accepteert of weigert, of tot ze na 72 uur verloopt. Pas na het accepteren staat de persoon bij Gebruikers.',
  },
  access: {
    read: readUitnodigingen,
    create: nobody,
    update: nobody,
    delete: beheerderOnly,
  },
  disableDuplicate: true,
  endpoints: uitnodigingEndpoints,
  fields: [
    {
      name: 'email',
      label: 'E-mailadres',
      type: 'email',
      required: true,
      index: true,
      admin: vast,
    },
    {
      name: 'naam',
      label: 'Naam',
      type: 'text',
      admin: { ...vast, description: 'De naam die de uitnodiger opgaf.' },
    },
    {
      name: 'organisaties',
      label: 'Organisaties',
      type: 'relationship',
      relationTo: 'organisaties',
      hasMany: true,
      required: true,
      hooks: { afterRead: [toonOrganisatiesInBereik] },
      admin: vast,
    },
    {
      name: 'gebruikersbeheerder',
      label: 'Als gebruikersbeheerder',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        ...vast,
        description:
          'Geldt voor een nieuwe login. Een bestaande login krijgt dit recht niet via een uitnodiging.',
      },
    },
    {
      name: 'status',
      label: 'Status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      options: UITNODIGING_STATUSSEN.map((value) => ({
        value,
        label: UITNODIGING_STATUS_LABELS[value],
      })),
      hooks: { afterRead: [toonStatus] },
      admin: vast,
    },
    {
      ...datumVeld('geldigTot', 'Geldig tot'),
      required: true,
      admin: { ...datumVeld('geldigTot', 'Geldig tot').admin, readOnly: true },
    },
    {
      // The name when invited, as the invitee reads it (logins are not readable for other logins).
      name: 'uitgenodigdDoorNaam',
      label: 'Uitgenodigd door',
      type: 'text',
      admin: vast,
    },
    {
      name: 'uitgenodigdDoor',
      label: 'Uitgenodigd door (login)',
      type: 'relationship',
      relationTo: 'users',
      admin: { ...vast, hidden: true, disableListColumn: true },
    },
    // Only a SHA-256 hash of the link's token: a copy of the database accepts nothing.
    { name: 'tokenHash', type: 'text', hidden: true, index: true, access: { read: () => false } },
  ],
}
