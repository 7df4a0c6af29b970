import type { CollectionConfig, PayloadRequest } from 'payload'
import { deleteByApprover, mayWorkOnOrganisatie, readOwnOrPublished, writeOwn } from '../../access'
import { validateAdres, type AdresInput } from '../../domain/adres'
import { validateAgbCode } from '../../domain/agb'
import { relId } from '../../domain/roles'
import { parseYoutube } from '../../domain/video'
import { voorzieningCodeVan } from '../../domain/referentiecodes'
import { locatieKopieerEndpoints } from '../../endpoints/kopieren'
import { locatieOverzichtEndpoints } from '../../endpoints/overzicht'
import { verwijderEndpoints } from '../../endpoints/verwijderen'
import { contactFields, statusField, workflowEditComponents } from '../../fields'
import { deriveStatus } from '../../hooks/deriveStatus'
import { enforceProviderDrafts } from '../../hooks/enforceProviderDrafts'
import { refuseEditOverProposal } from '../../hooks/refuseEditOverProposal'
import { queueIndexOnDelete } from '../../hooks/queueIndexOnDelete'
import { queueIndexOnPublish } from '../../hooks/queueIndexOnPublish'
import type { Locatie } from '../../payload-types'
import { findByIdOrNull } from '../../queries/records'
import { checkFotosOfOrganisatie } from './hooks/checkFotosOfOrganisatie'
import { deleteZorgaanbodOfLocatie } from './hooks/deleteZorgaanbodOfLocatie'
import { deriveLocatieFields } from './hooks/deriveLocatieFields'
import { keepLocatieInOrganisatie } from './hooks/keepLocatieInOrganisatie'

type Data = Partial<Locatie>

const nietKleinschalig = (data: Data) => !data?.kleinschalig

const adresValidator =
  (field: keyof Omit<AdresInput, 'kleinschalig'>) =>
  (_value: unknown, { data }: { data: Data }): string | true => {
    const errors = validateAdres({
      ...(data.bezoekadres ?? {}),
      kleinschalig: Boolean(data.kleinschalig),
    })
    return errors[field] ?? true
  }

/** The voorzieningen of a soort zorg (§3.2.3), or null when the soort zorg does not exist. */
async function soortZorgVoorzieningen(
  req: PayloadRequest,
  soortZorg: Locatie['soortZorg'] | undefined,
): Promise<{ naam: string; code: string }[] | null> {
  const id = relId(soortZorg)
  if (!id) return null
  const soort = await findByIdOrNull(req, {
    collection: 'soorten-zorg',
    id,
    depth: 0,
    overrideAccess: true,
  })
  return soort
    ? (soort.voorzieningen ?? []).flatMap((v) => (v.code ? [{ naam: v.naam, code: v.code }] : []))
    : null
}

export const Locaties: CollectionConfig = {
  slug: 'locaties',
  typescript: { interface: 'Locatie' },
  labels: { singular: 'Locatie', plural: 'Locaties' },
  admin: {
    components: { edit: workflowEditComponents },
    useAsTitle: 'volledigeNaam',
    defaultColumns: [
      'volledigeNaam',
      'organisatie',
      'agbCode',
      'volgnummer',
      'soortZorg',
      'status',
    ],
    description:
      'Een locatie is een zorgleverende eenheid van een organisatie. Registreer alle locaties, ook die zonder eigen AGB-code.',
    group: 'Zorgaanbod',
  },
  versions: { drafts: { validate: true }, maxPerDoc: 50 },
  // Copies are made with the copy actions of §4.4/§4.5, never by duplicating whole records.
  disableDuplicate: true,
  access: {
    read: readOwnOrPublished('organisatie'),
    readVersions: writeOwn('version.organisatie'),
    create: async (args) => {
      const { req, data } = args
      const organisatieId = relId(data?.organisatie)
      if (!req.user) return false
      if (!organisatieId) return true // field validation reports the missing organisation
      return mayWorkOnOrganisatie(req, organisatieId)
    },
    update: writeOwn('organisatie'),
    delete: deleteByApprover('organisatie'),
  },
  endpoints: [
    ...locatieOverzichtEndpoints,
    ...verwijderEndpoints('locaties'),
    ...locatieKopieerEndpoints,
  ],
  hooks: {
    beforeOperation: [enforceProviderDrafts('locaties'), refuseEditOverProposal('locaties')],
    beforeDelete: [deleteZorgaanbodOfLocatie],
    beforeChange: [
      keepLocatieInOrganisatie,
      checkFotosOfOrganisatie,
      deriveLocatieFields,
      deriveStatus,
    ],
    afterChange: [queueIndexOnPublish<Locatie>(async (doc) => [String(doc.id)])],
    afterDelete: [
      queueIndexOnDelete<Locatie>(async (doc) => [String(doc.id)], { skippable: false }),
    ],
  },
  fields: [
    {
      name: 'overzicht',
      type: 'ui',
      admin: { components: { Field: '/cms/components/LocatieOverzicht#LocatieOverzicht' } },
    },
    {
      name: 'organisatie',
      label: 'Organisatie',
      type: 'relationship',
      relationTo: 'organisaties',
      required: true,
      index: true,
      admin: { description: 'De stichting waar deze locatie onder valt.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'agbCode',
          label: 'AGB-code',
          type: 'text',
          required: true,
          index: true,
          validate: (value: unknown) => validateAgbCode(value),
          admin: {
            description:
              '8 cijfers. Heeft de locatie geen eigen AGB-code? Vul dan de AGB-code van de hoofdlocatie in.',
            components: { Field: '/cms/components/AgbCodeKeuze#AgbCodeKeuze' },
          },
        },
        {
          name: 'hoofdlocatie',
          label: 'Hoofdlocatie',
          type: 'checkbox',
          defaultValue: true,
          admin: {
            description:
              'Aan: de locatie heeft een eigen AGB-code (volgnummer 0). Uit: de locatie gebruikt de AGB-code van de hoofdlocatie.',
          },
        },
        {
          name: 'volgnummer',
          label: 'Volgnummer',
          type: 'number',
          admin: { readOnly: true, description: 'Wordt automatisch bepaald.' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'soortZorg',
          label: 'Soort zorg',
          type: 'relationship',
          relationTo: 'soorten-zorg',
          required: true,
          admin: { description: 'Bepaalt het icoontje op de resultaat- en detailpagina.' },
        },
        {
          // The code of one of the soort zorg's voorzieningen: the label is looked up
          // wherever it is shown, so renaming it in the list renames it everywhere.
          name: 'voorziening',
          label: 'Voorziening',
          type: 'text',
          required: true,
          hooks: {
            // A current label is accepted too (older clients, imports) and stored as its code.
            beforeValidate: [
              async ({ value, data, originalDoc, req }) => {
                if (typeof value !== 'string' || !value.trim()) return value
                const opties = await soortZorgVoorzieningen(
                  req,
                  data?.soortZorg ?? originalDoc?.soortZorg,
                )
                return (opties && voorzieningCodeVan(opties, value)) ?? value
              },
            ],
          },
          validate: async (
            value: unknown,
            { data, req }: { data: Partial<Data>; req: PayloadRequest },
          ) => {
            if (typeof value !== 'string' || !value.trim()) return 'Kies een voorziening.'
            const opties = await soortZorgVoorzieningen(req, data.soortZorg)
            if (opties && !opties.some((o) => o.code === value)) {
              return `Deze voorziening past niet bij de gekozen soort zorg. Kies uit: ${opties.map((o) => o.naam).join(', ')}. Staat uw voorziening er niet bij? Geef het door aan uw zorgkantoor.`
            }
            return true
          },
          admin: {
            description:
              'Bijvoorbeeld Verpleeghuis of Woonzorgcentrum. Staat uw voorziening er niet bij? Geef het door aan uw zorgkantoor.',
            components: { Field: '/cms/components/VoorzieningKeuze#VoorzieningKeuze' },
          },
        },
      ],
    },
    {
      name: 'naam',
      label: 'Naam locatie',
      type: 'text',
      maxLength: 120,
      admin: {
        description:
          'Laat leeg als de locatie geen naam heeft, bijvoorbeeld bij thuiszorg. Vul hier niet de naam van de stichting in.',
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'gebruikVolledigeNaam',
          label: 'Gebruik volledige naam',
          type: 'checkbox',
          defaultValue: true,
          admin: {
            description:
              'Aan: de naam wordt samengesteld als "Verkorte naam – Voorziening Naam locatie".',
          },
        },
        {
          name: 'volledigeNaam',
          label: 'Volledige naam',
          type: 'text',
          maxLength: 200,
          validate: (value: unknown, { data }: { data: Partial<Data> }) =>
            data.gebruikVolledigeNaam === false && !(typeof value === 'string' && value.trim())
              ? 'Vul de volledige naam in, bijvoorbeeld: Zorgstroom – Verpleeghuis Hof Mondriaan.'
              : true,
          admin: {
            description: 'Zo heet de locatie in de Zorgatlas.',
            components: { Field: '/cms/components/VolledigeNaamVoorbeeld#VolledigeNaamVoorbeeld' },
          },
        },
      ],
    },
    {
      name: 'kleinschalig',
      label: 'Kleinschalig wooninitiatief of geclusterd wonen',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        description:
          'Aan: om de bewoners te beschermen tonen we geen straat en huisnummer, alleen de 4 cijfers van de postcode en de plaats.',
      },
    },
    {
      name: 'bezoekadres',
      label: 'Bezoekadres',
      type: 'group',
      admin: { description: 'Een fysiek adres. Geen postbus.' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'straat',
              label: 'Straat',
              type: 'text',
              validate: adresValidator('straat'),
              admin: { condition: nietKleinschalig },
            },
            {
              name: 'huisnummer',
              label: 'Huisnummer',
              type: 'text',
              validate: adresValidator('huisnummer'),
              admin: { description: 'Niet bij een kleinschalig wooninitiatief.' },
            },
            {
              name: 'huisnummerToevoeging',
              label: 'Toevoeging',
              type: 'text',
              validate: adresValidator('huisnummerToevoeging'),
            },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'postcode',
              label: 'Postcode',
              type: 'text',
              validate: adresValidator('postcode'),
              admin: {
                description:
                  'Bijvoorbeeld 1234 AB. Bij een kleinschalig wooninitiatief alleen de 4 cijfers, bijvoorbeeld 6321.',
              },
            },
            { name: 'plaats', label: 'Plaats', type: 'text', validate: adresValidator('plaats') },
          ],
        },
      ],
    },
    {
      name: 'coordinaten',
      label: 'Kaartpunt',
      type: 'group',
      admin: {
        description:
          'Optioneel. Zonder kaartpunt tonen we de locatie in het midden van de woonplaats.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'lat', label: 'Breedtegraad', type: 'number', min: 50.7, max: 53.7 },
            { name: 'lng', label: 'Lengtegraad', type: 'number', min: 3.3, max: 7.3 },
          ],
        },
      ],
    },
    ...contactFields(),
    {
      name: 'fotos',
      label: 'Foto’s',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      admin: {
        description:
          'Eén of meer foto’s; meerdere worden als carrousel getoond. Staan er mensen op de foto? Zorg dat u toestemming hebt, ook na een eventueel overlijden.',
      },
    },
    {
      name: 'video',
      label: 'YouTube-video',
      type: 'textarea',
      // Stored as the video id; the review desk shows it with its link (cms/domain/verschillen.ts).
      custom: { verschilSoort: 'youtube' },
      validate: (value: unknown) => {
        const parsed = parseYoutube(typeof value === 'string' ? value : '')
        return 'error' in parsed ? parsed.error : true
      },
      admin: {
        description:
          'Klik in YouTube met de rechtermuisknop op de video, kies "Insluitcode kopiëren" en plak die hier. Een link naar de video mag ook. De video wordt getoond op 560 × 315.',
      },
    },
    {
      name: 'youtubeId',
      label: 'YouTube-video-id',
      type: 'text',
      admin: { readOnly: true, hidden: true },
    },
    {
      name: 'zorgkaartNederland',
      label: 'ZorgkaartNederland (waarderingscijfer)',
      type: 'group',
      admin: {
        description:
          'De koppeling gaat op het bezoekadres. Klopt het cijfer niet (bijvoorbeeld twee zorgverleners in één pand)? Vul dan het juiste ZorgkaartNederland-ID in. U hoeft daarvoor geen toestemming te vragen.',
      },
      fields: [
        {
          // Not `id`: Payload's SQL adapters do not store a group field named `id`.
          name: 'zorgkaartId',
          label: 'ZorgkaartNederland-ID',
          type: 'text',
          admin: {
            components: { Field: '/cms/components/ZorgkaartKoppeling#ZorgkaartKoppeling' },
          },
          validate: (value: unknown) =>
            value === null ||
            value === undefined ||
            value === '' ||
            /^\d{1,10}$/.test(String(value))
              ? true
              : 'Het ZorgkaartNederland-ID bestaat alleen uit cijfers.',
        },
        {
          name: 'nietGeregistreerd',
          label: 'Nog niet geregistreerd bij ZorgkaartNederland',
          type: 'checkbox',
          defaultValue: false,
        },
      ],
    },
    statusField('locaties'),
  ],
}
