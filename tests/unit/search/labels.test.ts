import { describe, expect, it } from 'vitest'
import { doelgroepen, SECTOREN } from '../../../cms/domain/referentielijsten'
import { CONTRACT_VERSIE, LabelTabelSchema } from '../../../search-indexer/contract'
import { labelTabel } from '../../../search-indexer/labels'

describe('the code → label table the indexer publishes', () => {
  const tabel = labelTabel({
    soortenZorg: [
      {
        code: 'ouderenzorg-instelling',
        naam: 'Ouderenzorg in een instelling',
        voorzieningen: [
          { code: 'verpleeghuis', naam: 'Verpleeghuis' },
          { code: null, naam: 'Zonder code' },
        ],
      },
    ],
    zachteInformatie: [{ code: 'huisdieren-welkom', naam: 'Huisdieren welkom' }],
    ocoDienstverlening: [],
  })

  it('holds every list defined in code, with the one wording of cms/domain/referentielijsten', () => {
    expect(LabelTabelSchema.parse(tabel)).toEqual(tabel)
    expect(tabel.contractVersie).toBe(CONTRACT_VERSIE)
    expect(Object.keys(tabel.lijsten.sectoren!)).toEqual(SECTOREN.map((s) => s.code))
    expect(tabel.lijsten.sectoren!.VV).toBe(SECTOREN[0]!.naam)
    expect(Object.keys(tabel.lijsten.doelgroepen!)).toHaveLength(doelgroepen.length)
    for (const lijst of ['zorgprofielen', 'leveringsvormen', 'zachteInformatieGroepen'])
      expect(Object.keys(tabel.lijsten[lijst]!).length, lijst).toBeGreaterThan(0)
  })

  it('adds the lists whose labels live in the database', () => {
    expect(tabel.lijsten.soortenZorg).toEqual({
      'ouderenzorg-instelling': 'Ouderenzorg in een instelling',
    })
    expect(tabel.lijsten.zachteInformatie!['huisdieren-welkom']).toBe('Huisdieren welkom')
    expect(tabel.lijsten.ocoDienstverlening).toEqual({})
  })

  it('names voorzieningen by soort zorg and code (codes are unique within a soort zorg)', () => {
    expect(tabel.lijsten.voorzieningen).toEqual({
      'ouderenzorg-instelling/verpleeghuis': 'Verpleeghuis',
    })
  })
})
