/** The sector tabs of a care offer (§4.2) and the OCO services tab (§4.3). */
import type { Condition, Field, Tab } from 'payload'
import { SECTOR_CODES, sectorVeld, type SectorCode } from '../../domain/zorgaanbod'
import {
  doelgroepen,
  leveringsvormen,
  sectorByCode,
  zorgprofielen,
} from '../../domain/referentielijsten'

/**
 * The form fits the organisation type (§2): an OCO fills the services, a zorgaanbieder or
 * PGB-initiatief the sector tabs. Until the location (and so the type) is known, both show.
 */
const type = (data: Partial<Record<string, unknown>> | undefined) => data?.organisatieType
const voorZorgaanbieder: Condition = (data) => type(data) !== 'oco'
const voorOco: Condition = (data) => !type(data) || type(data) === 'oco'

const doelgroepOpties = (sector: SectorCode) =>
  doelgroepen.filter((d) => d.sector === sector).map((d) => ({ value: d.code, label: d.naam }))

function sectorTab(sector: SectorCode): Tab {
  const profielen = zorgprofielen
    .filter((p) => p.sector === sector)
    .map((p) => ({
      value: p.code,
      label: `${p.code} – ${p.naam}${p.vervallen ? ' (vervallen)' : ''}`,
    }))
  return {
    name: sectorVeld(sector),
    label: sectorByCode(sector)?.kort ?? sector,
    description: 'Vul dit tabblad alleen in als u deze zorg levert op deze locatie.',
    admin: { condition: voorZorgaanbieder },
    fields: [
      {
        name: 'doelgroepen',
        label: 'Doelgroepen',
        type: 'select',
        hasMany: true,
        options: doelgroepOpties(sector),
      },
      {
        name: 'zorgprofielen',
        label: 'Gecontracteerde zorgprofielen',
        type: 'select',
        hasMany: true,
        options: profielen,
        admin: { description: 'De zorgprofielen (vroeger ZZP) waarvoor u een contract heeft.' },
      },
      {
        name: 'leveringsvormen',
        label: 'Leveringsvormen',
        type: 'select',
        hasMany: true,
        options: leveringsvormen.map((l) => ({ value: l.code, label: l.naam })),
      },
      {
        name: 'dagbesteding',
        label: 'Dagbesteding en dagbehandeling',
        type: 'group',
        admin: {
          description:
            'Cliënten zoeken vaak dagbesteding of dagbehandeling die past bij hun beperking of aandoening. Vul dit zorgvuldig in.',
        },
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'dagbesteding',
                label: 'Dagbesteding',
                type: 'checkbox',
                defaultValue: false,
              },
              {
                name: 'dagbehandeling',
                label: 'Dagbehandeling',
                type: 'checkbox',
                defaultValue: false,
              },
            ],
          },
          {
            name: 'doelgroepen',
            label: 'Voor wie',
            type: 'select',
            hasMany: true,
            options: doelgroepOpties(sector),
          },
          { name: 'toelichting', label: 'Toelichting', type: 'textarea', maxLength: 1000 },
        ],
      },
    ],
  }
}

/** "Missing an option? Ask the zorgkantoor": a link to the request form. */
const verzoekLink = (soort: string, vraag: string, tekst: string): Field => ({
  name: `verzoek-${soort}`,
  type: 'ui',
  admin: {
    components: {
      Field: {
        path: '/cms/components/verzoeken/VerzoekLink#VerzoekLink',
        clientProps: { soort, vraag, tekst },
      },
    },
  },
})

export const zorgaanbodTabs = (): Field => ({
  type: 'tabs',
  tabs: [
    {
      label: 'Algemeen',
      description:
        'Zachte informatie: specifieke wensen van cliënten, zoals huisdieren of geloof. Vul alleen in wat voor deze locatie geldt. Bij thuiszorg alleen als het relevant is.',
      fields: [
        {
          name: 'zachteInformatie',
          label: 'Zachte informatie',
          type: 'relationship',
          relationTo: 'zachte-informatie',
          hasMany: true,
        },
        verzoekLink(
          'zachte-informatie',
          'Staat de optie er niet bij?',
          'Vraag een nieuwe optie voor zachte informatie aan',
        ),
      ],
    },
    ...SECTOR_CODES.map(sectorTab),
    {
      label: 'Dienstverlening (OCO)',
      description:
        'Alleen voor onafhankelijke cliëntondersteuning: vink de diensten aan die u levert.',
      admin: { condition: voorOco },
      fields: [
        {
          name: 'dienstverlening',
          label: 'Dienstverlening',
          type: 'relationship',
          relationTo: 'oco-dienstverlening',
          hasMany: true,
        },
        verzoekLink(
          'oco-dienst',
          'Staat uw dienst er niet bij?',
          'Vraag een nieuwe OCO-dienst aan',
        ),
      ],
    },
  ],
})
