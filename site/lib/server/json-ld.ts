/**
 * schema.org data of a location page (JSON-LD), made only from what the page itself shows. A
 * kleinschalig wooninitiatief gets no street, house number or map point: its page shows only
 * the place and the 4 digits of the postcode (§3.2.5), and so does this.
 */
import type { PublicDocument } from '../../../search-indexer/contract'
import { websiteHref } from '../format'

/** Residential care for the elderly is a nursing home; every other kind of care a medical business. */
export const schemaTypeVoor = (soortZorgCode: string): 'NursingHome' | 'MedicalBusiness' =>
  soortZorgCode === 'ouderenzorg-instelling' ? 'NursingHome' : 'MedicalBusiness'

export const locatieJsonLd = (doc: PublicDocument, paginaUrl: string, origin: string) => {
  const { straat, huisnummer, postcode, plaats } = doc.adres
  const adres = doc.kleinschalig
    ? {
        '@type': 'PostalAddress',
        postalCode: /\d{4}/.exec(postcode)?.[0] ?? undefined,
        addressLocality: plaats,
        addressCountry: 'NL',
      }
    : {
        '@type': 'PostalAddress',
        streetAddress: [straat, huisnummer].filter(Boolean).join(' ') || undefined,
        postalCode: postcode || undefined,
        addressLocality: plaats,
        addressCountry: 'NL',
      }
  const website = doc.website ? websiteHref(doc.website) : null
  const score = doc.waardering?.score
  const foto = doc.fotos[0]
  return {
    '@context': 'https://schema.org',
    '@type': schemaTypeVoor(doc.soortZorg.code),
    '@id': paginaUrl,
    name: doc.naam,
    url: paginaUrl,
    address: adres,
    ...(doc.telefoon && { telephone: doc.telefoon }),
    ...(doc.email && { email: doc.email }),
    ...(website && { sameAs: website }),
    ...(foto && { image: origin + foto.src }),
    parentOrganization: { '@type': 'Organization', name: doc.organisatie.naam },
    // the page shows the exact point only when the location is not kleinschalig
    ...(!doc.kleinschalig && {
      geo: { '@type': 'GeoCoordinates', latitude: doc.geo.lat, longitude: doc.geo.lng },
    }),
    ...(doc.waardering &&
      typeof score === 'number' &&
      doc.waardering.aantal > 0 && {
        aggregateRating: {
          '@type': 'AggregateRating',
          ratingValue: score,
          bestRating: 10,
          worstRating: 1,
          ratingCount: doc.waardering.aantal,
          url: doc.waardering.url,
        },
      }),
  }
}
