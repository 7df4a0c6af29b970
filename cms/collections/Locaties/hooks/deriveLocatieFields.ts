/** Derived fields: volgnummer (§3.2.2), volledige naam (§3.2.4), kleinschalig address (§3.2.5). */
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { mayWorkOnOrganisatie } from '../../../access'
import {
  KLEINSCHALIG_STRAAT,
  normalisePostcode,
  validateAdres,
  type AdresInput,
} from '../../../domain/adres'
import { AGB_MESSAGES, nextVolgnummer, normaliseAgbCode } from '../../../domain/agb'
import { volledigeNaam } from '../../../domain/locatie-naam'
import { voorzieningLabel } from '../../../domain/referentiecodes'
import { relId } from '../../../domain/roles'
import { parseYoutube } from '../../../domain/video'
import { weiger } from '../../../http/responses'
import { findByIdOrNull } from '../../../queries/records'
import type { Locatie } from '../../../payload-types'

export const deriveLocatieFields: CollectionBeforeChangeHook<Locatie> = async ({
  data,
  originalDoc,
  req,
}) => {
  const organisatieId = relId(data.organisatie)
  if (req.user && organisatieId && !(await mayWorkOnOrganisatie(req, organisatieId))) {
    throw weiger('U kunt alleen locaties toevoegen bij uw eigen organisaties.', 403)
  }
  const agbCode = normaliseAgbCode(String(data.agbCode ?? ''))
  data.agbCode = agbCode
  const others = await req.payload.find({
    collection: 'locaties',
    where: { agbCode: { equals: agbCode } },
    draft: true,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const sameAgb = others.docs.filter((d) => String(d.id) !== String(originalDoc?.id ?? ''))
  if (data.hoofdlocatie) {
    if (sameAgb.some((d) => d.hoofdlocatie)) throw weiger(AGB_MESSAGES.hoofdlocatieBestaat, 400)
    data.volgnummer = 0
  } else {
    if (!sameAgb.some((d) => d.hoofdlocatie)) throw weiger(AGB_MESSAGES.geenHoofdlocatie, 400)
    const vorige = originalDoc?.volgnummer ?? 0
    const keep = originalDoc?.agbCode === agbCode && !originalDoc.hoofdlocatie && vorige > 0
    data.volgnummer = keep
      ? vorige
      : nextVolgnummer(
          false,
          sameAgb.map((d) => d.volgnummer ?? 0),
        )
  }

  const adres: AdresInput = { ...(data.bezoekadres ?? {}) }
  if (data.kleinschalig) {
    const { straat: _straat, ...fouten } = validateAdres({ ...adres, kleinschalig: true })
    const errors = Object.entries(fouten).map(([veld, message]) => ({
      path: `bezoekadres.${veld}`,
      message,
    }))
    if (errors.length) throw new ValidationError({ collection: 'locaties', errors })
    // §3.2.5: the exact place is never stored for a kleinschalig wooninitiatief, so it cannot leak.
    data.coordinaten = { lat: null, lng: null }
    adres.straat = KLEINSCHALIG_STRAAT
    adres.huisnummer = null
    adres.huisnummerToevoeging = null
    adres.postcode = /^(\d{4})/.exec(String(adres.postcode ?? '').trim())?.[1] ?? ''
  } else {
    adres.postcode = normalisePostcode(String(adres.postcode ?? '')) ?? adres.postcode
  }
  data.bezoekadres = adres

  // §3.2.7: only the video id is kept, never the pasted HTML. Anything else is left as it is, so
  // the field's validator (which runs after this hook) refuses it with its message.
  const video = parseYoutube(data.video ?? '')
  if ('id' in video) {
    data.youtubeId = video.id
    data.video = video.id
  } else data.youtubeId = null

  if (data.gebruikVolledigeNaam !== false) {
    const organisatie = organisatieId
      ? await findByIdOrNull(req, {
          collection: 'organisaties',
          id: organisatieId,
          draft: true,
          depth: 0,
          overrideAccess: true,
        })
      : null
    // The location stores the voorziening's code; the name shows its label.
    const soortId = relId(data.soortZorg)
    const soort = soortId
      ? await findByIdOrNull(req, {
          collection: 'soorten-zorg',
          id: soortId,
          depth: 0,
          overrideAccess: true,
        })
      : null
    data.volledigeNaam = volledigeNaam({
      organisatieNaam: organisatie?.naam ?? '',
      verkorteNaam: organisatie?.verkorteNaam,
      voorziening: voorzieningLabel(soort?.voorzieningen, data.voorziening) ?? data.voorziening,
      locatieNaam: data.naam,
    })
  }
  return data
}
