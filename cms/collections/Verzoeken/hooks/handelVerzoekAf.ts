/**
 * An editor's answer or status change: who answered, on whose behalf, when; when it was handled.
 * Only status and answer reach this hook from an editor (the other fields refuse updates).
 */
import type { CollectionBeforeChangeHook } from 'payload'
import { userOf } from '../../../access'
import { beoordeeldNamens } from '../../../workflow/beoordelen'
import type { Verzoek } from '../../../payload-types'

const tekst = (v: unknown) => (typeof v === 'string' ? v.trim() : '')

export const handelVerzoekAf: CollectionBeforeChangeHook<Verzoek> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  const user = userOf(req)
  const nu = new Date().toISOString()
  const antwoord = tekst(data.antwoord ?? originalDoc.antwoord)
  if (antwoord && antwoord !== tekst(originalDoc.antwoord)) {
    data.beantwoordOp = nu
    data.beantwoordDoorNaam = user ? user.naam || user.email : 'Zorgatlas'
    data.beantwoordDoor = user ? user.id : null
    data.beantwoordNamens = await beoordeeldNamens(req)
    // An answer moves an open request on; the editor closes it explicitly.
    if ((data.status ?? originalDoc.status) === 'open') data.status = 'in-behandeling'
  }
  const status = data.status ?? originalDoc.status
  if (status === 'afgehandeld' && originalDoc.status !== 'afgehandeld') data.afgehandeldOp = nu
  if (status !== 'afgehandeld') data.afgehandeldOp = null
  return data
}
