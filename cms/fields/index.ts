/** Reusable field factories. */
import type { CollectionAdminOptions, DateField, Field, SelectField } from 'payload'
import { DATUM_TIJD_FORMAAT, TIJD_FORMAAT } from '../domain/datum'
import { STATUSES, STATUS_LABELS } from '../domain/workflow'
import { nobody } from '../access'

/** A field stored and shown as a list column, not as a form field (see the component). */
export const NIET_IN_FORMULIER = '/cms/components/shared/NietInFormulier#NietInFormulier'

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
    readOnly: true,
    // Shown once, as the label in the document header (workflowEditComponents), and as a list
    // column; not a second time as a form field.
    components: { Field: NIET_IN_FORMULIER },
  },
})

/**
 * The document header of a workflow collection: the manual's status instead of Payload's
 * draft/published status, and publishing only for the roles that publish (cms/domain/beheermenu.ts).
 */
export const workflowEditComponents: NonNullable<
  NonNullable<CollectionAdminOptions['components']>['edit']
> = {
  Status: '/cms/components/WorkflowStatus#WorkflowStatus',
  PublishButton: '/cms/components/PublishButtonForEditors#PublishButtonForEditors',
  UnpublishButton: '/cms/components/PublishButtonForEditors#UnpublishButtonForEditors',
}

/** A date with time, shown dd-mm-jjjj HH:mm. */
export const datumVeld = (name: string, label: string): DateField => ({
  name,
  label,
  type: 'date',
  admin: {
    date: {
      pickerAppearance: 'dayAndTime',
      displayFormat: DATUM_TIJD_FORMAAT,
      timeFormat: TIJD_FORMAAT,
    },
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
