/**
 * Seeded generators of malformed requests. Every case carries at least one thing that must be
 * refused (a wrong type, an id of the wrong shape or one that does not exist, a broken where
 * clause, broken JSON), so no case may change data; a case that does is a finding.
 */

/** mulberry32: small, fast, reproducible. */
export function rng(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    chance: (p: number) => next() < p,
  }
}
export type Rng = ReturnType<typeof rng>

export interface FuzzCase {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT'
  path: string
  body?: unknown
  rawBody?: string
  headers?: Record<string, string>
  /** which login sends it */
  who: 'anoniem' | 'aanbieder' | 'redacteur' | 'beheerder'
}

/** Ids that can never exist: wrong shape, out of range, injection-like. */
export const BAD_IDS = [
  'abc',
  '-1',
  '0',
  '1.5',
  '1e3',
  '99999999999999999999999',
  '%00',
  '1%3BDROP%20TABLE%20users',
  '%20',
  '[object%20Object]',
  'x'.repeat(300),
  '0x10',
  'NaN',
  'Infinity',
  '%F0%9F%92%A9',
  '__proto__',
] as const

/** An id of the right shape that does not exist. */
export const MISSING_ID = 987654321

/** Values of the wrong type for any field. */
const WRONG_VALUES: unknown[] = [
  { $gt: '' },
  { $ne: null },
  ['a', { b: 1 }],
  { a: { b: { c: {} } } },
  12.5,
  -1,
  true,
  { __proto__: { admin: true } },
  [[[]]],
  { relationTo: 'users', value: 1 },
]

/** Typed garbage per kind of field, guaranteed not to fit it. */
export function wrongFor(
  kind: 'text' | 'number' | 'checkbox' | 'relation' | 'group' | 'list',
  r: Rng,
) {
  switch (kind) {
    case 'text':
      return r.pick([123, true, { $gt: '' }, ['x'], { a: 1 }])
    case 'number':
      return r.pick([
        '12',
        'abc',
        true,
        { $gt: 1 },
        [1],
        Number.MAX_VALUE * 10 > 0 ? 'Infinity' : 0,
      ])
    case 'checkbox':
      return r.pick(['true', 1, 'ja', { a: 1 }, [true]])
    case 'relation':
      return r.pick([
        'abc',
        -5,
        1.5,
        { id: 'x' },
        [[1]],
        MISSING_ID,
        String(MISSING_ID),
        { $ne: 1 },
      ])
    case 'group':
      return r.pick(['x', 5, true, ['a']])
    case 'list':
      return r.pick(['x', 5, { a: 1 }, [{ $gt: 1 }], [MISSING_ID]])
  }
}

export const anyWrong = (r: Rng) => r.pick(WRONG_VALUES)

export const deepJson = (depth: number) =>
  '{"naam":' + '{"a":'.repeat(depth) + '1' + '}'.repeat(depth) + '}'

/** Query strings that are malformed in every way Payload's REST accepts a parameter. */
export function badQuery(r: Rng, fields: string[]): string {
  const field = r.pick([...fields, 'id', 'createdAt', 'updatedAt', '_status', 'version.naam'])
  const op = r.pick([
    'equals',
    'near',
    'within',
    'intersects',
    'greater_than',
    'less_than_equal',
    'in',
    'all',
    'exists',
    'bogus',
    '$ne',
    '__proto__',
  ])
  const value = r.pick([
    'notadate',
    '1,2',
    '%ZZ',
    '',
    'abc',
    '99999999999999999999',
    `[$ne]=1`,
    '[a][b][c]=1',
    'true',
  ])
  const where =
    op === 'equals' && r.chance(0.5)
      ? `where[${field}][equals][$ne]=1`
      : op === 'in'
        ? `where[${field}][in][0][a]=1`
        : r.chance(0.2)
          ? `where[or][0][${field}][${op}]=${value}&where[and]=x`
          : `where[${field}][${op}]${value.startsWith('[') ? value : `=${value}`}`
  const extras = [
    'depth=-1',
    'depth=abc',
    'depth=1000',
    'limit=abc',
    'limit=-5',
    'page=0',
    'page=abc',
    'sort=__proto__',
    'sort=-',
    'select[naam][x]=1',
    'populate[organisaties][x]=1',
    'draft=maybe',
    'locale=xx',
    'trash=1',
    'joins=abc',
    '%E0%A4%A',
  ]
  // The where clause alone is always malformed; extras add variety.
  const parts = [where]
  for (let i = 0; i < r.int(3); i++) parts.push(r.pick(extras))
  return parts.join('&')
}

/** Percent-escapes that are not UTF-8: overlong, truncated, lone continuation bytes. */
export const BAD_UTF8 = [
  '%C0%AF',
  '%E0%A4%A',
  '%FF%FE',
  '%ED%A0%80',
  '%80',
  '%C3',
  '%F8%88%80%80%80',
] as const

/** Parameters Payload reads as one value (and as a number, boolean or object). */
const SCALARS = [
  'depth',
  'limit',
  'page',
  'sort',
  'draft',
  'locale',
  'trash',
  'pagination',
] as const

/**
 * An address Payload cannot read: a path that is not UTF-8, a standard parameter twice, a huge
 * or non-numeric value, where/select/… as plain text, a where clause nested past any limit.
 */
export function badAddress(r: Rng, slug: string): string {
  switch (r.int(6)) {
    case 0:
      return r.pick([
        `/${r.pick(BAD_UTF8)}`,
        `/${slug}/${r.pick(BAD_UTF8)}`,
        `/${slug}/${r.pick(BAD_UTF8)}/versions`,
        `/${slug}/1/${r.pick(BAD_UTF8)}`,
        `/${slug}?where[id][equals]=${r.pick(BAD_UTF8)}`,
      ])
    case 1: {
      const name = r.pick(SCALARS)
      return `/${slug}?${name}=${r.pick(['1', 'true', 'naam'])}&${name}=${r.pick(['2', 'false', 'id'])}`
    }
    case 2:
      return `/${slug}?${r.pick(SCALARS)}=${r.pick(['9'.repeat(400), '-1', 'abc', '1e999', '0x10', 'x'.repeat(2000)])}`
    case 3:
      return `/${slug}?${r.pick(['where', 'select', 'populate', 'joins', 'data'])}=${r.pick(['abc', '[1]', '"x"', '{', 'null'])}`
    case 4:
      return r.pick([
        `/${slug}?where${'[a]'.repeat(20 + r.int(200))}=1`,
        `/${slug}?where${'[or][0][and][0]'.repeat(5 + r.int(30))}[id][equals]=1`,
        `/${slug}?where=${encodeURIComponent('{"or":['.repeat(40) + '{}' + ']}'.repeat(40))}`,
      ])
    default:
      return `/${slug}?q=${'x'.repeat(8200 + r.int(2000))}`
  }
}

/** GraphQL bodies that are not one well-formed query or mutation. */
export function badGraphqlBody(r: Rng): string {
  return r.pick([
    JSON.stringify({ query: 'subscription { Locaties { docs { id } } }' }),
    JSON.stringify({ query: 'subscription S { a }' }),
    JSON.stringify([{ query: '{ Organisaties { docs { id } } }' }, { query: '{ a }' }]),
    'query { Organisaties { docs { id } } }',
    '{"query":',
    'null',
    '[]',
    JSON.stringify({ query: ['x'] }),
    JSON.stringify({ query: '{ a }', variables: [1] }),
    JSON.stringify({ query: `{ ${'Organisaties { docs { id } } '.repeat(4000)} }` }),
    JSON.stringify({ query: `{ ${'a '.repeat(25_000)} }` }),
    JSON.stringify({ query: '{ __schema { types { name } } }' }),
    JSON.stringify({ query: '{ __type(name: "Locatie") { fields { name } } }' }),
    JSON.stringify({ query: '{ Locaties { docs { bestaatNiet } } }' }),
    JSON.stringify({ query: `query { ${'a { '.repeat(300)}${'}'.repeat(300)} }` }),
  ])
}
