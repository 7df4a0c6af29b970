/**
 * Who reads, changes and deletes which logins. The rules themselves are pure
 * (cms/domain/roles.ts); here they meet the request: the scope of organisations a manager holds,
 * and Where queries for Payload.
 */
import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'
import { organisatieIdsOfZorgkantoor, userOf } from '../../access'
import {
  beheerbereikVan,
  isActief,
  isBeheerder,
  isRedacteur,
  mayManageLogins,
  relId,
  zorgkantoorIdOf,
  type Beheerbereik,
  type LoginStaat,
} from '../../domain/roles'
import type { User } from '../../payload-types'

/** The organisations whose logins this login manages (empty: none). */
export async function beheerbereik(req: PayloadRequest): Promise<Beheerbereik> {
  const user = userOf(req)
  if (!user || !mayManageLogins(user)) return []
  const zk = isRedacteur(user) ? zorgkantoorIdOf(user) : null
  const vanZorgkantoor = zk ? await organisatieIdsOfZorgkantoor(req, zk) : []
  return beheerbereikVan(user, vanZorgkantoor)
}

/** A provider-side login: the provider role or none (rights taken, deactivated). */
const AANBIEDER_LOGIN: Where = {
  or: [{ rol: { equals: 'zorgaanbieder' } }, { rol: { exists: false } }],
}

/**
 * Read and update: yourself; a beheerder everyone; an editor or user administrator the provider
 * logins linked to an organisation in their scope (others answer 404, as if they did not exist).
 */
export const loginsInBereik: Access = async ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (isBeheerder(user) && isActief(user)) return true
  const self: Where = { id: { equals: user.id } }
  const bereik = await beheerbereik(req)
  if (bereik === 'alles') return true
  if (!bereik.length) return self
  return { or: [self, { and: [{ organisaties: { in: [...bereik] } }, AANBIEDER_LOGIN] }] }
}

/** Fields of rights and status: managers may send them; the rules decide (bewaakLogin). */
export const managersField: FieldAccess = ({ req }) => mayManageLogins(userOf(req))

const ids = (values: unknown): string[] =>
  (Array.isArray(values) ? values : [])
    .map((v) => relId(v as never))
    .filter((v): v is string => v !== null)

/** A user document (or the data of a change) as the rules compare it. */
export function loginStaat(doc: Partial<User>): LoginStaat {
  return {
    id: doc.id ?? null,
    rol: doc.rol ?? null,
    zorgkantoor: relId(doc.zorgkantoor as never),
    organisaties: ids(doc.organisaties),
    gebruikersbeheerder: doc.gebruikersbeheerder === true,
    contactpersoon: doc.contactpersoon === true,
    nieuwsbrief: doc.nieuwsbrief === true,
    actief: doc.actief !== false,
    naam: String(doc.naam ?? ''),
    email: String(doc.email ?? '').toLowerCase(),
  }
}
