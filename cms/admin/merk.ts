/**
 * Zorgatlas, not Payload: the admin's page titles, description, icon and link previews, the few
 * words of Payload's Dutch translation that name Payload or read as English ("Dashboard"), and its
 * error texts in plain Dutch.
 */
import type { Config } from 'payload'
import { BEHEER_TITEL_ACHTERVOEGSEL } from './titel'

type AdminConfig = NonNullable<Config['admin']>

export const BEHEER_META: NonNullable<AdminConfig['meta']> = {
  // Payload puts a space between the page title and the suffix.
  titleSuffix: BEHEER_TITEL_ACHTERVOEGSEL,
  description:
    'Beheer van de Zorgatlas: zorgaanbieders houden hun gegevens bij, zorgkantoren beoordelen de wijzigingen.',
  applicationName: 'Zorgatlas beheer',
  icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/zorgatlas-icoon.svg' }],
  // No generated preview image (it carries Payload's design), and our own texts for link previews.
  defaultOGImageType: 'off',
  openGraph: {
    siteName: 'Zorgatlas beheer',
    description: 'Beheer van de Zorgatlas.',
  },
}

export const BEHEER_TEKSTEN = {
  nl: {
    general: {
      dashboard: 'Start',
      backToDashboard: 'Terug naar de start',
      payloadSettings: 'Instellingen',
      // Yes/no fields in lists read "Ja"/"Nee", not "waar"/"onwaar".
      true: 'Ja',
      false: 'Nee',
      uploadingBulk: 'Bezig met uploaden: {{current}} van {{total}}',
    },
    // Uploading photos: every text in plain Dutch (Payload's Dutch says "Bulk Upload").
    upload: {
      bulkUpload: 'Meerdere foto’s uploaden',
      addFiles: 'Foto’s toevoegen',
      addFile: 'Foto toevoegen',
      filesToUpload: 'Foto’s om te uploaden',
      fileToUpload: 'Foto om te uploaden',
      dragAndDrop: 'Sleep een foto hierheen',
      dragAndDropHere: 'of sleep een foto hierheen',
      selectFile: 'Kies een foto',
      pasteURL: 'Link plakken',
      noFile: 'Geen foto',
    },
    validation: {
      trueOrFalse: 'Dit veld kan alleen ja of nee zijn.',
    },
    // Errors that API clients and the admin see, in plain Dutch instead of Payload's translation
    // ("Ongeautoriseerd", "resource", "Token"); also used for Payload's English texts
    // (cms/http/nederlands.ts).
    error: {
      unauthorized: 'U bent niet ingelogd. Log eerst in.',
      unauthorizedAdmin: 'Met dit account kunt u niet in het beheer.',
      notFound: 'Dit bestaat niet (meer), of u heeft er geen toegang toe.',
      noUser: 'U bent niet ingelogd.',
      tokenInvalidOrExpired: 'Deze link is niet (meer) geldig. Vraag een nieuwe aan.',
      tokenNotProvided: 'De link is niet compleet. Open de link uit de e-mail opnieuw.',
      verificationTokenInvalid: 'Deze link is niet (meer) geldig. Vraag een nieuwe aan.',
      missingRequiredData: 'Niet alle gegevens zijn ingevuld.',
      unknown: 'Er ging iets mis. Probeer het opnieuw.',
      unspecific: 'Er ging iets mis. Probeer het opnieuw.',
      invalidFileType: 'Dit soort bestand kan niet.',
    },
  },
}
