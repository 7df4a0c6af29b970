/**
 * Removing a login removes its personal data from the history, in the same transaction: in the
 * audit log the login's name (as actor, and as the subject of entries about the login itself)
 * becomes a pseudonym, the same one on every entry, and its id a code no later login can get (SQLite
 * may give a deleted id out again); personal values in entries about the login become [verwijderd].
 * Change requests keep their sender and handler as the pseudonym, invitations their inviter. The
 * entry of this deletion itself gets the pseudonym too (the audit hook reads it from the context).
 */
import type { CollectionBeforeDeleteHook } from 'payload'
import type { AuditContext } from '../../../audit/context'
import { herschrijfLogboek } from '../../../audit/schrijf'
import { auditSamenvatting, nieuwPseudoniem, VERWIJDERDE_WAARDE } from '../../../domain/audit'
import type { Veldverschil } from '../../../domain/verschillen'

const verwijderWaarden = (wijzigingen: unknown): Veldverschil[] =>
  ((Array.isArray(wijzigingen) ? wijzigingen : []) as Veldverschil[]).map((w) =>
    w.soort === 'tekst'
      ? {
          ...w,
          oud: w.oud === null ? null : VERWIJDERDE_WAARDE,
          nieuw: w.nieuw === null ? null : VERWIJDERDE_WAARDE,
        }
      : ({ ...w, oud: [], nieuw: [], erbij: [], eraf: [] } as Veldverschil),
  )

export const pseudonymiseUser: CollectionBeforeDeleteHook = async ({ id, req, collection }) => {
  const userId = String(id)
  const pseudoniem = nieuwPseudoniem()
  const context = req.context as AuditContext
  context.pseudoniemen = { ...context.pseudoniemen, [userId]: pseudoniem }

  await herschrijfLogboek(req, { gebruikerId: { equals: userId } }, () => ({
    gebruikerId: pseudoniem.id,
    gebruikerNaam: pseudoniem.naam,
  }))
  await herschrijfLogboek(
    req,
    { and: [{ collectie: { equals: collection.slug } }, { documentId: { equals: userId } }] },
    (entry) => ({
      documentId: pseudoniem.id,
      documentTitel: pseudoniem.naam,
      samenvatting: auditSamenvatting(entry.actie, {
        collectieLabel: 'Gebruiker',
        titel: entry.actie === 'ingelogd' || entry.actie === 'uitgelogd' ? null : pseudoniem.naam,
      }),
      wijzigingen: verwijderWaarden(entry.wijzigingen),
    }),
  )
  for (const [veld, naamVeld] of [
    ['verstuurdDoor', 'verstuurdDoorNaam'],
    ['afgehandeldDoor', 'afgehandeldDoorNaam'],
  ] as const) {
    await req.payload.update({
      collection: 'wijzigingsverzoeken',
      where: { [veld]: { equals: userId } },
      data: { [naamVeld]: pseudoniem.naam },
      overrideAccess: true,
      depth: 0,
      req,
    })
  }
  await req.payload.update({
    collection: 'uitnodigingen',
    where: { uitgenodigdDoor: { equals: userId } },
    data: { uitgenodigdDoorNaam: pseudoniem.naam },
    overrideAccess: true,
    depth: 0,
    req,
  })
}
