/**
 * Zorgatlas, not Payload: the admin's page titles, description, icon and link previews, and the few
 * words of Payload's Dutch translation that name Payload or read as English ("Dashboard").
 */
import type { Config } from 'payload'

type AdminConfig = NonNullable<Config['admin']>

export const BEHEER_META: NonNullable<AdminConfig['meta']> = {
  // Payload puts a space between the page title and the suffix.
  titleSuffix: '– Zorgatlas beheer',
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
    },
  },
}
