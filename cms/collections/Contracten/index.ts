/**
 * Contracts (seed 001, manual §1.2): one status per organisation, zorgkantoor and year.
 * Access: an editor only sees and changes the contracts of their own zorgkantoor, for organisations
 * their zorgkantoor contracts (the organisation's `zorgkantoren`); a beheerder all; a provider
 * reads the contracts of their own organisations (which zorgkantoor contracts them, for which year:
 * it is about them, and the public site shows it too) and changes none; the public reads nothing.
 * Every change is audited (cms/audit AUDITED) and re-indexes the organisation's locations.
 * A contract carried over from the year before is a proposal (`voorstel`) until the zorgkantoor
 * reviews it; the notes (`opmerkingen`) are the zorgkantoor's own, read by nobody else.
 */
import type { Access, CollectionConfig, Where } from 'payload'
import { approversField, GEEN_ENKEL, userOf, workableOrganisatieIds } from '../../access'
import {
  CONTRACT_STATUSSEN,
  CONTRACT_STATUS_LABELS,
  JAAR_MAX,
  JAAR_MIN,
  CONTRACT_MESSAGES,
} from '../../domain/contract'
import { isAanbieder, isBeheerder, isRedacteur, zorgkantoorIdOf } from '../../domain/roles'
import { contractEndpoints } from '../../endpoints/contracten'
import { checkContract } from './hooks/checkContract'
import { markeerBeoordeling } from './hooks/markeerBeoordeling'
import { queueIndexOfContract, queueIndexOfVerwijderdContract } from './hooks/queueIndexOfContract'

const NERGENS: Where = GEEN_ENKEL

/** The contracts a login may work on (editor, beheerder) as a Where, or a boolean. */
const eigenContracten: Access = async ({ req }): Promise<boolean | Where> => {
  const user = userOf(req)
  if (isBeheerder(user)) return true
  if (!isRedacteur(user)) return false
  const zk = zorgkantoorIdOf(user)
  const ids = await workableOrganisatieIds(req)
  if (!zk || ids === 'all') return Boolean(zk)
  return {
    and: [{ zorgkantoor: { equals: zk } }, ids.length ? { organisatie: { in: ids } } : GEEN_ENKEL],
  }
}

const leesContracten: Access = async (args) => {
  const user = userOf(args.req)
  if (isAanbieder(user)) {
    const ids = await workableOrganisatieIds(args.req)
    return ids === 'all' ? true : ids.length ? { organisatie: { in: ids } } : NERGENS
  }
  return eigenContracten(args)
}

export const Contracten: CollectionConfig = {
  slug: 'contracten',
  typescript: { interface: 'Contract' },
  labels: { singular: 'Contract', plural: 'Contracten' },
  admin: {
    useAsTitle: 'omschrijving',
    defaultColumns: ['organisatie', 'zorgkantoor', 'jaar', 'status', 'voorstel'],
    description:
      'Per organisatie, zorgkantoor en jaar de contractstatus. Welke zorgkantoren een organisatie beheren, staat bij de organisatie (Zorgkantoren).',
    group: 'Zorgaanbod',
  },
  access: {
    read: leesContracten,
    create: ({ req }) => isBeheerder(userOf(req)) || isRedacteur(userOf(req)),
    update: eigenContracten,
    delete: eigenContracten,
  },
  indexes: [{ fields: ['organisatie', 'zorgkantoor', 'jaar'], unique: true }],
  endpoints: contractEndpoints,
  hooks: {
    beforeOperation: [markeerBeoordeling],
    beforeChange: [checkContract],
    afterChange: [queueIndexOfContract],
    afterDelete: [queueIndexOfVerwijderdContract],
  },
  fields: [
    {
      name: 'organisatie',
      label: 'Organisatie',
      type: 'relationship',
      relationTo: 'organisaties',
      required: true,
      index: true,
    },
    {
      name: 'zorgkantoor',
      label: 'Zorgkantoor',
      type: 'relationship',
      relationTo: 'zorgkantoren',
      required: true,
      index: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'jaar',
          label: 'Jaar',
          type: 'number',
          required: true,
          index: true,
          validate: (value: unknown) =>
            Number.isInteger(value) &&
            (value as number) >= JAAR_MIN &&
            (value as number) <= JAAR_MAX
              ? true
              : CONTRACT_MESSAGES.jaar,
        },
        {
          name: 'status',
          label: 'Contractstatus',
          type: 'select',
          required: true,
          defaultValue: 'in-onderhandeling',
          options: CONTRACT_STATUSSEN.map((value) => ({
            value,
            label: CONTRACT_STATUS_LABELS[value],
          })),
        },
      ],
    },
    {
      // Set by "Jaar {n} vullen vanuit {n-1}" (cms/workflow/contracten.ts); cleared by the review:
      // any status the zorgkantoor sets, or unticking it (checkContract). Never set by hand.
      name: 'voorstel',
      label: 'Voorstel: overgenomen uit het jaar ervoor, nog te controleren',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: {
        description:
          'Controleer de status. Zet u een status of haalt u dit vinkje weg, dan is het contract vastgesteld.',
      },
    },
    {
      // Seed 001: "voor eigen gebruik en worden nergens getoond". Only editors (of this contract's
      // zorgkantoor: collection access) and beheerders read it; never in the audit trail's values
      // (custom.vertrouwelijk), never in the public document (search-indexer reads no notes).
      name: 'opmerkingen',
      label: 'Opmerkingen (alleen voor uw zorgkantoor)',
      type: 'textarea',
      maxLength: 2000,
      access: { read: approversField, create: approversField, update: approversField },
      custom: { vertrouwelijk: true },
      admin: {
        description:
          'Aantekeningen voor eigen gebruik. Zorgaanbieders, andere zorgkantoren en bezoekers van de Zorgatlas zien ze niet.',
      },
    },
    {
      // For lists and the audit trail: "Stichting X – CZ zorgkantoor – 2026" (set by checkContract).
      name: 'omschrijving',
      label: 'Omschrijving',
      type: 'text',
      admin: { readOnly: true, hidden: true },
    },
  ],
}
