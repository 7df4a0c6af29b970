import { describe, expect, it } from 'vitest'
import { GRAPHQL_MESSAGES, graphqlRefusal } from '../../../cms/validation/graphql'

const q = (query: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ query, ...extra })

describe('malformed GraphQL bodies', () => {
  it('allows one query or mutation, with variables and __typename', () => {
    expect(graphqlRefusal(q('{ Organisaties { docs { id __typename } } }'))).toBeNull()
    expect(
      graphqlRefusal(
        q('query Q($id: Int!) { Organisatie(id: $id) { naam } }', {
          variables: { id: 1 },
          operationName: 'Q',
        }),
      ),
    ).toBeNull()
    expect(graphqlRefusal(q('mutation { logoutUser }', { variables: null }))).toBeNull()
  })

  it('refuses what is not one JSON request', () => {
    expect(graphqlRefusal('{"query": ')).toEqual({
      status: 400,
      message: GRAPHQL_MESSAGES.geenJson,
    })
    expect(graphqlRefusal('[{"query":"{ a }"}]')?.message).toBe(GRAPHQL_MESSAGES.lijst)
    expect(graphqlRefusal('null')?.message).toBe(GRAPHQL_MESSAGES.vorm)
    expect(graphqlRefusal(q(5))?.message).toBe(GRAPHQL_MESSAGES.query)
    expect(graphqlRefusal(q(' '))?.message).toBe(GRAPHQL_MESSAGES.query)
    expect(graphqlRefusal(q('{ a }', { variables: 'x' }))?.message).toBe(GRAPHQL_MESSAGES.variables)
    expect(graphqlRefusal(q('{ a }', { operationName: 1 }))?.message).toBe(
      GRAPHQL_MESSAGES.operationName,
    )
    expect(graphqlRefusal(q(`{ ${'a '.repeat(60_000)} }`))?.status).toBe(413)
  })

  it('names line and column of a syntax error; refuses a token flood', () => {
    expect(graphqlRefusal(q('{\n  Organisaties { docs { id }'))).toEqual({
      status: 400,
      message: GRAPHQL_MESSAGES.syntax(2, 29),
    })
    expect(graphqlRefusal(q(`{ ${'a '.repeat(30_000)} }`))?.message).toBe(GRAPHQL_MESSAGES.teLang)
  })

  it('refuses subscriptions and introspection', () => {
    expect(graphqlRefusal(q('subscription { a }'))).toEqual({
      status: 400,
      message: GRAPHQL_MESSAGES.subscription,
    })
    expect(graphqlRefusal(q('{ __schema { types { name } } }'))?.status).toBe(403)
    expect(graphqlRefusal(q('{ x: __type(name: "A") { name } }'))?.status).toBe(403)
    expect(graphqlRefusal(q('{ a { b { __schema { x } } } }'))?.status).toBe(403)
  })
})
