/**
 * The NZa code fits the type (§2) and belongs to one organisation: a zorgaanbieder brings its real
 * code, an OCO or PGB-initiatief gets the next free fictitious code of its reserved range
 * (cms/domain/organisatie.ts). A code in use by another organisation is refused with a Dutch 400
 * naming the field; the unique index on `nza_code` is the backstop for two saves at once.
 */
import { ValidationError, type CollectionBeforeValidateHook, type PayloadRequest } from 'payload'
import {
  NZA_MESSAGES,
  nzaCodeVoorType,
  volgendeFictieveCode,
  FICTIEVE_PREFIX,
} from '../../../domain/organisatie'
import type { Organisatie } from '../../../payload-types'

const veldFout = (req: PayloadRequest, message: string) =>
  new ValidationError(
    { collection: 'organisaties', errors: [{ message, path: 'nzaCode', label: 'NZa-code' }] },
    req.t,
  )

/** Organisations (other than `eigen`) with this code: published rows and newest drafts. */
async function andereMetCode(
  req: PayloadRequest,
  code: string,
  eigen: string | number | undefined,
): Promise<Organisatie | null> {
  for (const draft of [false, true]) {
    const found = await req.payload.find({
      collection: 'organisaties',
      where: {
        and: [
          { nzaCode: { equals: code } },
          ...(eigen === undefined ? [] : [{ id: { not_equals: eigen } }]),
        ],
      },
      draft,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    if (found.docs[0]) return found.docs[0]
  }
  return null
}

async function codesInGebruik(req: PayloadRequest, prefix: string): Promise<string[]> {
  const found = await req.payload.find({
    collection: 'organisaties',
    where: { nzaCode: { like: `${prefix}-` } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { nzaCode: true },
    req,
  })
  return found.docs.map((d) => d.nzaCode ?? '')
}

export const assignNzaCode: CollectionBeforeValidateHook<Organisatie> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (!data) return data
  if (operation === 'update' && data.nzaCode === undefined && data.type === undefined) return data
  const type = data.type ?? originalDoc?.type ?? 'zorgaanbieder'
  const code = data.nzaCode !== undefined ? data.nzaCode : originalDoc?.nzaCode
  const typeGewijzigd = operation === 'update' && originalDoc?.type !== type
  const keuze = nzaCodeVoorType(type, code, typeGewijzigd)
  if ('fout' in keuze) throw veldFout(req, keuze.fout)
  if ('nieuw' in keuze) {
    const prefix = FICTIEVE_PREFIX[type as keyof typeof FICTIEVE_PREFIX]
    const nieuw = volgendeFictieveCode(
      type as keyof typeof FICTIEVE_PREFIX,
      await codesInGebruik(req, prefix),
    )
    if (!nieuw) throw veldFout(req, NZA_MESSAGES.vol(prefix))
    data.nzaCode = nieuw
    return data
  }
  const dubbel = await andereMetCode(req, keuze.code, originalDoc?.id)
  if (dubbel) throw veldFout(req, NZA_MESSAGES.dubbel(dubbel.naam))
  data.nzaCode = keuze.code
  return data
}
