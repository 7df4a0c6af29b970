/**
 * The sender gets an e-mail when the zorgkantoor answers or handles their request, queued in the
 * same transaction (the jobs table is the outbox; cms/jobs/queue.ts).
 */
import type { CollectionAfterChangeHook } from 'payload'
import { berichtVerzoekBeantwoord } from '../../../domain/berichten'
import { adminUrl } from '../../../workflow/links'
import { queueMail } from '../../../jobs/queue'
import type { Verzoek } from '../../../payload-types'

const tekst = (v: unknown) => (typeof v === 'string' ? v.trim() : '')

export const mailAntwoord: CollectionAfterChangeHook<Verzoek> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !doc.verstuurdDoorEmail) return doc
  const nieuwAntwoord = tekst(doc.antwoord) && tekst(doc.antwoord) !== tekst(previousDoc?.antwoord)
  const nuAfgehandeld = doc.status === 'afgehandeld' && previousDoc?.status !== 'afgehandeld'
  if (!nieuwAntwoord && !nuAfgehandeld) return doc
  await queueMail(req, {
    aan: doc.verstuurdDoorEmail,
    ...berichtVerzoekBeantwoord({
      naam: doc.verstuurdDoorNaam || 'zorgaanbieder',
      onderwerp: doc.onderwerp,
      namens: doc.beantwoordNamens || 'Het zorgkantoor',
      antwoord: tekst(doc.antwoord),
      afgehandeld: doc.status === 'afgehandeld',
      link: adminUrl(`/collections/verzoeken/${doc.id}`),
    }),
  })
  return doc
}
