/** Reusable field factories. */
import type { Field, SelectField } from 'payload'
import { STATUSES, STATUS_LABELS } from '../domain/workflow'
import { nobody } from '../access'

/**
 * Workflow status: set by the server only (hooks and workflow endpoints). Its own enum name, because
 * PostgreSQL would otherwise share `enum_<slug>_status` with Payload's `_status` (draft/published).
 */
export const statusField = (slug: string): SelectField => ({
  name: 'status',
  enumName: `enum_${slug.replace(/-/g, '_')}_workflow_status`,
  label: 'Status',
  type: 'select',
  required: true,
  defaultValue: 'nieuw',
  index: true,
  options: STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
  access: { create: nobody as never, update: nobody as never },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description:
      'De status wordt automatisch bijgewerkt. Alleen Definitief is zichtbaar in de Zorgatlas.',
  },
})

export const codeField = (description?: string): Field => ({
  name: 'code',
  label: 'Code',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  admin: { description: description ?? 'Vaste code, bijvoorbeeld voor filters en koppelingen.' },
})

export const contactFields = (): Field[] => [
  {
    type: 'row',
    fields: [
      { name: 'telefoon', label: 'Telefoon', type: 'text', validate: validateTelefoon },
      { name: 'email', label: 'E-mailadres', type: 'email' },
      { name: 'website', label: 'Website', type: 'text', validate: validateWebsite },
    ],
  },
]

export function validateTelefoon(value: unknown): string | true {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string' || !/^\+?[\d\s\-()]{10,20}$/.test(value.trim())) {
    return 'Vul een geldig telefoonnummer in, bijvoorbeeld 088 555 70 67.'
  }
  return true
}

export function validateWebsite(value: unknown): string | true {
  if (value === null || value === undefined || value === '') return true
  try {
    const url = new URL(String(value))
    if (url.protocol === 'https:' || url.protocol === 'http:') return true
  } catch {
    /* fall through */
  }
  return 'Vul een volledig webadres in, beginnend met https://'
}
