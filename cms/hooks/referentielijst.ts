/**
 * The reference lists the beheerder maintains: soorten zorg (with voorzieningen),
 * zachte informatie, OCO services.
 * - A code in use cannot change (400) and an entry in use cannot be deleted (409, with how many
 *   locations use it); a voorziening in use cannot leave its soort zorg's list.
 * - A changed label (name, icon, group; a voorziening's name) re-publishes the code → label table
 *   and re-indexes exactly the public locations that show it, in the same transaction (the jobs
 *   table is the outbox, cms/jobs/queue.ts).
 */
import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
  Where,
} from 'payload'
import {
  REFERENTIE_MELDINGEN,
  codeFout,
  dubbeleCodes,
  labelVeranderd,
  voorzieningWijzigingen,
  vulVoorzieningCodes,
  type VoorzieningItem,
} from '../domain/referentiecodes'
import { relId } from '../domain/roles'
import { weiger } from '../http/responses'
import { queueLabelJob } from '../jobs/queue'

export type ReferentieSlug = 'soorten-zorg' | 'zachte-informatie' | 'oco-dienstverlening'

const PUBLISHED: Where = { _status: { equals: 'published' } }

/** Where the locations (or their care offers) refer to an entry of a list. */
function gebruikWhere(
  slug: ReferentieSlug,
  id: string | number,
): {
  collection: 'locaties' | 'zorgaanbod'
  where: Where
} {
  if (slug === 'soorten-zorg')
    return { collection: 'locaties', where: { soortZorg: { equals: id } } }
  const veld = slug === 'zachte-informatie' ? 'zachteInformatie' : 'dienstverlening'
  return { collection: 'zorgaanbod', where: { [veld]: { in: [id] } } }
}

/**
 * The ids of the locations that use an entry: all of them (`alleen: 'alle'`, for refusals), or
 * those whose public (Definitief) data shows it (`'publiek'`, for re-indexing).
 */
export async function locatiesMet(
  req: PayloadRequest,
  slug: ReferentieSlug,
  id: string | number,
  alleen: 'alle' | 'publiek',
  extra?: Where,
): Promise<string[]> {
  const { collection, where } = gebruikWhere(slug, id)
  const found = await req.payload.find({
    collection,
    where: {
      and: [where, ...(extra ? [extra] : []), ...(alleen === 'publiek' ? [PUBLISHED] : [])],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const ids = found.docs.map((d) =>
    collection === 'locaties' ? String(d.id) : relId((d as { locatie?: never }).locatie),
  )
  return [...new Set(ids.filter((i): i is string => Boolean(i)))].sort()
}

const voorzieningWhere = (code: string): Where => ({ voorziening: { equals: code } })

const voorzieningenVan = (
  doc: { voorzieningen?: unknown } | null | undefined,
): VoorzieningItem[] =>
  Array.isArray(doc?.voorzieningen) ? (doc.voorzieningen as VoorzieningItem[]) : []

/** Codes are checked and fixed: an entry's own code, and those of a soort zorg's voorzieningen. */
export const bewaakCodes =
  (slug: ReferentieSlug): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req }) => {
    if (operation === 'update' && originalDoc && data.code !== undefined) {
      if (data.code !== originalDoc.code) {
        const n = (await locatiesMet(req, slug, originalDoc.id, 'alle')).length
        if (n > 0) throw weiger(REFERENTIE_MELDINGEN.codeVast(String(originalDoc.code), n), 400)
      }
    }
    if (slug !== 'soorten-zorg' || data.voorzieningen === undefined) return data
    const nieuw = vulVoorzieningCodes(voorzieningenVan(data))
    for (const v of nieuw) {
      const fout = codeFout(v.code)
      if (fout) throw weiger(`Voorziening "${v.naam}": ${fout}`, 400)
    }
    const dubbel = dubbeleCodes(nieuw)
    if (dubbel.length) throw weiger(REFERENTIE_MELDINGEN.dubbel(dubbel), 400)
    data.voorzieningen = nieuw
    if (operation !== 'update' || !originalDoc) return data
    const wijziging = voorzieningWijzigingen(voorzieningenVan(originalDoc), nieuw)
    for (const { van } of wijziging.codeGewijzigd) {
      const n = (await locatiesMet(req, slug, originalDoc.id, 'alle', voorzieningWhere(van))).length
      if (n > 0) throw weiger(REFERENTIE_MELDINGEN.codeVast(van, n), 400)
    }
    for (const code of wijziging.verwijderd) {
      const n = (await locatiesMet(req, slug, originalDoc.id, 'alle', voorzieningWhere(code)))
        .length
      const naam = voorzieningenVan(originalDoc).find((v) => v.code === code)?.naam ?? code
      if (n > 0) throw weiger(REFERENTIE_MELDINGEN.nietVerwijderen(naam, n), 409)
    }
    return data
  }

/** An entry in use is not deleted (409, naming how many locations use it). */
export const weigerVerwijderenInGebruik =
  (slug: ReferentieSlug): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const n = (await locatiesMet(req, slug, id, 'alle')).length
    if (n === 0) return
    const doc = await req.payload.findByID({
      collection: slug,
      id,
      depth: 0,
      overrideAccess: true,
      req,
    })
    throw weiger(REFERENTIE_MELDINGEN.nietVerwijderen(String(doc?.naam ?? id), n), 409)
  }

/** A changed label: the label table again, and the public documents that show it. */
export const herpubliceerLabels =
  (slug: ReferentieSlug): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    if (operation === 'create') {
      // a new entry of the beheerder: only the label table (no location uses it yet); the seeder
      // (no login) is followed by a full rebuild anyway
      if (req.user) await queueLabelJob(req, [])
      return doc
    }
    const ids = new Set<string>()
    const veranderd = labelVeranderd(previousDoc, doc, ['naam', 'icoon', 'groep', 'code'])
    if (veranderd) {
      for (const id of await locatiesMet(req, slug, doc.id, 'publiek')) ids.add(id)
    }
    let voorzieningHernoemd = false
    if (slug === 'soorten-zorg') {
      const { hernoemd } = voorzieningWijzigingen(
        voorzieningenVan(previousDoc),
        voorzieningenVan(doc),
      )
      for (const code of hernoemd) {
        voorzieningHernoemd = true
        const met = await locatiesMet(req, slug, doc.id, 'publiek', voorzieningWhere(code))
        for (const id of met) ids.add(id)
      }
    }
    if (ids.size || voorzieningHernoemd || veranderd) {
      await queueLabelJob(req, [...ids])
    }
    return doc
  }
