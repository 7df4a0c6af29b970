import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import {
  ADRES_MESSAGES,
  checkedFields,
  isDecodablePath,
  queryIssues,
  dataIssues,
  isValidId,
  pathResolver,
  tooDeep,
  whereIssues,
} from '../../../cms/validation/malformed-input'

const fields: Field[] = [
  { name: 'naam', label: 'Naam', type: 'text' },
  { name: 'aantal', label: 'Aantal', type: 'number' },
  { name: 'actief', label: 'Actief', type: 'checkbox' },
  { name: 'soort', label: 'Soort', type: 'select', options: ['a', { label: 'B', value: 'b' }] },
  { name: 'tags', label: 'Tags', type: 'select', hasMany: true, options: ['x', 'y'] },
  { name: 'organisatie', label: 'Organisatie', type: 'relationship', relationTo: 'organisaties' },
  { name: 'fotos', label: 'Foto’s', type: 'upload', relationTo: 'media', hasMany: true },
  { name: 'op', label: 'Op', type: 'date' },
  {
    name: 'adres',
    label: 'Adres',
    type: 'group',
    fields: [{ type: 'row', fields: [{ name: 'postcode', label: 'Postcode', type: 'text' }] }],
  },
  {
    type: 'tabs',
    tabs: [
      { name: 'vv', label: 'VV', fields: [{ name: 'profielen', type: 'text', hasMany: true }] },
      {
        label: 'Algemeen',
        fields: [{ name: 'toelichting', label: 'Toelichting', type: 'textarea' }],
      },
    ],
  },
  { name: 'regels', label: 'Regels', type: 'array', fields: [{ name: 'tekst', type: 'text' }] },
]

const paths = (data: unknown) => dataIssues(fields, data, 'number').issues.map((i) => i.path)

describe('malformed input in a body', () => {
  it('accepts well-formed data, nulls and absent fields', () => {
    const { issues, refs } = dataIssues(
      fields,
      {
        naam: 'Hof',
        aantal: 3,
        actief: false,
        soort: 'b',
        tags: ['x'],
        organisatie: 4,
        fotos: [{ id: 5 }, '6'],
        op: '2026-12-31',
        adres: { postcode: '5038 AB' },
        vv: { profielen: ['VV-5'] },
        toelichting: null,
        regels: [{ tekst: 'a' }],
        onbekend: { wordt: 'genegeerd' },
      },
      'number',
    )
    expect(issues).toEqual([])
    expect(refs.map((r) => `${r.slug}:${r.id}`)).toEqual(['organisaties:4', 'media:5', 'media:6'])
  })

  it('refuses wrong types instead of coercing them, naming the field', () => {
    const { issues } = dataIssues(
      fields,
      { naam: 123, aantal: '3', actief: 'true', soort: 'z', tags: 'x', op: 'morgen' },
      'number',
    )
    expect(issues.map((i) => i.message)).toEqual([
      '"Naam" moet tekst zijn.',
      '"Aantal" moet een getal zijn.',
      '"Actief" moet aan of uit zijn (true of false).',
      '"Soort" heeft een keuze die niet bestaat.',
      '"Tags" moet een lijst zijn.',
      '"Op" moet een datum zijn, bijvoorbeeld 2026-12-31.',
    ])
  })

  it('follows groups, rows, named and unnamed tabs and arrays', () => {
    expect(paths({ adres: { postcode: 123 } })).toEqual(['adres.postcode'])
    expect(paths({ adres: 'x' })).toEqual(['adres'])
    expect(paths({ vv: 'x' })).toEqual(['vv'])
    expect(paths({ vv: { profielen: [1] } })).toEqual(['vv.profielen.0'])
    expect(paths({ toelichting: { $gt: '' } })).toEqual(['toelichting'])
    expect(paths({ regels: [{ tekst: 5 }, 'x'] })).toEqual(['regels.0.tekst', 'regels.1'])
  })

  it('refuses ids of the wrong shape and bodies that are not objects or too deep', () => {
    expect(paths({ organisatie: 'abc' })).toEqual(['organisatie'])
    expect(paths({ organisatie: [1, 2] })).toEqual(['organisatie'])
    expect(paths({ fotos: [1.5] })).toEqual(['fotos.0'])
    expect(paths([1])).toEqual([''])
    let deep: unknown = 1
    for (let i = 0; i < 40; i++) deep = { a: deep }
    expect(paths({ naam: deep })).toEqual([''])
  })
})

describe('ids and depth', () => {
  it('knows what an id looks like per database', () => {
    expect(isValidId(12, 'number')).toBe(true)
    expect(isValidId('12', 'number')).toBe(true)
    for (const bad of ['12abc', '1;DROP TABLE users', '0', '-1', '1.5', '1e3', '', ' 1', 1.5, -1])
      expect(isValidId(bad, 'number'), String(bad)).toBe(false)
    expect(isValidId('64b7f0c2a1b2c3d4e5f60718', 'objectid')).toBe(true)
    expect(isValidId('12', 'objectid')).toBe(false)
    const objectId = { toHexString: () => '64b7f0c2a1b2c3d4e5f60718' }
    expect(isValidId(objectId, 'objectid')).toBe(true)
    expect(isValidId(objectId, 'number')).toBe(false)
  })

  it('measures depth without recursion', () => {
    let deep: unknown = 1
    for (let i = 0; i < 100_000; i++) deep = [deep]
    expect(tooDeep(deep)).toBe(true)
    expect(tooDeep({ a: { b: [1, 2] } })).toBe(false)
  })
})

describe('malformed where clauses', () => {
  const resolve = pathResolver(fields, (slug) =>
    slug === 'organisaties' ? [{ name: 'naam', type: 'text' }] : undefined,
  )
  const issues = (where: unknown, allOperator = false) =>
    whereIssues(where, resolve, 'number', { allOperator }).map((i) => i.path)

  it('accepts what the admin and our code send, including Date values', () => {
    expect(issues({ naam: { like: 'Hof' } })).toEqual([])
    expect(issues({ and: [{ id: { in: [1, '2'] } }, { aantal: { greater_than: '3' } }] })).toEqual(
      [],
    )
    expect(issues({ updatedAt: { greater_than: new Date() } })).toEqual([])
    expect(issues({ 'organisatie.naam': { equals: 'x' } })).toEqual([])
    expect(issues({ 'version.naam': { exists: 'true' } })).toEqual([])
    expect(issues({ or: { 0: { naam: { equals: 'a' } }, 1: { naam: { equals: 'b' } } } })).toEqual(
      [],
    )
  })

  it('refuses objects as values, unknown operators, bad dates, ids and geo on non-points', () => {
    expect(issues({ id: { equals: { $ne: '1' } } })).toEqual(['id'])
    expect(issues({ naam: { $gt: '' } })).toEqual(['naam'])
    expect(issues({ createdAt: { greater_than: 'notadate' } })).toEqual(['createdAt'])
    expect(issues({ organisatie: { equals: 'abc' } })).toEqual(['organisatie'])
    expect(issues({ naam: { near: '1,2' } })).toEqual(['naam'])
    expect(issues({ and: 'x' })).toEqual(['where'])
    expect(issues({ naam: 'x' })).toEqual(['naam'])
    expect(issues('x')).toEqual(['where'])
  })

  it('allows `all` only where the database supports it (MongoDB)', () => {
    expect(issues({ tags: { all: 'x,y' } })).toEqual(['tags'])
    expect(issues({ tags: { all: 'x,y' } }, true)).toEqual([])
  })
})

describe('fields Payload sets itself', () => {
  const preferenceFields: Field[] = [
    { name: 'key', type: 'text' },
    { name: 'user', type: 'relationship', relationTo: ['users'] },
    { name: 'value', type: 'json' },
  ]

  it('skips the user of a preference, which Payload passes as { collection, value }', () => {
    const data = { key: 'collection-locaties', user: { collection: 'users', value: 3 }, value: {} }
    expect(dataIssues(preferenceFields, data, 'number').issues).toHaveLength(1)
    expect(
      dataIssues(checkedFields('payload-preferences', preferenceFields), data, 'number').issues,
    ).toEqual([])
    expect(
      checkedFields('payload-preferences', preferenceFields).map((f) => 'name' in f && f.name),
    ).toEqual(['key', 'value'])
  })

  it('checks the same shape everywhere else', () => {
    const data = { user: { collection: 'users', value: 3 } }
    expect(
      dataIssues(checkedFields('locaties', preferenceFields), data, 'number').issues,
    ).toHaveLength(1)
  })
})

describe('the address of a REST call', () => {
  const first = (q: string) => queryIssues(q).issues[0]?.message
  it('a path must decode as UTF-8', () => {
    expect(isDecodablePath('/api/locaties/12')).toBe(true)
    expect(isDecodablePath('/api/%E2%82%AC')).toBe(true)
    for (const p of ['/api/%C0%AF', '/api/%E0%A4%A', '/admin/%FF', '/%ED%A0%80', '/%ZZ'])
      expect(isDecodablePath(p), p).toBe(false)
  })

  it('accepts what Payload and its admin send', () => {
    for (const q of [
      '',
      '?depth=0&limit=10&page=2&sort=-updatedAt&draft=true',
      '?locale=undefined&depth=0&fallback-locale=null&draft=true',
      '?where[naam][like]=Hof&where[or][0][id][equals]=1&select[naam]=true',
      `?where=${encodeURIComponent('{"naam":{"equals":"x"}}')}`,
      '?limit=&depth=&sort=',
      '?sort=naam,-createdAt&trash=false&pagination=false',
    ])
      expect(queryIssues(q).issues, q).toEqual([])
  })

  it('refuses a parameter twice, values out of range, plain-text objects, naming the parameter', () => {
    expect(first('?limit=1&limit=2')).toBe(ADRES_MESSAGES.dubbel('limit'))
    expect(first('?where={}&where[a][equals]=1')).toBe(ADRES_MESSAGES.dubbel('where'))
    expect(first('?depth=11')).toBe(ADRES_MESSAGES.geheel('depth', 10))
    expect(first(`?limit=${'9'.repeat(400)}`)).toBe(ADRES_MESSAGES.geheel('limit', 10_000))
    expect(first('?page=0')).toBe(ADRES_MESSAGES.pagina('page', 1_000_000))
    expect(first('?draft=maybe')).toBe(ADRES_MESSAGES.janee('draft'))
    expect(first(`?sort=${'a'.repeat(200)}`)).toBe(ADRES_MESSAGES.sort('sort'))
    expect(first(`?locale=${'x'.repeat(40)}`)).toBe(ADRES_MESSAGES.taal('locale'))
    for (const p of ['where', 'select', 'populate', 'joins', 'data'])
      expect(first(`?${p}=abc`), p).toBe(ADRES_MESSAGES.json(p))
    expect(first('?where=[1]')).toBe(ADRES_MESSAGES.json('where'))
  })

  it('a query string over 8 kB is a 414', () => {
    expect(queryIssues(`?q=${'x'.repeat(9000)}`)).toEqual({
      status: 414,
      issues: [{ path: '', message: ADRES_MESSAGES.teLang }],
    })
  })
})
