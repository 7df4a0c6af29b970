/**
 * Which locations a ZorgkaartNederland record may belong to: those whose published version names
 * its id, and those at its address (the projection decides whether the address link holds).
 */
import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'
import {
  adresSleutel,
  kiesKoppeling,
  koppelVraag,
  magVolledigVervangen,
  ZORGKAART_KOLOMMEN,
  type KoppelLocatie,
  type ZorgkaartRecord,
} from '../domain/zorgkaart'
import type { WorkflowContext } from '../hooks/context'
import { queueIndexJob } from '../jobs/queue'
import type { Zorgkaart } from '../payload-types'
import { scopedRequest } from './records'

export interface RecordSleutels {
  zorgkaartId: string
  postcode?: string | null
  huisnummer?: string | null
}

export async function locatieIdsVanRecords(
  payload: Payload,
  records: readonly RecordSleutels[],
  req?: PayloadRequest,
): Promise<string[]> {
  if (!records.length) return []
  const ids = [...new Set(records.map((r) => r.zorgkaartId))]
  const sleutels = new Set(
    records.map((r) => adresSleutel(r.postcode, r.huisnummer)).filter((s) => s !== null),
  )
  const postcodes = [...new Set(records.map((r) => r.postcode).filter((p): p is string => !!p))]
  const gevonden = await payload.find({
    collection: 'locaties',
    where: {
      or: [
        { 'zorgkaartNederland.zorgkaartId': { in: ids } },
        ...(postcodes.length ? [{ 'bezoekadres.postcode': { in: postcodes } }] : []),
      ],
    },
    select: { bezoekadres: true, zorgkaartNederland: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return gevonden.docs
    .filter((l) => {
      const id = l.zorgkaartNederland?.zorgkaartId
      if (id && ids.includes(id)) return true
      const a = l.bezoekadres
      const sleutel = adresSleutel(a?.postcode, a?.huisnummer, a?.huisnummerToevoeging)
      return sleutel !== null && sleutels.has(sleutel)
    })
    .map((l) => String(l.id))
}

export interface ImportTelling {
  nieuw: number
  gewijzigd: number
  ongewijzigd: number
  /** records missing from a complete file, removed (0 unless `volledig`) */
  verwijderd: number
  /** locations whose published version now links to a record by its visiting address */
  gekoppeldOpAdres: number
  /** locations queued for the public index */
  herindexeren: number
}

const gelijk = (bestaand: Zorgkaart, r: ZorgkaartRecord) =>
  ZORGKAART_KOLOMMEN.every((k) => (bestaand[k] ?? null) === (r[k] ?? null))

export interface ImportOpties {
  /**
   * The file is the whole register (the live feed, or `--volledig` on the command line): records
   * missing from it are removed, unless that would remove more than half (magVolledigVervangen).
   */
  volledig?: boolean
}

/** Thrown when a complete file is refused before anything is stored (a Dutch message). */
export class ZorgkaartImportGeweigerd extends Error {}

/**
 * Upserts validated records by zorgkaartId in one transaction (the caller's, or its own): new
 * ones are created, changed ones updated, the rest left alone. Records missing from the file are
 * kept, or with `volledig` removed. One index job for every location a new, changed or removed
 * record may belong to.
 */
export async function importeerZorgkaart(
  req: PayloadRequest,
  records: readonly ZorgkaartRecord[],
  { volledig = false }: ImportOpties = {},
): Promise<ImportTelling> {
  const { payload } = req
  const started = await initTransaction(req)
  try {
    const bestaand = await payload.find({
      collection: 'zorgkaart',
      where: { zorgkaartId: { in: records.map((r) => r.zorgkaartId) } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const perId = new Map(bestaand.docs.map((d) => [d.zorgkaartId, d]))
    // The import's own writes queue no index jobs (one job for every affected location below).
    const stil = scopedRequest(req, { skipIndex: true } satisfies WorkflowContext)
    const geraakt: RecordSleutels[] = []
    let nieuw = 0
    let gewijzigd = 0
    for (const r of records) {
      const oud = perId.get(r.zorgkaartId)
      if (oud && gelijk(oud, r)) continue
      if (oud) {
        await payload.update({
          collection: 'zorgkaart',
          id: oud.id,
          data: r,
          depth: 0,
          overrideAccess: true,
          req: stil,
        })
        geraakt.push(oud)
        gewijzigd++
      } else {
        await payload.create({
          collection: 'zorgkaart',
          data: r,
          depth: 0,
          overrideAccess: true,
          req: stil,
        })
        nieuw++
      }
      geraakt.push(r)
    }
    let verwijderd = 0
    if (volledig) {
      const inBestand = new Set(records.map((r) => r.zorgkaartId))
      const alle = await payload.find({
        collection: 'zorgkaart',
        select: { zorgkaartId: true, postcode: true, huisnummer: true },
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      const weg = alle.docs.filter((d) => !inBestand.has(d.zorgkaartId))
      const bestaand = alle.docs.length - nieuw
      const mag = magVolledigVervangen(bestaand, records.length, weg.length)
      if (mag !== true) throw new ZorgkaartImportGeweigerd(mag)
      if (weg.length) {
        await payload.delete({
          collection: 'zorgkaart',
          where: { id: { in: weg.map((d) => d.id) } },
          depth: 0,
          overrideAccess: true,
          req: stil,
        })
        geraakt.push(...weg)
        verwijderd = weg.length
      }
    }
    const locatieIds = await locatieIdsVanRecords(payload, geraakt, req)
    await queueIndexJob(req, locatieIds)
    const gekoppeldOpAdres = await telAdresKoppelingen(payload, req)
    if (started) await commitTransaction(req)
    return {
      nieuw,
      gewijzigd,
      ongewijzigd: records.length - nieuw - gewijzigd,
      verwijderd,
      gekoppeldOpAdres,
      herindexeren: locatieIds.length,
    }
  } catch (error) {
    if (started) await killTransaction(req)
    throw error
  }
}

/**
 * Which of these locations link automatically by their visiting address (exactly one record
 * there, no id of their own, not "nog niet geregistreerd", not kleinschalig).
 */
export async function locatiesGekoppeldOpAdres(
  req: PayloadRequest,
  locaties: readonly (KoppelLocatie & { id: string | number })[],
): Promise<Set<string>> {
  const vragen = locaties.map((l) => ({ id: String(l.id), vraag: koppelVraag(l) }))
  const sleutels = [
    ...new Set(vragen.flatMap(({ vraag }) => (vraag?.wijze === 'adres' ? [vraag.sleutel] : []))),
  ]
  if (!sleutels.length) return new Set()
  const records = await req.payload.find({
    collection: 'zorgkaart',
    where: { adresSleutel: { in: sleutels } },
    select: { zorgkaartId: true, adresSleutel: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Set(
    vragen
      .filter(({ vraag }) => vraag?.wijze === 'adres' && kiesKoppeling(vraag, records.docs))
      .map(({ id }) => id),
  )
}

/** How many published locations link to a record by their visiting address (exactly one there). */
export async function telAdresKoppelingen(payload: Payload, req?: PayloadRequest): Promise<number> {
  const alles = { depth: 0, limit: 0, pagination: false, overrideAccess: true, req } as const
  const [locaties, records] = await Promise.all([
    payload.find({
      collection: 'locaties',
      where: { _status: { equals: 'published' } },
      select: { bezoekadres: true, kleinschalig: true, zorgkaartNederland: true },
      ...alles,
    }),
    payload.find({
      collection: 'zorgkaart',
      select: { zorgkaartId: true, adresSleutel: true },
      ...alles,
    }),
  ])
  const perSleutel = new Map<string, { zorgkaartId: string; adresSleutel?: string | null }[]>()
  for (const r of records.docs) {
    if (!r.adresSleutel) continue
    perSleutel.set(r.adresSleutel, [...(perSleutel.get(r.adresSleutel) ?? []), r])
  }
  return locaties.docs.filter((l) => {
    const vraag = koppelVraag(l)
    return vraag?.wijze === 'adres' && kiesKoppeling(vraag, perSleutel.get(vraag.sleutel) ?? [])
  }).length
}
