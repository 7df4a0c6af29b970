/**
 * The reference lists that are defined in code, once: sectors, zachte-informatie groups, care
 * profiles (seed 003), delivery forms and target groups, with their stable codes and Dutch labels.
 * Collections (select options, tab labels), the seeder, the projection and the label table the
 * indexer publishes for the site all read them here. Lists whose labels live in the database
 * (soorten zorg, voorzieningen, zachte informatie, OCO services; later editable by the beheerder)
 * are not here.
 */

export const SECTOR_CODES = ['VV', 'VG', 'LG', 'ZG', 'GGZ'] as const
export type Sector = (typeof SECTOR_CODES)[number]

/** `naam` for families (site), `kort` for the admin's tabs and choice lists. */
export const SECTOREN: readonly { code: Sector; naam: string; kort: string }[] = [
  { code: 'VV', naam: 'Ouderenzorg (verpleging en verzorging)', kort: 'Ouderenzorg (VV)' },
  {
    code: 'VG',
    naam: 'Gehandicaptenzorg: verstandelijke beperking',
    kort: 'Verstandelijke beperking (VG)',
  },
  {
    code: 'LG',
    naam: 'Gehandicaptenzorg: lichamelijke beperking',
    kort: 'Lichamelijke beperking (LG)',
  },
  {
    code: 'ZG',
    naam: 'Gehandicaptenzorg: zintuiglijke beperking',
    kort: 'Zintuiglijke beperking (ZG)',
  },
  { code: 'GGZ', naam: 'Geestelijke gezondheidszorg (GGZ)', kort: 'GGZ' },
]

export const sectorByCode = (code: string) => SECTOREN.find((s) => s.code === code)

// ---------------------------------------------------------------------------------------------
// Zachte-informatie groups (§4.2); the options themselves live in the database
// ---------------------------------------------------------------------------------------------

export type ZachteInformatieGroep =
  'levensovertuiging' | 'culturele-achtergrond' | 'taal' | 'leefstijl' | 'faciliteiten' | 'zorg'

export const groepen: readonly { code: ZachteInformatieGroep; naam: string }[] = [
  { code: 'levensovertuiging', naam: 'Geloof en levensovertuiging' },
  { code: 'culturele-achtergrond', naam: 'Culturele achtergrond' },
  { code: 'taal', naam: 'Taal' },
  { code: 'leefstijl', naam: 'Wonen en leefstijl' },
  { code: 'faciliteiten', naam: 'Voorzieningen in en om het gebouw' },
  { code: 'zorg', naam: 'Zorg en aandacht' },
]

// ---------------------------------------------------------------------------------------------
// Zorgprofielen (seed 003: ZZP; since the Wlz (2015): zorgprofiel, same codes)
// ---------------------------------------------------------------------------------------------

export interface Zorgprofiel {
  code: string
  sector: Sector
  /** subgroup within the sector, e.g. 'LVG', 'ZG auditief', 'GGZ-W' */
  groep: string
  naam: string
  /** no longer indicated for new clients, kept so existing indications can be shown */
  vervallen?: boolean
}

/**
 * Names follow the Wlz profile names as published by the CIZ and providers (VV and VG were checked
 * against public sources; LG, ZG, GGZ-B and GGZ-W names are close paraphrases that still need a
 * check against the Regeling langdurige zorg, bijlage A). GGZ-B continues the old ZZP GGZ-C names.
 */
export const zorgprofielen: readonly Zorgprofiel[] = [
  {
    code: 'VV-1',
    sector: 'VV',
    groep: 'VV',
    naam: 'Beschut wonen met enige begeleiding',
    vervallen: true,
  },
  {
    code: 'VV-2',
    sector: 'VV',
    groep: 'VV',
    naam: 'Beschut wonen met begeleiding en verzorging',
    vervallen: true,
  },
  {
    code: 'VV-3',
    sector: 'VV',
    groep: 'VV',
    naam: 'Beschut wonen met begeleiding en intensieve verzorging',
    vervallen: true,
  },
  {
    code: 'VV-4',
    sector: 'VV',
    groep: 'VV',
    naam: 'Beschut wonen met intensieve begeleiding en uitgebreide verzorging',
  },
  { code: 'VV-5', sector: 'VV', groep: 'VV', naam: 'Beschermd wonen met intensieve dementiezorg' },
  {
    code: 'VV-6',
    sector: 'VV',
    groep: 'VV',
    naam: 'Beschermd wonen met intensieve verzorging en verpleging',
  },
  {
    code: 'VV-7',
    sector: 'VV',
    groep: 'VV',
    naam: 'Beschermd wonen met zeer intensieve zorg, vanwege specifieke aandoeningen, met de nadruk op begeleiding',
  },
  {
    code: 'VV-8',
    sector: 'VV',
    groep: 'VV',
    naam: 'Beschermd wonen met zeer intensieve zorg, vanwege specifieke aandoeningen, met de nadruk op verzorging/verpleging',
  },
  {
    code: 'VV-9b',
    sector: 'VV',
    groep: 'VV',
    naam: 'Herstelgerichte behandeling met verpleging en verzorging',
    vervallen: true,
  },
  {
    code: 'VV-10',
    sector: 'VV',
    groep: 'VV',
    naam: 'Beschermd verblijf met intensieve palliatief-terminale zorg',
    vervallen: true,
  },

  { code: 'VG-1', sector: 'VG', groep: 'VG', naam: 'Wonen met enige begeleiding', vervallen: true },
  {
    code: 'VG-2',
    sector: 'VG',
    groep: 'VG',
    naam: 'Wonen met begeleiding en enige verzorging',
    vervallen: true,
  },
  { code: 'VG-3', sector: 'VG', groep: 'VG', naam: 'Wonen met begeleiding en verzorging' },
  {
    code: 'VG-4',
    sector: 'VG',
    groep: 'VG',
    naam: 'Wonen met begeleiding en intensieve verzorging',
  },
  {
    code: 'VG-5',
    sector: 'VG',
    groep: 'VG',
    naam: 'Wonen met intensieve begeleiding en intensieve verzorging',
  },
  {
    code: 'VG-6',
    sector: 'VG',
    groep: 'VG',
    naam: 'Wonen met intensieve begeleiding, verzorging en gedragsregulering',
  },
  {
    code: 'VG-7',
    sector: 'VG',
    groep: 'VG',
    naam: '(Besloten) wonen met zeer intensieve begeleiding, verzorging en gedragsregulering',
  },
  {
    code: 'VG-8',
    sector: 'VG',
    groep: 'VG',
    naam: 'Wonen met begeleiding en volledige verzorging en verpleging',
  },
  { code: 'LVG-1', sector: 'VG', groep: 'LVG', naam: 'Wonen met enige behandeling en begeleiding' },
  { code: 'LVG-2', sector: 'VG', groep: 'LVG', naam: 'Wonen met behandeling en begeleiding' },
  {
    code: 'LVG-3',
    sector: 'VG',
    groep: 'LVG',
    naam: 'Wonen met intensieve behandeling en begeleiding, kleine groep',
  },
  {
    code: 'LVG-4',
    sector: 'VG',
    groep: 'LVG',
    naam: 'Wonen met zeer intensieve behandeling en begeleiding',
  },
  {
    code: 'LVG-5',
    sector: 'VG',
    groep: 'LVG',
    naam: 'Besloten wonen met zeer intensieve behandeling en begeleiding',
  },
  { code: 'SGLVG', sector: 'VG', groep: 'SGLVG', naam: 'Behandeling in een SGLVG-behandelcentrum' },

  {
    code: 'LG-1',
    sector: 'LG',
    groep: 'LG',
    naam: 'Wonen met enige begeleiding en verzorging',
    vervallen: true,
  },
  { code: 'LG-2', sector: 'LG', groep: 'LG', naam: 'Wonen met begeleiding en verzorging' },
  {
    code: 'LG-3',
    sector: 'LG',
    groep: 'LG',
    naam: 'Wonen met begeleiding en intensieve verzorging',
    vervallen: true,
  },
  {
    code: 'LG-4',
    sector: 'LG',
    groep: 'LG',
    naam: 'Wonen met intensieve begeleiding en verzorging',
  },
  {
    code: 'LG-5',
    sector: 'LG',
    groep: 'LG',
    naam: 'Wonen met intensieve begeleiding en uitgebreide verzorging',
  },
  {
    code: 'LG-6',
    sector: 'LG',
    groep: 'LG',
    naam: 'Wonen met zeer intensieve verzorging en verpleging',
  },
  {
    code: 'LG-7',
    sector: 'LG',
    groep: 'LG',
    naam: 'Wonen met zeer intensieve begeleiding en zeer intensieve verzorging',
  },

  {
    code: 'ZG-AUD-1',
    sector: 'ZG',
    groep: 'ZG auditief',
    naam: 'Wonen met begeleiding en enige verzorging',
    vervallen: true,
  },
  {
    code: 'ZG-AUD-2',
    sector: 'ZG',
    groep: 'ZG auditief',
    naam: 'Wonen met begeleiding en verzorging',
  },
  {
    code: 'ZG-AUD-3',
    sector: 'ZG',
    groep: 'ZG auditief',
    naam: 'Wonen met intensieve begeleiding en verzorging',
  },
  {
    code: 'ZG-AUD-4',
    sector: 'ZG',
    groep: 'ZG auditief',
    naam: 'Wonen met zeer intensieve begeleiding en intensieve verzorging',
  },
  {
    code: 'ZG-VIS-1',
    sector: 'ZG',
    groep: 'ZG visueel',
    naam: 'Wonen met enige begeleiding',
    vervallen: true,
  },
  {
    code: 'ZG-VIS-2',
    sector: 'ZG',
    groep: 'ZG visueel',
    naam: 'Wonen met begeleiding en verzorging',
  },
  {
    code: 'ZG-VIS-3',
    sector: 'ZG',
    groep: 'ZG visueel',
    naam: 'Wonen met begeleiding en intensieve verzorging',
  },
  {
    code: 'ZG-VIS-4',
    sector: 'ZG',
    groep: 'ZG visueel',
    naam: 'Wonen met intensieve begeleiding en verzorging',
  },
  {
    code: 'ZG-VIS-5',
    sector: 'ZG',
    groep: 'ZG visueel',
    naam: 'Wonen met intensieve begeleiding en intensieve verzorging',
  },

  {
    code: 'GGZ-B-1',
    sector: 'GGZ',
    groep: 'GGZ-B',
    naam: 'Beschermd wonen met begeleiding',
    vervallen: true,
  },
  {
    code: 'GGZ-B-2',
    sector: 'GGZ',
    groep: 'GGZ-B',
    naam: 'Gestructureerd beschermd wonen met uitgebreide begeleiding',
    vervallen: true,
  },
  {
    code: 'GGZ-B-3',
    sector: 'GGZ',
    groep: 'GGZ-B',
    naam: 'Beschermd wonen met intensieve begeleiding en verzorging',
  },
  {
    code: 'GGZ-B-4',
    sector: 'GGZ',
    groep: 'GGZ-B',
    naam: 'Beschermd wonen met intensieve begeleiding en uitgebreide verzorging',
  },
  {
    code: 'GGZ-B-5',
    sector: 'GGZ',
    groep: 'GGZ-B',
    naam: 'Beschermd wonen met zeer intensieve begeleiding en uitgebreide verzorging',
  },
  {
    code: 'GGZ-B-6',
    sector: 'GGZ',
    groep: 'GGZ-B',
    naam: 'Beschermd wonen met intensieve verzorging en verpleging',
  },
  {
    code: 'GGZ-B-7',
    sector: 'GGZ',
    groep: 'GGZ-B',
    naam: 'Beschermd wonen met zeer intensieve begeleiding en zeer intensieve verzorging',
  },
  { code: 'GGZ-W-1', sector: 'GGZ', groep: 'GGZ-W', naam: 'GGZ-wonen met intensieve begeleiding' },
  {
    code: 'GGZ-W-2',
    sector: 'GGZ',
    groep: 'GGZ-W',
    naam: 'GGZ-wonen met intensieve begeleiding en verzorging',
  },
  {
    code: 'GGZ-W-3',
    sector: 'GGZ',
    groep: 'GGZ-W',
    naam: 'GGZ-wonen met zeer intensieve begeleiding en verzorging',
  },
  {
    code: 'GGZ-W-4',
    sector: 'GGZ',
    groep: 'GGZ-W',
    naam: 'GGZ-wonen met zeer intensieve begeleiding en intensieve verzorging',
  },
]

// ---------------------------------------------------------------------------------------------
// Leveringsvormen and doelgroepen
// ---------------------------------------------------------------------------------------------

export type LeveringsvormCode = 'verblijf' | 'vpt' | 'mpt' | 'pgb'

export const leveringsvormen: readonly {
  code: LeveringsvormCode
  naam: string
  toelichting: string
}[] = [
  {
    code: 'verblijf',
    naam: 'Verblijf in een instelling',
    toelichting: 'U woont in een instelling en krijgt daar zorg.',
  },
  {
    code: 'vpt',
    naam: 'Volledig pakket thuis (VPT)',
    toelichting: 'U woont thuis en krijgt alle zorg van één zorgaanbieder, ook eten en schoonmaak.',
  },
  {
    code: 'mpt',
    naam: 'Modulair pakket thuis (MPT)',
    toelichting: 'U woont thuis en kiest zelf welke zorg u krijgt, soms van meer zorgaanbieders.',
  },
  {
    code: 'pgb',
    naam: 'Persoonsgebonden budget (PGB)',
    toelichting: 'U krijgt geld en koopt zelf uw zorg in.',
  },
]

export interface Doelgroep {
  code: string
  sector: Sector
  naam: string
}

export const doelgroepen: readonly Doelgroep[] = [
  { code: 'vv-somatiek', sector: 'VV', naam: 'Ouderen met lichamelijke aandoeningen (somatiek)' },
  { code: 'vv-dementie', sector: 'VV', naam: 'Ouderen met dementie (psychogeriatrie)' },
  { code: 'vv-jonge-mensen-dementie', sector: 'VV', naam: 'Jonge mensen met dementie' },
  { code: 'vv-korsakov', sector: 'VV', naam: 'Mensen met het syndroom van Korsakov' },
  { code: 'vv-huntington', sector: 'VV', naam: 'Mensen met de ziekte van Huntington' },
  {
    code: 'vv-gerontopsychiatrie',
    sector: 'VV',
    naam: 'Ouderen met psychiatrische problemen (gerontopsychiatrie)',
  },
  { code: 'vv-palliatief', sector: 'VV', naam: 'Mensen in de laatste levensfase (palliatief)' },
  {
    code: 'vg-verstandelijke-beperking',
    sector: 'VG',
    naam: 'Mensen met een verstandelijke beperking',
  },
  { code: 'vg-lvb', sector: 'VG', naam: 'Mensen met een lichte verstandelijke beperking (LVB)' },
  { code: 'vg-emb', sector: 'VG', naam: 'Mensen met ernstige meervoudige beperkingen (EMB)' },
  { code: 'vg-autisme', sector: 'VG', naam: 'Mensen met autisme en een verstandelijke beperking' },
  { code: 'vg-gedrag', sector: 'VG', naam: 'Mensen met moeilijk verstaanbaar gedrag' },
  { code: 'vg-kinderen', sector: 'VG', naam: 'Kinderen en jongeren' },
  {
    code: 'lg-lichamelijke-beperking',
    sector: 'LG',
    naam: 'Mensen met een lichamelijke beperking',
  },
  { code: 'lg-nah', sector: 'LG', naam: 'Mensen met niet-aangeboren hersenletsel (NAH)' },
  { code: 'lg-spierziekte', sector: 'LG', naam: 'Mensen met een spierziekte' },
  { code: 'lg-ms', sector: 'LG', naam: 'Mensen met multiple sclerose (MS)' },
  { code: 'lg-dwarslaesie', sector: 'LG', naam: 'Mensen met een dwarslaesie' },
  { code: 'zg-visueel', sector: 'ZG', naam: 'Mensen die blind of slechtziend zijn' },
  { code: 'zg-auditief', sector: 'ZG', naam: 'Mensen die doof of slechthorend zijn' },
  { code: 'zg-doofblind', sector: 'ZG', naam: 'Mensen die doofblind zijn' },
  { code: 'zg-tos', sector: 'ZG', naam: 'Mensen met een taalontwikkelingsstoornis (TOS)' },
  { code: 'ggz-langdurig', sector: 'GGZ', naam: 'Mensen met een langdurige psychische aandoening' },
  { code: 'ggz-psychose', sector: 'GGZ', naam: 'Mensen met een psychotische stoornis' },
  {
    code: 'ggz-dubbele-diagnose',
    sector: 'GGZ',
    naam: 'Mensen met psychische problemen en verslaving',
  },
  { code: 'ggz-persoonlijkheid', sector: 'GGZ', naam: 'Mensen met een persoonlijkheidsstoornis' },
  { code: 'ggz-ouderen', sector: 'GGZ', naam: 'Ouderen met psychische problemen' },
]

// ---------------------------------------------------------------------------------------------
// Lookups
// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// Vrije capaciteit (§3.2.9): the kind of place that is free
// ---------------------------------------------------------------------------------------------

export type SoortPlaatsCode = 'verblijf' | 'logeren' | 'dagbesteding'

export const soortenPlaats: readonly { code: SoortPlaatsCode; naam: string }[] = [
  { code: 'verblijf', naam: 'Wonen (verblijf)' },
  { code: 'logeren', naam: 'Logeren' },
  { code: 'dagbesteding', naam: 'Dagbesteding' },
]
