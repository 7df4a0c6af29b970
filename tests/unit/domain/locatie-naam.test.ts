import { describe, expect, it } from 'vitest'
import { volledigeNaam } from '../../../cms/domain/locatie-naam'

describe('volledigeNaam (§3.2.4)', () => {
  it('composes the manual’s example', () => {
    expect(
      volledigeNaam({
        organisatieNaam: 'Stichting Zorgstroom',
        verkorteNaam: 'Zorgstroom',
        voorziening: 'Verpleeghuis',
        locatieNaam: 'Hof Mondriaan',
      }),
    ).toBe('Zorgstroom – Verpleeghuis Hof Mondriaan')
  })
  it('uses the full organisation name when there is no short name', () => {
    expect(
      volledigeNaam({
        organisatieNaam: 'Stichting Handleiding',
        voorziening: 'Woonzorgcentrum',
        locatieNaam: 'De Es',
      }),
    ).toBe('Stichting Handleiding – Woonzorgcentrum De Es')
  })
  it('works without a location name (home care) and trims whitespace', () => {
    expect(
      volledigeNaam({
        organisatieNaam: ' X ',
        verkorteNaam: '  SWZ ',
        voorziening: ' Thuiszorgteam ',
        locatieNaam: '',
      }),
    ).toBe('SWZ – Thuiszorgteam')
    expect(volledigeNaam({ organisatieNaam: 'SWZ' })).toBe('SWZ')
  })
})
