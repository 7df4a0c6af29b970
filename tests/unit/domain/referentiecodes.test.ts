import { describe, expect, it } from 'vitest'
import {
  REFERENTIE_MELDINGEN,
  codeFout,
  codeVanNaam,
  dubbeleCodes,
  labelVeranderd,
  voorzieningCodeVan,
  voorzieningLabel,
  voorzieningWijzigingen,
  vulVoorzieningCodes,
} from '../../../cms/domain/referentiecodes'

describe('codeVanNaam', () => {
  it('makes a clean code from a label', () => {
    expect(codeVanNaam('Cliëntondersteuning (OCO)')).toBe('clientondersteuning-oco')
    expect(codeVanNaam('  Logeerkamer in verpleeghuis ')).toBe('logeerkamer-in-verpleeghuis')
    expect(codeVanNaam('FACT-team')).toBe('fact-team')
    expect(codeVanNaam('!!!')).toBe('voorziening')
    expect(codeVanNaam('a'.repeat(80)).length).toBe(60)
    expect(codeFout(codeVanNaam('Ouderinitiatief — groot'))).toBeNull()
  })
  it('codeFout refuses upper case, spaces, other characters and long codes', () => {
    for (const fout of ['Verpleeghuis', 'twee woorden', 'a--b', '-a', 'x'.repeat(61), 5, null])
      expect(codeFout(fout), String(fout)).not.toBeNull()
    expect(codeFout('ggz-w-1')).toBeNull()
  })
})

describe('vulVoorzieningCodes', () => {
  it('gives codes to voorzieningen without one, unique within the list, and keeps given codes', () => {
    expect(
      vulVoorzieningCodes([
        { naam: 'Wijkteam' },
        { naam: 'Wijkteam' },
        { naam: 'Verpleeghuis', code: 'vph' },
        { naam: 'Anders', code: 'wijkteam-3' },
        { naam: 'Wijkteam', code: null },
      ]).map((v) => v.code),
    ).toEqual(['wijkteam', 'wijkteam-2', 'vph', 'wijkteam-3', 'wijkteam-4'])
  })
  it('finds codes that occur twice', () => {
    expect(
      dubbeleCodes([{ naam: 'a', code: 'x' }, { naam: 'b', code: 'x' }, { naam: 'c' }]),
    ).toEqual(['x'])
  })
})

describe('voorzieningWijzigingen', () => {
  const oud = [
    { id: '1', naam: 'Verpleeghuis', code: 'verpleeghuis' },
    { id: '2', naam: 'Woonzorgcentrum', code: 'woonzorgcentrum' },
    { id: '3', naam: 'Hospice', code: 'hospice' },
  ]
  it('sees a renamed label, a changed code and a removed row (by row id)', () => {
    expect(
      voorzieningWijzigingen(oud, [
        { id: '1', naam: 'Verpleeghuis (nieuw)', code: 'verpleeghuis' },
        { id: '2', naam: 'Woonzorgcentrum', code: 'wzc' },
      ]),
    ).toEqual({
      hernoemd: ['verpleeghuis'],
      codeGewijzigd: [{ van: 'woonzorgcentrum', naar: 'wzc' }],
      verwijderd: ['hospice'],
    })
  })
  it('matches by code when rows come back without ids; reordering changes nothing', () => {
    expect(
      voorzieningWijzigingen(oud, [
        { naam: 'Hospice', code: 'hospice' },
        { naam: 'Verpleeghuis', code: 'verpleeghuis' },
        { naam: 'Woonzorgcentrum', code: 'woonzorgcentrum' },
      ]),
    ).toEqual({ hernoemd: [], codeGewijzigd: [], verwijderd: [] })
  })
})

describe('labels and values of voorzieningen', () => {
  const lijst = [
    { naam: 'Verpleeghuis', code: 'verpleeghuis' },
    { naam: 'Woonzorgcentrum', code: 'wzc' },
  ]
  it('looks up the label of a code', () => {
    expect(voorzieningLabel(lijst, 'wzc')).toBe('Woonzorgcentrum')
    expect(voorzieningLabel(lijst, 'onbekend')).toBeNull()
    expect(voorzieningLabel(null, 'wzc')).toBeNull()
  })
  it('takes a code, or a current label, as the code', () => {
    expect(voorzieningCodeVan(lijst, 'wzc')).toBe('wzc')
    expect(voorzieningCodeVan(lijst, ' woonzorgcentrum ')).toBe('wzc')
    expect(voorzieningCodeVan(lijst, 'Gezinshuis')).toBeNull()
  })
  it('labelVeranderd: name, icon or group; never on create', () => {
    expect(labelVeranderd({ naam: 'a', icoon: 'x' }, { naam: 'a', icoon: 'y' })).toBe(true)
    expect(labelVeranderd({ naam: 'a' }, { naam: 'a', toelichting: 'nieuw' })).toBe(false)
    expect(labelVeranderd(null, { naam: 'a' })).toBe(false)
  })
  it('Dutch messages name the count', () => {
    expect(REFERENTIE_MELDINGEN.nietVerwijderen('Hospice', 1)).toContain('1 locatie gebruikt')
    expect(REFERENTIE_MELDINGEN.codeVast('x', 3)).toContain('3 locaties')
  })
})
