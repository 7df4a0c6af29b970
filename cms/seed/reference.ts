/**
 * Seed data of the reference collections in the database: zorgkantoren and their regions, kinds of
 * care, soft information and OCO services. The lists defined in code (sectors, care profiles,
 * delivery forms, target groups, zachte-informatie groups) are in cms/domain/referentielijsten.ts.
 *
 * Plain data only: the seeder writes these into the CMS.
 * Codes are stable (kebab-case, except care profile codes, which keep their official spelling);
 * labels are Dutch and may change. Every `icoon` is a file `site/public/icons/<icoon>.svg`.
 */

import type { Sector, ZachteInformatieGroep } from '../domain/referentielijsten'

export type Provincie =
  | 'Groningen'
  | 'Friesland'
  | 'Drenthe'
  | 'Overijssel'
  | 'Flevoland'
  | 'Gelderland'
  | 'Utrecht'
  | 'Noord-Holland'
  | 'Zuid-Holland'
  | 'Zeeland'
  | 'Noord-Brabant'
  | 'Limburg'

// ---------------------------------------------------------------------------------------------
// Zorgkantoren and zorgkantoorregio's
// ---------------------------------------------------------------------------------------------

export type ZorgkantoorCode = 'cz' | 'menzis' | 'zilveren-kruis' | 'de-friesland'

export interface Zorgkantoorregio {
  code: string
  naam: string
  zorgkantoor: ZorgkantoorCode
  provincie: Provincie
}

/**
 * Zorgkantoorregio's. An approximation of the real map: the real regions do not follow province
 * borders and more zorgkantoren exist (VGZ, DSW, Zorg en Zekerheid, ...). For the demo every
 * province belongs to one of the four zorgkantoren of the manual:
 * CZ: Zeeland, Noord-Brabant, Limburg, Zuid-Holland; Menzis: Groningen, Overijssel, Gelderland;
 * Zilveren Kruis: Noord-Holland, Utrecht, Flevoland, Drenthe; De Friesland: Friesland.
 * The first region listed for a province is its fallback (see `cms/seed/woonplaatsen.ts`).
 */
export const zorgkantoorregios: readonly Zorgkantoorregio[] = [
  // CZ zorgkantoor
  { code: 'zeeland', naam: 'Zeeland', zorgkantoor: 'cz', provincie: 'Zeeland' },
  {
    code: 'zuidoost-brabant',
    naam: 'Zuidoost-Brabant',
    zorgkantoor: 'cz',
    provincie: 'Noord-Brabant',
  },
  { code: 'west-brabant', naam: 'West-Brabant', zorgkantoor: 'cz', provincie: 'Noord-Brabant' },
  { code: 'midden-brabant', naam: 'Midden-Brabant', zorgkantoor: 'cz', provincie: 'Noord-Brabant' },
  {
    code: 'noordoost-brabant',
    naam: 'Noordoost-Brabant',
    zorgkantoor: 'cz',
    provincie: 'Noord-Brabant',
  },
  {
    code: 'noord-en-midden-limburg',
    naam: 'Noord- en Midden-Limburg',
    zorgkantoor: 'cz',
    provincie: 'Limburg',
  },
  { code: 'zuid-limburg', naam: 'Zuid-Limburg', zorgkantoor: 'cz', provincie: 'Limburg' },
  {
    code: 'zuid-holland-zuid',
    naam: 'Zuid-Holland Zuid',
    zorgkantoor: 'cz',
    provincie: 'Zuid-Holland',
  },
  { code: 'rotterdam', naam: 'Rotterdam', zorgkantoor: 'cz', provincie: 'Zuid-Holland' },
  { code: 'haaglanden', naam: 'Haaglanden', zorgkantoor: 'cz', provincie: 'Zuid-Holland' },
  {
    code: 'delft-westland-oostland',
    naam: 'Delft Westland Oostland',
    zorgkantoor: 'cz',
    provincie: 'Zuid-Holland',
  },
  {
    code: 'zuid-holland-noord',
    naam: 'Zuid-Holland Noord',
    zorgkantoor: 'cz',
    provincie: 'Zuid-Holland',
  },
  { code: 'midden-holland', naam: 'Midden-Holland', zorgkantoor: 'cz', provincie: 'Zuid-Holland' },
  { code: 'waardenland', naam: 'Waardenland', zorgkantoor: 'cz', provincie: 'Zuid-Holland' },
  // Menzis zorgkantoor
  { code: 'groningen', naam: 'Groningen', zorgkantoor: 'menzis', provincie: 'Groningen' },
  { code: 'zwolle', naam: 'Zwolle', zorgkantoor: 'menzis', provincie: 'Overijssel' },
  { code: 'twente', naam: 'Twente', zorgkantoor: 'menzis', provincie: 'Overijssel' },
  { code: 'midden-ijssel', naam: 'Midden-IJssel', zorgkantoor: 'menzis', provincie: 'Overijssel' },
  { code: 'arnhem', naam: 'Arnhem', zorgkantoor: 'menzis', provincie: 'Gelderland' },
  { code: 'nijmegen', naam: 'Nijmegen', zorgkantoor: 'menzis', provincie: 'Gelderland' },
  { code: 'achterhoek', naam: 'Achterhoek', zorgkantoor: 'menzis', provincie: 'Gelderland' },
  {
    code: 'apeldoorn-zutphen',
    naam: 'Apeldoorn/Zutphen e.o.',
    zorgkantoor: 'menzis',
    provincie: 'Gelderland',
  },
  // Zilveren Kruis zorgkantoor
  {
    code: 'noord-holland-noord',
    naam: 'Noord-Holland Noord',
    zorgkantoor: 'zilveren-kruis',
    provincie: 'Noord-Holland',
  },
  {
    code: 'amsterdam',
    naam: 'Amsterdam',
    zorgkantoor: 'zilveren-kruis',
    provincie: 'Noord-Holland',
  },
  {
    code: 'zaanstreek-waterland',
    naam: 'Zaanstreek/Waterland',
    zorgkantoor: 'zilveren-kruis',
    provincie: 'Noord-Holland',
  },
  {
    code: 'kennemerland',
    naam: 'Kennemerland',
    zorgkantoor: 'zilveren-kruis',
    provincie: 'Noord-Holland',
  },
  { code: 't-gooi', naam: "'t Gooi", zorgkantoor: 'zilveren-kruis', provincie: 'Noord-Holland' },
  { code: 'utrecht', naam: 'Utrecht', zorgkantoor: 'zilveren-kruis', provincie: 'Utrecht' },
  { code: 'amersfoort', naam: 'Amersfoort', zorgkantoor: 'zilveren-kruis', provincie: 'Utrecht' },
  { code: 'flevoland', naam: 'Flevoland', zorgkantoor: 'zilveren-kruis', provincie: 'Flevoland' },
  { code: 'drenthe', naam: 'Drenthe', zorgkantoor: 'zilveren-kruis', provincie: 'Drenthe' },
  // De Friesland zorgkantoor
  { code: 'friesland', naam: 'Friesland', zorgkantoor: 'de-friesland', provincie: 'Friesland' },
]

export interface Zorgkantoor {
  code: ZorgkantoorCode
  naam: string
  /** contact for providers (manual §1) */
  email: string
  telefoon: string | null
  /** codes of `zorgkantoorregios` */
  regios: string[]
}

const regiosVan = (zk: ZorgkantoorCode): string[] =>
  zorgkantoorregios.filter((r) => r.zorgkantoor === zk).map((r) => r.code)

export const zorgkantoren: readonly Zorgkantoor[] = [
  {
    code: 'cz',
    naam: 'CZ zorgkantoor',
    email: 'zorgatlaszorgkantoor@cz.nl',
    telefoon: '088 555 70 67',
    regios: regiosVan('cz'),
  },
  {
    code: 'menzis',
    naam: 'Menzis zorgkantoor',
    email: 'zorgatlas@menzis.nl',
    telefoon: null,
    regios: regiosVan('menzis'),
  },
  {
    code: 'zilveren-kruis',
    naam: 'Zilveren Kruis zorgkantoor',
    email: 'zorgatlas@zilverenkruis.nl',
    telefoon: null,
    regios: regiosVan('zilveren-kruis'),
  },
  {
    code: 'de-friesland',
    naam: 'De Friesland zorgkantoor',
    email: 'zorgatlas@zilverenkruis.nl',
    telefoon: null,
    regios: regiosVan('de-friesland'),
  },
]

// ---------------------------------------------------------------------------------------------
// Soort zorg and voorzieningen (§3.2.3)
// ---------------------------------------------------------------------------------------------

export type SoortZorgCode =
  | 'ouderenzorg-instelling'
  | 'ouderenzorg-thuis'
  | 'gehandicaptenzorg-instelling'
  | 'gehandicaptenzorg-thuis'
  | 'ggz-instelling'
  | 'ggz-thuis'
  | 'dagbesteding'
  | 'kortdurend-verblijf'
  | 'oco'
  | 'pgb-wooninitiatief'

export interface SoortZorg {
  code: SoortZorgCode
  naam: string
  icoon: string
  /** true: one location per region with many woonplaatsen (zorg thuis, OCO); false: exactly one */
  thuis: boolean
  sectoren: Sector[]
  /** the Voorziening options shown for this kind of care */
  voorzieningen: string[]
  /** organisation type that registers locations of this kind */
  organisatieType: 'zorgaanbieder' | 'oco' | 'pgb-initiatief'
}

export const soortenZorg: readonly SoortZorg[] = [
  {
    code: 'ouderenzorg-instelling',
    naam: 'Ouderenzorg in een instelling',
    icoon: 'ouderenzorg-instelling',
    thuis: false,
    sectoren: ['VV'],
    voorzieningen: [
      'Verpleeghuis',
      'Woonzorgcentrum',
      'Kleinschalig wonen',
      'Hospice',
      'Zorgboerderij',
    ],
    organisatieType: 'zorgaanbieder',
  },
  {
    code: 'ouderenzorg-thuis',
    naam: 'Ouderenzorg thuis',
    icoon: 'ouderenzorg-thuis',
    thuis: true,
    sectoren: ['VV'],
    voorzieningen: ['Thuiszorgteam', 'Wijkteam', 'Nachtzorg', 'Palliatieve thuiszorg'],
    organisatieType: 'zorgaanbieder',
  },
  {
    code: 'gehandicaptenzorg-instelling',
    naam: 'Gehandicaptenzorg in een instelling',
    icoon: 'gehandicaptenzorg-instelling',
    thuis: false,
    sectoren: ['VG', 'LG', 'ZG'],
    voorzieningen: [
      'Woonvoorziening',
      'Kleinschalig wonen',
      'Gezinshuis',
      'Behandelcentrum',
      'Zorgboerderij',
    ],
    organisatieType: 'zorgaanbieder',
  },
  {
    code: 'gehandicaptenzorg-thuis',
    naam: 'Gehandicaptenzorg thuis',
    icoon: 'gehandicaptenzorg-thuis',
    thuis: true,
    sectoren: ['VG', 'LG', 'ZG'],
    voorzieningen: ['Ambulant team', 'Thuiszorgteam', 'Wijkteam'],
    organisatieType: 'zorgaanbieder',
  },
  {
    code: 'ggz-instelling',
    naam: 'GGZ-wonen in een instelling',
    icoon: 'ggz-instelling',
    thuis: false,
    sectoren: ['GGZ'],
    voorzieningen: ['Beschermd wonen', 'Woonvoorziening', 'Kleinschalig wonen'],
    organisatieType: 'zorgaanbieder',
  },
  {
    code: 'ggz-thuis',
    naam: 'GGZ thuis',
    icoon: 'ggz-thuis',
    thuis: true,
    sectoren: ['GGZ'],
    voorzieningen: ['Ambulant team', 'Wijkteam', 'FACT-team'],
    organisatieType: 'zorgaanbieder',
  },
  {
    code: 'dagbesteding',
    naam: 'Dagbesteding / dagbehandeling',
    icoon: 'dagbesteding',
    thuis: false,
    sectoren: ['VV', 'VG', 'LG', 'ZG', 'GGZ'],
    voorzieningen: [
      'Dagbestedingscentrum',
      'Dagbehandeling',
      'Kinderdagcentrum',
      'Zorgboerderij',
      'Activiteitencentrum',
    ],
    organisatieType: 'zorgaanbieder',
  },
  {
    code: 'kortdurend-verblijf',
    naam: 'Kortdurend verblijf (logeeropvang)',
    icoon: 'kortdurend-verblijf',
    thuis: false,
    sectoren: ['VV', 'VG', 'LG', 'ZG'],
    voorzieningen: ['Logeerhuis', 'Logeerkamer in verpleeghuis', 'Respijtzorgboerderij'],
    organisatieType: 'zorgaanbieder',
  },
  {
    code: 'oco',
    naam: 'Onafhankelijke cliëntondersteuning (OCO)',
    icoon: 'oco',
    thuis: true,
    sectoren: ['VV', 'VG', 'LG', 'ZG', 'GGZ'],
    voorzieningen: ['Cliëntondersteuning'],
    organisatieType: 'oco',
  },
  {
    code: 'pgb-wooninitiatief',
    naam: 'PGB-wooninitiatief',
    icoon: 'pgb-wooninitiatief',
    thuis: false,
    sectoren: ['VV', 'VG', 'LG', 'GGZ'],
    voorzieningen: ['Wooninitiatief', 'Ouderinitiatief', 'Kleinschalig wonen'],
    organisatieType: 'pgb-initiatief',
  },
]

// ---------------------------------------------------------------------------------------------
// Zachte informatie (§4.2)
// ---------------------------------------------------------------------------------------------

export interface ZachteInformatie {
  code: string
  naam: string
  groep: ZachteInformatieGroep
  icoon: string
  /** one-sentence help text (B1) */
  toelichting: string
  /** also meaningful for care at home (§4.2: leave irrelevant options empty for home care) */
  thuisRelevant: boolean
}

export const zachteInformatie: readonly ZachteInformatie[] = [
  // levensovertuiging
  {
    code: 'protestants-christelijk',
    naam: 'Protestants-christelijk',
    groep: 'levensovertuiging',
    icoon: 'kerk',
    toelichting:
      'Er is aandacht voor het protestants-christelijke geloof, bijvoorbeeld met vieringen en gebed.',
    thuisRelevant: true,
  },
  {
    code: 'rooms-katholiek',
    naam: 'Rooms-katholiek',
    groep: 'levensovertuiging',
    icoon: 'kruis',
    toelichting:
      'Er is aandacht voor het rooms-katholieke geloof, bijvoorbeeld met een wekelijkse mis.',
    thuisRelevant: true,
  },
  {
    code: 'islamitisch',
    naam: 'Islamitisch',
    groep: 'levensovertuiging',
    icoon: 'maansikkel',
    toelichting:
      'Er is aandacht voor het islamitische geloof, bijvoorbeeld een gebedsruimte en de ramadan.',
    thuisRelevant: true,
  },
  {
    code: 'joods',
    naam: 'Joods',
    groep: 'levensovertuiging',
    icoon: 'davidster',
    toelichting: 'Er is aandacht voor het joodse geloof en de joodse feestdagen.',
    thuisRelevant: true,
  },
  {
    code: 'humanistisch',
    naam: 'Humanistisch',
    groep: 'levensovertuiging',
    icoon: 'humanistisch',
    toelichting: 'Er is een humanistisch raadsman of raadsvrouw voor gesprekken over het leven.',
    thuisRelevant: true,
  },
  {
    code: 'hindoeistisch',
    naam: 'Hindoeïstisch',
    groep: 'levensovertuiging',
    icoon: 'lotus',
    toelichting: 'Er is aandacht voor het hindoeïstische geloof, de rituelen en de feestdagen.',
    thuisRelevant: true,
  },
  // culturele achtergrond
  {
    code: 'turks',
    naam: 'Turkse achtergrond',
    groep: 'culturele-achtergrond',
    icoon: 'wereldbol',
    toelichting: 'Medewerkers kennen de Turkse cultuur en gewoontes.',
    thuisRelevant: true,
  },
  {
    code: 'marokkaans',
    naam: 'Marokkaanse achtergrond',
    groep: 'culturele-achtergrond',
    icoon: 'wereldbol',
    toelichting: 'Medewerkers kennen de Marokkaanse cultuur en gewoontes.',
    thuisRelevant: true,
  },
  {
    code: 'surinaams',
    naam: 'Surinaamse achtergrond',
    groep: 'culturele-achtergrond',
    icoon: 'wereldbol',
    toelichting: 'Medewerkers kennen de Surinaamse cultuur en gewoontes.',
    thuisRelevant: true,
  },
  {
    code: 'antilliaans',
    naam: 'Antilliaanse achtergrond',
    groep: 'culturele-achtergrond',
    icoon: 'wereldbol',
    toelichting: 'Medewerkers kennen de cultuur van de Antillen en Aruba.',
    thuisRelevant: true,
  },
  {
    code: 'chinees',
    naam: 'Chinese achtergrond',
    groep: 'culturele-achtergrond',
    icoon: 'wereldbol',
    toelichting: 'Medewerkers kennen de Chinese cultuur en gewoontes.',
    thuisRelevant: true,
  },
  {
    code: 'indisch-moluks',
    naam: 'Indische of Molukse achtergrond',
    groep: 'culturele-achtergrond',
    icoon: 'wereldbol',
    toelichting: 'Medewerkers kennen de Indische en Molukse cultuur en gewoontes.',
    thuisRelevant: true,
  },
  // taal
  {
    code: 'fries',
    naam: 'Fries',
    groep: 'taal',
    icoon: 'taal',
    toelichting: 'Medewerkers spreken Fries met u.',
    thuisRelevant: true,
  },
  {
    code: 'limburgs-dialect',
    naam: 'Limburgs dialect',
    groep: 'taal',
    icoon: 'taal',
    toelichting: 'Medewerkers spreken Limburgs dialect met u.',
    thuisRelevant: true,
  },
  {
    code: 'engels',
    naam: 'Engels',
    groep: 'taal',
    icoon: 'taal',
    toelichting: 'Medewerkers spreken Engels met u als dat nodig is.',
    thuisRelevant: true,
  },
  {
    code: 'duits',
    naam: 'Duits',
    groep: 'taal',
    icoon: 'taal',
    toelichting: 'Medewerkers spreken Duits met u als dat nodig is.',
    thuisRelevant: true,
  },
  {
    code: 'gebarentaal',
    naam: 'Gebarentaal (NGT)',
    groep: 'taal',
    icoon: 'gebarentaal',
    toelichting: 'Medewerkers gebruiken Nederlandse Gebarentaal (NGT).',
    thuisRelevant: true,
  },
  // leefstijl
  {
    code: 'huisdieren-welkom',
    naam: 'Huisdieren welkom',
    groep: 'leefstijl',
    icoon: 'huisdier',
    toelichting: 'U mag uw huisdier meenemen als u hier komt wonen.',
    thuisRelevant: false,
  },
  {
    code: 'partner-kan-mee',
    naam: 'Partner kan mee verhuizen',
    groep: 'leefstijl',
    icoon: 'partner',
    toelichting: 'Uw partner kan met u mee verhuizen en bij u blijven wonen.',
    thuisRelevant: false,
  },
  {
    code: 'roken-toegestaan',
    naam: 'Roken toegestaan (rookruimte)',
    groep: 'leefstijl',
    icoon: 'roken',
    toelichting: 'Er is een ruimte waar u mag roken.',
    thuisRelevant: false,
  },
  {
    code: 'vegetarisch-eten',
    naam: 'Vegetarisch eten',
    groep: 'leefstijl',
    icoon: 'blad',
    toelichting: 'U kunt elke dag vegetarisch eten krijgen.',
    thuisRelevant: false,
  },
  {
    code: 'halal-eten',
    naam: 'Halal eten',
    groep: 'leefstijl',
    icoon: 'bestek',
    toelichting: 'Het eten wordt halal bereid.',
    thuisRelevant: false,
  },
  {
    code: 'koosjer-eten',
    naam: 'Koosjer eten',
    groep: 'leefstijl',
    icoon: 'bestek',
    toelichting: 'Het eten wordt koosjer bereid.',
    thuisRelevant: false,
  },
  {
    code: 'eigen-meubels',
    naam: 'Eigen meubels meenemen',
    groep: 'leefstijl',
    icoon: 'stoel',
    toelichting: 'U mag uw kamer inrichten met uw eigen meubels.',
    thuisRelevant: false,
  },
  {
    code: 'lhbti-vriendelijk',
    naam: 'LHBTI-vriendelijk (Roze Loper)',
    groep: 'leefstijl',
    icoon: 'regenboog',
    toelichting:
      'Deze locatie heeft de Roze Loper: iedereen is welkom, ook lesbische, homo, bi, trans en intersekse mensen.',
    thuisRelevant: true,
  },
  // faciliteiten
  {
    code: 'tuin',
    naam: 'Tuin',
    groep: 'faciliteiten',
    icoon: 'tuin',
    toelichting: 'Er is een tuin waar u naar buiten kunt.',
    thuisRelevant: false,
  },
  {
    code: 'restaurant',
    naam: 'Restaurant',
    groep: 'faciliteiten',
    icoon: 'bestek',
    toelichting: 'Er is een restaurant waar u met anderen kunt eten, ook met bezoek.',
    thuisRelevant: false,
  },
  {
    code: 'kapsalon',
    naam: 'Kapsalon',
    groep: 'faciliteiten',
    icoon: 'schaar',
    toelichting: 'Er is een kapper in het gebouw.',
    thuisRelevant: false,
  },
  {
    code: 'fysiotherapie',
    naam: 'Fysiotherapie in huis',
    groep: 'faciliteiten',
    icoon: 'fysiotherapie',
    toelichting: 'Er is een fysiotherapeut in het gebouw.',
    thuisRelevant: false,
  },
  {
    code: 'snoezelruimte',
    naam: 'Snoezelruimte',
    groep: 'faciliteiten',
    icoon: 'snoezelen',
    toelichting: 'Er is een rustige ruimte met licht, geluid en geur om te ontspannen.',
    thuisRelevant: false,
  },
  {
    code: 'belevingstuin',
    naam: 'Belevingstuin',
    groep: 'faciliteiten',
    icoon: 'boom',
    toelichting:
      'Er is een veilige tuin om te ruiken, voelen en kijken, ook voor mensen met dementie.',
    thuisRelevant: false,
  },
  {
    code: 'openbaar-vervoer',
    naam: 'Openbaar vervoer dichtbij',
    groep: 'faciliteiten',
    icoon: 'bus',
    toelichting: 'Een bushalte of station is op loopafstand.',
    thuisRelevant: false,
  },
  {
    code: 'parkeren',
    naam: 'Parkeren bij de locatie',
    groep: 'faciliteiten',
    icoon: 'auto',
    toelichting: 'Bezoekers kunnen bij de locatie parkeren.',
    thuisRelevant: false,
  },
  {
    code: 'rolstoeltoegankelijk',
    naam: 'Rolstoeltoegankelijk',
    groep: 'faciliteiten',
    icoon: 'rolstoel',
    toelichting: 'U kunt overal in het gebouw komen met een rolstoel.',
    thuisRelevant: false,
  },
  // zorg
  {
    code: 'dementievriendelijk',
    naam: 'Dementievriendelijk',
    groep: 'zorg',
    icoon: 'dementie',
    toelichting: 'Medewerkers weten hoe ze goed omgaan met mensen met dementie.',
    thuisRelevant: true,
  },
  {
    code: 'palliatieve-zorg',
    naam: 'Palliatieve zorg',
    groep: 'zorg',
    icoon: 'palliatief',
    toelichting: 'U krijgt zorg en aandacht in de laatste fase van uw leven.',
    thuisRelevant: true,
  },
  {
    code: 'arts-in-huis',
    naam: 'Specialist ouderengeneeskunde of arts in huis',
    groep: 'zorg',
    icoon: 'stethoscoop',
    toelichting: 'Er is een eigen arts aan de locatie verbonden.',
    thuisRelevant: false,
  },
  {
    code: 'nachtzorg',
    naam: 'Zorg in de nacht',
    groep: 'zorg',
    icoon: 'maan',
    toelichting: 'Ook in de nacht is er zorg als u die nodig heeft.',
    thuisRelevant: true,
  },
  {
    code: 'eenpersoonskamer',
    naam: 'Eigen kamer met eigen sanitair',
    groep: 'zorg',
    icoon: 'deur',
    toelichting: 'U krijgt een eigen kamer met een eigen badkamer en toilet.',
    thuisRelevant: false,
  },
]

// ---------------------------------------------------------------------------------------------
// OCO dienstverlening (§4.3)
// ---------------------------------------------------------------------------------------------

export interface OcoDienst {
  code: string
  naam: string
  toelichting: string
}

export const ocoDienstverlening: readonly OcoDienst[] = [
  {
    code: 'wlz-indicatie',
    naam: 'Hulp bij het aanvragen van een Wlz-indicatie',
    toelichting: 'Wij helpen u met de aanvraag bij het CIZ.',
  },
  {
    code: 'kiezen-zorgaanbieder',
    naam: 'Hulp bij het kiezen van een zorgaanbieder',
    toelichting: 'Wij zoeken samen met u naar zorg die bij u past.',
  },
  {
    code: 'zorgplan',
    naam: 'Ondersteuning bij het zorgplan',
    toelichting: 'Wij gaan met u mee naar het gesprek over uw zorgplan.',
  },
  {
    code: 'klachten-bezwaar',
    naam: 'Ondersteuning bij klachten en bezwaar',
    toelichting: 'Wij helpen u als u niet tevreden bent over uw zorg of een besluit.',
  },
  {
    code: 'pgb',
    naam: 'Hulp bij persoonsgebonden budget (PGB)',
    toelichting: 'Wij leggen uit hoe een PGB werkt en helpen bij de aanvraag.',
  },
  {
    code: 'wonen-en-zorg',
    naam: 'Informatie over wonen en zorg',
    toelichting: 'Wij vertellen u welke mogelijkheden er zijn om te wonen met zorg.',
  },
  {
    code: 'levensvragen',
    naam: 'Gesprek over levensvragen en toekomst',
    toelichting: 'Wij denken met u mee over wat belangrijk is in uw leven.',
  },
  {
    code: 'mantelzorg',
    naam: 'Ondersteuning van naasten en mantelzorgers',
    toelichting: 'Wij helpen ook uw familie en mantelzorgers met hun vragen.',
  },
]

export const soortZorgByCode = (code: string): SoortZorg | undefined =>
  soortenZorg.find((s) => s.code === code)

export const zorgkantoorregioByNaam = (naam: string): Zorgkantoorregio | undefined =>
  zorgkantoorregios.find((r) => r.naam === naam)

/** Every icon key used by the reference lists (one SVG each in site/public/icons). */
export const iconen: readonly string[] = [
  ...new Set([...soortenZorg.map((s) => s.icoon), ...zachteInformatie.map((z) => z.icoon)]),
]
