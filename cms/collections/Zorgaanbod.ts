import { type CollectionBeforeChangeHook, type CollectionConfig } from 'payload'
import { deleteByApprover, mayWorkOnOrganisatie, readOwnOrPublished, writeOwn } from '../access'
import { rawId, relId } from '../domain/roles'
import { checkWoonplaats } from '../domain/woonplaats-regels'
import { organisatieIdOfLocatie } from '../lib/organisatie'
import { findByIdOrNull } from '../lib/local-api'
import { keepZorgaanbodAtLocatie } from '../hooks/ownership'
import {
  deriveStatus,
  enforceProviderDrafts,
  queueIndexOnDelete,
  queueIndexOnPublish,
} from '../hooks/workflow'
import { statusField } from './fields'
import { weiger } from '../lib/http'
import { zorgaanbodTabs } from './zorgaanbod-fields'
import { zorgaanbodKopieerEndpoints } from '../endpoints/kopieren'
import { verwijderEndpoints } from '../endpoints/verwijderen'

/** Organisation (for access) and title come from the location; woonplaats cardinality (§4.1). */
const deriveZorgaanbodFields: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const locatieId = relId(data.locatie as string)
  const woonplaatsId = relId(data.woonplaats as string)
  if (!locatieId || !woonplaatsId) return data
  const locatie = await findByIdOrNull(req, {
    collection: 'locaties',
    id: locatieId,
    draft: true,
    depth: 1,
    overrideAccess: true,
  })
  if (!locatie) throw weiger('De gekozen locatie bestaat niet.', 400)
  data.organisatie = rawId(locatie.organisatie as string)
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
    .filter(
      (d) =>
        String(d.id) !== String(originalDoc?.id ?? '') && d.status !== 'voorgesteld-verwijderd',
    )
    .map((d) => relId(d.woonplaats as string))
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
  data.titel = `${String(locatie.volledigeNaam ?? locatie.naam ?? 'Locatie')} – ${String(woonplaats?.naam ?? '')}`
  return data
}

export const Zorgaanbod: CollectionConfig = {
  slug: 'zorgaanbod',
  labels: { singular: 'Zorgaanbod per woonplaats', plural: 'Zorgaanbod' },
  admin: {
    components: {
      edit: { PublishButton: '/cms/components/PublishButtonForEditors#PublishButtonForEditors' },
    },
    useAsTitle: 'titel',
    defaultColumns: ['titel', 'locatie', 'woonplaats', 'status'],
    description:
      'Het zorgaanbod van een locatie in één woonplaats. Een locatie zonder gevuld zorgaanbod wordt niet getoond in de Zorgatlas.',
    group: 'Zorgaanbod',
  },
  versions: { drafts: { validate: true }, maxPerDoc: 50 },
  // Copies are made with the copy actions of §4.4/§4.5, never by duplicating whole records.
  disableDuplicate: true,
  access: {
    read: readOwnOrPublished('organisatie'),
    readVersions: writeOwn('version.organisatie'),
    create: async ({ req, data }) => {
      if (!req.user) return false
      const organisatieId = await organisatieIdOfLocatie(req, data?.locatie)
      return organisatieId ? mayWorkOnOrganisatie(req, organisatieId) : true
    },
    update: writeOwn('organisatie'),
    delete: deleteByApprover('organisatie'),
  },
  endpoints: [...verwijderEndpoints('zorgaanbod'), ...zorgaanbodKopieerEndpoints],
  hooks: {
    beforeOperation: [enforceProviderDrafts('zorgaanbod')],
    beforeChange: [keepZorgaanbodAtLocatie, deriveZorgaanbodFields, deriveStatus],
    afterChange: [queueIndexOnPublish(async (doc) => [String(relId(doc.locatie as string))])],
    afterDelete: [queueIndexOnDelete(async (doc) => [String(relId(doc.locatie as string))])],
  },
  fields: [
    { name: 'titel', label: 'Titel', type: 'text', admin: { hidden: true } },
    {
      type: 'row',
      fields: [
        {
          name: 'locatie',
          label: 'Locatie',
          type: 'relationship',
          relationTo: 'locaties',
          required: true,
          index: true,
        },
        {
          name: 'woonplaats',
          label: 'Woonplaats',
          type: 'relationship',
          relationTo: 'woonplaatsen',
          required: true,
          index: true,
          admin: {
            description:
              'Thuiszorg en OCO: één locatie met alle woonplaatsen. Andere soorten zorg: precies één woonplaats per locatie.',
          },
        },
      ],
    },
    {
      name: 'organisatie',
      label: 'Organisatie',
      type: 'relationship',
      relationTo: 'organisaties',
      index: true,
      admin: { readOnly: true, description: 'Wordt overgenomen van de locatie.' },
    },
    {
      name: 'acties',
      type: 'ui',
      admin: { components: { Field: '/cms/components/ZorgaanbodActies#ZorgaanbodActies' } },
    },
    zorgaanbodTabs(),
    statusField('zorgaanbod'),
  ],
}
