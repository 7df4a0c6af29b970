/**
 * Who owns what (§2, §5, §3.2.6): records stay with their organisation or location, photos with
 * their organisation. The checks are hooks (cms/collections/*\/hooks); the messages live here.
 */
export const OWNERSHIP_MESSAGES = {
  locatieVerplaatsen:
    'Een locatie verhuist niet naar een andere organisatie. Bij een fusie doet het zorgkantoor dat.',
  aanbodVerplaatsen:
    'Zorgaanbod verhuist niet naar een andere locatie. Kopieer het aanbod naar de andere locatie.',
  fotoVanAndereOrganisatie:
    'Een of meer foto’s horen bij een andere organisatie. Kies foto’s van deze organisatie of upload ze opnieuw.',
} as const

export const MEDIA_MESSAGES = {
  kiesOrganisatie: 'Kies bij welke organisatie deze foto hoort.',
  andereOrganisatie: 'U kunt alleen foto’s toevoegen bij uw eigen organisaties.',
  inGebruik:
    'Deze foto staat op een goedgekeurde locatie in de Zorgatlas en wordt daarom niet aangepast. Maak een nieuwe versie van de foto en kies die bij de locatie; het zorgkantoor beoordeelt die wijziging.',
  verwijderenInGebruik:
    'Deze foto staat op een goedgekeurde locatie in de Zorgatlas. Haal de foto eerst weg bij de locatie en verstuur die wijziging.',
  verplaatsen: 'Een foto verhuist niet naar een andere organisatie.',
} as const
