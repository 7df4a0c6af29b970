/**
 * The beheerder's view of jobs that failed for good (the admin's Mislukte taken):
 * GET    /api/taken/mislukt       — failed jobs, oldest failure first (cms/domain/taken.ts)
 * POST   /api/taken/:id/opnieuw   — back to the worker's queue with a fresh set of tries
 * DELETE /api/taken/:id           — remove a failed job that can never succeed
 * Jobs themselves run in the worker only; nothing here runs one.
 */
import type { PayloadRequest } from 'payload'
import { z } from 'zod'
import { REGELS } from '../access/regels'
import type { MislukteTakenAntwoord, OpnieuwAntwoord } from '../domain/taken'
import { TAKEN_MESSAGES } from '../domain/taken'
import { endpoint } from '../http/endpoint'
import { fout, json } from '../http/responses'
import { idSoort, mislukteTaken } from '../jobs/mislukt'
import { isValidId } from '../validation/malformed-input'
import { mislukteTaakVerwijderen, taakOpnieuwProberen } from '../workflow/taken'

/** The job id of the path, or null when no job can have it. */
function taakId(req: PayloadRequest): string | null {
  const id = req.routeParams?.id
  return typeof id === 'string' && isValidId(id, idSoort(req.payload)) ? id : null
}

export const takenEndpoints = [
  endpoint({
    path: '/taken/mislukt',
    method: 'get',
    regel: REGELS.beheerder,
    handler: async (req) => json((await mislukteTaken(req)) satisfies MislukteTakenAntwoord),
  }),
  endpoint({
    path: '/taken/:id/opnieuw',
    method: 'post',
    regel: REGELS.beheerder,
    body: z.object({}).strict(),
    handler: async (req) => {
      const id = taakId(req)
      if (!id) return fout(404, TAKEN_MESSAGES.bestaatNiet)
      const taak = await taakOpnieuwProberen(req, id)
      return json({ message: TAKEN_MESSAGES.opnieuw, taak } satisfies OpnieuwAntwoord)
    },
  }),
  endpoint({
    path: '/taken/:id',
    method: 'delete',
    regel: REGELS.beheerder,
    handler: async (req) => {
      const id = taakId(req)
      if (!id) return fout(404, TAKEN_MESSAGES.bestaatNiet)
      const taak = await mislukteTaakVerwijderen(req, id)
      return json({ message: TAKEN_MESSAGES.verwijderd, taak } satisfies OpnieuwAntwoord)
    },
  }),
]
