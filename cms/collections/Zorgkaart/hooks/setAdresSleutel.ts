import type { CollectionBeforeChangeHook } from 'payload'
import { normalisePostcode } from '../../../domain/adres'
import { adresSleutel } from '../../../domain/zorgkaart'
import type { Zorgkaart } from '../../../payload-types'

/** Stores the postcode as "1234 AB" and the address key the automatic link searches on. */
export const setAdresSleutel: CollectionBeforeChangeHook<Zorgkaart> = ({ data, originalDoc }) => {
  const postcode = data.postcode ?? originalDoc?.postcode
  const huisnummer = data.huisnummer ?? originalDoc?.huisnummer
  if (typeof data.postcode === 'string') {
    data.postcode = normalisePostcode(data.postcode) ?? data.postcode
  }
  data.adresSleutel = adresSleutel(postcode, huisnummer)
  return data
}
