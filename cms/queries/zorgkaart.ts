/**
 * Which locations a ZorgkaartNederland record may belong to: those whose published version names
 * its id, and those at its address (the projection decides whether the address link holds).
 */
import type { Payload, PayloadRequest } from 'payload'
import { adresSleutel } from '../domain/zorgkaart'

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
        { 'zorgkaartNederland.id': { in: ids } },
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
      const id = l.zorgkaartNederland?.id
      if (id && ids.includes(id)) return true
      const a = l.bezoekadres
      const sleutel = adresSleutel(a?.postcode, a?.huisnummer, a?.huisnummerToevoeging)
      return sleutel !== null && sleutels.has(sleutel)
    })
    .map((l) => String(l.id))
}
