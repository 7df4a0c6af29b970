import { describe, expect, it } from 'vitest'
import {
  FUSIE_MESSAGES,
  fusieBezwaar,
  organisatiesNaFusie,
  zorgkantorenNaFusie,
} from '../../../cms/domain/fusie'

const schoon = (naam: string) => ({ naam, openVerzoek: false, nietDefinitief: 0 })

describe('merger (fusie, §2)', () => {
  it('may go ahead when both are clean', () => {
    expect(fusieBezwaar(schoon('A'), schoon('B'))).toBeNull()
  })
  it('is refused while either has an open change request, naming it', () => {
    expect(fusieBezwaar({ ...schoon('A'), openVerzoek: true }, schoon('B'))).toBe(
      FUSIE_MESSAGES.openVerzoek('A'),
    )
    expect(fusieBezwaar(schoon('A'), { ...schoon('B'), openVerzoek: true })).toBe(
      FUSIE_MESSAGES.openVerzoek('B'),
    )
  })
  it('is refused while an item of either is not Definitief', () => {
    expect(fusieBezwaar(schoon('A'), { ...schoon('B'), nietDefinitief: 2 })).toContain(
      'zijn 2 onderdelen',
    )
    expect(fusieBezwaar({ ...schoon('A'), nietDefinitief: 1 }, schoon('B'))).toContain(
      'is 1 onderdeel',
    )
    // an open request is named before drafts (it is the reason the drafts exist)
    expect(
      fusieBezwaar({ ...schoon('A'), nietDefinitief: 3 }, { ...schoon('B'), openVerzoek: true }),
    ).toBe(FUSIE_MESSAGES.openVerzoek('B'))
  })
  it('the surviving organisation keeps its zorgkantoren and gains those of the merged one', () => {
    expect(zorgkantorenNaFusie(['1'], ['2', '1'])).toEqual(['1', '2'])
  })
  it('a login of the merged organisation works on the surviving one (no doubles)', () => {
    expect(organisatiesNaFusie(['5', '7'], '5', '9')).toEqual(['9', '7'])
    expect(organisatiesNaFusie(['5', '9'], '5', '9')).toEqual(['9'])
    expect(organisatiesNaFusie(['7'], '5', '9')).toEqual(['7'])
  })
})
