/**
 * Malformed input, caught before Payload or a database sees it: wrong types are refused, never
 * coerced, and every refusal names the field in Dutch. Pure functions over Payload's field config;
 * the hook `rejectMalformedInput` runs them for every collection operation.
 *
 * What Payload does not check on its own (measured): a number where text is expected reaches our
 * hooks as a number; ids of the wrong shape reach the database as NaN; an unknown relationship id
 * fails on the foreign key; JSON 20,000 levels deep overflows the stack in `deepCopyObjectSimple`;
 * a where clause with an object as value, an unparseable date or `near` on a text field fails in
 * the SQL adapter. All of those answered 500.
 */
import type { Field } from 'payload'

export interface InputIssue {
  /** dot path of the field, e.g. `bezoekadres.postcode` ('' for the whole body) */
  path: string
  /** Dutch message that names the field */
  message: string
}

/** Ids as the database stores them: numbers on SQL adapters, ObjectIds on MongoDB. */
export type IdKind = 'number' | 'objectid'

/** A relationship id mentioned in the input, to check that it exists. */
export interface Ref {
  slug: string
  id: string
  path: string
  label: string
}

/** Deeper than any of our documents or queries; well under what recursive code can handle. */
export const MAX_DEPTH = 32

/** Does the value nest objects/arrays deeper than `max`? Iterative, so it cannot overflow. */
export function tooDeep(value: unknown, max = MAX_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]]
  while (stack.length) {
    const [current, depth] = stack.pop()!
    if (current === null || typeof current !== 'object') continue
    if (depth >= max) return true
    for (const child of Object.values(current)) stack.push([child, depth + 1])
  }
  return false
}

/** A MongoDB ObjectId instance, as Payload's own calls pass it on that adapter. */
const isObjectIdInstance = (v: unknown): v is { toHexString: () => string } =>
  v !== null &&
  typeof v === 'object' &&
  typeof (v as { toHexString?: unknown }).toHexString === 'function'

export function isValidId(value: unknown, kind: IdKind): boolean {
  if (isObjectIdInstance(value)) return kind === 'objectid'
  if (typeof value === 'number')
    return kind === 'number' && Number.isSafeInteger(value) && value > 0
  if (typeof value !== 'string') return false
  return kind === 'number'
    ? /^[1-9]\d{0,15}$/.test(value) && Number.isSafeInteger(Number(value))
    : /^[a-f0-9]{24}$/i.test(value)
}

type Labelled = { name?: string; label?: unknown }
const labelOf = (field: Labelled): string =>
  typeof field.label === 'string' && field.label ? field.label : String(field.name ?? 'veld')

/** An object as JSON gives it (not a Date, an ObjectId or an array). */
const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false
  const proto = Object.getPrototypeOf(v) as unknown
  return proto === Object.prototype || proto === null
}

const M = {
  object: (l: string) => `"${l}" moet een groep velden zijn, geen losse waarde.`,
  text: (l: string) => `"${l}" moet tekst zijn.`,
  number: (l: string) => `"${l}" moet een getal zijn.`,
  checkbox: (l: string) => `"${l}" moet aan of uit zijn (true of false).`,
  choice: (l: string) => `"${l}" heeft een keuze die niet bestaat.`,
  list: (l: string) => `"${l}" moet een lijst zijn.`,
  date: (l: string) => `"${l}" moet een datum zijn, bijvoorbeeld 2026-12-31.`,
  point: (l: string) => `"${l}" moet een kaartpunt zijn: [lengtegraad, breedtegraad].`,
  id: (l: string) => `"${l}" verwijst niet naar een geldig item.`,
  missing: (l: string, id: string) => `"${l}" verwijst naar een item dat niet bestaat (id ${id}).`,
  body: 'De gegevens moeten een object met velden zijn.',
  noBody: 'De gegevens ontbreken of zijn geen geldige JSON.',
  deep: 'De gegevens zijn te diep genest.',
  operator: (p: string, op: string) => `Zoeken op "${p}" met "${op}" kan niet.`,
  value: (p: string) => `De zoekwaarde voor "${p}" heeft een verkeerde vorm.`,
  where: 'De zoekopdracht (where) heeft een verkeerde vorm.',
} as const

const join = (prefix: string, name: string) => (prefix ? `${prefix}.${name}` : name)

interface DataContext {
  idKind: IdKind
  issues: InputIssue[]
  refs: Ref[]
}

function checkRelation(
  field: Labelled & { relationTo: string | string[] },
  value: unknown,
  path: string,
  ctx: DataContext,
) {
  const label = labelOf(field)
  if (Array.isArray(field.relationTo)) {
    if (
      !isPlainObject(value) ||
      typeof value.relationTo !== 'string' ||
      !field.relationTo.includes(value.relationTo)
    ) {
      ctx.issues.push({ path, message: M.id(label) })
      return
    }
    const id = isPlainObject(value.value) ? value.value.id : value.value
    if (!isValidId(id, ctx.idKind)) ctx.issues.push({ path, message: M.id(label) })
    else ctx.refs.push({ slug: value.relationTo, id: String(id), path, label })
    return
  }
  // A populated document (as the admin may send back) counts by its id.
  const id = isPlainObject(value) ? value.id : value
  if (!isValidId(id, ctx.idKind)) ctx.issues.push({ path, message: M.id(label) })
  else ctx.refs.push({ slug: field.relationTo, id: String(id), path, label })
}

/** One value against one data field. */
function checkValue(field: Field, value: unknown, path: string, ctx: DataContext): void {
  if (value === undefined || value === null) return // required-ness is Payload's own validation
  const label = labelOf(field as Labelled)
  const issue = (p: string, message: string): void => {
    ctx.issues.push({ path: p, message })
  }
  const many = 'hasMany' in field && field.hasMany === true
  /** Checks a single value, or each value of a hasMany list. */
  const oneOrEach = (check: (v: unknown, p: string) => void): void => {
    if (!many) return check(value, path)
    if (!Array.isArray(value)) return issue(path, M.list(label))
    value.forEach((v, i) => check(v, `${path}.${i}`))
  }
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return oneOrEach((v, p) => {
        if (typeof v !== 'string') issue(p, M.text(label))
      })
    case 'number':
      return oneOrEach((v, p) => {
        if (!(typeof v === 'number' && Number.isFinite(v))) issue(p, M.number(label))
      })
    case 'checkbox':
      if (typeof value !== 'boolean') issue(path, M.checkbox(label))
      return
    case 'select':
    case 'radio': {
      const allowed = new Set(
        field.options.map((o) => (typeof o === 'string' ? o : String(o.value))),
      )
      return oneOrEach((v, p) => {
        if (typeof v !== 'string' || !allowed.has(v)) issue(p, M.choice(label))
      })
    }
    case 'date':
      if (
        !(value instanceof Date) &&
        !(typeof value === 'string' && !Number.isNaN(Date.parse(value)))
      )
        issue(path, M.date(label))
      return
    case 'point':
      if (
        !Array.isArray(value) ||
        value.length !== 2 ||
        !value.every((n) => typeof n === 'number' && Number.isFinite(n))
      )
        issue(path, M.point(label))
      return
    case 'relationship':
    case 'upload':
      return oneOrEach((v, p) => checkRelation(field, v, p, ctx))
    case 'group':
      if (!isPlainObject(value)) return issue(path, M.object(label))
      return checkFields(field.fields, value, path, ctx)
    case 'array':
      if (!Array.isArray(value)) return issue(path, M.list(label))
      value.forEach((row, i) => {
        if (!isPlainObject(row)) issue(`${path}.${i}`, M.object(label))
        else checkFields(field.fields, row, `${path}.${i}`, ctx)
      })
      return
    case 'blocks':
      if (!Array.isArray(value)) return issue(path, M.list(label))
      value.forEach((row, i) => {
        const block = isPlainObject(row)
          ? field.blocks.find((b) => b.slug === row.blockType)
          : undefined
        if (!block || !isPlainObject(row)) issue(`${path}.${i}`, M.object(label))
        else checkFields(block.fields, row, `${path}.${i}`, ctx)
      })
      return
    case 'richText':
      if (!isPlainObject(value)) issue(path, M.object(label))
      return
    default:
      return // json (depth is checked as a whole), join and ui carry no input to check
  }
}

/** All fields at one level of the data, following rows, collapsibles, unnamed groups and tabs. */
function checkFields(
  fields: Field[],
  data: Record<string, unknown>,
  prefix: string,
  ctx: DataContext,
): void {
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      checkFields(field.fields, data, prefix, ctx)
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          const value = data[tab.name]
          const path = join(prefix, tab.name)
          if (value === undefined || value === null) continue
          if (!isPlainObject(value)) ctx.issues.push({ path, message: M.object(labelOf(tab)) })
          else checkFields(tab.fields, value, path, ctx)
        } else {
          checkFields(tab.fields, data, prefix, ctx)
        }
      }
    } else if (field.type === 'group' && !('name' in field && field.name)) {
      checkFields(field.fields, data, prefix, ctx)
    } else if ('name' in field && field.name) {
      if (Object.hasOwn(data, field.name)) {
        checkValue(field, data[field.name], join(prefix, field.name), ctx)
      }
    }
  }
}

/**
 * Problems with a create/update body: shape and types per field, and the relationship ids it
 * mentions (returned in `refs`, so the caller can check they exist).
 */
export function dataIssues(
  fields: Field[],
  data: unknown,
  idKind: IdKind,
): { issues: InputIssue[]; refs: Ref[] } {
  const ctx: DataContext = { idKind, issues: [], refs: [] }
  if (data === undefined) return ctx
  if (!isPlainObject(data)) ctx.issues.push({ path: '', message: M.body })
  else if (tooDeep(data)) ctx.issues.push({ path: '', message: M.deep })
  else checkFields(fields, data, '', ctx)
  return ctx
}

/**
 * Fields that Payload fills in itself from the request, whatever the input says (a beforeValidate
 * hook of its own): there is nothing to refuse. Payload's preference calls pass the user as
 * `{ collection, value }`, which is not the shape of a relationship value, and the list view
 * (which saves the columns and sort as a preference) failed on every visit.
 */
export const SET_BY_PAYLOAD: Readonly<Record<string, readonly string[]>> = {
  'payload-preferences': ['user'],
}

/** The fields of a collection whose input is checked: all but those Payload sets itself. */
export function checkedFields(slug: string, fields: Field[]): Field[] {
  const skip = SET_BY_PAYLOAD[slug]
  if (!skip) return fields
  return fields.filter((f) => !('name' in f && f.name && skip.includes(f.name)))
}

// ---------------------------------------------------------------------------------------------
// where
// ---------------------------------------------------------------------------------------------

const OPERATORS = new Set([
  'equals',
  'contains',
  'not_equals',
  'in',
  'all',
  'not_in',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'within',
  'intersects',
  'near',
])
const GEO = new Set(['near', 'within', 'intersects'])
const LISTS = new Set(['in', 'not_in', 'all'])
const COMPARE = new Set(['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])

/** Values a where clause compares with; Payload's own calls pass Dates (and ObjectIds on MongoDB). */
type Scalar = string | number | boolean | null | Date | { toHexString: () => string }
const isScalar = (v: unknown): v is Scalar =>
  v === null ||
  ['string', 'number', 'boolean'].includes(typeof v) ||
  v instanceof Date ||
  isObjectIdInstance(v)

/** What a where path points at, as far as the value check needs to know. */
export type PathKind = 'id' | 'number' | 'date' | 'checkbox' | 'point' | 'text' | 'unknown'

/** Resolves a where path to the kind of its field; relation traversals need other collections. */
export type PathResolver = (path: string) => PathKind

/** A resolver over one collection's fields, following groups, tabs and relationships. */
export function pathResolver(
  fields: Field[],
  fieldsOf: (slug: string) => Field[] | undefined,
): PathResolver {
  const kindOf = (field: Field): PathKind => {
    switch (field.type) {
      case 'relationship':
      case 'upload':
        return 'id'
      case 'number':
        return 'number'
      case 'date':
        return 'date'
      case 'checkbox':
        return 'checkbox'
      case 'point':
        return 'point'
      case 'text':
      case 'textarea':
      case 'email':
      case 'code':
      case 'select':
      case 'radio':
        return 'text'
      default:
        return 'unknown'
    }
  }
  const find = (list: Field[], name: string): Field | undefined => {
    for (const field of list) {
      if ('name' in field && field.name === name) return field
      if (field.type === 'row' || field.type === 'collapsible') {
        const f = find(field.fields, name)
        if (f) return f
      } else if (field.type === 'group' && !('name' in field && field.name)) {
        const f = find(field.fields, name)
        if (f) return f
      } else if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          if ('name' in tab && tab.name === name)
            return { type: 'group', name, fields: tab.fields } as Field
          if (!('name' in tab && tab.name)) {
            const f = find(tab.fields, name)
            if (f) return f
          }
        }
      }
    }
    return undefined
  }
  const resolve = (list: Field[], parts: string[]): PathKind => {
    const [head, ...rest] = parts
    if (head === undefined) return 'unknown'
    if (head === 'id') return rest.length ? 'unknown' : 'id'
    if (head === 'createdAt' || head === 'updatedAt') return rest.length ? 'unknown' : 'date'
    const field = find(list, head)
    if (!field) return 'unknown'
    if (!rest.length) return kindOf(field)
    if (field.type === 'group' || field.type === 'array') return resolve(field.fields, rest)
    if (
      (field.type === 'relationship' || field.type === 'upload') &&
      typeof field.relationTo === 'string'
    ) {
      const related = fieldsOf(field.relationTo)
      return related ? resolve(related, rest) : 'unknown'
    }
    return 'unknown'
  }
  return (path) => {
    const parts = path.split('.')
    // Versions are queried as `version.<field>`; `parent` is the document's id.
    if (parts[0] === 'parent' && parts.length === 1) return 'id'
    if (parts[0] === 'version') return resolve(fields, parts.slice(1))
    return resolve(fields, parts)
  }
}

const asList = (v: unknown): unknown[] | null =>
  Array.isArray(v)
    ? v
    : typeof v === 'string'
      ? v.split(',')
      : isPlainObject(v) && Object.keys(v).every((k) => /^\d+$/.test(k))
        ? Object.values(v)
        : null

function valueFits(kind: PathKind, operator: string, value: unknown, idKind: IdKind): boolean {
  if (operator === 'exists')
    return value === true || value === false || value === 'true' || value === 'false'
  if (GEO.has(operator)) {
    if (kind !== 'point') return false
    return operator === 'near'
      ? typeof value === 'string' || Array.isArray(value)
      : isPlainObject(value)
  }
  if (LISTS.has(operator)) {
    const list = asList(value)
    return list !== null && list.every((v) => isScalar(v) && scalarFits(kind, v, idKind))
  }
  if (!isScalar(value)) return false
  if (operator === 'like' || operator === 'not_like' || operator === 'contains')
    return typeof value === 'string' || typeof value === 'number'
  if (COMPARE.has(operator) && kind === 'checkbox') return false
  return scalarFits(kind, value, idKind)
}

function scalarFits(kind: PathKind, value: Scalar, idKind: IdKind): boolean {
  if (value === null) return true
  if (value instanceof Date)
    return (kind === 'date' || kind === 'unknown') && !Number.isNaN(value.getTime())
  if (isObjectIdInstance(value))
    return kind === 'id' || kind === 'unknown' ? idKind === 'objectid' : false
  if (value === '') return kind === 'text' || kind === 'unknown'
  switch (kind) {
    case 'id':
      return isValidId(value, idKind)
    case 'number':
      return Number.isFinite(Number(value)) && typeof value !== 'boolean'
    case 'date':
      return typeof value !== 'boolean' && !Number.isNaN(new Date(value).getTime())
    case 'checkbox':
      return value === true || value === false || value === 'true' || value === 'false'
    default:
      return true
  }
}

/**
 * Problems with a where clause (from the query string or the Local API). `all` works only on
 * MongoDB (Payload's documentation); the SQL adapters fail on it.
 */
export function whereIssues(
  where: unknown,
  resolve: PathResolver,
  idKind: IdKind,
  options: { allOperator?: boolean } = {},
): InputIssue[] {
  if (where === undefined || where === null) return []
  if (!isPlainObject(where) || tooDeep(where)) return [{ path: 'where', message: M.where }]
  const issues: InputIssue[] = []
  const visit = (clause: unknown) => {
    if (!isPlainObject(clause)) {
      issues.push({ path: 'where', message: M.where })
      return
    }
    for (const [key, condition] of Object.entries(clause)) {
      if (key === 'and' || key === 'or') {
        const list = asList(condition)
        if (!list) issues.push({ path: 'where', message: M.where })
        else list.forEach(visit)
        continue
      }
      if (!isPlainObject(condition)) {
        issues.push({ path: key, message: M.value(key) })
        continue
      }
      const kind = resolve(key)
      for (const [operator, value] of Object.entries(condition)) {
        if (
          !OPERATORS.has(operator) ||
          (GEO.has(operator) && kind !== 'point') ||
          (operator === 'all' && !options.allOperator)
        ) {
          issues.push({ path: key, message: M.operator(key, operator) })
        } else if (!valueFits(kind, operator, value, idKind)) {
          issues.push({ path: key, message: M.value(key) })
        }
      }
    }
  }
  visit(where)
  return issues
}

export const MALFORMED_MESSAGES = M

// ---------------------------------------------------------------------------------------------
// the address: path and query string
// ---------------------------------------------------------------------------------------------

/** Can every segment of this (still encoded) path be decoded? `%C0%AF` is not UTF-8. */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

export const ADRES_MESSAGES = {
  pad: 'Het adres bevat tekens die niet kloppen (geen geldige UTF-8).',
  teLang: 'Het adres is te lang. Zoek met minder of kortere voorwaarden.',
  dubbel: (p: string) => `"${p}" mag maar één keer in het adres staan.`,
  geheel: (p: string, max: number) => `"${p}" moet een geheel getal van 0 tot en met ${max} zijn.`,
  pagina: (p: string, max: number) => `"${p}" moet een geheel getal van 1 tot en met ${max} zijn.`,
  janee: (p: string) => `"${p}" moet true of false zijn.`,
  sort: (p: string) =>
    `"${p}" moet een veldnaam zijn, of meer veldnamen met komma's ertussen (met - ervoor: aflopend).`,
  taal: (p: string) => `"${p}" moet een korte taalcode zijn, bijvoorbeeld nl.`,
  json: (p: string) => `"${p}" moet een groep voorwaarden zijn, bijvoorbeeld ${p}[naam][equals]=….`,
  tekst: (p: string) => `"${p}" is te lang.`,
} as const

/** Longest query string a REST call may have; the admin's longest lists stay far below it. */
export const MAX_QUERY_CHARS = 8 * 1024
/** Payload's own depth limit (`maxDepth`, default 10). */
export const MAX_DEPTH_PARAM = 10
/** More per page than any screen of ours asks for (the admin's longest lists: 1000). */
export const MAX_LIMIT = 10_000
export const MAX_PAGE = 1_000_000

/** Parameters Payload reads as one value: given twice, they failed or one silently won. */
const ENKELVOUDIG = [
  'depth',
  'limit',
  'page',
  'sort',
  'locale',
  'fallback-locale',
  'fallbackLocale',
  'draft',
  'trash',
  'pagination',
  'autosave',
  'overrideLock',
  'flattenLocales',
  'publishAllLocales',
  'unpublishAllLocales',
  'publishSpecificLocale',
  'where',
  'select',
  'populate',
  'joins',
  'data',
] as const
const JA_NEE = new Set([
  'draft',
  'trash',
  'pagination',
  'autosave',
  'overrideLock',
  'flattenLocales',
  'publishAllLocales',
  'unpublishAllLocales',
])
/** Parameters Payload reads as an object; as plain text they went to JSON.parse (a 500). */
const OBJECTEN = new Set(['where', 'select', 'populate', 'joins', 'data'])

const isObjectJson = (text: string): boolean => {
  try {
    return isPlainObject(JSON.parse(text))
  } catch {
    return false
  }
}

/**
 * Problems with the query string of a REST call, before Payload parses it: a standard parameter
 * given twice, a number or boolean that is not one, a where/select/populate/joins/data that is
 * plain text but no JSON object, a query string that is too long. The clauses inside `where` are
 * checked by `whereIssues` (the hook), on what Payload made of them.
 */
export function queryIssues(search: string): { status: 400 | 414; issues: InputIssue[] } {
  const raw = search.startsWith('?') ? search.slice(1) : search
  if (raw.length > MAX_QUERY_CHARS) {
    return { status: 414, issues: [{ path: '', message: ADRES_MESSAGES.teLang }] }
  }
  const params = new URLSearchParams(raw)
  const issues: InputIssue[] = []
  const add = (path: string, message: string) => {
    if (!issues.some((i) => i.path === path)) issues.push({ path, message })
  }
  for (const name of ENKELVOUDIG) {
    const values = params.getAll(name)
    if (values.length === 0) continue
    // `where=…` next to `where[…]=…`: also two values for one parameter
    const bracketed = [...params.keys()].some((k) => k.startsWith(`${name}[`))
    if (values.length > 1 || bracketed) {
      add(name, ADRES_MESSAGES.dubbel(name))
      continue
    }
    const value = values[0]!
    if (value === '') continue // as if not given
    if (name === 'depth' && !(/^\d{1,2}$/.test(value) && Number(value) <= MAX_DEPTH_PARAM))
      add(name, ADRES_MESSAGES.geheel(name, MAX_DEPTH_PARAM))
    else if (name === 'limit' && !(/^\d{1,5}$/.test(value) && Number(value) <= MAX_LIMIT))
      add(name, ADRES_MESSAGES.geheel(name, MAX_LIMIT))
    else if (name === 'page' && !(/^[1-9]\d{0,6}$/.test(value) && Number(value) <= MAX_PAGE))
      add(name, ADRES_MESSAGES.pagina(name, MAX_PAGE))
    else if (JA_NEE.has(name) && value !== 'true' && value !== 'false')
      add(name, ADRES_MESSAGES.janee(name))
    else if (
      name === 'sort' &&
      !/^-?[A-Za-z_][\w.]{0,99}(,-?[A-Za-z_][\w.]{0,99}){0,9}$/.test(value)
    )
      add(name, ADRES_MESSAGES.sort(name))
    else if (
      (name === 'locale' || name === 'fallback-locale' || name === 'fallbackLocale') &&
      // the admin itself sends `fallback-locale=null`; Payload knows `all` and `*`
      !/^[\w*-]{1,35}$/.test(value)
    )
      add(name, ADRES_MESSAGES.taal(name))
    else if (OBJECTEN.has(name) && !isObjectJson(value)) add(name, ADRES_MESSAGES.json(name))
    else if (name === 'publishSpecificLocale' && value.length > 20)
      add(name, ADRES_MESSAGES.tekst(name))
  }
  return { status: 400, issues }
}
