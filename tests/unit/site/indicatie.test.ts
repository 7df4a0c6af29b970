/**
 * Search by indication on the real embedded index (in memory): the two groups, the sentence per
 * alternative, and the refusals of bad input in Dutch.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import {
  parseIndicatieParams,
  zoekOpIndicatie,
  type IndicatieParams,
} from '../../../site/lib/server/indicatie'
import { resetSearchCaches } from '../../../site/lib/server/search'
import type { PublicDocument } from '../../../search-indexer/contract'
import { SITE_GAZETTEER, siteDocuments } from '../../fixtures/site-documents'
import { memoryReader } from '../../helpers/memory-reader'

const label = (code: string) => ({ code, naam: code })
const VORM = {
  verblijf: { code: 'verblijf', naam: 'Verblijf in een instelling' },
  vpt: { code: 'vpt', naam: 'Volledig pakket thuis (VPT)' },
}
/** Gives a fixture location sector tabs: [sector, profiles, leveringsvormen] each. */
const metAanbod = (
  doc: PublicDocument,
  tabs: [string, string[], (keyof typeof VORM)[]][],
): PublicDocument => ({
  ...doc,
  zorgaanbod: doc.zorgaanbod.map((z) => ({
    ...z,
    aanbod: tabs.map(([sector, profielen, vormen]) => ({
      sector: label(sector),
      doelgroepen: [],
      zorgprofielen: profielen.map(label),
      leveringsvormen: vormen.map((v) => VORM[v]),
      dagbesteding: null,
    })),
  })),
})

const documenten = () => {
  const docs = siteDocuments()
  const per = new Map(docs.map((d) => [d.locatieId, d]))
  const zet = (id: string, tabs: Parameters<typeof metAanbod>[1]) =>
    per.set(id, metAanbod(per.get(id)!, tabs))
  zet('101', [['VV', ['VV-5', 'VV-6'], ['verblijf']]]) // Utrecht: the indicated profile
  zet('102', [['VV', ['VV-4'], ['verblijf']]]) // Zeist: another VV profile
  zet('103', [['VV', ['VV-5'], ['vpt']]]) // Utrecht, home: only as a full package at home
  zet('104', [['VG', ['VG-7'], ['verblijf']]]) // De Bilt: never without a VG indication
  // Utrecht: VV-5 only at home, in the institution VV-6: not the indicated profile for verblijf
  zet('105', [
    ['VV', ['VV-5'], ['vpt']],
    ['VV', ['VV-6'], ['verblijf']],
  ])
  return [...per.values()]
}

let reader: ReturnType<typeof memoryReader>
beforeEach(() => {
  resetSearchCaches()
  reader = memoryReader(documenten(), SITE_GAZETTEER)
})

const zoek = async (p: Partial<IndicatieParams>) => {
  const r = await zoekOpIndicatie(
    { zorgprofiel: 'VV-5', leveringsvorm: 'verblijf', woonplaats: 'Utrecht', straal: 25, ...p },
    reader,
  )
  if (!r.ok) throw new Error(`expected a result, got ${r.fout}`)
  return r
}

describe('search by indication', () => {
  it('first the locations with the indicated profile in that leveringsvorm, then alternatives with a sentence', async () => {
    const r = await zoek({})
    expect(r.plaats).toBe('Utrecht')
    expect(r.geindiceerd.map((x) => x.id)).toEqual(['101'])
    const alternatieven = new Map(r.alternatieven.map((a) => [a.resultaat.id, a]))
    expect([...alternatieven.keys()].sort()).toEqual(['102', '105'])
    expect(alternatieven.get('102')!.zorgprofiel).toBe('VV-4')
    expect(alternatieven.get('102')!.alternatief.zin).toMatch(/^U heeft een indicatie voor VV-5/)
    expect(alternatieven.get('102')!.alternatief.zin).toContain('VV-4')
    expect(alternatieven.get('105')!.zorgprofiel).toBe('VV-6')
    // VG-7 needs a VG indication (principle 7); home care is not delivered as verblijf
    expect(alternatieven.has('104')).toBe(false)
    expect(alternatieven.has('103')).toBe(false)
    expect(r.geenVertaling).toBe(false)
  })

  it('the same profile as a full package at home finds the home-care locations', async () => {
    const r = await zoek({ leveringsvorm: 'vpt' })
    expect(r.geindiceerd.map((x) => x.id).sort()).toEqual(['103', '105'])
  })

  it('with MPT or PGB there are no alternatives, and the answer says so', async () => {
    const r = await zoek({ leveringsvorm: 'mpt' })
    expect(r.geenVertaling).toBe(true)
    expect(r.alternatieven).toEqual([])
  })

  it('within a small radius only nearby locations count', async () => {
    const r = await zoek({ straal: 0 })
    const ids = [...r.geindiceerd, ...r.alternatieven.map((a) => a.resultaat)].map((x) => x.id)
    expect(ids).not.toContain('102') // Zeist
    expect(ids).toContain('101')
  })

  it('an unknown place is a clear Dutch refusal with suggestions', async () => {
    const r = await zoekOpIndicatie(
      { zorgprofiel: 'VV-5', leveringsvorm: 'verblijf', woonplaats: 'Utrech' },
      reader,
    )
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.fout).toMatch(/Utrech/)
      expect(r.suggesties).toContain('Utrecht')
    }
  })
})

describe('the indication query string', () => {
  const lees = (s: string) => parseIndicatieParams(new URLSearchParams(s))

  it('reads a valid indication', () => {
    expect(lees('zorgprofiel=VV-5&leveringsvorm=verblijf&woonplaats=Tilburg&straal=10')).toEqual({
      ok: true,
      params: { zorgprofiel: 'VV-5', leveringsvorm: 'verblijf', woonplaats: 'Tilburg', straal: 10 },
    })
  })

  it.each([
    ['leveringsvorm=verblijf', 'zorgprofiel', 'Kies het zorgprofiel uit uw indicatie.'],
    [
      'zorgprofiel=VV-99&leveringsvorm=verblijf',
      'zorgprofiel',
      'Kies het zorgprofiel uit uw indicatie.',
    ],
    // a lapsed profile is not indicated any more
    [
      'zorgprofiel=VV-1&leveringsvorm=verblijf',
      'zorgprofiel',
      'Kies het zorgprofiel uit uw indicatie.',
    ],
    ['zorgprofiel=VV-5&leveringsvorm=huis', 'leveringsvorm', 'Kies hoe u de zorg wilt krijgen.'],
    [
      'zorgprofiel=VV-5&leveringsvorm=verblijf&straal=abc',
      'straal',
      'Kies een afstand van 0 tot en met 100 kilometer.',
    ],
    [
      'zorgprofiel=VV-5&leveringsvorm=verblijf&straal=500',
      'straal',
      'Kies een afstand van 0 tot en met 100 kilometer.',
    ],
    [
      'zorgprofiel=VV-5&zorgprofiel=VV-6&leveringsvorm=verblijf',
      'zorgprofiel',
      '"zorgprofiel" mag maar één keer in het adres staan.',
    ],
    [
      `zorgprofiel=VV-5&leveringsvorm=verblijf&woonplaats=${'x'.repeat(101)}`,
      'woonplaats',
      'De woonplaats mag hoogstens 100 tekens lang zijn.',
    ],
  ])('refuses %s in Dutch', (query, veld, bericht) => {
    const r = lees(query)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.velden[veld as 'zorgprofiel']).toBe(bericht)
  })
})
