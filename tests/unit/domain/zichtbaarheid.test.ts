import { describe, expect, it } from 'vitest'
import {
  nietVoorVerwijdering,
  ZICHTBAARHEID_REDENEN as R,
  zichtbaarheid,
} from '../../../cms/domain/zichtbaarheid'

describe('public visibility (§2, §4.2): one function', () => {
  const gevuld = { gevuld: true, status: 'definitief' as const }

  it('is public with an approved location and organisation and a filled care offer', () => {
    expect(
      zichtbaarheid({
        locatieGoedgekeurd: true,
        organisatieGoedgekeurd: true,
        zorgaanbod: [gevuld],
      }),
    ).toEqual({ publiek: true, redenen: [] })
  })

  it('says every reason why not', () => {
    expect(
      zichtbaarheid({ locatieGoedgekeurd: false, organisatieGoedgekeurd: false, zorgaanbod: [] })
        .redenen,
    ).toEqual([R.locatieNietGoedgekeurd, R.organisatieNietGoedgekeurd, R.geenZorgaanbod])
  })

  it('counts only filled care offers that are not marked for removal', () => {
    const check = (
      zorgaanbod: { gevuld: boolean; status?: 'voorgesteld-verwijderd' | 'nieuw' }[],
    ) =>
      zichtbaarheid({ locatieGoedgekeurd: true, organisatieGoedgekeurd: true, zorgaanbod }).publiek
    expect(check([{ gevuld: false }])).toBe(false)
    expect(check([{ gevuld: true, status: 'voorgesteld-verwijderd' }])).toBe(false)
    expect(check([{ gevuld: true, status: 'voorgesteld-verwijderd' }, { gevuld: true }])).toBe(true)
    expect(nietVoorVerwijdering({ status: 'nieuw' })).toBe(true)
    expect(nietVoorVerwijdering({})).toBe(true)
  })
})
