/**
 * The §4.1 warnings of a care offer, read when one care offer is read (the admin form, a REST read,
 * the answer to a save): its one woonplaats that differs from the address's place without an
 * explanation, and, for home care and OCO, another location of the organisation with the same kind
 * of care that already serves this zorgkantoorregio. The newest versions (the provider's proposals)
 * count, and items marked for removal do not.
 */
import type { PayloadRequest } from 'payload'
import { relId, type RelValue } from '../domain/roles'
import {
  WOONPLAATS_ADRES_MESSAGES,
  anderLocatiesInRegio,
  wijktAfVanAdres,
} from '../domain/woonplaats-regels'
import { nietVoorVerwijdering } from '../domain/zichtbaarheid'
import { findByIdOrNull } from './records'

const ALL = { depth: 0, limit: 0, pagination: false, overrideAccess: true, draft: true } as const

export interface AanbodVoorWaarschuwing {
  id?: string | number | null
  locatie?: RelValue
  woonplaats?: RelValue
  woonplaatsToelichting?: string | null
}

export async function woonplaatsWaarschuwingen(
  req: PayloadRequest,
  aanbod: AanbodVoorWaarschuwing,
): Promise<string[]> {
  const locatieId = relId(aanbod.locatie)
  const woonplaatsId = relId(aanbod.woonplaats)
  if (!locatieId || !woonplaatsId) return []
  const [locatie, woonplaats] = await Promise.all([
    findByIdOrNull(req, { collection: 'locaties', id: locatieId, ...ALL, depth: 1 }),
    findByIdOrNull(req, {
      collection: 'woonplaatsen',
      id: woonplaatsId,
      depth: 0,
      overrideAccess: true,
    }),
  ])
  if (!locatie || !woonplaats) return []
  const soort = typeof locatie.soortZorg === 'object' ? locatie.soortZorg : null
  const meerdere = Boolean(soort?.meerdereWoonplaatsen)
  const waarschuwingen: string[] = []
  const plaats = locatie.bezoekadres?.plaats
  if (
    wijktAfVanAdres({
      meerdereWoonplaatsen: meerdere,
      woonplaats: woonplaats.naam,
      adresPlaats: plaats,
    }) &&
    !(aanbod.woonplaatsToelichting ?? '').trim()
  ) {
    waarschuwingen.push(
      WOONPLAATS_ADRES_MESSAGES.waarschuwing(woonplaats.naam, String(plaats).trim()),
    )
  }
  const organisatieId = relId(locatie.organisatie)
  if (meerdere && soort && organisatieId && woonplaats.zorgkantoorregio) {
    const andereLocaties = (
      await req.payload.find({
        collection: 'locaties',
        where: {
          and: [
            { organisatie: { equals: organisatieId } },
            { soortZorg: { equals: soort.id } },
            { id: { not_equals: locatie.id } },
          ],
        },
        ...ALL,
        req,
      })
    ).docs.filter(nietVoorVerwijdering)
    if (andereLocaties.length) {
      const aanbodElders = (
        await req.payload.find({
          collection: 'zorgaanbod',
          where: { locatie: { in: andereLocaties.map((l) => l.id) } },
          ...ALL,
          depth: 1,
          req,
        })
      ).docs.filter(nietVoorVerwijdering)
      const namen = anderLocatiesInRegio({
        meerdereWoonplaatsen: meerdere,
        regio: woonplaats.zorgkantoorregio,
        andere: andereLocaties.map((l) => ({
          naam: String(l.volledigeNaam || l.naam || `Locatie ${l.agbCode}`),
          regios: aanbodElders
            .filter((z) => relId(z.locatie) === String(l.id))
            .map((z) => (typeof z.woonplaats === 'object' ? z.woonplaats?.zorgkantoorregio : null)),
        })),
      })
      if (namen.length) {
        waarschuwingen.push(
          WOONPLAATS_ADRES_MESSAGES.tweedeInRegio(woonplaats.zorgkantoorregio, soort.naam, namen),
        )
      }
    }
  }
  return waarschuwingen
}
