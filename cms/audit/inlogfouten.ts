/**
 * Failed logins in the audit trail, aggregated: one entry per login and quarter of an hour, with
 * the number of tries (`aantal`), instead of one entry per try. Tries for addresses without a login
 * share one entry per quarter ("Onbekend e-mailadres"); the typed address is never stored (people
 * type passwords into that field too), nor any password.
 */
import type { PayloadRequest, Where } from 'payload'
import { SYSTEEM } from '../domain/audit'
import { ROLE_LABELS } from '../domain/roles'
import { withScopedRequest } from '../queries/records'
import type { AuditContext } from './context'
import { AUDIT_LOG, schrijfAudit } from './schrijf'

/** An entry collects the failed tries of one login for this long. */
export const INLOGFOUTEN_VENSTER_MS = 15 * 60 * 1000
const ONBEKEND = 'Onbekend e-mailadres'

export const INLOGFOUT_TOELICHTING = {
  wachtwoord: 'Verkeerd wachtwoord.',
  onbekend: 'Geen login met dit e-mailadres.',
  geweigerd: 'Daarna tijdelijk geweigerd: te veel pogingen.',
  code: 'Verkeerde code bij inloggen in twee stappen.',
} as const

export async function schrijfInlogfout(
  req: PayloadRequest,
  args: { email: string; soort: 'wachtwoord' | 'code'; geweigerd?: boolean },
): Promise<void> {
  const email = args.email.trim().toLowerCase()
  const user = email
    ? (
        await req.payload.find({
          collection: 'users',
          where: { email: { equals: email } },
          depth: 0,
          limit: 1,
          overrideAccess: true,
          req,
        })
      ).docs[0]
    : undefined
  const sinds = new Date(Date.now() - INLOGFOUTEN_VENSTER_MS).toISOString()
  const wie: Where = user
    ? { documentId: { equals: String(user.id) } }
    : { and: [{ documentId: { exists: false } }, { gebruikerNaam: { equals: ONBEKEND } }] }
  const bestaand = (
    await req.payload.find({
      collection: AUDIT_LOG,
      where: {
        and: [
          { actie: { equals: 'inloggen-mislukt' } },
          { createdAt: { greater_than: sinds } },
          wie,
        ],
      },
      sort: '-createdAt',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
  ).docs[0]
  const basis =
    args.soort === 'code'
      ? INLOGFOUT_TOELICHTING.code
      : user
        ? INLOGFOUT_TOELICHTING.wachtwoord
        : INLOGFOUT_TOELICHTING.onbekend
  if (bestaand) {
    const oud = bestaand.toelichting ?? ''
    const delen = new Set(oud.split('\n').filter(Boolean))
    delen.add(basis)
    if (args.geweigerd) delen.add(INLOGFOUT_TOELICHTING.geweigerd)
    await withScopedRequest(req, { auditBeheer: true } satisfies AuditContext, (scoped) =>
      req.payload.update({
        collection: AUDIT_LOG,
        id: bestaand.id,
        data: { aantal: (bestaand.aantal ?? 1) + 1, toelichting: [...delen].join('\n') },
        overrideAccess: true,
        depth: 0,
        req: scoped,
      }),
    )
    return
  }
  await schrijfAudit(req, {
    actie: 'inloggen-mislukt',
    actor: user
      ? {
          id: String(user.id),
          naam: user.naam || user.email,
          rol: user.rol ? ROLE_LABELS[user.rol] : null,
        }
      : { ...SYSTEEM, naam: ONBEKEND },
    collectie: 'users',
    documentId: user?.id ?? null,
    toelichting: args.geweigerd ? `${basis}\n${INLOGFOUT_TOELICHTING.geweigerd}` : basis,
    aantal: 1,
  })
}
