/**
 * Malformed GraphQL bodies, refused before Payload sees them (cms/http/graphql-route.ts). What is
 * allowed: one JSON body `{ query, variables?, operationName? }` of at most 100 kB with queries
 * and mutations. Refused (measured: several were 500s):
 * - a body that is not JSON, a batch (a JSON list), a query that is not text → 400;
 * - a query that does not parse → 400, naming line and column;
 * - a subscription (this API has none; Payload's complexity rule crashed on it) → 400;
 * - introspection (`__schema`, `__type`): the schema is not published, for nobody (Payload
 *   itself only refuses it in production); developers generate it with
 *   `payload generate:graphQLSchema` → 403;
 * - a body over 100 kB → 413.
 */
import { GraphQLError, Kind, parse, visit, type DocumentNode } from 'graphql'

export const MAX_GRAPHQL_BYTES = 100 * 1024
/** Tokens in one document: far more than any real query, far less than a parser can choke on. */
const MAX_TOKENS = 20_000

export const GRAPHQL_MESSAGES = {
  teGroot: 'De GraphQL-vraag is te groot (meer dan 100 kB).',
  geenJson: 'De GraphQL-vraag is geen geldige JSON. Stuur { "query": "…" }.',
  lijst: 'Stuur één GraphQL-vraag per keer, niet een lijst van vragen.',
  vorm: 'Stuur de GraphQL-vraag als object: { "query": "…", "variables": { … } }.',
  query: '"query" moet tekst zijn met een GraphQL-vraag.',
  variables: '"variables" moet een groep waarden zijn.',
  operationName: '"operationName" moet tekst zijn.',
  syntax: (regel: number, kolom: number) =>
    `De GraphQL-vraag is niet goed geschreven (regel ${regel}, kolom ${kolom}).`,
  teLang: 'De GraphQL-vraag is te lang. Vraag minder velden tegelijk op.',
  subscription: '"subscription" kan hier niet: deze GraphQL-API heeft alleen query en mutation.',
  introspectie: 'Het GraphQL-schema opvragen (__schema, __type) kan hier niet.',
  klopt: 'De GraphQL-vraag klopt niet. Controleer de namen van de velden en argumenten.',
} as const

type Weigering = { status: 400 | 403 | 413; message: string }

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

/** Why this GraphQL body is refused, or null. Pure, for the unit tests. */
export function graphqlRefusal(text: string): Weigering | null {
  if (new TextEncoder().encode(text).length > MAX_GRAPHQL_BYTES) {
    return { status: 413, message: GRAPHQL_MESSAGES.teGroot }
  }
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return { status: 400, message: GRAPHQL_MESSAGES.geenJson }
  }
  if (Array.isArray(body)) return { status: 400, message: GRAPHQL_MESSAGES.lijst }
  if (!isObject(body)) return { status: 400, message: GRAPHQL_MESSAGES.vorm }
  if (typeof body.query !== 'string' || !body.query.trim()) {
    return { status: 400, message: GRAPHQL_MESSAGES.query }
  }
  if (body.variables !== undefined && body.variables !== null && !isObject(body.variables)) {
    return { status: 400, message: GRAPHQL_MESSAGES.variables }
  }
  if (
    body.operationName !== undefined &&
    body.operationName !== null &&
    typeof body.operationName !== 'string'
  ) {
    return { status: 400, message: GRAPHQL_MESSAGES.operationName }
  }
  let document: DocumentNode
  try {
    document = parse(body.query, { maxTokens: MAX_TOKENS })
  } catch (error) {
    // graphql writes "Document contains more that N tokens"
    if (error instanceof GraphQLError && /more th\w+ \d+ tokens/.test(error.message)) {
      return { status: 400, message: GRAPHQL_MESSAGES.teLang }
    }
    const plek = error instanceof GraphQLError ? error.locations?.[0] : undefined
    return { status: 400, message: GRAPHQL_MESSAGES.syntax(plek?.line ?? 1, plek?.column ?? 1) }
  }
  let weigering: Weigering | null = null
  visit(document, {
    OperationDefinition(node) {
      if (node.operation === 'subscription') {
        weigering ??= { status: 400, message: GRAPHQL_MESSAGES.subscription }
      }
    },
    Field(node) {
      if (
        node.name.kind === Kind.NAME &&
        (node.name.value === '__schema' || node.name.value === '__type')
      ) {
        weigering ??= { status: 403, message: GRAPHQL_MESSAGES.introspectie }
      }
    },
  })
  return weigering
}
