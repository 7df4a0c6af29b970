/**
 * A collection's fields as the review desk and the audit log compare them (cms/domain/verschillen.ts):
 * nested groups and named tabs flattened into paths with labels the editor knows. Pure.
 *
 * Left out: interface-only fields (`ui`), hidden and derived bookkeeping fields, the workflow
 * status (it is the request itself), and everything secret (passwords, tokens, sessions).
 */
import type { Field, Option } from 'payload'
import type { VeldBeschrijving, VeldSoort } from './verschillen'

/** Never compared or logged, whatever the collection. */
export const VERBORGEN_VELDEN = new Set([
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  'status',
  'password',
  'confirm-password',
  'hash',
  'salt',
  'sessions',
  'resetPasswordToken',
  'resetPasswordExpiration',
  '_verificationToken',
  '_verified',
  'loginAttempts',
  'lockUntil',
  'huidigWachtwoord',
  'tweestapsOpen',
  'apiKey',
  'apiKeyIndex',
  'enableAPIKey',
])

type LabelValue = unknown

/** A Payload label (text, per-language record, or function) as Dutch text. */
export function labelTekst(label: LabelValue, fallback: string): string {
  if (typeof label === 'string' && label) return label
  if (label && typeof label === 'object') {
    const record = label as Record<string, unknown>
    const tekst = record.nl ?? Object.values(record)[0]
    if (typeof tekst === 'string' && tekst) return tekst
  }
  return fallback
}

const optiesVan = (options: readonly Option[] | undefined): Record<string, string> => {
  const result: Record<string, string> = {}
  for (const option of options ?? []) {
    if (typeof option === 'string') result[option] = option
    else result[String(option.value)] = labelTekst(option.label, String(option.value))
  }
  return result
}

const isVerborgen = (field: Field): boolean => {
  const f = field as { hidden?: boolean; admin?: { hidden?: boolean; disabled?: boolean } }
  return f.hidden === true || f.admin?.hidden === true || f.admin?.disabled === true
}

const join = (prefix: string, name: string) => (prefix ? `${prefix}.${name}` : name)
const joinLabel = (prefix: string, label: string) => (prefix ? `${prefix} › ${label}` : label)

export function beschrijfVelden(
  fields: readonly Field[],
  pad = '',
  labelPad = '',
): VeldBeschrijving[] {
  const result: VeldBeschrijving[] = []
  for (const field of fields) {
    if (field.type === 'ui' || field.type === 'join') continue
    if (isVerborgen(field)) continue
    if (field.type === 'row' || field.type === 'collapsible') {
      result.push(...beschrijfVelden(field.fields, pad, labelPad))
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          const label = labelTekst(tab.label, tab.name)
          result.push(
            ...beschrijfVelden(tab.fields, join(pad, tab.name), joinLabel(labelPad, label)),
          )
        } else {
          result.push(...beschrijfVelden(tab.fields, pad, labelPad))
        }
      }
      continue
    }
    if (field.type === 'group') {
      if ('name' in field && field.name) {
        const label = labelTekst(field.label, field.name)
        result.push(
          ...beschrijfVelden(field.fields, join(pad, field.name), joinLabel(labelPad, label)),
        )
      } else {
        result.push(...beschrijfVelden(field.fields, pad, labelPad))
      }
      continue
    }
    if (!('name' in field) || !field.name || VERBORGEN_VELDEN.has(field.name)) continue
    const label = joinLabel(labelPad, labelTekst('label' in field ? field.label : null, field.name))
    const base = { pad: join(pad, field.name), label }
    const soort = ((): VeldSoort => {
      // A field may say how it is shown (e.g. a YouTube video id), whatever its storage type.
      const eigen = (field as { custom?: { verschilSoort?: VeldSoort } }).custom?.verschilSoort
      if (eigen) return eigen
      switch (field.type) {
        case 'number':
          return 'getal'
        case 'checkbox':
          return 'janee'
        case 'select':
        case 'radio':
          return 'keuze'
        case 'relationship':
          return 'relatie'
        case 'upload':
          return 'foto'
        case 'array':
          return 'rijen'
        case 'richText':
          return 'rijketekst'
        case 'date':
          return 'datum'
        case 'json':
        case 'blocks':
        case 'point':
          return 'json'
        default:
          return 'tekst'
      }
    })()
    const beschrijving: VeldBeschrijving = { ...base, soort }
    if (field.type === 'select' || field.type === 'radio') {
      beschrijving.opties = optiesVan(field.options)
      if (field.type === 'select' && field.hasMany) beschrijving.meerdere = true
    }
    if (field.type === 'relationship' || field.type === 'upload') {
      if (typeof field.relationTo === 'string') beschrijving.relatieNaar = field.relationTo
      if (field.hasMany) beschrijving.meerdere = true
    }
    if (field.type === 'text' && 'hasMany' in field && field.hasMany) beschrijving.meerdere = true
    if (field.type === 'array') beschrijving.rijVelden = beschrijfVelden(field.fields)
    if ((field.custom as { vertrouwelijk?: boolean } | undefined)?.vertrouwelijk) {
      beschrijving.vertrouwelijk = true
    }
    result.push(beschrijving)
  }
  return result
}
