/**
 * Every custom endpoint is made with `endpoint()`: its named access rule (cms/access/regels.ts),
 * its strict zod body and query, one transaction per write, Dutch errors. The rule runs first;
 * a handler may use `overrideAccess: true` only for what that rule allows (and the use case
 * checks). The declaration is kept on the endpoint (`custom.zorgatlas`), so the access table test
 * can prove that every route of the built config has a rule.
 */
import {
  addDataAndFileToRequest,
  commitTransaction,
  initTransaction,
  killTransaction,
  type Endpoint,
  type PayloadHandler,
  type PayloadRequest,
} from 'payload'
import type { z } from 'zod'
import { toetsRegel, type Regel, type RegelNaam } from '../access/regels'
import { errorResponse, fout, nietGoedIngevuld, readJson, veldenVan } from './responses'
import { zodNl } from '../validation/zod-nl'

export async function inTransaction(
  req: PayloadRequest,
  work: () => Promise<Response>,
): Promise<Response> {
  const started = await initTransaction(req)
  try {
    const response = await work()
    if (started) await commitTransaction(req)
    return response
  } catch (error) {
    if (started) await killTransaction(req)
    return errorResponse(error, req)
  }
}

export const withErrors =
  (fn: (req: PayloadRequest) => Promise<Response>): PayloadHandler =>
  async (req) => {
    try {
      return await fn(req)
    } catch (error) {
      return errorResponse(error, req)
    }
  }

export type Methode = 'get' | 'post' | 'patch' | 'put' | 'delete'

/** What an endpoint declares; read back by the access table test from the built config. */
export interface EndpointVerklaring {
  regel: RegelNaam
  /** the body is a strict zod schema (writes), or the endpoint reads no body */
  body: 'strikt' | 'geen'
  query: 'strikt' | 'geen'
}

export const VERKLARING = 'zorgatlas'

/** The declaration of an endpoint of the built config, or null when it was not made here. */
export const verklaringVan = (e: Pick<Endpoint, 'custom'>): EndpointVerklaring | null =>
  ((e.custom as Record<string, unknown> | undefined)?.[VERKLARING] as EndpointVerklaring) ?? null

type Def = {
  type?: string
  catchall?: Schema
  options?: Schema[]
  in?: Schema
  left?: Schema
  right?: Schema
}
type Schema = { _zod?: { def?: Def } }

/**
 * Is every object of this schema strict (unknown keys refused by name)? Unions, intersections and
 * pipes are followed; anything else that could carry unknown keys is not strict.
 */
export function isStrikt(schema: unknown): boolean {
  const def = (schema as Schema)?._zod?.def
  switch (def?.type) {
    case 'object':
      return def.catchall?._zod?.def?.type === 'never'
    case 'union':
      return (def.options ?? []).every(isStrikt)
    case 'intersection':
      return isStrikt(def.left) && isStrikt(def.right)
    case 'pipe':
      return isStrikt(def.in)
    default:
      return false
  }
}

const HEEFT_BODY: readonly Methode[] = ['post', 'patch', 'put']

/** A query string as an object of single values; a parameter given twice is refused. */
function queryObject(
  req: PayloadRequest,
): { ok: true; data: Record<string, string> } | { ok: false; response: Response } {
  const params = req.searchParams ?? new URLSearchParams()
  const data: Record<string, string> = {}
  const dubbel: Record<string, string> = {}
  for (const [key, value] of params) {
    if (key in data) dubbel[key] = 'Dit veld staat er meer dan één keer in. Geef het één keer.'
    data[key] = value
  }
  if (Object.keys(dubbel).length)
    return { ok: false, response: fout(400, nietGoedIngevuld(dubbel), dubbel) }
  return { ok: true, data }
}

export interface EndpointSpec<B extends z.ZodType, Q extends z.ZodType> {
  path: string
  method: Methode
  /** who may call it at all (cms/access/regels.ts) */
  regel: Regel
  /** the refusal for a login that does not pass the rule (default: the rule's own text) */
  weigering?: string
  /** the JSON body: required for post, patch and put, and strict */
  body?: B
  /** the body may also come as the admin's form (multipart with `_payload`), as Payload reads it */
  formulier?: boolean
  /** the query string (single values, as text): strict */
  query?: Q
  /** one transaction around the handler; default: true for writes, false for get */
  transactie?: boolean
  handler: (
    req: PayloadRequest,
    invoer: { body: z.infer<B>; query: z.infer<Q> },
  ) => Promise<Response>
}

export function endpoint<
  B extends z.ZodType = z.ZodUndefined,
  Q extends z.ZodType = z.ZodUndefined,
>(spec: EndpointSpec<B, Q>): Endpoint {
  const { path, method, regel } = spec
  if (HEEFT_BODY.includes(method) && !spec.body)
    throw new Error(`${method.toUpperCase()} ${path}: a write endpoint declares its body schema`)
  if (spec.body && !isStrikt(spec.body))
    throw new Error(`${method.toUpperCase()} ${path}: the body schema must be strict`)
  if (spec.query && !isStrikt(spec.query))
    throw new Error(`${method.toUpperCase()} ${path}: the query schema must be strict`)
  const transactie = spec.transactie ?? method !== 'get'

  const handler: PayloadHandler = async (req) => {
    try {
      const weigering = toetsRegel(regel, req)
      if (weigering)
        return fout(
          weigering.status,
          weigering.status === 403 && spec.weigering ? spec.weigering : weigering.bericht,
        )
      let query: unknown = undefined
      if (spec.query) {
        const raw = queryObject(req)
        if (!raw.ok) return raw.response
        const parsed = spec.query.safeParse(raw.data, { error: zodNl })
        if (!parsed.success) {
          const velden = veldenVan(parsed.error)
          return fout(400, nietGoedIngevuld(velden), velden)
        }
        query = parsed.data
      }
      let body: unknown = undefined
      if (spec.body && spec.formulier) {
        await addDataAndFileToRequest(req)
        const parsed = spec.body.safeParse(req.data ?? {})
        if (!parsed.success)
          return fout(400, 'Niet alle gegevens zijn goed ingevuld.', veldenVan(parsed.error))
        body = parsed.data
      } else if (spec.body) {
        const parsed = await readJson(req, spec.body)
        if (!parsed.ok) return parsed.response
        body = parsed.data
      }
      const invoer = { body, query } as { body: z.infer<B>; query: z.infer<Q> }
      return transactie
        ? await inTransaction(req, () => spec.handler(req, invoer))
        : await spec.handler(req, invoer)
    } catch (error) {
      return errorResponse(error, req)
    }
  }
  const verklaring: EndpointVerklaring = {
    regel: regel.naam,
    body: spec.body ? 'strikt' : 'geen',
    query: spec.query ? 'strikt' : 'geen',
  }
  return { path, method, handler, custom: { [VERKLARING]: verklaring } }
}

/** The `:id` of the route (empty when absent: the use case answers 404). */
export const routeId = (req: PayloadRequest): string => String(req.routeParams?.id ?? '')
