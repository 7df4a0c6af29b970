/**
 * Boots the real Payload (Local API) on a fresh database, runs the migrations, and gives a REST
 * client that calls Payload's own Next.js route handlers (the real REST/GraphQL pipeline, no HTTP
 * server needed).
 */
import fs from 'node:fs'
import { getPayload, type Payload, type SanitizedConfig } from 'payload'
import { dropDatabase, freshDatabase, tempDir, type DbKind } from './database'
import { INDEX_QUEUE } from '../../../cms/jobs/queue'

export interface TestCms {
  payload: Payload
  config: SanitizedConfig
  dataDir: string
  rest: RestClient
  close: () => Promise<void>
}

export interface RestResponse<T = any> {
  status: number
  body: T
}

export interface RestClient {
  request<T = any>(
    method: string,
    path: string,
    options?: {
      token?: string
      body?: unknown
      rawBody?: string
      form?: FormData
      headers?: Record<string, string>
    },
  ): Promise<RestResponse<T>>
  login(email: string, password: string): Promise<string>
  graphql<T = any>(query: string, token?: string): Promise<RestResponse<T>>
  /** A GraphQL request with a body of your own (not JSON, a batch, …). */
  graphqlRaw<T = any>(
    body: string,
    options?: { token?: string; headers?: Record<string, string> },
  ): Promise<RestResponse<T>>
}

/**
 * Job handlers are module paths that Payload imports with Node's own `import()`, outside vite;
 * the worker runs under tsx, so the tests register tsx's loader the same way.
 */
let tsxRegistered = false
async function registerTsx() {
  if (tsxRegistered) return
  const { register } = await import('tsx/esm/api')
  register()
  tsxRegistered = true
}

export async function startCms(kind: DbKind): Promise<TestCms> {
  await registerTsx()
  const dataDir = tempDir(`za-int-${kind}`)
  const databaseUrl = await freshDatabase(kind, dataDir)
  process.env.DATA_DIR = dataDir
  process.env.DATABASE_URL = databaseUrl
  process.env.SEARCH_ENGINE = 'embedded'
  const { default: configPromise } = await import('../../../payload.config')
  const config = await configPromise
  const payload = await getPayload({ config })
  if (kind !== 'mongodb') await payload.db.migrate()
  const rest = await restClient(config)
  return {
    payload,
    config,
    dataDir,
    rest,
    close: async () => {
      // Payload's destroy() leaves the PostgreSQL pool open, and a client may still be checked out,
      // so ending it can wait forever. Ignore the pool's connection errors, drop the database (which
      // ends its connections), and let the pool wind down without waiting for it.
      const pool = (
        payload.db as {
          pool?: { on?: (e: string, f: () => void) => void; end?: () => Promise<void> }
        }
      ).pool
      pool?.on?.('error', () => undefined)
      await payload.destroy().catch(() => undefined)
      await dropDatabase(databaseUrl).catch(() => undefined)
      void pool?.end?.().catch(() => undefined)
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

async function restClient(config: SanitizedConfig): Promise<RestClient> {
  // The same guarded handlers as the Next.js routes (cms/app/(payload)/api/[...slug]/route.ts and
  // api/graphql/route.ts).
  const { restHandlers } = await import('../../../cms/http/rest-routes')
  const { graphqlHandler } = await import('../../../cms/http/graphql-route')
  const handlers: Record<
    string,
    (req: Request, ctx: { params: Promise<{ slug: string[] }> }) => Promise<Response>
  > = restHandlers(config)
  const graphqlPost = graphqlHandler(config)

  const graphqlRaw: RestClient['graphqlRaw'] = async (body, options = {}) => {
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      ...options.headers,
    }
    if (options.token) headers.Authorization = `JWT ${options.token}`
    const res = await graphqlPost(
      new Request('http://localhost:3000/api/graphql', { method: 'POST', headers, body }),
    )
    const text = await res.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {
      /* keep text */
    }
    return { status: res.status, body: parsed as any }
  }

  const request: RestClient['request'] = async (method, path, options = {}) => {
    const url = new URL(`http://localhost:3000/api${path}`)
    const headers: Record<string, string> = { ...options.headers }
    if (options.token) headers.Authorization = `JWT ${options.token}`
    const raw =
      options.rawBody ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined)
    if (raw !== undefined) headers['Content-Type'] ??= 'application/json'
    const req = new Request(url, { method, headers, body: options.form ?? raw })
    const slug = url.pathname
      .replace(/^\/api\//, '')
      .split('/')
      .filter(Boolean)
    const handler = handlers[method]
    if (!handler) throw new Error(`No handler for ${method}`)
    const res = await handler(req, { params: Promise.resolve({ slug }) })
    const text = await res.text()
    let body: unknown = text
    try {
      body = text ? JSON.parse(text) : null
    } catch {
      /* keep text */
    }
    return { status: res.status, body: body as any }
  }

  return {
    request,
    async login(email, password) {
      const res = await request('POST', '/users/login', { body: { email, password } })
      if (res.status !== 200)
        throw new Error(`Login failed for ${email}: ${res.status} ${JSON.stringify(res.body)}`)
      return res.body.token as string
    },
    graphql: (query, token) => graphqlRaw(JSON.stringify({ query }), { token }),
    graphqlRaw,
  }
}

/** Runs a job queue one job at a time until it is empty (index work by default). */
export async function runQueue(payload: Payload, queue: string = INDEX_QUEUE): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const result = await payload.jobs.run({ queue, limit: 1, sequential: true })
    if (!Object.keys(result.jobStatus ?? {}).length) return
  }
  throw new Error('the queue did not run empty')
}
