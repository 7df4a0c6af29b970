import { describe, expect, it } from 'vitest'
import {
  heeftDagbesteding,
  isZorgaanbodGevuld,
  sectorenMetInhoud,
} from '../../../cms/domain/zorgaanbod'
import { KOPIEER_VELDEN, zorgaanbodInhoud } from '../../../cms/domain/kopieren'
import type { Zorgaanbod } from '../../../cms/payload-types'

describe('filled care offer (§4.2, §4.3)', () => {
  it('a care provider needs at least one sector with content', () => {
    expect(isZorgaanbodGevuld({ zachteInformatie: [1, 2] }, 'zorgaanbieder')).toBe(false)
    expect(isZorgaanbodGevuld({ vv: { zorgprofielen: ['VV-5'] } }, 'zorgaanbieder')).toBe(true)
    expect(
      isZorgaanbodGevuld({ vg: { dagbesteding: { dagbesteding: true } } }, 'pgb-initiatief'),
    ).toBe(true)
    expect(
      isZorgaanbodGevuld({ vv: { zorgprofielen: [], leveringsvormen: [] } }, 'zorgaanbieder'),
    ).toBe(false)
  })
  it('an OCO needs at least one service', () => {
    expect(isZorgaanbodGevuld({ dienstverlening: [] }, 'oco')).toBe(false)
    expect(isZorgaanbodGevuld({ dienstverlening: [3] }, 'oco')).toBe(true)
    expect(isZorgaanbodGevuld({ vv: { zorgprofielen: ['VV-5'] } }, 'oco')).toBe(false)
  })
  it('lists the sectors with content and spots day care (icon, §3.2.3)', () => {
    const z = {
      vv: { leveringsvormen: ['verblijf'] },
      ggz: { dagbesteding: { dagbehandeling: true } },
      lg: null,
    }
    expect(sectorenMetInhoud(z)).toEqual(['VV', 'GGZ'])
    expect(heeftDagbesteding(z)).toBe(true)
    expect(heeftDagbesteding({ vv: { zorgprofielen: ['VV-4'] } })).toBe(false)
  })
})

describe('copying content (§4.4, §4.5)', () => {
  it('copies content fields with relations as ids, never identity or workflow fields', () => {
    const bron = {
      id: 9,
      locatie: 1,
      woonplaats: 2,
      organisatie: 3,
      status: 'definitief',
      _status: 'published',
      titel: 'X',
      zachteInformatie: [{ id: 4, naam: 'Huisdieren' }, 5],
      vv: { zorgprofielen: ['VV-5'], dagbesteding: { dagbesteding: true } },
    }
    // A populated document as the Local API may give it (relations as objects).
    const kopie = zorgaanbodInhoud(bron as unknown as Partial<Zorgaanbod>)
    expect(kopie).toEqual({
      zachteInformatie: [4, 5],
      vv: { zorgprofielen: ['VV-5'], dagbesteding: { dagbesteding: true } },
    })
    expect(Object.keys(kopie).every((k) => (KOPIEER_VELDEN as readonly string[]).includes(k))).toBe(
      true,
    )
    ;(kopie.vv as { zorgprofielen: string[] }).zorgprofielen.push('VV-6')
    expect(bron.vv.zorgprofielen).toEqual(['VV-5'])
  })
})
