/**
 * Search by indication ("Ik heb een indicatie voor …"): which locations offer the indicated care
 * profile, and where an alternative in-house profile (instellingseigen zorgprofiel) may be possible
 * under the principles of seed 003, Bijlage E (Vertaaltabel). Pure: no Payload, no I/O; the site
 * and the indexer import it like the other cms/domain modules. docs/indicatie.md explains what is
 * encoded and what is judgement.
 *
 * The manual (2012, AWBZ) names groups of ZZPs that no longer exist by those names. `categorieVan`
 * maps each of today's codes to one of the manual's groups; `VERTAALGROEPEN` documents the mapping
 * and marks where it is a judgement.
 */
import { ZZP_TARIEVEN_2026 } from './data/zzp-tarieven-2026'
import { zorgprofielen, type LeveringsvormCode, type Zorgprofiel } from './referentielijsten'

// ---------------------------------------------------------------------------------------------
// The manual's groups and our codes
// ---------------------------------------------------------------------------------------------

/** The groups the Vertaaltabel principles speak of, named as in the manual. */
export type Vertaalgroep =
  | 'VV-SOM'
  | 'VV-PG'
  | 'VV-9b'
  | 'VV-10'
  | 'VG'
  | 'VG-7'
  | 'LVG'
  | 'SGLVG'
  | 'LG'
  | 'ZG-AUD'
  | 'ZG-VIS'
  | 'GGZ-B'
  | 'GGZ-C'

export interface VertaalgroepUitleg {
  groep: Vertaalgroep
  /** how the manual names it */
  handboek: string
  /** our codes (referentielijsten.ts) */
  codes: readonly string[]
  /** why, where the mapping is a judgement rather than a plain rename */
  oordeel?: string
}

const codesWaar = (pred: (p: Zorgprofiel) => boolean) =>
  zorgprofielen.filter(pred).map((p) => p.code)

/** The documented mapping from the manual's groups to our codes; every code is in exactly one. */
export const VERTAALGROEPEN: readonly VertaalgroepUitleg[] = [
  {
    groep: 'VV-SOM',
    handboek: 'ZZP VV-SOM (somatiek)',
    codes: ['VV-1', 'VV-2', 'VV-3', 'VV-4', 'VV-6', 'VV-8'],
    oordeel:
      'VV-4, VV-6 and VV-8 are somatic by their names; VV-1 to VV-3 ("beschut wonen") are neither ' +
      'somatic nor psychogeriatric by name and are counted as somatic. This changes no outcome: ' +
      'principle 9a treats VV-SOM and VV-PG alike.',
  },
  {
    groep: 'VV-PG',
    handboek: 'ZZP VV-PG (psychogeriatrie)',
    codes: ['VV-5', 'VV-7'],
    oordeel:
      'VV-5 names dementia care; VV-7 ("zeer intensieve zorg … met de nadruk op begeleiding") is ' +
      'the profile for psychogeriatric and gerontopsychiatric clients with behaviour problems.',
  },
  { groep: 'VV-9b', handboek: 'ZZP VV 9b', codes: ['VV-9b'] },
  { groep: 'VV-10', handboek: 'ZZP VV10', codes: ['VV-10'] },
  {
    groep: 'VG',
    handboek: 'ZZP VG',
    codes: ['VG-1', 'VG-2', 'VG-3', 'VG-4', 'VG-5', 'VG-6', 'VG-8'],
    oordeel: 'VG-7 is left out: principles 7c and 8 single it out, so it is its own group here.',
  },
  { groep: 'VG-7', handboek: 'ZZP VG 7 (VG7)', codes: ['VG-7'] },
  { groep: 'LVG', handboek: 'LVG', codes: codesWaar((p) => p.groep === 'LVG') },
  { groep: 'SGLVG', handboek: 'SGLVG', codes: ['SGLVG'] },
  { groep: 'LG', handboek: 'ZZP LG', codes: codesWaar((p) => p.sector === 'LG') },
  {
    groep: 'ZG-AUD',
    handboek: 'ZG-AUD, ZZP-AUD',
    codes: codesWaar((p) => p.groep === 'ZG auditief'),
  },
  {
    groep: 'ZG-VIS',
    handboek: 'ZG-VIS, ZZP-VIS',
    codes: codesWaar((p) => p.groep === 'ZG visueel'),
  },
  {
    groep: 'GGZ-B',
    handboek: 'ZZP GGZ B, GGZ B-pakket',
    codes: codesWaar((p) => p.groep === 'GGZ-B'),
    oordeel:
      "The manual's B packages are the GGZ packages with treatment (verblijf met behandeling). " +
      'Today\'s Wlz profiles GGZ-B ("voortgezet verblijf", with treatment) continue them, so ' +
      'GGZ-B-1 to GGZ-B-7 fall under 7a and 9c.',
  },
  {
    groep: 'GGZ-C',
    handboek: 'GGZ-C (ZZP GGZ C-pakket)',
    codes: codesWaar((p) => p.groep === 'GGZ-W'),
    oordeel:
      "The manual's C packages were the housing packages without treatment (beschermd wonen). " +
      'They left the AWBZ in 2015; since 2021 the Wlz has the GGZ-Wonen profiles for the same ' +
      'clients, so GGZ-W-1 to GGZ-W-4 are treated as GGZ-C under 9a.',
  },
]

const GROEP_VAN: ReadonlyMap<string, Vertaalgroep> = new Map(
  VERTAALGROEPEN.flatMap((g) => g.codes.map((code) => [code, g.groep] as const)),
)

/** The manual's group of one of our profile codes; undefined for an unknown code. */
export const categorieVan = (code: string): Vertaalgroep | undefined => GROEP_VAN.get(code)

const profielVan = (code: string) => zorgprofielen.find((p) => p.code === code)

// ---------------------------------------------------------------------------------------------
// Tariffs (principle 6b, 9d)
// ---------------------------------------------------------------------------------------------

/** Maximum tariff per day (euro) of one profile; null where not (yet) known. */
export interface ZzpTarief {
  /** prestatie exclusief behandeling, dagbesteding included where the prestatie includes it */
  perDag: number | null
  /** prestatie exclusief dagbesteding (principle 9d); null where there is none or not known */
  exclusiefDagbesteding: number | null
}

export interface TarievenTabel {
  jaar: number
  /** 'te-verifieren' until every amount was read from the named publication */
  status: 'te-verifieren' | 'geverifieerd'
  /** the exact NZa publication the amounts come from */
  bron: string
  verblijf: Readonly<Record<string, ZzpTarief>>
  vpt: Readonly<Record<string, ZzpTarief>>
}

/** The table the rules use unless a caller passes another one. */
export const HUIDIGE_TARIEVEN: TarievenTabel = ZZP_TARIEVEN_2026

/** Leveringsvormen for which the Vertaaltabel applies: a ZZP delivered by one provider. */
export const VERTAALBARE_LEVERINGSVORMEN: readonly LeveringsvormCode[] = ['verblijf', 'vpt']

export type Kostenoordeel = 'niet-hoger' | 'hoger' | 'onbekend'

export interface Kostenvergelijking {
  oordeel: Kostenoordeel
  /** 9d: translating to a VV profile compares with the indicated tariff without day care */
  grondslag: 'standaard' | 'exclusief-dagbesteding'
  geindiceerd: number | null
  aangeboden: number | null
}

/**
 * Principle 6b: the alternative may not cost more than the indicated profile. With 9d: when the
 * alternative is a VV profile, the indicated profile counts at its tariff without day care.
 */
export function vergelijkKosten(
  geindiceerd: string,
  aangeboden: string,
  leveringsvorm: LeveringsvormCode,
  tarieven: TarievenTabel = HUIDIGE_TARIEVEN,
): Kostenvergelijking {
  const tabel = leveringsvorm === 'vpt' ? tarieven.vpt : tarieven.verblijf
  const naarVV = profielVan(aangeboden)?.sector === 'VV'
  const grondslag = naarVV ? 'exclusief-dagbesteding' : 'standaard'
  const g = tabel[geindiceerd]
  const grens = (naarVV ? g?.exclusiefDagbesteding : g?.perDag) ?? null
  const prijs = tabel[aangeboden]?.perDag ?? null
  const oordeel: Kostenoordeel =
    grens === null || prijs === null ? 'onbekend' : prijs > grens ? 'hoger' : 'niet-hoger'
  return { oordeel, grondslag, geindiceerd: grens, aangeboden: prijs }
}

// ---------------------------------------------------------------------------------------------
// One indicated profile against one offered profile
// ---------------------------------------------------------------------------------------------

export type Kan = 'ja-in-principe' | 'tijdelijk' | 'in-overleg' | 'nee'

/** The principle of Bijlage E that decided; '2' when the offered profile is the indicated one. */
export type Principe =
  '2' | '4/6a' | '6b' | '7a' | '7b' | '7c' | '7d' | '7e' | '8' | '8a' | '8b' | '9a' | '9b' | '9c'

export interface Alternatief {
  kan: Kan
  principe: Principe
  kosten: Kostenvergelijking
  /** plain B1 Dutch: who has what, what this location offers, and whether that can work */
  zin: string
}

export interface AlternatiefContext {
  /** how the care is delivered; tariffs differ for verblijf and VPT (default verblijf) */
  leveringsvorm?: LeveringsvormCode
  /**
   * Is the provider admitted (toegelaten) for verblijf met behandeling in de VG? Decides principle
   * 8 for VG-7, LVG and SGLVG indications. Undefined: not known (no such field is registered yet).
   */
  toegelatenVerblijfMetBehandelingVG?: boolean
  /** 9b: after rehabilitation (VV-9b), the indicated follow-up profile or the previous one */
  naRevalidatie?: string
  tarieven?: TarievenTabel
}

const IN_OVERLEG = 'in overleg met de zorgaanbieder en het zorgkantoor'

/** Principle 7: the groups nobody can be translated to unless indicated for them. */
const NOOIT_NAAR: readonly {
  principe: Principe
  groepen: readonly Vertaalgroep[]
  naam: string
}[] = [
  { principe: '7a', groepen: ['GGZ-B'], naam: 'GGZ-B' },
  { principe: '7b', groepen: ['VV-9b', 'VV-10'], naam: 'VV-9b of VV-10' },
  { principe: '7c', groepen: ['SGLVG', 'LVG', 'VG-7'], naam: 'VG-7, LVG of SGLVG' },
  { principe: '7d', groepen: ['ZG-VIS'], naam: 'ZG visueel' },
  { principe: '7e', groepen: ['ZG-AUD'], naam: 'ZG auditief' },
]

/** Principle 8: indications that need a provider admitted for treatment in the VG. */
const ALLEEN_MET_BEHANDELING: readonly Vertaalgroep[] = ['VG-7', 'LVG', 'SGLVG']
/** Principle 9c: these can be translated to other profiles. */
const VRIJ_VERTAALBAAR: readonly Vertaalgroep[] = ['GGZ-B', 'VV-10', 'ZG-AUD', 'ZG-VIS']
/** Principle 9a: translations within and between these are possible in principle. */
const ONDERLING: readonly Vertaalgroep[] = ['VV-SOM', 'VV-PG', 'VG', 'LG', 'GGZ-C']

/** A profile name inside a sentence: "Beschermd wonen …" → "beschermd wonen …"; "GGZ-wonen" stays. */
function naamInZin(naam: string): string {
  const i = naam.search(/\p{L}/u)
  if (i < 0) return naam
  const volgende = naam.charAt(i + 1)
  return volgende && volgende === volgende.toLowerCase() && volgende !== volgende.toUpperCase()
    ? naam.slice(0, i) + naam.charAt(i).toLowerCase() + naam.slice(i + 1)
    : naam
}

const profielInZin = (p: Zorgprofiel) => `${p.code} (${naamInZin(p.naam)})`

function onbekendProfiel(code: string): never {
  throw new RangeError(`Onbekend zorgprofiel: ${code}`)
}

/**
 * Can a client indicated for `geindiceerd` get care at a location under its contracted profile
 * `aangeboden`? Applies Bijlage E in this order: 7 (never), 9b (after rehabilitation), 6b/9d (not
 * more expensive), 8 (VG-7, LVG, SGLVG), 9c, 9a, and otherwise 4/6a (in overleg).
 */
export function alternatiefVoor(
  geindiceerd: string,
  aangeboden: string,
  context: AlternatiefContext = {},
): Alternatief {
  const g = profielVan(geindiceerd) ?? onbekendProfiel(geindiceerd)
  const a = profielVan(aangeboden) ?? onbekendProfiel(aangeboden)
  const gGroep = categorieVan(g.code)!
  const aGroep = categorieVan(a.code)!
  const leveringsvorm = context.leveringsvorm ?? 'verblijf'
  const kosten = vergelijkKosten(g.code, a.code, leveringsvorm, context.tarieven)
  const inleiding = `U heeft een indicatie voor ${profielInZin(g)}; deze locatie biedt ${profielInZin(a)}.`
  const uitkomst = (kan: Kan, principe: Principe, oordeel: string): Alternatief => ({
    kan,
    principe,
    kosten,
    zin: `${inleiding} ${oordeel}`,
  })
  /** "Dat kan in principe …", after a reason when there is one; adds the open cost check. */
  const inPrincipe = (principe: Principe, reden?: string) => {
    const kan = `${reden ? `${reden}, dus dat` : 'Dat'} kan in principe, ${IN_OVERLEG}`
    return uitkomst(
      'ja-in-principe',
      principe,
      kosten.oordeel === 'niet-hoger'
        ? `${kan}.`
        : `${kan}, als deze zorg niet meer kost dan de zorg van uw indicatie.`,
    )
  }

  if (g.code === a.code)
    return {
      kan: 'ja-in-principe',
      principe: '2',
      kosten,
      zin: `Deze locatie biedt het zorgprofiel van uw indicatie: ${profielInZin(a)}.`,
    }

  for (const regel of NOOIT_NAAR)
    if (regel.groepen.includes(aGroep) && !regel.groepen.includes(gGroep))
      return uitkomst(
        'nee',
        regel.principe,
        `Dat kan niet, want voor ${a.code} is altijd een indicatie voor ${regel.naam} nodig.`,
      )

  if (gGroep === 'VV-9b') {
    if (context.naRevalidatie === a.code)
      return uitkomst(
        'ja-in-principe',
        '9b',
        `Als u klaar bent met revalideren en in een instelling woont, kan dat in principe, ${IN_OVERLEG}.`,
      )
    // 9b covers only the follow-up or previous profile; anything else is custom work (4/6a).
    return uitkomst(
      'in-overleg',
      '4/6a',
      `Na revalidatie kan dat alleen naar het zorgprofiel dat u daarna krijgt of dat u daarvoor had; dat gaat ${IN_OVERLEG}.`,
    )
  }

  if (kosten.oordeel === 'hoger')
    return uitkomst(
      'nee',
      '6b',
      kosten.grondslag === 'exclusief-dagbesteding'
        ? 'Dat kan niet, want de zorg van deze locatie kost meer dan de zorg van uw indicatie zonder dagbesteding.'
        : 'Dat kan niet, want de zorg van deze locatie kost meer dan de zorg van uw indicatie.',
    )

  if (ALLEEN_MET_BEHANDELING.includes(gGroep)) {
    const tijdelijk = 'alleen tijdelijk (hoogstens 6 maanden, één keer te verlengen met 6 maanden)'
    if (context.toegelatenVerblijfMetBehandelingVG === true)
      return inPrincipe(
        '8a',
        'Deze zorgaanbieder mag in de gehandicaptenzorg wonen met behandeling bieden',
      )
    if (context.toegelatenVerblijfMetBehandelingVG === false)
      return uitkomst(
        'tijdelijk',
        '8b',
        `Dat kan ${tijdelijk}, en de behandeling uit uw indicatie hoort er dan niet bij, tenzij de zorgaanbieder en het zorgkantoor daar apart afspraken over maken.`,
      )
    return uitkomst(
      'tijdelijk',
      '8',
      `Dat kan ${tijdelijk} en zonder de behandeling uit uw indicatie, behalve als deze zorgaanbieder in de gehandicaptenzorg wonen met behandeling mag bieden; vraag dat aan de zorgaanbieder.`,
    )
  }

  if (VRIJ_VERTAALBAAR.includes(gGroep)) return inPrincipe('9c')
  if (ONDERLING.includes(gGroep) && ONDERLING.includes(aGroep)) return inPrincipe('9a')

  return uitkomst(
    'in-overleg',
    '4/6a',
    `Misschien kan dat; dat hangt af van uw situatie en gaat ${IN_OVERLEG}.`,
  )
}

// ---------------------------------------------------------------------------------------------
// One location: indicated group, alternative group or excluded
// ---------------------------------------------------------------------------------------------

export interface Indicatie {
  zorgprofiel: string
  leveringsvorm: LeveringsvormCode
  /** 9b, only for VV-9b: the follow-up (or previous) profile after rehabilitation */
  naRevalidatie?: string
}

/** What a location offers: its sector tabs (of every woonplaats), codes only. */
export interface LocatieAanbod {
  sectoren: readonly (
    | {
        zorgprofielen?: readonly string[] | null
        leveringsvormen?: readonly string[] | null
      }
    | null
    | undefined
  )[]
  /** see AlternatiefContext; undefined when not known */
  toegelatenVerblijfMetBehandelingVG?: boolean
}

export type Uitsluitreden =
  /** no contracted profile is delivered in the asked leveringsvorm */
  | 'leveringsvorm'
  /** MPT and PGB: the Vertaaltabel translates a ZZP delivered by one provider only */
  | 'geen-vertaling-bij-leveringsvorm'
  /** every offered profile is ruled out (principle 7 or 6b) */
  | 'geen-passend-alternatief'

export type Indeling =
  | { groep: 'geindiceerd'; zorgprofiel: string }
  | { groep: 'alternatief'; zorgprofiel: string; alternatief: Alternatief }
  | { groep: 'uitgesloten'; reden: Uitsluitreden }

const RANG: Readonly<Record<Kan, number>> = {
  'ja-in-principe': 0,
  tijdelijk: 2,
  'in-overleg': 3,
  nee: 9,
}

/** Lower is better: a settled cost check beats an open one. */
export function rang(a: Alternatief): number {
  return RANG[a.kan] + (a.kan === 'ja-in-principe' && a.kosten.oordeel !== 'niet-hoger' ? 1 : 0)
}

const volgorde = new Map(zorgprofielen.map((p, i) => [p.code, i]))

/** Closeness of an offered profile to the indicated one when the verdict ties. */
function nabijheid(geindiceerd: Zorgprofiel, a: string, alt: Alternatief): number[] {
  const p = profielVan(a)!
  const soort = p.groep === geindiceerd.groep ? 0 : p.sector === geindiceerd.sector ? 1 : 2
  const prijsGat =
    alt.kosten.geindiceerd !== null && alt.kosten.aangeboden !== null
      ? alt.kosten.geindiceerd - alt.kosten.aangeboden
      : Number.MAX_SAFE_INTEGER
  const afstand = Math.abs(volgorde.get(a)! - volgorde.get(geindiceerd.code)!)
  return [soort, prijsGat, afstand, volgorde.get(a)!]
}

function beter(x: number[], y: number[]): boolean {
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]!
  return false
}

/**
 * Puts a location in the indicated group (it offers that profile in that leveringsvorm), the
 * alternative group (with its best alternative and sentence) or excludes it. Unknown codes in
 * the location's data are ignored; an unknown indicated profile throws (validate input first).
 */
export function deelIn(
  indicatie: Indicatie,
  locatie: LocatieAanbod,
  tarieven: TarievenTabel = HUIDIGE_TARIEVEN,
): Indeling {
  const geindiceerd = profielVan(indicatie.zorgprofiel) ?? onbekendProfiel(indicatie.zorgprofiel)
  const aangeboden = new Set<string>()
  for (const tab of locatie.sectoren)
    if (tab?.leveringsvormen?.includes(indicatie.leveringsvorm))
      for (const code of tab.zorgprofielen ?? []) if (profielVan(code)) aangeboden.add(code)

  if (aangeboden.has(geindiceerd.code))
    return { groep: 'geindiceerd', zorgprofiel: geindiceerd.code }
  if (aangeboden.size === 0) return { groep: 'uitgesloten', reden: 'leveringsvorm' }
  if (!VERTAALBARE_LEVERINGSVORMEN.includes(indicatie.leveringsvorm))
    return { groep: 'uitgesloten', reden: 'geen-vertaling-bij-leveringsvorm' }

  let beste: { code: string; alt: Alternatief; sleutel: number[] } | undefined
  for (const code of aangeboden) {
    const alt = alternatiefVoor(geindiceerd.code, code, {
      leveringsvorm: indicatie.leveringsvorm,
      toegelatenVerblijfMetBehandelingVG: locatie.toegelatenVerblijfMetBehandelingVG,
      naRevalidatie: indicatie.naRevalidatie,
      tarieven,
    })
    if (alt.kan === 'nee') continue
    const sleutel = [rang(alt), ...nabijheid(geindiceerd, code, alt)]
    if (!beste || beter(sleutel, beste.sleutel)) beste = { code, alt, sleutel }
  }
  return beste
    ? { groep: 'alternatief', zorgprofiel: beste.code, alternatief: beste.alt }
    : { groep: 'uitgesloten', reden: 'geen-passend-alternatief' }
}

/**
 * Splits search results into the two groups shown to families: first the locations that offer
 * the indicated profile (in the order given, e.g. by distance), then, separately, the
 * alternatives, best verdict first and otherwise in the order given. Excluded ones are dropped.
 */
export function ordenOpIndicatie<T>(
  items: readonly T[],
  indelingVan: (item: T) => Indeling,
): {
  geindiceerd: T[]
  alternatief: { item: T; zorgprofiel: string; alternatief: Alternatief }[]
} {
  const geindiceerd: T[] = []
  const alternatief: { item: T; zorgprofiel: string; alternatief: Alternatief }[] = []
  for (const item of items) {
    const d = indelingVan(item)
    if (d.groep === 'geindiceerd') geindiceerd.push(item)
    else if (d.groep === 'alternatief')
      alternatief.push({ item, zorgprofiel: d.zorgprofiel, alternatief: d.alternatief })
  }
  // Array.prototype.sort is stable: equal verdicts keep the order given.
  alternatief.sort((x, y) => rang(x.alternatief) - rang(y.alternatief))
  return { geindiceerd, alternatief }
}
