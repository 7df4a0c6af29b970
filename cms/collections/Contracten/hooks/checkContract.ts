/**
 * A contract is the editor's own zorgkantoor's, for an organisation it contracts, and there is one
 * per organisation, zorgkantoor and year (a Dutch 400 naming the field; the unique compound index
 * is the backstop for two saves at once). Also composes the description for lists and the log,
 * and keeps the proposal mark (`voorstel`, see voorstelNa): only the carry-over of a year sets it
 * (`context.contractOvername`).
 */
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { mayWorkOnOrganisatie, userOf } from '../../../access'
import { CONTRACT_MESSAGES, voorstelNa } from '../../../domain/contract'
import { isRedacteur, relId, zorgkantoorIdOf } from '../../../domain/roles'
import { weiger } from '../../../http/responses'
import type { Contract } from '../../../payload-types'
import { findByIdOrNull } from '../../../queries/records'

export const checkContract: CollectionBeforeChangeHook<Contract> = async ({
  data,
  originalDoc,
  req,
  context,
}) => {
  const organisatie = relId(data.organisatie ?? originalDoc?.organisatie)
  const zorgkantoor = relId(data.zorgkantoor ?? originalDoc?.zorgkantoor)
  const jaar = data.jaar ?? originalDoc?.jaar
  data.voorstel = voorstelNa({
    overname: context.contractOvername === true,
    voor: originalDoc ? originalDoc.voorstel === true : null,
    gevraagd: data.voorstel,
    statusGewijzigd:
      originalDoc !== undefined && data.status != null && data.status !== originalDoc.status,
  })
  if (!organisatie || !zorgkantoor || typeof jaar !== 'number') return data // field validation
  const user = userOf(req)
  // A merger moves contracts of every zorgkantoor along (the endpoint checked the editor itself).
  if (user && isRedacteur(user) && !context.contractSysteem) {
    if (zorgkantoorIdOf(user) !== zorgkantoor || !(await mayWorkOnOrganisatie(req, organisatie))) {
      throw weiger(CONTRACT_MESSAGES.eigenZorgkantoor, 403)
    }
  }
  const dubbel = await req.payload.find({
    collection: 'contracten',
    where: {
      and: [
        { organisatie: { equals: organisatie } },
        { zorgkantoor: { equals: zorgkantoor } },
        { jaar: { equals: jaar } },
        ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  if (dubbel.docs.length) {
    throw new ValidationError(
      {
        collection: 'contracten',
        errors: [{ message: CONTRACT_MESSAGES.dubbel(jaar), path: 'jaar', label: 'Jaar' }],
      },
      req.t,
    )
  }
  const [org, zk] = await Promise.all([
    findByIdOrNull(req, {
      collection: 'organisaties',
      id: organisatie,
      depth: 0,
      overrideAccess: true,
    }),
    findByIdOrNull(req, {
      collection: 'zorgkantoren',
      id: zorgkantoor,
      depth: 0,
      overrideAccess: true,
    }),
  ])
  data.omschrijving = [org?.naam, zk?.naam, String(jaar)].filter(Boolean).join(' – ')
  return data
}
