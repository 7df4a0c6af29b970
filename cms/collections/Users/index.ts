import type { CollectionConfig } from 'payload'
import { sessieIdleSeconden } from '../../domain/sessie'
import { z } from 'zod'
import { beheerderField, userOf } from '../../access'
import { REGELS } from '../../access/regels'
import { loadCmsConfig } from '../../config'
import { ROLES, ROLE_LABELS, isActief, isBeheerder, mayManageLogins } from '../../domain/roles'
import { berichtWachtwoordVergeten } from '../../domain/uitnodiging'
import { forgotPasswordEndpoint, loginEndpoints } from '../../endpoints/logins'
import { endpoint } from '../../http/endpoint'
import { tweestapsEndpoints } from '../../endpoints/tweestaps'
import { fout } from '../../http/responses'
import { loginsInBereik, managersField } from './access'
import { beperkInloggen } from './hooks/beperkInloggen'
import { bewaakLogin, endSessionsOfDeactivated } from './hooks/bewaakLogin'
import { bewaakVerwijderen } from './hooks/bewaakVerwijderen'
import { bewaakWachtwoord } from './hooks/bewaakWachtwoord'
import { naWachtwoordwijziging } from './hooks/naWachtwoordwijziging'
import { pseudonymiseUser } from './hooks/pseudonymiseUser'
import { toonOrganisatiesInBereik } from './hooks/toonOrganisatiesInBereik'
import { vergeefInlogpoging } from './hooks/vergeefInlogpoging'
import { kortLoginAntwoord, startTweedeStap, verbergOpenSessies } from './hooks/tweedeStap'
import { weigerInactief } from './hooks/weigerInactief'

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** A plain-text message as simple HTML (Payload's forgot-password mail is HTML only). */
const alsHtml = (tekst: string) =>
  `<div style="font-family:sans-serif;white-space:pre-wrap">${escapeHtml(tekst).replace(
    /(https?:\/\/[^\s<]+)/g,
    '<a href="$1">$1</a>',
  )}</div>`

const resetLink = (token: string) =>
  `${loadCmsConfig().publicUrl.replace(/\/$/, '')}/admin/reset/${token}`

export const Users: CollectionConfig = {
  slug: 'users',
  typescript: { interface: 'User' },
  labels: { singular: 'Gebruiker', plural: 'Gebruikers' },
  auth: {
    // The admin refreshes the token while the user is active and warns before it expires.
    tokenExpiration: sessieIdleSeconden(process.env),
    // No lock per login: anyone could keep the owner out by failing ten times. The limiter counts
    // per address and per (address, login) instead (beperkInloggen, cms/domain/inlogbeperking.ts).
    maxLoginAttempts: 0,
    // Payload's own forgot-password flow, through our e-mail adapter (ADR 0010), in Dutch.
    forgotPassword: {
      generateEmailSubject: () => berichtWachtwoordVergeten({ naam: '', link: '' }).onderwerp,
      generateEmailHTML: (args) => {
        const user = args?.user as { naam?: string; email?: string } | undefined
        const bericht = berichtWachtwoordVergeten({
          naam: user?.naam || user?.email || 'gebruiker',
          link: resetLink(args?.token ?? ''),
        })
        return alsHtml(bericht.tekst)
      },
    },
  },
  admin: {
    useAsTitle: 'email',
    group: 'Beheer',
    // Seed 004 §3.1: "Op die pagina kunt u zoeken op naam" (and by e-mail address).
    listSearchableFields: ['naam', 'email'],
    defaultColumns: ['email', 'naam', 'rol', 'gebruikersbeheerder', 'actief', 'verwijderen'],
    components: {
      beforeList: ['/cms/components/logins/UitnodigenKnop#UitnodigenKnop'],
    },
  },
  access: {
    read: loginsInBereik,
    create: ({ req }) => isBeheerder(userOf(req)),
    update: loginsInBereik,
    // Refined per login by bewaakVerwijderen (never oneself; only whole logins in scope).
    delete: async (args) => (mayManageLogins(userOf(args.req)) ? loginsInBereik(args) : false),
    // There is no lock per login any more; the route stays closed to all but beheerders.
    unlock: ({ req }) => isBeheerder(userOf(req)),
    admin: ({ req }) => isActief(userOf(req)),
  },
  hooks: {
    beforeOperation: [beperkInloggen],
    beforeChange: [bewaakLogin, bewaakWachtwoord],
    afterChange: [endSessionsOfDeactivated, naWachtwoordwijziging],
    beforeLogin: [weigerInactief],
    afterLogin: [vergeefInlogpoging, startTweedeStap],
    afterOperation: [kortLoginAntwoord],
    afterRead: [verbergOpenSessies],
    // Removing a login removes their name from the audit log and change requests (a pseudonym).
    beforeDelete: [bewaakVerwijderen, pseudonymiseUser],
  },
  endpoints: [
    // E-mail verification is not used; Payload's own route failed with a 500 on any token.
    endpoint({
      path: '/verify/:token',
      method: 'post',
      regel: REGELS.iedereen,
      body: z.object({}).strict(),
      transactie: false,
      handler: async () => fout(404, 'Deze link is niet (meer) geldig.'),
    }),
    ...loginEndpoints,
    forgotPasswordEndpoint,
    ...tweestapsEndpoints,
  ],
  fields: [
    {
      // Asked again to change one's own password or e-mail address (bewaakWachtwoord); never stored.
      name: 'huidigWachtwoord',
      label: 'Huidig wachtwoord',
      type: 'text',
      virtual: true,
      admin: {
        components: { Field: '/cms/components/HuidigWachtwoord#HuidigWachtwoord' },
        condition: (data, _siblingData, { user }) =>
          Boolean(user && data?.id !== undefined && String(user.id) === String(data.id)),
        description: 'Alleen nodig als u uw wachtwoord of e-mailadres wijzigt.',
      },
    },
    { name: 'naam', label: 'Naam', type: 'text', required: true },
    {
      name: 'rol',
      label: 'Rol',
      type: 'select',
      // Empty: no rights (taken away, or deactivated); the login still belongs to its organisations.
      defaultValue: 'zorgaanbieder',
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      // Editors and user administrators hand out the provider role only (the rules check it too).
      // (one's own role stays a valid choice: an editor saving their own name keeps 'zorgkantoor';
      // changing one's own rights is refused by bewaakLogin)
      filterOptions: ({ options, req, data }) => {
        const user = userOf(req)
        if (!user || isBeheerder(user)) return options
        const zelf = data?.id !== undefined && String(data.id) === String(user.id)
        return options.filter((o) => {
          const value = typeof o === 'string' ? o : o.value
          return value === 'zorgaanbieder' || (zelf && value === user.rol)
        })
      },
      access: { create: managersField, update: managersField },
      saveToJWT: true,
      admin: {
        description: 'Leeg: deze login heeft (nu) geen rechten.',
      },
    },
    {
      name: 'gebruikersbeheerder',
      label: 'Gebruikersbeheerder van de organisatie',
      type: 'checkbox',
      defaultValue: false,
      access: { create: managersField, update: managersField },
      saveToJWT: true,
      admin: {
        condition: (data) => data?.rol === 'zorgaanbieder',
        description:
          'Mag de logins van de eigen organisatie(s) beheren: uitnodigen, rechten geven en afnemen, deactiveren en verwijderen.',
      },
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
      access: { create: managersField, update: managersField },
      hooks: { afterRead: [toonOrganisatiesInBereik] },
      admin: {
        condition: (data) => data?.rol !== 'zorgkantoor' && data?.rol !== 'beheerder',
        description:
          'De organisaties (NZa-codes / stichtingen) waarvoor deze login gegevens beheert. U ziet alleen de organisaties die u zelf beheert.',
      },
    },
    {
      name: 'contactpersoon',
      label: 'Contactpersoon voor de Zorgatlas',
      type: 'checkbox',
      defaultValue: false,
      access: { create: managersField, update: managersField },
      admin: { condition: (data) => data?.rol !== 'zorgkantoor' && data?.rol !== 'beheerder' },
    },
    {
      name: 'nieuwsbrief',
      label: 'Ontvangt de nieuwsbrief',
      type: 'checkbox',
      defaultValue: false,
      access: { create: managersField, update: managersField },
    },
    {
      name: 'actief',
      label: 'Actief',
      type: 'checkbox',
      defaultValue: true,
      access: { create: managersField, update: managersField },
      saveToJWT: true,
      admin: {
        description:
          'Uit: alle rechten gaan uit, ook contactpersoon en nieuwsbrief, en deze persoon kan niet meer inloggen. Weer aan: de rechten komen terug.',
        // Switching it off asks "Ja"/"Nee" first and then saves (seed 004 §3.3.1).
        components: { Field: '/cms/components/logins/ActiefVeld#ActiefVeld' },
      },
    },
    {
      // Seed 004 §3.3.2: deactivate first, then delete, after "Ja" (on the login and in the list).
      name: 'verwijderen',
      label: 'Verwijderen',
      type: 'ui',
      admin: {
        components: {
          Field: '/cms/components/logins/LoginVerwijderen#LoginVerwijderenVeld',
          Cell: '/cms/components/logins/LoginVerwijderen#LoginVerwijderenCel',
        },
      },
    },
    {
      // Set only by the two-step set-up and a beheerder's reset (cms/endpoints/tweestaps.ts).
      name: 'tweestaps',
      label: 'Inloggen in twee stappen',
      type: 'checkbox',
      defaultValue: false,
      access: { create: () => false, update: () => false },
      admin: {
        readOnly: true,
        description:
          'Aan: na het wachtwoord vraagt de Zorgatlas een code uit een app op de telefoon.',
      },
    },
    // Bookkeeping, never shown or logged (hidden fields are left out of the audit trail).
    { name: 'vorigeRechten', type: 'json', hidden: true },
    /** the TOTP secret (encrypted), once confirmed; and the one being set up */
    { name: 'tweestapsGeheim', type: 'text', hidden: true },
    { name: 'tweestapsNieuwGeheim', type: 'text', hidden: true },
    /** SHA-256 hashes of the unused recovery codes */
    { name: 'tweestapsHerstelcodes', type: 'json', hidden: true },
    {
      // The sessions (sid) that still need the second step. Not `hidden`: Payload's token check
      // reads the login with overrideAccess but without hidden fields, and verbergOpenSessies
      // needs it there; read access false keeps it out of every other read.
      name: 'tweestapsOpen',
      type: 'json',
      access: { read: () => false, create: () => false, update: () => false },
      admin: { hidden: true },
    },
    /** the last accepted time step: a code works once */
    { name: 'tweestapsLaatsteStap', type: 'number', hidden: true },
  ],
}
