/**
 * A beheerder's decisions about a job that failed for good: try it again (it goes back to the
 * worker's queue with a fresh set of tries; the CMS never runs it) or remove it (it can never
 * succeed, e.g. a mail to an address that no longer exists). Both are in the audit trail, without
 * the job's address or text. The endpoint's rule (beheerder) ran before; the caller's transaction
 * holds the change and its audit entry together.
 */
import type { PayloadRequest } from 'payload'
import { schrijfAudit } from '../audit/schrijf'
import {
  isGeannuleerd,
  TAKEN_MESSAGES,
  taakTitel,
  type MislukteTaak,
  type TaakDocument,
} from '../domain/taken'
import { WorkflowError } from '../domain/workflow'
import {
  beschrijfTaak,
  JOBS,
  vindTaak,
  verwijderMislukteTaak,
  zetTerugInWachtrij,
} from '../jobs/mislukt'

async function mislukteTaak(req: PayloadRequest, id: string): Promise<TaakDocument> {
  const job = await vindTaak(req, id)
  if (!job) throw new WorkflowError(TAKEN_MESSAGES.bestaatNiet, 404)
  if (!job.hasError) throw new WorkflowError(TAKEN_MESSAGES.nietMislukt, 409)
  return job
}

const toelichting = (taak: MislukteTaak) =>
  `Na ${taak.pogingen} ${taak.pogingen === 1 ? 'poging' : 'pogingen'} mislukt: ${taak.fout}`

export async function taakOpnieuwProberen(req: PayloadRequest, id: string): Promise<MislukteTaak> {
  const job = await mislukteTaak(req, id)
  if (isGeannuleerd(job)) throw new WorkflowError(TAKEN_MESSAGES.geannuleerd, 409)
  const taak = await beschrijfTaak(req, job)
  if (!(await zetTerugInWachtrij(req, id))) throw new WorkflowError(TAKEN_MESSAGES.nietMislukt, 409)
  await schrijfAudit(req, {
    actie: 'opnieuw-geprobeerd',
    collectie: JOBS,
    documentId: taak.id,
    documentTitel: taakTitel(taak),
    toelichting: toelichting(taak),
  })
  return taak
}

export async function mislukteTaakVerwijderen(
  req: PayloadRequest,
  id: string,
): Promise<MislukteTaak> {
  const taak = await beschrijfTaak(req, await mislukteTaak(req, id))
  if (!(await verwijderMislukteTaak(req, id)))
    throw new WorkflowError(TAKEN_MESSAGES.nietMislukt, 409)
  await schrijfAudit(req, {
    actie: 'verwijderd',
    collectie: JOBS,
    documentId: taak.id,
    documentTitel: taakTitel(taak),
    toelichting: toelichting(taak),
  })
  return taak
}
