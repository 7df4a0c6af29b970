/**
 * Payload's GraphQL route behind a guard (used by the Next.js route and by the tests): malformed
 * bodies are refused with a Dutch 4xx (cms/validation/graphql.ts), and every error message in the
 * answer is Dutch; GraphQL's English detail moves to `extensions.detail`. A request that fails
 * validation (no `data` in the answer) answers 400, not graphql-http's 200.
 */
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'
import { FOUT_NL, vertaalFout } from './nederlands'
import { fout } from './responses'
import { GRAPHQL_MESSAGES, graphqlRefusal, MAX_GRAPHQL_BYTES } from '../validation/graphql'

interface GraphqlFout {
  message?: unknown
  extensions?: { statusCode?: unknown; detail?: unknown } & Record<string, unknown>
}

/** The answer with every error message in Dutch (GraphQL's English detail kept aside). */
export async function graphqlInDutch(res: Response): Promise<Response> {
  if (!(res.headers.get('content-type') ?? '').includes('json')) {
    if (res.status < 400) return res
    return fout(res.status, vertaalFout(await res.text(), res.status) ?? FOUT_NL.serverfout)
  }
  let body: { errors?: GraphqlFout[] } & Record<string, unknown>
  try {
    body = (await res.clone().json()) as typeof body
  } catch {
    return res
  }
  if (!Array.isArray(body?.errors)) return res
  let changed = false
  body.errors = body.errors.map((error) => {
    const status =
      typeof error.extensions?.statusCode === 'number' ? error.extensions.statusCode : res.status
    const nl = vertaalFout(error.message, status >= 400 ? status : 400)
    if (nl === null) return error
    changed = true
    // GraphQL's own validation messages ("Cannot query field …") get a Dutch text of their own
    const message =
      nl === FOUT_NL.algemeen[400] && typeof error.message === 'string'
        ? GRAPHQL_MESSAGES.klopt
        : nl
    return {
      ...error,
      message,
      extensions: { ...error.extensions, detail: error.message },
    }
  })
  // No `data` at all: the request failed validation before anything ran (an unknown field, a
  // wrong argument). graphql-http answers those 200 for application/json; for us it is a 400.
  const status = res.status === 200 && !('data' in body) ? 400 : res.status
  if (!changed && status === res.status) return res
  const headers = new Headers(res.headers)
  headers.delete('content-length')
  return new Response(JSON.stringify(body), { status, headers })
}

export function graphqlHandler(config: Promise<SanitizedConfig> | SanitizedConfig) {
  const post = GRAPHQL_POST(config)
  return async (req: Request): Promise<Response> => {
    if (Number(req.headers.get('content-length') ?? 0) > MAX_GRAPHQL_BYTES) {
      return fout(413, GRAPHQL_MESSAGES.teGroot)
    }
    const weigering = graphqlRefusal(await req.clone().text())
    if (weigering) return fout(weigering.status, weigering.message)
    return graphqlInDutch(await post(req))
  }
}
