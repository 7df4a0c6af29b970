/** Small helpers for custom endpoints: Dutch JSON errors and body parsing with zod. */
import { APIError, ValidationError, type PayloadRequest } from 'payload'
import type { z } from 'zod'
import { WorkflowError } from '../domain/workflow'

export const json = (body: unknown, status = 200): Response => Response.json(body, { status })

export const fout = (status: number, message: string, velden?: Record<string, string>): Response =>
  json(
    { errors: [{ message, ...(velden ? { data: { velden } } : {}) }], fout: message, velden },
    status,
  )

/**
 * A refusal with a Dutch message for the user, thrown from hooks. Payload only shows an APIError's
 * message when it has `data` or a `name`; in the Next.js production bundle the class name is
 * minified away, so both are set here explicitly.
 */
export function weiger(message: string, status: 400 | 403 | 404 | 409 | 410): APIError {
  const error = new APIError(message, status, { status }, true)
  error.name = 'APIError'
  return error
}

/** Converts a domain error into Payload's public APIError, so REST shows the Dutch message. */
export function toApiError(error: unknown): unknown {
  if (error instanceof WorkflowError) return weiger(error.message, error.status)
  return error
}

/** The message for a field a strict body does not have. */
export const ONBEKEND_VELD = 'Dit veld hoort hier niet bij. Laat het weg.'

/** zod's issues as Dutch messages per field; a field a strict schema does not know is named. */
export function veldenVan(error: z.ZodError): Record<string, string> {
  const velden: Record<string, string> = {}
  for (const issue of error.issues) {
    const pad = issue.path.join('.')
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) velden[pad ? `${pad}.${key}` : key] ??= ONBEKEND_VELD
    } else velden[pad || '_'] ??= issue.message
  }
  return velden
}

export async function readJson<T extends z.ZodType>(
  req: PayloadRequest,
  schema: T,
): Promise<{ ok: true; data: z.infer<T> } | { ok: false; response: Response }> {
  let raw: unknown
  try {
    const text = req.text ? await req.text() : ''
    raw = text ? JSON.parse(text) : {}
  } catch {
    return { ok: false, response: fout(400, 'De gegevens zijn geen geldige JSON.') }
  }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    return {
      ok: false,
      response: fout(400, 'Niet alle gegevens zijn goed ingevuld.', veldenVan(parsed.error)),
    }
  }
  return { ok: true, data: parsed.data }
}

/** Maps thrown errors in endpoints to a Dutch JSON answer; never a bare 500 for known errors. */
export function errorResponse(error: unknown, req: PayloadRequest): Response {
  if (error instanceof WorkflowError) return fout(error.status, error.message)
  if (error instanceof ValidationError) {
    // Field errors keep their own Dutch messages (Payload's summary only names the paths).
    const velden: Record<string, string> = {}
    for (const e of error.data.errors) velden[e.path] ??= e.message
    req.payload.logger.info({ velden }, 'Geweigerd: ongeldige velden')
    return fout(400, Object.values(velden)[0] ?? error.message, velden)
  }
  if (error instanceof APIError && error.status < 500) {
    // An expected refusal (validation, access, lock): a short line, no stack.
    req.payload.logger.info(
      { status: error.status, data: error.data },
      `Geweigerd: ${error.message}`,
    )
    return fout(error.status, error.message)
  }
  req.payload.logger.error({ err: error }, 'Workflow endpoint failed')
  return fout(500, 'Er ging iets mis aan onze kant. Probeer het later opnieuw.')
}
