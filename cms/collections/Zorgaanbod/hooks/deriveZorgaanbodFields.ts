import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { mayWorkOnOrganisatie } from '../../../access'
import { rawId, relId } from '../../../domain/roles'
import { checkWoonplaats, woonplaatsBijAdresFout } from '../../../domain/woonplaats-regels'
import { nietVoorVerwijdering } from '../../../domain/zichtbaarheid'
import { weiger } from '../../../http/responses'
import type { Zorgaanbod } from '../../../payload-types'
import { findByIdOrNull } from '../../../queries/records'

/**
 * Organisation (for access) and title come from the location; woonplaats cardinality and, for
 * residential and day care, the woonplaats where the location is housed (§4.1).
 */
export const deriveZorgaanbodFields: CollectionBeforeChangeHook<Zorgaanbod> = async ({
  data,
  originalDoc,
  req,
}) => {
  const locatieId = relId(data.locatie)
  const woonplaatsId = relId(data.woonplaats)
  if (!locatieId || !woonplaatsId) return data
  const locatie = await findByIdOrNull(req, {
    collection: 'locaties',
    id: locatieId,
    draft: true,
    depth: 1,
    overrideAccess: true,
  })
  if (!locatie) throw weiger('De gekozen locatie bestaat niet.', 400)
  data.organisatie = rawId(locatie.organisatie)
  if (
    req.user &&
    data.organisatie &&
    !(await mayWorkOnOrganisatie(req, String(data.organisatie)))
  ) {
    throw weiger('U kunt alleen zorgaanbod toevoegen bij locaties van uw eigen organisaties.', 403)
  }
  const soort = locatie.soortZorg as { meerdereWoonplaatsen?: boolean } | string | null
  const meerdere =
    typeof soort === 'object' && soort !== null ? Boolean(soort.meerdereWoonplaatsen) : false
  const bestaande = await req.payload.find({
    collection: 'zorgaanbod',
    where: { locatie: { equals: locatieId } },
    draft: true,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const andere = bestaande.docs
    .filter((d) => String(d.id) !== String(originalDoc?.id ?? '') && nietVoorVerwijdering(d))
    .map((d) => relId(d.woonplaats))
    .filter((id): id is string => id !== null)
  const fout = checkWoonplaats({
    meerdereWoonplaatsen: meerdere,
    bestaande: andere,
    nieuwe: woonplaatsId,
  })
  if (fout) throw weiger(fout, 400)
  const woonplaats = await findByIdOrNull(req, {
    collection: 'woonplaatsen',
    id: woonplaatsId,
    depth: 0,
    overrideAccess: true,
  })
  // §4.1: residential and day care are offered where the location is housed. Checked when the
  // woonplaats is chosen (a new care offer, a copy, another woonplaats); a later change of the
  // address shows as a warning on the care offer (readWoonplaatsWaarschuwingen). The choice of a
  // login; the system's own writes (seed, import, cascades) are trusted like elsewhere here.
  if (req.user && woonplaats && (!originalDoc || relId(originalDoc.woonplaats) !== woonplaatsId)) {
    const bijAdres = woonplaatsBijAdresFout({
      meerdereWoonplaatsen: meerdere,
      woonplaats: woonplaats.naam,
      adresPlaats: locatie.bezoekadres?.plaats,
      toelichting: data.woonplaatsToelichting ?? originalDoc?.woonplaatsToelichting,
    })
    if (bijAdres) {
      throw new ValidationError(
        {
          collection: 'zorgaanbod',
          errors: [{ message: bijAdres, path: 'woonplaats', label: 'Woonplaats' }],
        },
        req.t,
      )
    }
  }
  data.titel = `${String(locatie.volledigeNaam ?? locatie.naam ?? 'Locatie')} – ${String(woonplaats?.naam ?? '')}`
  return data
}
