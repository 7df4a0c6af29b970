/**
 * The dates of a free-capacity entry: stored as days, 30 days by default, checked by
 * cms/domain/capaciteit.ts. A saved entry is current again (`verlopen` false) until the scheduled
 * expiry task marks it (cms/jobs/capaciteit.ts), which skips these checks.
 */
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { geldigheidFouten, opgeslagenDag, standaardGeldigTot } from '../../../domain/capaciteit'
import { isExpiryRun } from '../../../jobs/capaciteit'
import type { VrijeCapaciteit } from '../../../payload-types'

export const setCapaciteitDates: CollectionBeforeChangeHook<VrijeCapaciteit> = ({
  data,
  originalDoc,
  req,
}) => {
  if (isExpiryRun(req)) return data
  const vanaf = opgeslagenDag(data.beschikbaarVanaf ?? originalDoc?.beschikbaarVanaf ?? new Date())
  const tot = opgeslagenDag(data.geldigTot ?? originalDoc?.geldigTot ?? standaardGeldigTot(vanaf))
  const fouten = geldigheidFouten(vanaf, tot)
  if (fouten.length) {
    throw new ValidationError({
      collection: 'vrije-capaciteit',
      errors: fouten.map((message) => ({ path: 'geldigTot', message })),
    })
  }
  data.beschikbaarVanaf = vanaf
  data.geldigTot = tot
  data.verlopen = false
  return data
}
