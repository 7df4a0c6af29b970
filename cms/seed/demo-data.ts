/**
 * Deterministic demo data for the Zorgatlas: zorgkantoren, organisations, locations, care offers
 * and users, as plain data that references things by stable keys (never by database id). The
 * seeder turns keys into relations.
 *
 * Pure: no IO, no clock, no Math.random; the same options give the same data. All names, codes,
 * addresses, phone numbers and domains are fictional (web and e-mail domains use the reserved
 * `.example` / `.test` top-level domains). Woonplaatsen are real (cms/seed/data/woonplaatsen.json).
 */
import type { Role } from '../domain/roles'
import type { Status } from '../domain/workflow'
import woonplaatsenJson from './data/woonplaatsen.json' with { type: 'json' }
import {
  ocoDienstverlening,
  soortenZorg,
  zachteInformatie,
  zorgkantoorregios,
  zorgkantoren,
  type Provincie,
  type SoortZorg,
  type SoortZorgCode,
  type Zorgkantoor,
  type ZorgkantoorCode,
} from './reference'
import {
  doelgroepen,
  zorgprofielen,
  type LeveringsvormCode,
  type Sector,
} from '../domain/referentielijsten'
import type { Woonplaats } from './woonplaatsen'

// ---------------------------------------------------------------------------------------------
// Types of the plain data
// ---------------------------------------------------------------------------------------------

export type OrganisatieType = 'zorgaanbieder' | 'oco' | 'pgb-initiatief'
export type ContractStatus = 'niet' | 'in-onderhandeling' | 'gedeeltelijk' | 'volledig'

export interface DemoContract {
  zorgkantoor: ZorgkantoorCode
  jaar: number
  status: ContractStatus
}

export interface DemoOrganisatie {
  key: string
  naam: string
  verkorteNaam: string | null
  /** real-looking 6 digits for a zorgaanbieder; fictitious 'OCO-0007' / 'PGB-0002' otherwise */
  nzaCode: string
  type: OrganisatieType
  zorgkantoren: ZorgkantoorCode[]
  contracten: DemoContract[]
  contactpersoon: string
  email: string
  telefoon: string
  website: string
  status: Extract<Status, 'definitief' | 'nieuw'>
  /** "Wijziging versturen" was used: the request waits for the zorgkantoor (§5) */
  wijzigingVerstuurd: boolean
}

export interface DemoAdres {
  straat: string
  huisnummer: string | null
  huisnummerToevoeging: string | null
  /** '1234 AB'; only the 4 digits for a kleinschalig wooninitiatief */
  postcode: string
  plaats: string
}

export interface DemoLocatie {
  key: string
  organisatie: string
  agbCode: string
  hoofdlocatie: boolean
  /** 0 for a hoofdlocatie, otherwise unique ≥ 1 within the AGB code (§3.2.2) */
  volgnummer: number
  soortZorg: SoortZorgCode
  voorziening: string
  /** may be empty (home care, kleinschalig wonen) */
  naam: string
  gebruikVolledigeNaam: boolean
  /** kleinschalig wooninitiatief (§3.2.5): street text, no number, 4-digit postcode */
  kleinschalig: boolean
  bezoekadres: DemoAdres
  /** approximate point; for kleinschalig the centre of the woonplaats (never the real spot) */
  geo: { lat: number; lng: number }
  /** woonplaats codes: exactly one, or 3–8 for home care and OCO */
  woonplaatsen: string[]
  zorgkantoorregio: string
  telefoon: string
  email: string
  website: string
  status: Status
  /** photos in their order (generated images, see demo-fotos.ts); empty for most locations */
  fotos: DemoFoto[]
  /** YouTube video id (fictional: nothing is requested from YouTube until a visitor clicks) */
  video: string | null
}

/** A demo photo: one of the generated scenes (demo-fotos.ts) in one of its colour schemes. */
export interface DemoFoto {
  scene: DemoScene
  palet: number
  alt: string
  /** people are pictured: consent is ticked (§3.2.6) */
  mensenInBeeld: boolean
  /** what must stay in view when cut to the frame (percent) */
  focalX: number
  focalY: number
}

export type DemoScene = 'gevel' | 'tuin' | 'kamer' | 'huiskamer'

/** Alt texts per scene (B1, describing what is shown). */
const SCENE_ALT: Record<DemoScene, readonly string[]> = {
  gevel: ['Voorkant van het gebouw met bomen ervoor', 'Ingang van de locatie met een pad'],
  tuin: ['Tuin met een bankje en bloemen', 'Tuin met gras, een pad en een vijver'],
  kamer: ['Eigen kamer met bed, stoel en een groot raam', 'Slaapkamer met uitzicht op de tuin'],
  huiskamer: [
    'Huiskamer met twee bewoners aan een grote tafel',
    'Gezamenlijke woonkamer met bewoners aan tafel',
  ],
}

/** Number of colour schemes per scene in demo-fotos.ts. */
export const DEMO_PALETTEN = 4

/**
 * Photos and videos for a realistic share of the locations: about 4 in 10 residential and
 * day-care locations have 1–3 photos (home care and OCO rarely), about 1 in 12 a video. A
 * separate random stream, so the rest of the demo data stays as it was.
 */
function demoMedia(locaties: DemoLocatie[], seed: number): void {
  const rnd = createRandom(seed ^ 0x5f070)
  const scenes: DemoScene[] = ['gevel', 'tuin', 'kamer', 'huiskamer']
  for (const l of locaties) {
    const thuis = soortenZorg.find((s) => s.code === l.soortZorg)?.thuis ?? false
    if (rnd.chance(thuis ? 0.1 : 0.42)) {
      const n = thuis ? 1 : rnd.int(1, 3)
      const gekozen = l.kleinschalig
        ? rnd.sample(['tuin', 'kamer', 'huiskamer'] as DemoScene[], n)
        : ['gevel' as DemoScene, ...rnd.sample(scenes.slice(1), n - 1)]
      l.fotos = gekozen.map((scene) => {
        const alt = rnd.pick(SCENE_ALT[scene])
        return {
          scene,
          palet: rnd.int(0, DEMO_PALETTEN - 1),
          alt,
          mensenInBeeld: scene === 'huiskamer',
          focalX: rnd.int(35, 65),
          focalY: rnd.int(35, 60),
        }
      })
    }
    if (rnd.chance(0.08)) l.video = `zaDemo${String(rnd.int(0, 99999)).padStart(5, '0')}`
  }
}

export interface DemoSectorAanbod {
  doelgroepen: string[]
  zorgprofielen: string[]
  leveringsvormen: LeveringsvormCode[]
  dagbesteding: boolean
}

export interface DemoZorgaanbod {
  key: string
  locatie: string
  woonplaats: string
  zachteInformatie: string[]
  sectoren: Partial<Record<Sector, DemoSectorAanbod>>
  /** OCO services (§4.3); empty for care providers */
  dienstverlening: string[]
  status: Status
}

export interface DemoGebruiker {
  email: string
  naam: string
  rol: Role
  zorgkantoor: ZorgkantoorCode | null
  organisaties: string[]
  /** the organisation's user administrator (seed 004), on top of the provider role */
  gebruikersbeheerder?: boolean
  /** false: no two-step login (to try setting it up); else the demo secret of the README */
  tweestaps?: false
}

export interface DemoData {
  zorgkantoren: Zorgkantoor[]
  organisaties: DemoOrganisatie[]
  locaties: DemoLocatie[]
  zorgaanbod: DemoZorgaanbod[]
  gebruikers: DemoGebruiker[]
}

export interface DemoOptions {
  /** PRNG seed; the default gives the committed demo set */
  seed?: number
  /** contract year */
  jaar?: number
  /** woonplaatsen to place locations in; defaults to cms/seed/data/woonplaatsen.json */
  woonplaatsen?: readonly Woonplaats[]
}

export const DEFAULT_SEED = 20_240_501

// ---------------------------------------------------------------------------------------------
// Seeded PRNG
// ---------------------------------------------------------------------------------------------

/** mulberry32: small, fast, good enough for demo data. */
export function createRandom(seed: number) {
  let a = seed >>> 0
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list')
    return items[Math.floor(next() * items.length)] as T
  }
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items]
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1))
      ;[copy[i], copy[j]] = [copy[j] as T, copy[i] as T]
    }
    return copy
  }
  const sample = <T>(items: readonly T[], n: number): T[] => shuffle(items).slice(0, Math.max(0, n))
  const chance = (p: number): boolean => next() < p
  return { next, int, pick, shuffle, sample, chance }
}
type Random = ReturnType<typeof createRandom>

// ---------------------------------------------------------------------------------------------
// Fixed demo organisations (fictional)
// ---------------------------------------------------------------------------------------------

interface OrganisatieSjabloon {
  key: string
  naam: string
  verkorteNaam: string | null
  type: OrganisatieType
  zorgkantoren: ZorgkantoorCode[]
  /** kinds of care, the first one most often */
  soorten: SoortZorgCode[]
  /** sectors for kinds of care that serve several sectors */
  sectoren: Sector[]
  locaties: number
  status?: 'nieuw'
  wijzigingVerstuurd?: boolean
}

const VV_ALLES: SoortZorgCode[] = [
  'ouderenzorg-instelling',
  'ouderenzorg-thuis',
  'dagbesteding',
  'kortdurend-verblijf',
]
const GH_ALLES: SoortZorgCode[] = [
  'gehandicaptenzorg-instelling',
  'gehandicaptenzorg-thuis',
  'dagbesteding',
  'kortdurend-verblijf',
]

const ORGANISATIES: readonly OrganisatieSjabloon[] = [
  // ouderenzorg
  {
    key: 'de-linde',
    naam: 'Stichting Zorggroep De Linde',
    verkorteNaam: 'De Linde',
    type: 'zorgaanbieder',
    zorgkantoren: ['cz'],
    soorten: VV_ALLES,
    sectoren: ['VV'],
    locaties: 12,
  },
  {
    key: 'het-baken',
    naam: 'Stichting Ouderenzorg Het Baken',
    verkorteNaam: 'Het Baken',
    type: 'zorgaanbieder',
    zorgkantoren: ['cz', 'menzis'],
    soorten: VV_ALLES,
    sectoren: ['VV'],
    locaties: 10,
  },
  {
    key: 'de-waterkant',
    naam: 'Zorgcentra De Waterkant',
    verkorteNaam: 'De Waterkant',
    type: 'zorgaanbieder',
    zorgkantoren: ['cz'],
    soorten: ['ouderenzorg-instelling', 'ouderenzorg-thuis'],
    sectoren: ['VV'],
    locaties: 6,
  },
  {
    key: 'eikenhorst',
    naam: 'Stichting Woonzorg Eikenhorst',
    verkorteNaam: 'Eikenhorst',
    type: 'zorgaanbieder',
    zorgkantoren: ['menzis'],
    soorten: ['ouderenzorg-instelling', 'dagbesteding'],
    sectoren: ['VV'],
    locaties: 7,
  },
  {
    key: 'hof-en-heide',
    naam: 'Zorggroep Hof en Heide',
    verkorteNaam: 'Hof en Heide',
    type: 'zorgaanbieder',
    zorgkantoren: ['menzis'],
    soorten: VV_ALLES,
    sectoren: ['VV'],
    locaties: 7,
    wijzigingVerstuurd: true,
  },
  {
    key: 'thuiszorg-dichtbij',
    naam: 'Stichting Thuiszorg Dichtbij',
    verkorteNaam: 'Thuiszorg Dichtbij',
    type: 'zorgaanbieder',
    zorgkantoren: ['zilveren-kruis'],
    soorten: ['ouderenzorg-thuis'],
    sectoren: ['VV'],
    locaties: 3,
  },
  {
    key: 'het-anker',
    naam: 'Stichting Zorgcentrum Het Anker',
    verkorteNaam: null,
    type: 'zorgaanbieder',
    zorgkantoren: ['zilveren-kruis'],
    soorten: ['ouderenzorg-instelling', 'kortdurend-verblijf'],
    sectoren: ['VV'],
    locaties: 4,
  },
  {
    key: 'de-terp',
    naam: 'Stichting Ouderenzorg De Terp',
    verkorteNaam: 'De Terp',
    type: 'zorgaanbieder',
    zorgkantoren: ['de-friesland'],
    soorten: VV_ALLES,
    sectoren: ['VV'],
    locaties: 7,
  },
  {
    key: 'noorderlicht',
    naam: 'Zorggroep Noorderlicht',
    verkorteNaam: 'Noorderlicht',
    type: 'zorgaanbieder',
    zorgkantoren: ['menzis', 'de-friesland'],
    soorten: ['ouderenzorg-instelling', 'ouderenzorg-thuis', 'dagbesteding'],
    sectoren: ['VV'],
    locaties: 7,
  },
  {
    key: 'zorg-aan-de-maas',
    naam: 'Stichting Zorg aan de Maas',
    verkorteNaam: 'Zorg aan de Maas',
    type: 'zorgaanbieder',
    zorgkantoren: ['cz'],
    soorten: ['ouderenzorg-instelling', 'dagbesteding', 'ouderenzorg-thuis'],
    sectoren: ['VV'],
    locaties: 8,
  },
  {
    key: 'samen-thuis',
    naam: 'Stichting Wijkverpleging Samen Thuis',
    verkorteNaam: 'Samen Thuis',
    type: 'zorgaanbieder',
    zorgkantoren: ['cz'],
    soorten: ['ouderenzorg-thuis'],
    sectoren: ['VV'],
    locaties: 3,
  },
  {
    key: 'de-vuurtoren',
    naam: 'Stichting Hospice De Vuurtoren',
    verkorteNaam: null,
    type: 'zorgaanbieder',
    zorgkantoren: ['zilveren-kruis'],
    soorten: ['ouderenzorg-instelling'],
    sectoren: ['VV'],
    locaties: 2,
  },
  {
    key: 'amstelzorg',
    naam: 'Stichting Amstel Zorg',
    verkorteNaam: 'Amstelzorg',
    type: 'zorgaanbieder',
    zorgkantoren: ['zilveren-kruis'],
    soorten: VV_ALLES,
    sectoren: ['VV'],
    locaties: 9,
    wijzigingVerstuurd: true,
  },
  {
    key: 'zonnehof',
    naam: 'Stichting Woonzorg Zonnehof Drenthe',
    verkorteNaam: 'Zonnehof',
    type: 'zorgaanbieder',
    zorgkantoren: ['zilveren-kruis'],
    soorten: ['ouderenzorg-instelling', 'ouderenzorg-thuis'],
    sectoren: ['VV'],
    locaties: 5,
  },
  {
    key: 'sint-jozef',
    naam: 'Stichting Woonzorg Sint Jozef',
    verkorteNaam: 'Sint Jozef',
    type: 'zorgaanbieder',
    zorgkantoren: ['cz'],
    soorten: ['ouderenzorg-instelling', 'dagbesteding'],
    sectoren: ['VV'],
    locaties: 6,
  },
  {
    key: 'rivierenland-midden',
    naam: 'Stichting Zorggroep Rivierenland Midden',
    verkorteNaam: 'Rivierenland Midden',
    type: 'zorgaanbieder',
    zorgkantoren: ['menzis'],
    soorten: ['ouderenzorg-instelling', 'ouderenzorg-thuis', 'kortdurend-verblijf'],
    sectoren: ['VV'],
    locaties: 6,
  },
  {
    key: 'polderland',
    naam: 'Stichting Zorg en Welzijn Polderland',
    verkorteNaam: 'Polderland',
    type: 'zorgaanbieder',
    zorgkantoren: ['zilveren-kruis'],
    soorten: ['ouderenzorg-instelling', 'ouderenzorg-thuis'],
    sectoren: ['VV'],
    locaties: 4,
    status: 'nieuw',
  },
  {
    key: 'thuiszorg-westerkwartier',
    naam: 'Stichting Thuiszorg Westerkwartier Plus',
    verkorteNaam: null,
    type: 'zorgaanbieder',
    zorgkantoren: ['menzis'],
    soorten: ['ouderenzorg-thuis'],
    sectoren: ['VV'],
    locaties: 2,
    status: 'nieuw',
  },
  // gehandicaptenzorg
  {
    key: 'de-regenboog',
    naam: 'Stichting De Regenboog Groep',
    verkorteNaam: 'De Regenboog',
    type: 'zorgaanbieder',
    zorgkantoren: ['cz', 'menzis'],
    soorten: GH_ALLES,
    sectoren: ['VG'],
    locaties: 12,
  },
  {
    key: 'gouden-hart',
    naam: 'Stichting Het Gouden Hart',
    verkorteNaam: 'Gouden Hart',
    type: 'zorgaanbieder',
    zorgkantoren: ['zilveren-kruis'],
    soorten: GH_ALLES,
    sectoren: ['VG'],
    locaties: 8,
  },
  {
    key: 'wielewaal',
    naam: 'Stichting De Wielewaal',
    verkorteNaam: 'Wielewaal',
    type: 'zorgaanbieder',
    zorgkantoren: ['cz'],
    soorten: ['gehandicaptenzorg-instelling', 'dagbesteding'],
    sectoren: ['VG'],
    locaties: 6,
  },
  {
    key: 'lichtpunt',
    naam: 'Stichting Lichtpunt Gehandicaptenzorg',
    verkorteNaam: 'Lichtpunt',
    type: 'zorgaanbieder',
    zorgkantoren: ['menzis'],
    soorten: GH_ALLES,
    sectoren: ['VG', 'LG'],
    locaties: 8,
  },
  {
    key: 'onder-dak',
    naam: 'Stichting Ambulante Begeleiding Onder Dak',
    verkorteNaam: 'Onder Dak',
    type: 'zorgaanbieder',
    zorgkantoren: ['cz'],
    soorten: ['gehandicaptenzorg-thuis'],
    sectoren: ['VG'],
    locaties: 3,
  },
  {
    key: 'de-kiem',
    naam: 'Stichting Wonen en Revalidatie De Kiem',
    verkorteNaam: 'De Kiem',
    type: 'zorgaanbieder',
    zorgkantoren: ['zilveren-kruis'],
    soorten: ['gehandicaptenzorg-instelling', 'dagbesteding'],
    sectoren: ['LG'],
    locaties: 5,
  },
  {
    key: 'zintuig',
    naam: 'Stichting Zintuig',
    verkorteNaam: 'Zintuig',
    type: 'zorgaanbieder',
    zorgkantoren: ['menzis', 'zilveren-kruis'],
    soorten: ['gehandicaptenzorg-instelling', 'gehandicaptenzorg-thuis', 'dagbesteding'],
    sectoren: ['ZG'],
    locaties: 6,
  },
  {
    key: 'horizon-wonen',
    naam: 'Stichting Horizon Wonen',
    verkorteNaam: 'Horizon Wonen',
    type: 'zorgaanbieder',
    zorgkantoren: ['cz'],
    soorten: ['gehandicaptenzorg-instelling', 'kortdurend-verblijf'],
    sectoren: ['LG'],
    locaties: 5,
  },
  {
    key: 'thuishaven',
    naam: 'Stichting Gezinshuizen Thuishaven',
    verkorteNaam: 'Thuishaven',
    type: 'zorgaanbieder',
    zorgkantoren: ['de-friesland'],
    soorten: ['gehandicaptenzorg-instelling', 'kortdurend-verblijf'],
    sectoren: ['VG'],
    locaties: 5,
  },
  {
    key: 'de-klaver',
    naam: 'Zorgboerderij De Klaver',
    verkorteNaam: null,
    type: 'zorgaanbieder',
    zorgkantoren: ['menzis'],
    soorten: ['dagbesteding'],
    sectoren: ['VG', 'VV'],
    locaties: 2,
  },
  // GGZ
  {
    key: 'de-brug',
    naam: 'Stichting Beschermd Wonen De Brug',
    verkorteNaam: 'De Brug',
    type: 'zorgaanbieder',
    zorgkantoren: ['cz'],
    soorten: ['ggz-instelling', 'ggz-thuis', 'dagbesteding'],
    sectoren: ['GGZ'],
    locaties: 8,
  },
  {
    key: 'kompas',
    naam: 'Stichting GGZ Wonen Kompas',
    verkorteNaam: 'Kompas',
    type: 'zorgaanbieder',
    zorgkantoren: ['zilveren-kruis'],
    soorten: ['ggz-instelling', 'ggz-thuis'],
    sectoren: ['GGZ'],
    locaties: 7,
  },
  {
    key: 'herstel-en-wonen',
    naam: 'Stichting Herstel en Wonen Oost',
    verkorteNaam: 'Herstel en Wonen',
    type: 'zorgaanbieder',
    zorgkantoren: ['menzis'],
    soorten: ['ggz-instelling', 'ggz-thuis', 'dagbesteding'],
    sectoren: ['GGZ'],
    locaties: 6,
  },
  {
    key: 'de-vaart',
    naam: 'Stichting Beschut Wonen De Vaart',
    verkorteNaam: 'De Vaart',
    type: 'zorgaanbieder',
    zorgkantoren: ['de-friesland'],
    soorten: ['ggz-instelling', 'ggz-thuis'],
    sectoren: ['GGZ'],
    locaties: 4,
  },
  // dagbesteding, logeren
  {
    key: 'de-werkplaats',
    naam: 'Stichting Dagbesteding De Werkplaats',
    verkorteNaam: 'De Werkplaats',
    type: 'zorgaanbieder',
    zorgkantoren: ['cz'],
    soorten: ['dagbesteding'],
    sectoren: ['VG', 'GGZ'],
    locaties: 4,
    wijzigingVerstuurd: true,
  },
  {
    key: 'de-vlinder',
    naam: 'Stichting Logeerhuis De Vlinder',
    verkorteNaam: 'De Vlinder',
    type: 'zorgaanbieder',
    zorgkantoren: ['cz', 'zilveren-kruis'],
    soorten: ['kortdurend-verblijf'],
    sectoren: ['VG', 'LG'],
    locaties: 3,
  },
  // OCO
  {
    key: 'oco-zuid',
    naam: 'Stichting Cliëntondersteuning Zuid',
    verkorteNaam: 'OCO Zuid',
    type: 'oco',
    zorgkantoren: ['cz'],
    soorten: ['oco'],
    sectoren: [],
    locaties: 3,
  },
  {
    key: 'wegwijzer',
    naam: 'Stichting Wegwijzer Wlz',
    verkorteNaam: 'Wegwijzer',
    type: 'oco',
    zorgkantoren: ['menzis'],
    soorten: ['oco'],
    sectoren: [],
    locaties: 3,
  },
  {
    key: 'naast-jou',
    naam: 'Stichting Naast Jou Cliëntondersteuning',
    verkorteNaam: 'Naast Jou',
    type: 'oco',
    zorgkantoren: ['zilveren-kruis', 'de-friesland'],
    soorten: ['oco'],
    sectoren: [],
    locaties: 3,
  },
  {
    key: 'steunpunt-advies',
    naam: 'Stichting Steunpunt Onafhankelijk Advies',
    verkorteNaam: null,
    type: 'oco',
    zorgkantoren: ['cz'],
    soorten: ['oco'],
    sectoren: [],
    locaties: 2,
  },
  // PGB-wooninitiatieven
  {
    key: 'thuis-in-de-wijk',
    naam: 'Stichting Ouderinitiatief Thuis in de Wijk',
    verkorteNaam: 'Thuis in de Wijk',
    type: 'pgb-initiatief',
    zorgkantoren: ['cz'],
    soorten: ['pgb-wooninitiatief'],
    sectoren: ['VG'],
    locaties: 2,
  },
  {
    key: 'het-erf',
    naam: 'Stichting Wooninitiatief Het Erf',
    verkorteNaam: 'Het Erf',
    type: 'pgb-initiatief',
    zorgkantoren: ['menzis'],
    soorten: ['pgb-wooninitiatief'],
    sectoren: ['VV', 'VG'],
    locaties: 2,
    status: 'nieuw',
  },
]

const GEBRUIKERS: readonly DemoGebruiker[] = [
  {
    email: 'beheer@zorgatlas.test',
    naam: 'Anouk de Vries',
    rol: 'beheerder',
    zorgkantoor: null,
    organisaties: [],
  },
  {
    email: 'redacteur.cz@zorgatlas.test',
    naam: 'Marieke van den Berg',
    rol: 'zorgkantoor',
    zorgkantoor: 'cz',
    organisaties: [],
  },
  {
    email: 'redacteur.menzis@zorgatlas.test',
    naam: 'Joost Hendriks',
    rol: 'zorgkantoor',
    zorgkantoor: 'menzis',
    organisaties: [],
  },
  {
    email: 'redacteur.zilverenkruis@zorgatlas.test',
    naam: 'Fatima El Amrani',
    rol: 'zorgkantoor',
    zorgkantoor: 'zilveren-kruis',
    organisaties: [],
  },
  {
    email: 'redacteur.friesland@zorgatlas.test',
    naam: 'Sjoerd Hoekstra',
    rol: 'zorgkantoor',
    zorgkantoor: 'de-friesland',
    organisaties: [],
  },
  // one login for several organisations under CZ and Menzis (§1.3); hof-en-heide has a pending request
  {
    email: 'aanbieder@zorgatlas.test',
    naam: 'Peter Jansen',
    rol: 'zorgaanbieder',
    zorgkantoor: null,
    organisaties: ['de-linde', 'het-baken', 'de-regenboog', 'hof-en-heide'],
  },
  {
    email: 'aanbieder2@zorgatlas.test',
    naam: 'Sanne Bakker',
    rol: 'zorgaanbieder',
    zorgkantoor: null,
    organisaties: ['thuiszorg-dichtbij', 'amstelzorg', 'kompas'],
  },
  {
    email: 'aanbieder.friesland@zorgatlas.test',
    naam: 'Wietske de Jong',
    rol: 'zorgaanbieder',
    zorgkantoor: null,
    organisaties: ['de-terp', 'thuishaven', 'de-vaart'],
  },
  {
    email: 'oco@zorgatlas.test',
    naam: 'Ricardo Martina',
    rol: 'zorgaanbieder',
    zorgkantoor: null,
    organisaties: ['oco-zuid', 'naast-jou'],
  },
  // seed 004: the user administrator of Sanne Bakker's organisations, and a colleague at one of them
  {
    email: 'gebruikersbeheer@zorgatlas.test',
    naam: 'Henk de Boer',
    rol: 'zorgaanbieder',
    zorgkantoor: null,
    organisaties: ['thuiszorg-dichtbij', 'amstelzorg', 'kompas'],
    gebruikersbeheerder: true,
  },
  {
    email: 'collega@zorgatlas.test',
    naam: 'Lotte Visser',
    rol: 'zorgaanbieder',
    zorgkantoor: null,
    organisaties: ['kompas'],
    tweestaps: false,
  },
  {
    email: 'pgb@zorgatlas.test',
    naam: 'Els Verhoeven',
    rol: 'zorgaanbieder',
    zorgkantoor: null,
    organisaties: ['thuis-in-de-wijk', 'het-erf'],
    tweestaps: false,
  },
  // a login without any organisation yet (seed 002): the start screen explains and asks for access
  {
    email: 'nieuw@zorgatlas.test',
    naam: 'Noor Visser',
    rol: 'zorgaanbieder',
    zorgkantoor: null,
    organisaties: [],
    tweestaps: false,
  },
]

// ---------------------------------------------------------------------------------------------
// Word lists
// ---------------------------------------------------------------------------------------------

const STRATEN = [
  'Dorpsstraat',
  'Kerkstraat',
  'Kerkweg',
  'Molenlaan',
  'Molenweg',
  'Schoolstraat',
  'Stationsweg',
  'Wilhelminastraat',
  'Julianalaan',
  'Beatrixlaan',
  'Emmastraat',
  'Oranjestraat',
  'Nieuwstraat',
  'Hoofdstraat',
  'Marktstraat',
  'Lindelaan',
  'Eikenlaan',
  'Beukenlaan',
  'Kastanjelaan',
  'Prins Bernhardlaan',
  'Sportlaan',
  'Zuiderweg',
  'Noorderweg',
  'Ringweg',
  'Rozenstraat',
  'Tulpstraat',
  'Vondelstraat',
  'Rembrandtlaan',
  'Brink',
  'Voorstraat',
  'Achterweg',
  'Hofstraat',
  'Kloosterstraat',
  'Parkweg',
  'Burgemeester de Withstraat',
  'Dokter Schaepmanstraat',
  'Irenestraat',
  'Meidoornlaan',
  'Vijverlaan',
  'Esdoornstraat',
  'Weidelaan',
  'Klaproosstraat',
]

const LOCATIENAMEN = [
  'De Hofstede',
  'Lindehof',
  'De Zonnebloem',
  'Avondrood',
  'De Merel',
  'Het Weiland',
  'De Boomgaard',
  'De Klaproos',
  'Het Kerkehout',
  'De Eik',
  'Rozenhof',
  'Het Molenven',
  'De Bongerd',
  'Sint Anna',
  'De Schakel',
  'De Vijverhof',
  'Het Baken',
  'De Wingerd',
  'Het Veerhuis',
  'De Buitenplaats',
  'Oranjehof',
  'De Brink',
  'Het Kastanjehof',
  'De Wilgen',
  'De Pelikaan',
  'Het Lover',
  'De Akker',
  'Het Zonnehuis',
  'De Horst',
  'De Meent',
  'Hof van Heden',
  'Het Haagje',
  'De Lelie',
  'De Wiekslag',
  'Het Koetshuis',
  'De Hoge Weide',
]

const VOORNAMEN = [
  'Anne',
  'Bram',
  'Eva',
  'Daan',
  'Lotte',
  'Mohamed',
  'Fenna',
  'Ruben',
  'Ilse',
  'Youssef',
  'Sophie',
  'Thomas',
  'Noor',
  'Henk',
  'Ingrid',
  'Kees',
  'Mirjam',
  'Ayşe',
  'Gerrit',
  'Lisa',
  'Johan',
  'Astrid',
]
const ACHTERNAMEN = [
  'de Boer',
  'Visser',
  'Smit',
  'Meijer',
  'Mulder',
  'de Graaf',
  'Bos',
  'Vos',
  'Peters',
  'Dekker',
  'van Dijk',
  'Kok',
  'Willems',
  'Postma',
  'Yilmaz',
  'Koster',
  'van Leeuwen',
  'Brouwer',
  'Huisman',
  'Hermans',
  'Wouters',
  'Prins',
]

/** First two digits of postcodes per province (approximate). */
const POSTCODE_PREFIX: Readonly<Record<Provincie, readonly number[]>> = {
  Groningen: [95, 96, 97, 98, 99],
  Friesland: [84, 85, 86, 87, 88, 89, 90, 91, 92],
  Drenthe: [77, 78, 79, 93, 94],
  Overijssel: [74, 75, 76, 77, 80, 81],
  Flevoland: [13, 82, 83],
  Gelderland: [38, 40, 65, 66, 67, 68, 69, 70, 71, 72, 73],
  Utrecht: [34, 35, 36, 37, 39],
  'Noord-Holland': [10, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21],
  'Zuid-Holland': [22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33],
  Zeeland: [43, 44, 45],
  'Noord-Brabant': [46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57],
  Limburg: [58, 59, 60, 61, 62, 63, 64],
}

/** Netnummers by province, for plausible (fictional) phone numbers. */
const NETNUMMERS: Readonly<Record<Provincie, readonly string[]>> = {
  Groningen: ['050', '0598', '0597'],
  Friesland: ['058', '0513', '0515'],
  Drenthe: ['0592', '0591', '0528'],
  Overijssel: ['038', '053', '0570'],
  Flevoland: ['036', '0320', '0527'],
  Gelderland: ['026', '024', '055', '0314'],
  Utrecht: ['030', '033', '0318'],
  'Noord-Holland': ['020', '023', '072'],
  'Zuid-Holland': ['010', '070', '071', '078'],
  Zeeland: ['0118', '0113', '0115'],
  'Noord-Brabant': ['076', '013', '073', '040'],
  Limburg: ['043', '045', '077', '0475'],
}

const POSTCODE_LETTERS = 'ABCDEGHJKLMNPRSTVWXZ'

/**
 * The real PC4 ranges of the bigger places (first and last number), so that a search for, say,
 * "5038" finds Tilburg as it would with real addresses.
 */
const PC4_REEKSEN: Readonly<Record<string, readonly [number, number]>> = {
  'Noord-Holland|Amsterdam': [1011, 1109],
  'Zuid-Holland|Rotterdam': [3011, 3089],
  'Zuid-Holland|Den Haag': [2491, 2599],
  'Utrecht|Utrecht': [3511, 3585],
  'Noord-Brabant|Eindhoven': [5611, 5658],
  'Noord-Brabant|Tilburg': [5011, 5049],
  'Groningen|Groningen': [9711, 9747],
  'Flevoland|Almere': [1311, 1364],
  'Noord-Brabant|Breda': [4811, 4839],
  'Gelderland|Nijmegen': [6511, 6546],
  "Noord-Brabant|'s-Hertogenbosch": [5211, 5236],
  'Limburg|Maastricht': [6211, 6229],
  'Overijssel|Zwolle': [8011, 8043],
  'Friesland|Leeuwarden': [8911, 8939],
  'Gelderland|Arnhem': [6811, 6846],
  'Overijssel|Enschede': [7511, 7548],
  'Noord-Holland|Haarlem': [2011, 2036],
  'Gelderland|Apeldoorn': [7311, 7339],
  'Utrecht|Amersfoort': [3811, 3829],
  'Zuid-Holland|Leiden': [2311, 2334],
  'Zuid-Holland|Dordrecht': [3311, 3319],
  'Zuid-Holland|Zoetermeer': [2711, 2729],
  'Zuid-Holland|Delft': [2611, 2629],
  'Overijssel|Deventer': [7411, 7429],
  'Noord-Holland|Alkmaar': [1811, 1824],
  'Limburg|Venlo': [5911, 5928],
  'Limburg|Heerlen': [6411, 6419],
  'Noord-Brabant|Helmond': [5701, 5709],
  'Noord-Brabant|Oss': [5341, 5353],
  'Drenthe|Assen': [9401, 9409],
  'Drenthe|Emmen': [7811, 7833],
  'Utrecht|Zeist': [3701, 3709],
  'Noord-Holland|Hilversum': [1211, 1223],
  'Zuid-Holland|Gouda': [2801, 2809],
  'Zeeland|Middelburg': [4331, 4339],
  'Flevoland|Lelystad': [8211, 8245],
  'Noord-Brabant|Roosendaal': [4701, 4709],
  'Overijssel|Hengelo': [7551, 7559],
}

interface PostcodeGebied {
  van: number
  tot: number
}

/**
 * One postcode area per woonplaats, and never one PC4 for two places: the bigger places get
 * their real range, every other place one free number in its province's range (in code order,
 * so the same list of woonplaatsen always gives the same areas).
 */
export function postcodeGebieden(woonplaatsen: readonly Woonplaats[]): Map<string, PostcodeGebied> {
  const gebieden = new Map<string, PostcodeGebied>()
  const bezet = new Set<number>()
  const gebruikt = new Set<string>()
  for (const w of woonplaatsen) {
    const sleutel = `${w.provincie}|${w.naam}`
    const reeks = PC4_REEKSEN[sleutel]
    if (!reeks || gebruikt.has(sleutel)) continue // a second place of that name gets its own
    gebruikt.add(sleutel)
    gebieden.set(w.code, { van: reeks[0], tot: reeks[1] })
  }
  for (const [van, tot] of Object.values(PC4_REEKSEN)) for (let n = van; n <= tot; n++) bezet.add(n)
  const volgende = new Map<Provincie, number>()
  for (const w of [...woonplaatsen].sort((a, b) => (a.code < b.code ? -1 : 1))) {
    if (gebieden.has(w.code)) continue
    const prefixes = POSTCODE_PREFIX[w.provincie]
    const kandidaten = prefixes.flatMap((p) =>
      Array.from({ length: 99 }, (_, i) => p * 100 + i + 1),
    )
    let index = volgende.get(w.provincie) ?? 0
    while (index < kandidaten.length && bezet.has(kandidaten[index]!)) index++
    const pc4 = kandidaten[index]
    if (pc4 === undefined) throw new Error(`no free demo postcode left in ${w.provincie}`)
    bezet.add(pc4)
    volgende.set(w.provincie, index + 1)
    gebieden.set(w.code, { van: pc4, tot: pc4 })
  }
  return gebieden
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const slugify = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')

/** Stable small hash of a string (FNV-1a), used so one woonplaats keeps one postcode area. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

function postcodeCijfers(
  w: Woonplaats,
  gebieden: ReadonlyMap<string, PostcodeGebied>,
  rnd: Random,
): string {
  // one draw per address, as before: the rest of the demo data stays the same
  const offset = rnd.int(0, 5)
  const gebied = gebieden.get(w.code)
  if (!gebied) throw new Error(`no postcode area for ${w.code}`)
  const span = gebied.tot - gebied.van + 1
  return String(gebied.van + (((hash(w.code) >>> 8) + offset) % span))
}

function postcodeLetters(rnd: Random): string {
  for (;;) {
    const letters = rnd.pick([...POSTCODE_LETTERS]) + rnd.pick([...POSTCODE_LETTERS])
    if (!['SA', 'SD', 'SS'].includes(letters)) return letters
  }
}

function telefoon(provincie: Provincie, rnd: Random): string {
  const net = rnd.pick(NETNUMMERS[provincie])
  const digits = String(rnd.int(2_000_000, 9_999_999)).slice(0, 10 - net.length)
  // format: 010 123 45 67 / 0513 12 34 56
  return net.length === 3
    ? `${net} ${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5, 7)}`
    : `${net} ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4, 6)}`
}

const round5 = (n: number): number => Math.round(n * 1e5) / 1e5

const codesOf = <T extends { code: string }>(
  items: readonly T[],
  pred: (t: T) => boolean,
): string[] => items.filter(pred).map((t) => t.code)

// ---------------------------------------------------------------------------------------------
// Care offer per kind of care
// ---------------------------------------------------------------------------------------------

const PROFIELEN: Readonly<Record<Sector, readonly string[]>> = {
  VV: ['VV-4', 'VV-5', 'VV-6', 'VV-7', 'VV-8'],
  VG: ['VG-3', 'VG-4', 'VG-5', 'VG-6', 'VG-7', 'VG-8', 'LVG-2', 'LVG-3', 'SGLVG'],
  LG: ['LG-2', 'LG-4', 'LG-5', 'LG-6', 'LG-7'],
  ZG: ['ZG-AUD-2', 'ZG-AUD-3', 'ZG-AUD-4', 'ZG-VIS-2', 'ZG-VIS-3', 'ZG-VIS-4', 'ZG-VIS-5'],
  GGZ: [
    'GGZ-B-3',
    'GGZ-B-4',
    'GGZ-B-5',
    'GGZ-B-6',
    'GGZ-B-7',
    'GGZ-W-1',
    'GGZ-W-2',
    'GGZ-W-3',
    'GGZ-W-4',
  ],
}

function leveringsvormenVoor(soort: SoortZorgCode, rnd: Random): LeveringsvormCode[] {
  switch (soort) {
    case 'ouderenzorg-instelling':
    case 'gehandicaptenzorg-instelling':
    case 'ggz-instelling':
      return rnd.chance(0.3) ? ['verblijf', 'pgb'] : ['verblijf']
    case 'ouderenzorg-thuis':
    case 'gehandicaptenzorg-thuis':
    case 'ggz-thuis':
      return rnd.chance(0.5) ? ['vpt', 'mpt', 'pgb'] : ['vpt', 'mpt']
    case 'dagbesteding':
      return rnd.sample(['verblijf', 'vpt', 'mpt', 'pgb'] as LeveringsvormCode[], rnd.int(2, 4))
    case 'kortdurend-verblijf':
      return rnd.chance(0.5) ? ['mpt', 'pgb'] : ['mpt']
    case 'pgb-wooninitiatief':
      return ['pgb']
    case 'oco':
      return []
  }
}

function sectorAanbod(
  soort: SoortZorg,
  sector: Sector,
  voorziening: string,
  rnd: Random,
): DemoSectorAanbod {
  const groepen = codesOf(doelgroepen, (d) => d.sector === sector)
  let gekozenDoelgroepen = rnd.sample(groepen, rnd.int(1, 3))
  let profielen = rnd.sample(PROFIELEN[sector], rnd.int(2, 4))
  if (soort.code === 'ggz-thuis')
    profielen = rnd.sample(
      PROFIELEN.GGZ.filter((p) => p.startsWith('GGZ-W')),
      rnd.int(1, 3),
    )
  if (voorziening === 'Hospice') {
    gekozenDoelgroepen = ['vv-palliatief']
    profielen = ['VV-6', 'VV-8']
  }
  if (gekozenDoelgroepen.includes('vv-dementie') && !profielen.includes('VV-5'))
    profielen.push('VV-5')
  const volgorde = zorgprofielen.map((p) => p.code)
  profielen.sort((a, b) => volgorde.indexOf(a) - volgorde.indexOf(b))
  gekozenDoelgroepen.sort((a, b) => groepen.indexOf(a) - groepen.indexOf(b))
  return {
    doelgroepen: gekozenDoelgroepen,
    zorgprofielen: profielen,
    leveringsvormen: leveringsvormenVoor(soort.code, rnd),
    dagbesteding:
      soort.code === 'dagbesteding' ||
      (!soort.thuis &&
        soort.code !== 'kortdurend-verblijf' &&
        voorziening !== 'Hospice' &&
        rnd.chance(0.4)),
  }
}

/** Identity and language options are specific; facilities and care options are common. */
const ZACHT_GEWICHT: Readonly<Record<string, number>> = {
  levensovertuiging: 1,
  'culturele-achtergrond': 1,
  taal: 1,
  leefstijl: 3,
  faciliteiten: 4,
  zorg: 3,
}

function zachteInformatieVoor(
  soort: SoortZorg,
  w: Woonplaats,
  sectoren: Partial<Record<Sector, DemoSectorAanbod>>,
  rnd: Random,
): string[] {
  const pool = zachteInformatie.filter((z) => {
    if (z.code === 'fries') return w.provincie === 'Friesland'
    if (z.code === 'limburgs-dialect') return w.provincie === 'Limburg'
    if (soort.thuis) return z.thuisRelevant && z.groep !== 'zorg'
    if (soort.code === 'dagbesteding')
      return z.groep !== 'leefstijl' || z.code === 'lhbti-vriendelijk'
    return true
  })
  const max = soort.thuis ? 2 : 5
  const n = soort.thuis ? rnd.pick([0, 0, 1, 2]) : rnd.int(0, max)
  // weighted sampling without replacement
  const gekozen = new Set<string>()
  const rest = [...pool]
  while (gekozen.size < n && rest.length > 0) {
    const totaal = rest.reduce((t, z) => t + (ZACHT_GEWICHT[z.groep] ?? 1), 0)
    let r = rnd.next() * totaal
    const index = rest.findIndex((z) => (r -= ZACHT_GEWICHT[z.groep] ?? 1) < 0)
    const [z] = rest.splice(index < 0 ? rest.length - 1 : index, 1)
    if (z) gekozen.add(z.code)
  }
  // regional languages are common where they are spoken; dementia care is dementia-friendly
  for (const z of pool) {
    if ((z.code === 'fries' || z.code === 'limburgs-dialect') && rnd.chance(0.6))
      gekozen.add(z.code)
  }
  const dementie = sectoren.VV?.doelgroepen.includes('vv-dementie') ?? false
  if (dementie && !soort.thuis && rnd.chance(0.7)) gekozen.add('dementievriendelijk')
  // keep the reference order, so the data reads like a ticked form; at most `max` options
  return zachteInformatie
    .filter((z) => gekozen.has(z.code))
    .map((z) => z.code)
    .slice(0, max)
}

// ---------------------------------------------------------------------------------------------
// The builder
// ---------------------------------------------------------------------------------------------

const defaultWoonplaatsen = woonplaatsenJson as readonly Woonplaats[]

export function buildDemoData(options: DemoOptions = {}): DemoData {
  const rnd = createRandom(options.seed ?? DEFAULT_SEED)
  const jaar = options.jaar ?? 2025
  const woonplaatsen = options.woonplaatsen ?? defaultWoonplaatsen
  const gebieden = postcodeGebieden(woonplaatsen)

  const perRegio = new Map<string, Woonplaats[]>()
  for (const w of woonplaatsen) {
    const list = perRegio.get(w.zorgkantoorregio) ?? []
    list.push(w)
    perRegio.set(w.zorgkantoorregio, list)
  }
  const regiosVan = (zk: ZorgkantoorCode): string[] =>
    zorgkantoorregios
      .filter((r) => r.zorgkantoor === zk && (perRegio.get(r.naam)?.length ?? 0) >= 8)
      .map((r) => r.naam)

  const usedAgb = new Set<string>()
  const nieuweAgb = (soort: SoortZorgCode): string => {
    const prefix = soort.startsWith('ouderenzorg')
      ? '73'
      : soort.startsWith('gehandicaptenzorg')
        ? '41'
        : soort.startsWith('ggz')
          ? '06'
          : soort === 'oco'
            ? '98'
            : '75'
    for (;;) {
      const code = prefix + String(rnd.int(0, 999_999)).padStart(6, '0')
      if (!usedAgb.has(code)) {
        usedAgb.add(code)
        return code
      }
    }
  }

  const organisaties: DemoOrganisatie[] = []
  const locaties: DemoLocatie[] = []
  const zorgaanbod: DemoZorgaanbod[] = []
  let ocoNummer = 0
  let pgbNummer = 0
  const usedNza = new Set<string>()

  for (const sjabloon of ORGANISATIES) {
    // --- organisation
    let nzaCode: string
    if (sjabloon.type === 'oco') nzaCode = `OCO-${String(++ocoNummer * 7).padStart(4, '0')}`
    else if (sjabloon.type === 'pgb-initiatief')
      nzaCode = `PGB-${String(++pgbNummer).padStart(4, '0')}`
    else {
      do nzaCode = String(rnd.int(300_100, 300_999))
      while (usedNza.has(nzaCode))
      usedNza.add(nzaCode)
    }
    const domein = `${slugify(sjabloon.verkorteNaam ?? sjabloon.naam.replace(/^Stichting /, ''))}.example`
    // home care and OCO only: one location per region, so as many regions as locations
    const alleenThuis = sjabloon.soorten.every((s) => soortenZorg.find((x) => x.code === s)?.thuis)
    const aantalRegios = alleenThuis ? sjabloon.locaties : sjabloon.locaties >= 7 ? 2 : 1
    const regios = sjabloon.zorgkantoren.flatMap((zk) => rnd.sample(regiosVan(zk), aantalRegios))
    const eersteRegio = perRegio.get(regios[0] ?? '')?.[0]
    const org: DemoOrganisatie = {
      key: sjabloon.key,
      naam: sjabloon.naam,
      verkorteNaam: sjabloon.verkorteNaam,
      nzaCode,
      type: sjabloon.type,
      zorgkantoren: [...sjabloon.zorgkantoren],
      contracten: sjabloon.zorgkantoren.map((zk) => ({
        zorgkantoor: zk,
        jaar,
        status:
          sjabloon.status === 'nieuw'
            ? 'in-onderhandeling'
            : rnd.chance(0.8)
              ? 'volledig'
              : 'gedeeltelijk',
      })),
      contactpersoon: `${rnd.pick(VOORNAMEN)} ${rnd.pick(ACHTERNAMEN)}`,
      email: `zorgatlas@${domein}`,
      telefoon: telefoon(eersteRegio?.provincie ?? 'Utrecht', rnd),
      website: `https://www.${domein}`,
      status: sjabloon.status ?? 'definitief',
      wijzigingVerstuurd: sjabloon.wijzigingVerstuurd ?? false,
    }
    organisaties.push(org)

    // --- locations
    const thuisRegiosGebruikt = new Set<string>()
    const hoofdlocaties: DemoLocatie[] = []
    for (let i = 0; i < sjabloon.locaties; i++) {
      let soortCode: SoortZorgCode =
        i < sjabloon.soorten.length
          ? (sjabloon.soorten[i] as SoortZorgCode)
          : rnd.chance(0.55)
            ? (sjabloon.soorten[0] as SoortZorgCode)
            : rnd.pick(sjabloon.soorten)
      let soort = soortenZorg.find((s) => s.code === soortCode) as SoortZorg
      // home care and OCO: one location per region (§4.1)
      let regio = rnd.pick(regios)
      if (soort.thuis) {
        const vrij = regios.filter((r) => !thuisRegiosGebruikt.has(`${soortCode}|${r}`))
        const alternatief = sjabloon.soorten.find(
          (s) => !soortenZorg.find((x) => x.code === s)?.thuis,
        )
        if (vrij.length > 0) regio = rnd.pick(vrij)
        else if (alternatief) {
          soortCode = alternatief
          soort = soortenZorg.find((s) => s.code === soortCode) as SoortZorg
        } else continue
        if (soort.thuis) thuisRegiosGebruikt.add(`${soortCode}|${regio}`)
      }
      const kandidaten = perRegio.get(regio) ?? []
      // main towns (named like their gemeente) are more likely
      const gewogen = kandidaten.flatMap((w) => (w.naam === w.gemeente ? [w, w, w] : [w]))
      const hoofdplaats = rnd.pick(gewogen)
      let woonplaatsCodes = [hoofdplaats.code]
      if (soort.thuis) {
        const dichtbij = [...kandidaten]
          .filter((w) => w.code !== hoofdplaats.code)
          .sort((a, b) => dist(a, hoofdplaats) - dist(b, hoofdplaats) || (a.code < b.code ? -1 : 1))
        woonplaatsCodes = [hoofdplaats.code, ...dichtbij.slice(0, rnd.int(2, 7)).map((w) => w.code)]
      }

      const voorzieningen = soort.voorzieningen.filter((v) => v !== 'Kleinschalig wonen')
      const voorziening = rnd.pick(voorzieningen.length > 0 ? voorzieningen : soort.voorzieningen)
      const naam = soort.thuis
        ? soortCode === 'oco'
          ? `Regio ${regio}`
          : rnd.chance(0.5)
            ? ''
            : `${hoofdplaats.naam} en omgeving`
        : voorziening === 'Gezinshuis' || voorziening === 'Ouderinitiatief'
          ? rnd.pick(LOCATIENAMEN)
          : rnd.chance(0.85)
            ? rnd.pick(LOCATIENAMEN)
            : hoofdplaats.naam

      const nieuweHoofd = hoofdlocaties.length === 0 || rnd.chance(0.35)
      const hoofd = nieuweHoofd ? undefined : rnd.pick(hoofdlocaties)
      const agbCode = hoofd ? hoofd.agbCode : nieuweAgb(soortCode)
      const volgnummer = hoofd
        ? 1 + locaties.filter((l) => l.agbCode === agbCode && !l.hoofdlocatie).length
        : 0

      const postcode = `${postcodeCijfers(hoofdplaats, gebieden, rnd)} ${postcodeLetters(rnd)}`
      const locatie: DemoLocatie = {
        key: `${sjabloon.key}-${String(i + 1).padStart(2, '0')}`,
        organisatie: sjabloon.key,
        agbCode,
        hoofdlocatie: !hoofd,
        volgnummer,
        soortZorg: soortCode,
        voorziening,
        naam,
        gebruikVolledigeNaam: rnd.chance(0.9),
        kleinschalig: false,
        bezoekadres: {
          straat: rnd.pick(STRATEN),
          huisnummer: String(rnd.chance(0.5) ? rnd.int(1, 40) : rnd.int(1, 250)),
          huisnummerToevoeging: rnd.chance(0.1) ? rnd.pick(['A', 'B', 'C', 'bis']) : null,
          postcode,
          plaats: hoofdplaats.naam,
        },
        geo: {
          lat: round5(hoofdplaats.lat + (rnd.next() - 0.5) * 0.012),
          lng: round5(hoofdplaats.lng + (rnd.next() - 0.5) * 0.018),
        },
        woonplaatsen: woonplaatsCodes,
        zorgkantoorregio: regio,
        telefoon: telefoon(hoofdplaats.provincie, rnd),
        email: `${slugify(naam || hoofdplaats.naam)}@${domein}`,
        website: `https://www.${domein}/locaties/${slugify(naam || hoofdplaats.naam)}`,
        status: 'definitief',
        fotos: [],
        video: null,
      }
      locaties.push(locatie)
      if (!hoofd) hoofdlocaties.push(locatie)
    }
  }

  // --- kleinschalig wooninitiatieven (§3.2.5): exactly 10, spread over the eligible locations
  const kleinschaligMogelijk = locaties.filter(
    (l) =>
      soortenZorg
        .find((s) => s.code === l.soortZorg)
        ?.voorzieningen.includes('Kleinschalig wonen') &&
      !soortenZorg.find((s) => s.code === l.soortZorg)?.thuis,
  )
  for (const l of rnd.sample(kleinschaligMogelijk, 10)) {
    l.kleinschalig = true
    l.voorziening = 'Kleinschalig wonen'
    l.naam = rnd.chance(0.5) ? '' : l.naam
    const w = woonplaatsen.find((x) => x.code === l.woonplaatsen[0]) as Woonplaats
    l.bezoekadres = {
      straat: 'Kleinschalig wooninitiatief',
      huisnummer: null,
      huisnummerToevoeging: null,
      postcode: l.bezoekadres.postcode.slice(0, 4),
      plaats: w.naam,
    }
    l.geo = { lat: w.lat, lng: w.lng }
    l.email = `wonen@${l.email.split('@')[1] ?? 'zorgatlas.example'}`
    l.website = l.website.replace(/\/locaties\/.*$/, '')
  }

  // --- statuses (§5, §6)
  const orgByKey = new Map(organisaties.map((o) => [o.key, o]))
  for (const l of locaties) {
    const org = orgByKey.get(l.organisatie) as DemoOrganisatie
    if (org.status === 'nieuw') l.status = org.wijzigingVerstuurd ? 'in-behandeling' : 'nieuw'
    else if (org.wijzigingVerstuurd) l.status = rnd.chance(0.35) ? 'in-behandeling' : 'definitief'
    else {
      const r = rnd.next()
      l.status =
        r < 0.84
          ? 'definitief'
          : r < 0.92
            ? 'voorgesteld'
            : r < 0.98
              ? 'nieuw'
              : 'voorgesteld-verwijderd'
    }
  }

  // --- care offers, one per woonplaats; a few approved locations stay without (not public)
  const zonderAanbod = new Set(
    rnd
      .sample(
        locaties.filter(
          (l) => l.status === 'definitief' && !l.kleinschalig && l.soortZorg !== 'oco',
        ),
        4,
      )
      .map((l) => l.key),
  )
  for (const l of locaties) {
    if (zonderAanbod.has(l.key)) continue
    const org = orgByKey.get(l.organisatie) as DemoOrganisatie
    const sjabloon = ORGANISATIES.find((o) => o.key === l.organisatie) as OrganisatieSjabloon
    const soort = soortenZorg.find((s) => s.code === l.soortZorg) as SoortZorg
    const eerste = woonplaatsen.find((w) => w.code === l.woonplaatsen[0]) as Woonplaats

    // the offer is filled once and copied to the other woonplaatsen (§4.5)
    const sectoren: Partial<Record<Sector, DemoSectorAanbod>> = {}
    if (soort.code !== 'oco') {
      const kandidaten = soort.sectoren.filter((s) => sjabloon.sectoren.includes(s))
      const gekozen = kandidaten.length > 0 ? kandidaten : [soort.sectoren[0] as Sector]
      for (const sector of gekozen)
        sectoren[sector] = sectorAanbod(soort, sector, l.voorziening, rnd)
    }
    const dienstverlening =
      soort.code === 'oco'
        ? ocoDienstverlening
            .map((d) => d.code)
            .filter((c) => ['wlz-indicatie', 'kiezen-zorgaanbieder'].includes(c) || rnd.chance(0.5))
        : []
    const zacht = soort.code === 'oco' ? [] : zachteInformatieVoor(soort, eerste, sectoren, rnd)

    for (const [index, woonplaats] of l.woonplaatsen.entries()) {
      let status: Status
      if (l.status === 'nieuw' || l.status === 'in-behandeling') status = l.status
      else if (l.status === 'voorgesteld-verwijderd') status = 'definitief'
      else if (org.wijzigingVerstuurd) status = rnd.chance(0.2) ? 'in-behandeling' : 'definitief'
      else if (l.status === 'voorgesteld') status = rnd.chance(0.5) ? 'voorgesteld' : 'definitief'
      else
        status =
          index > 0 && rnd.chance(0.1) ? 'nieuw' : rnd.chance(0.05) ? 'voorgesteld' : 'definitief'
      zorgaanbod.push({
        key: `${l.key}-${woonplaats}`,
        locatie: l.key,
        woonplaats,
        zachteInformatie: [...zacht],
        sectoren: structuredClone(sectoren),
        dienstverlening: [...dienstverlening],
        status,
      })
    }
  }

  demoMedia(locaties, options.seed ?? DEFAULT_SEED)

  return {
    zorgkantoren: zorgkantoren.map((z) => ({ ...z, regios: [...z.regios] })),
    organisaties,
    locaties,
    zorgaanbod,
    gebruikers: GEBRUIKERS.map((g) => ({ ...g, organisaties: [...g.organisaties] })),
  }
}

function dist(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const dLat = a.lat - b.lat
  const dLng = (a.lng - b.lng) * Math.cos((a.lat * Math.PI) / 180)
  return dLat * dLat + dLng * dLng
}
