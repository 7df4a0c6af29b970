import { describe, expect, it } from 'vitest'
import {
  HUIDIGE_TARIEVEN,
  VERTAALGROEPEN,
  alternatiefVoor,
  categorieVan,
  deelIn,
  ordenOpIndicatie,
  vergelijkKosten,
  type Indeling,
  type TarievenTabel,
  type ZzpTarief,
} from '../../cms/domain/indicatie'
import { zorgprofielen } from '../../cms/domain/referentielijsten'

/** A made-up table: the rules must work on any table, whatever the year's amounts. */
const t = (perDag: number | null, exclusiefDagbesteding: number | null = null): ZzpTarief => ({
  perDag,
  exclusiefDagbesteding,
})
const TARIEVEN: TarievenTabel = {
  jaar: 2099,
  status: 'geverifieerd',
  bron: 'testtabel',
  verblijf: {
    'VV-4': t(200, 200),
    'VV-5': t(270, 270),
    'VV-6': t(280, 280),
    'VV-8': t(350, 350),
    'VG-5': t(300, 250),
    'LG-4': t(270, 240),
    'LVG-3': t(400, 380),
    'VG-6': t(320, 300),
  },
  vpt: { 'VV-5': t(200, 200), 'VV-6': t(190, 190) },
}

const IN_OVERLEG = 'in overleg met de zorgaanbieder en het zorgkantoor'

describe("mapping of the manual's groups to today's codes", () => {
  it('puts every care profile of the reference list in exactly one group', () => {
    const geteld = new Map<string, number>()
    for (const g of VERTAALGROEPEN)
      for (const code of g.codes) geteld.set(code, (geteld.get(code) ?? 0) + 1)
    for (const p of zorgprofielen) expect(geteld.get(p.code), p.code).toBe(1)
    expect([...geteld.keys()].sort()).toEqual(zorgprofielen.map((p) => p.code).sort())
  })

  it('splits VV into somatic and psychogeriatric profiles by their names', () => {
    for (const code of ['VV-5', 'VV-7']) expect(categorieVan(code), code).toBe('VV-PG')
    for (const code of ['VV-4', 'VV-6', 'VV-8']) expect(categorieVan(code), code).toBe('VV-SOM')
    expect(categorieVan('VV-9b')).toBe('VV-9b')
    expect(categorieVan('VV-10')).toBe('VV-10')
  })

  it("maps the manual's GGZ B packages to GGZ-B and its GGZ-C to GGZ-W", () => {
    for (let n = 1; n <= 7; n++) expect(categorieVan(`GGZ-B-${n}`)).toBe('GGZ-B')
    for (let n = 1; n <= 4; n++) expect(categorieVan(`GGZ-W-${n}`)).toBe('GGZ-C')
  })

  it('keeps VG-7, LVG and SGLVG apart from the other VG profiles', () => {
    expect(categorieVan('VG-7')).toBe('VG-7')
    expect(categorieVan('VG-6')).toBe('VG')
    expect(categorieVan('VG-8')).toBe('VG')
    expect(categorieVan('LVG-3')).toBe('LVG')
    expect(categorieVan('SGLVG')).toBe('SGLVG')
    expect(categorieVan('LG-5')).toBe('LG')
    expect(categorieVan('ZG-AUD-2')).toBe('ZG-AUD')
    expect(categorieVan('ZG-VIS-5')).toBe('ZG-VIS')
    expect(categorieVan('XX-1')).toBeUndefined()
  })

  it('says why wherever the mapping is a judgement', () => {
    for (const groep of ['VV-SOM', 'VV-PG', 'VG', 'GGZ-B', 'GGZ-C'])
      expect(VERTAALGROEPEN.find((g) => g.groep === groep)?.oordeel, groep).toBeTruthy()
  })
})

describe('principle 7: translations that are never possible', () => {
  const nee = (g: string, a: string) => alternatiefVoor(g, a, { tarieven: TARIEVEN })

  it('7a: to GGZ-B only from GGZ-B', () => {
    expect(nee('VV-6', 'GGZ-B-4')).toMatchObject({ kan: 'nee', principe: '7a' })
    expect(nee('GGZ-W-2', 'GGZ-B-3')).toMatchObject({ kan: 'nee', principe: '7a' })
    expect(nee('GGZ-B-5', 'GGZ-B-3').kan).not.toBe('nee')
  })

  it('7b: to VV-9b or VV-10 only from VV-9b or VV-10', () => {
    expect(nee('VV-8', 'VV-10')).toMatchObject({ kan: 'nee', principe: '7b' })
    expect(nee('VV-6', 'VV-9b')).toMatchObject({ kan: 'nee', principe: '7b' })
    expect(nee('VV-10', 'VV-9b').kan).not.toBe('nee')
  })

  it('7c: to VG-7, LVG or SGLVG only from one of those', () => {
    expect(nee('VG-6', 'VG-7')).toMatchObject({ kan: 'nee', principe: '7c' })
    expect(nee('VG-5', 'LVG-2')).toMatchObject({ kan: 'nee', principe: '7c' })
    expect(nee('LG-4', 'SGLVG')).toMatchObject({ kan: 'nee', principe: '7c' })
    expect(nee('LVG-2', 'VG-7').principe).not.toBe('7c')
  })

  it('7d: to ZG visueel only from ZG visueel', () => {
    expect(nee('ZG-AUD-3', 'ZG-VIS-3')).toMatchObject({ kan: 'nee', principe: '7d' })
    expect(nee('VG-4', 'ZG-VIS-2')).toMatchObject({ kan: 'nee', principe: '7d' })
    expect(nee('ZG-VIS-4', 'ZG-VIS-3').kan).toBe('ja-in-principe')
  })

  it('7e: to ZG auditief only from ZG auditief', () => {
    expect(nee('VV-5', 'ZG-AUD-2')).toMatchObject({ kan: 'nee', principe: '7e' })
    expect(nee('ZG-VIS-3', 'ZG-AUD-2')).toMatchObject({ kan: 'nee', principe: '7e' })
    expect(nee('ZG-AUD-3', 'ZG-AUD-2').kan).toBe('ja-in-principe')
  })
})

describe('principle 8: VG-7, LVG and SGLVG indications', () => {
  it('8a: to an in-house profile when the provider is admitted for treatment in the VG', () => {
    for (const g of ['LVG-3', 'VG-7', 'SGLVG'])
      expect(
        alternatiefVoor(g, 'VG-6', { toegelatenVerblijfMetBehandelingVG: true }),
        g,
      ).toMatchObject({ kan: 'ja-in-principe', principe: '8a' })
  })

  it('8b: otherwise only temporarily, at most 6 months, once 6 more, without the treatment', () => {
    for (const g of ['LVG-3', 'VG-7', 'SGLVG']) {
      const a = alternatiefVoor(g, 'VG-6', { toegelatenVerblijfMetBehandelingVG: false })
      expect(a, g).toMatchObject({ kan: 'tijdelijk', principe: '8b' })
      expect(a.zin).toContain('hoogstens 6 maanden, één keer te verlengen met 6 maanden')
      expect(a.zin).toContain('de behandeling uit uw indicatie hoort er dan niet bij')
    }
  })

  it('says temporary, unless the provider is admitted, when admission is not known', () => {
    const a = alternatiefVoor('LVG-3', 'VG-6')
    expect(a).toMatchObject({ kan: 'tijdelijk', principe: '8' })
    expect(a.zin).toContain('behalve als deze zorgaanbieder in de gehandicaptenzorg wonen met')
  })

  it('still applies principle 6b: no alternative that costs more', () => {
    const a = alternatiefVoor('LVG-3', 'VG-6', {
      toegelatenVerblijfMetBehandelingVG: true,
      tarieven: { ...TARIEVEN, verblijf: { ...TARIEVEN.verblijf, 'VG-6': t(450, 420) } },
    })
    expect(a).toMatchObject({ kan: 'nee', principe: '6b' })
  })
})

describe('principle 9: translations possible in principle', () => {
  const ja = (g: string, a: string) => alternatiefVoor(g, a)

  it('9a: within and between VV-SOM, VV-PG, VG, LG and GGZ-C', () => {
    for (const [g, a] of [
      ['VV-6', 'VV-5'],
      ['VV-5', 'VV-7'],
      ['VG-5', 'LG-4'],
      ['LG-6', 'GGZ-W-3'],
      ['GGZ-W-2', 'VV-6'],
      ['VG-3', 'VG-8'],
    ] as const)
      expect(ja(g, a), `${g} → ${a}`).toMatchObject({ kan: 'ja-in-principe', principe: '9a' })
  })

  it('9b: VV-9b after rehabilitation to the follow-up (or previous) profile', () => {
    expect(alternatiefVoor('VV-9b', 'VV-6', { naRevalidatie: 'VV-6' })).toMatchObject({
      kan: 'ja-in-principe',
      principe: '9b',
    })
    expect(alternatiefVoor('VV-9b', 'VV-5', { naRevalidatie: 'VV-6' }).kan).toBe('in-overleg')
  })

  it('9c: GGZ-B, VV-10, ZG auditief and ZG visueel to other profiles', () => {
    for (const [g, a] of [
      ['GGZ-B-4', 'VV-6'],
      ['VV-10', 'VV-8'],
      ['ZG-VIS-3', 'VG-4'],
      ['ZG-AUD-3', 'LG-4'],
    ] as const)
      expect(ja(g, a), `${g} → ${a}`).toMatchObject({ kan: 'ja-in-principe', principe: '9c' })
  })

  it('9d: to a VV profile the indicated tariff counts without day care', () => {
    // VG-5 costs 300 with and 250 without day care; VV-6 and LG-4 both cost at most 280.
    const naarLG = alternatiefVoor('VG-5', 'LG-4', { tarieven: TARIEVEN })
    expect(naarLG).toMatchObject({ kan: 'ja-in-principe', principe: '9a' })
    expect(naarLG.kosten).toMatchObject({ grondslag: 'standaard', geindiceerd: 300 })
    const naarVV = alternatiefVoor('VG-5', 'VV-6', { tarieven: TARIEVEN })
    expect(naarVV).toMatchObject({ kan: 'nee', principe: '6b' })
    expect(naarVV.kosten).toMatchObject({
      oordeel: 'hoger',
      grondslag: 'exclusief-dagbesteding',
      geindiceerd: 250,
      aangeboden: 280,
    })
    expect(naarVV.zin).toContain('kost meer dan de zorg van uw indicatie zonder dagbesteding')
  })
})

describe('principle 6b: not more expensive, from the tariff table', () => {
  it('rules out a more expensive profile and allows a cheaper or equal one', () => {
    expect(alternatiefVoor('VV-5', 'VV-8', { tarieven: TARIEVEN })).toMatchObject({
      kan: 'nee',
      principe: '6b',
      kosten: { oordeel: 'hoger', geindiceerd: 270, aangeboden: 350 },
    })
    expect(alternatiefVoor('VV-8', 'VV-5', { tarieven: TARIEVEN })).toMatchObject({
      kan: 'ja-in-principe',
      kosten: { oordeel: 'niet-hoger' },
    })
    expect(vergelijkKosten('VV-5', 'VV-5', 'verblijf', TARIEVEN).oordeel).toBe('niet-hoger')
  })

  it('leaves the cost open, and says so, where the table has no amount', () => {
    const a = alternatiefVoor('VV-5', 'VV-7', { tarieven: TARIEVEN })
    expect(a).toMatchObject({ kan: 'ja-in-principe', kosten: { oordeel: 'onbekend' } })
    expect(a.zin).toMatch(/als deze zorg niet meer kost dan de zorg van uw indicatie\.$/)
  })

  it('compares VPT with the VPT tariffs', () => {
    // In verblijf VV-6 (280) costs more than VV-5 (270); in VPT it is cheaper (190 vs 200).
    expect(vergelijkKosten('VV-5', 'VV-6', 'verblijf', TARIEVEN).oordeel).toBe('hoger')
    expect(vergelijkKosten('VV-5', 'VV-6', 'vpt', TARIEVEN).oordeel).toBe('niet-hoger')
    expect(alternatiefVoor('VV-5', 'VV-6', { tarieven: TARIEVEN, leveringsvorm: 'vpt' }).kan).toBe(
      'ja-in-principe',
    )
  })
})

describe('principles 4 and 6a: everything else in overleg', () => {
  it('VV-9b before the follow-up is known is custom work for provider and zorgkantoor', () => {
    const a = alternatiefVoor('VV-9b', 'VV-6')
    expect(a).toMatchObject({ kan: 'in-overleg', principe: '4/6a' })
    expect(a.zin).toContain(IN_OVERLEG)
  })
})

describe('sentences for families (B1, one sentence after the introduction)', () => {
  it('names both profiles and leaves the cost open without amounts', () => {
    expect(alternatiefVoor('VV-6', 'VV-5').zin).toBe(
      'U heeft een indicatie voor VV-6 (beschermd wonen met intensieve verzorging en verpleging); ' +
        'deze locatie biedt VV-5 (beschermd wonen met intensieve dementiezorg). ' +
        'Dat kan in principe, in overleg met de zorgaanbieder en het zorgkantoor, als deze zorg ' +
        'niet meer kost dan de zorg van uw indicatie.',
    )
  })

  it('drops the cost condition once the table settles it', () => {
    expect(alternatiefVoor('VV-6', 'VV-5', { tarieven: TARIEVEN }).zin).toBe(
      'U heeft een indicatie voor VV-6 (beschermd wonen met intensieve verzorging en verpleging); ' +
        'deze locatie biedt VV-5 (beschermd wonen met intensieve dementiezorg). ' +
        'Dat kan in principe, in overleg met de zorgaanbieder en het zorgkantoor.',
    )
  })

  it('explains a never-possible translation', () => {
    expect(alternatiefVoor('VV-6', 'GGZ-B-4').zin).toBe(
      'U heeft een indicatie voor VV-6 (beschermd wonen met intensieve verzorging en verpleging); ' +
        'deze locatie biedt GGZ-B-4 (beschermd wonen met intensieve begeleiding en uitgebreide ' +
        'verzorging). Dat kan niet, want voor GGZ-B-4 is altijd een indicatie voor GGZ-B nodig.',
    )
  })

  it('explains the temporary translation and keeps abbreviations in names', () => {
    expect(
      alternatiefVoor('VG-7', 'GGZ-W-1', { toegelatenVerblijfMetBehandelingVG: false }).zin,
    ).toBe(
      'U heeft een indicatie voor VG-7 ((besloten) wonen met zeer intensieve begeleiding, ' +
        'verzorging en gedragsregulering); deze locatie biedt GGZ-W-1 (GGZ-wonen met intensieve ' +
        'begeleiding). Dat kan alleen tijdelijk (hoogstens 6 maanden, één keer te verlengen met ' +
        '6 maanden), en de behandeling uit uw indicatie hoort er dan niet bij, tenzij de ' +
        'zorgaanbieder en het zorgkantoor daar apart afspraken over maken.',
    )
  })

  it('gives the admission as the reason in one sentence', () => {
    expect(
      alternatiefVoor('LVG-3', 'VG-6', {
        toegelatenVerblijfMetBehandelingVG: true,
        tarieven: TARIEVEN,
      }).zin,
    ).toMatch(
      /\. Deze zorgaanbieder mag in de gehandicaptenzorg wonen met behandeling bieden, dus dat kan in principe, in overleg met de zorgaanbieder en het zorgkantoor\.$/,
    )
  })

  it('every verdict is one sentence after the introduction', () => {
    for (const g of zorgprofielen)
      for (const a of zorgprofielen) {
        if (g.code === a.code) continue
        const { zin } = alternatiefVoor(g.code, a.code)
        const [inleiding, ...rest] = zin.split(/(?<=\)\.) /)
        expect(inleiding, `${g.code} → ${a.code}`).toMatch(
          new RegExp(
            `^U heeft een indicatie voor ${g.code} \\(.*\\); deze locatie biedt ${a.code} \\(.*\\)\\.$`,
          ),
        )
        expect(rest, `${g.code} → ${a.code}`).toHaveLength(1)
        expect(rest[0], `${g.code} → ${a.code}`).toMatch(/^[A-Z][^.]*\.$/)
      }
  })

  it('says so when the location offers the indicated profile itself', () => {
    expect(alternatiefVoor('VV-5', 'VV-5')).toMatchObject({
      kan: 'ja-in-principe',
      principe: '2',
      zin: 'Deze locatie biedt het zorgprofiel van uw indicatie: VV-5 (beschermd wonen met intensieve dementiezorg).',
    })
  })

  it('refuses unknown profile codes', () => {
    expect(() => alternatiefVoor('VV-99', 'VV-5')).toThrow(/Onbekend zorgprofiel: VV-99/)
  })
})

describe('grouping a location', () => {
  const verblijf = (...zorgprofielen: string[]) => ({
    zorgprofielen,
    leveringsvormen: ['verblijf'],
  })
  const vv6 = { zorgprofiel: 'VV-6', leveringsvorm: 'verblijf' } as const

  it('is in the indicated group when it offers that profile in that leveringsvorm', () => {
    expect(deelIn(vv6, { sectoren: [verblijf('VV-5', 'VV-6')] })).toEqual({
      groep: 'geindiceerd',
      zorgprofiel: 'VV-6',
    })
    expect(
      deelIn(
        { zorgprofiel: 'VV-6', leveringsvorm: 'pgb' },
        {
          sectoren: [{ zorgprofielen: ['VV-6'], leveringsvormen: ['verblijf', 'pgb'] }],
        },
      ).groep,
    ).toBe('geindiceerd')
  })

  it('is excluded when nothing is delivered in the asked leveringsvorm', () => {
    expect(
      deelIn(vv6, { sectoren: [{ zorgprofielen: ['VV-6'], leveringsvormen: ['vpt', 'mpt'] }] }),
    ).toEqual({ groep: 'uitgesloten', reden: 'leveringsvorm' })
    expect(deelIn(vv6, { sectoren: [{ zorgprofielen: ['VV-6'] }] })).toEqual({
      groep: 'uitgesloten',
      reden: 'leveringsvorm',
    })
  })

  it('offers no alternatives for MPT and PGB', () => {
    const locatie = { sectoren: [{ zorgprofielen: ['VV-5'], leveringsvormen: ['mpt', 'pgb'] }] }
    for (const leveringsvorm of ['mpt', 'pgb'] as const)
      expect(deelIn({ zorgprofiel: 'VV-6', leveringsvorm }, locatie)).toEqual({
        groep: 'uitgesloten',
        reden: 'geen-vertaling-bij-leveringsvorm',
      })
  })

  it('picks the best alternative: a decided verdict first, then the closest profile', () => {
    // GGZ-B-4 is never possible (7a); LG-4 and VV-5 are both possible in principle (9a).
    const d = deelIn(vv6, { sectoren: [verblijf('LG-4'), verblijf('GGZ-B-4', 'VV-5')] })
    expect(d).toMatchObject({ groep: 'alternatief', zorgprofiel: 'VV-5' })
    // The same kind of care before a profile nearer in the list: VV-4 for VV-10, not VG-3.
    const vv10 = { zorgprofiel: 'VV-10', leveringsvorm: 'verblijf' } as const
    expect(deelIn(vv10, { sectoren: [verblijf('VG-3'), verblijf('VV-4')] })).toMatchObject({
      zorgprofiel: 'VV-4',
    })
    // With amounts: LG-4 (270 ≤ 280, settled) beats VV-7 (no amount, open).
    expect(deelIn(vv6, { sectoren: [verblijf('VV-7', 'LG-4')] }, TARIEVEN)).toMatchObject({
      groep: 'alternatief',
      zorgprofiel: 'LG-4',
    })
    // Of two settled VV profiles the one closest in cost: VV-5 (270) before VV-4 (200).
    expect(deelIn(vv6, { sectoren: [verblijf('VV-4', 'VV-5', 'VV-8')] }, TARIEVEN)).toMatchObject({
      groep: 'alternatief',
      zorgprofiel: 'VV-5',
    })
    // Cost closeness wins over closeness in the list: VV-8 (275, two steps from VV-6) before
    // VV-5 (200, one step away).
    const anders = {
      ...TARIEVEN,
      verblijf: { ...TARIEVEN.verblijf, 'VV-5': t(200, 200), 'VV-8': t(275, 275) },
    }
    expect(deelIn(vv6, { sectoren: [verblijf('VV-5', 'VV-8')] }, anders)).toMatchObject({
      zorgprofiel: 'VV-8',
    })
    // Without amounts the nearest in the list (VV-7 for VV-8, not VV-4), on a tie the lower one.
    const vv8 = { zorgprofiel: 'VV-8', leveringsvorm: 'verblijf' } as const
    expect(deelIn(vv8, { sectoren: [verblijf('VV-4', 'VV-7')] })).toMatchObject({
      zorgprofiel: 'VV-7',
    })
    expect(deelIn(vv6, { sectoren: [verblijf('VV-7', 'VV-5')] })).toMatchObject({
      zorgprofiel: 'VV-5',
    })
  })

  it('carries the sentence of the chosen alternative', () => {
    const d = deelIn(vv6, { sectoren: [verblijf('VV-5')] }, TARIEVEN)
    expect(d.groep === 'alternatief' && d.alternatief.zin).toBe(
      alternatiefVoor('VV-6', 'VV-5', { tarieven: TARIEVEN }).zin,
    )
  })

  it('is excluded when every offered profile is ruled out', () => {
    expect(deelIn(vv6, { sectoren: [verblijf('GGZ-B-4', 'VV-10', 'VV-8')] }, TARIEVEN)).toEqual({
      groep: 'uitgesloten',
      reden: 'geen-passend-alternatief',
    })
  })

  it("passes the provider's admission on to principle 8", () => {
    const lvg = { zorgprofiel: 'LVG-3', leveringsvorm: 'verblijf' } as const
    const sectoren = [verblijf('VG-6')]
    expect(deelIn(lvg, { sectoren, toegelatenVerblijfMetBehandelingVG: true })).toMatchObject({
      alternatief: { kan: 'ja-in-principe', principe: '8a' },
    })
    expect(deelIn(lvg, { sectoren, toegelatenVerblijfMetBehandelingVG: false })).toMatchObject({
      alternatief: { kan: 'tijdelijk', principe: '8b' },
    })
  })

  it("ignores codes it does not know in the location's data", () => {
    expect(deelIn(vv6, { sectoren: [verblijf('VV-99', 'VV-5')] })).toMatchObject({
      groep: 'alternatief',
      zorgprofiel: 'VV-5',
    })
    expect(deelIn(vv6, { sectoren: [null, undefined, verblijf('VV-6')] }).groep).toBe('geindiceerd')
    expect(deelIn(vv6, { sectoren: [verblijf('VV-99')] })).toEqual({
      groep: 'uitgesloten',
      reden: 'leveringsvorm',
    })
  })
})

describe('ordering the two groups', () => {
  it('keeps the given order for the indicated group and puts the best alternatives first', () => {
    const alt = (code: string, kan: 'ja-in-principe' | 'in-overleg'): Indeling => ({
      groep: 'alternatief',
      zorgprofiel: code,
      alternatief: {
        kan,
        principe: kan === 'ja-in-principe' ? '9a' : '4/6a',
        kosten: {
          oordeel: 'onbekend',
          grondslag: 'standaard',
          geindiceerd: null,
          aangeboden: null,
        },
        zin: code,
      },
    })
    const indelingen: Record<string, Indeling> = {
      A: alt('VV-5', 'in-overleg'),
      B: { groep: 'geindiceerd', zorgprofiel: 'VV-6' },
      C: alt('VV-4', 'ja-in-principe'),
      D: { groep: 'uitgesloten', reden: 'leveringsvorm' },
      E: { groep: 'geindiceerd', zorgprofiel: 'VV-6' },
      F: alt('VV-8', 'ja-in-principe'),
    }
    const { geindiceerd, alternatief } = ordenOpIndicatie(
      ['A', 'B', 'C', 'D', 'E', 'F'],
      (k) => indelingen[k]!,
    )
    expect(geindiceerd).toEqual(['B', 'E'])
    expect(alternatief.map((a) => a.item)).toEqual(['C', 'F', 'A'])
    expect(alternatief[0]).toMatchObject({ zorgprofiel: 'VV-4' })
  })
})

describe('the tariff table shipped with the code', () => {
  it('names its year and NZa source and only holds profiles of the reference list', () => {
    expect(HUIDIGE_TARIEVEN.jaar).toBe(2026)
    expect(HUIDIGE_TARIEVEN.bron).toMatch(/NZa/)
    const codes = new Set(zorgprofielen.map((p) => p.code))
    for (const tabel of [HUIDIGE_TARIEVEN.verblijf, HUIDIGE_TARIEVEN.vpt])
      for (const [code, tarief] of Object.entries(tabel)) {
        expect(codes.has(code), code).toBe(true)
        for (const bedrag of [tarief.perDag, tarief.exclusiefDagbesteding])
          if (bedrag !== null) {
            expect(bedrag, code).toBeGreaterThan(0)
            expect(Math.round(bedrag * 100) / 100, code).toBe(bedrag)
          }
      }
  })

  it('is marked to be verified until it names the exact publication', () => {
    if (HUIDIGE_TARIEVEN.status === 'geverifieerd')
      expect(HUIDIGE_TARIEVEN.bron).toMatch(/BR\/REG-\d+/)
    else expect(HUIDIGE_TARIEVEN.bron).toMatch(/nog te controleren/)
  })
})
