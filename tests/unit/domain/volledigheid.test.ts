import { describe, expect, it } from 'vitest'
import { volledigheid, type VolledigheidInput } from '../../../cms/domain/volledigheid'

const compleet: VolledigheidInput = {
  organisatieType: 'zorgaanbieder',
  sectorenSoortZorg: ['VV'],
  fotos: 2,
  heeftVideo: true,
  zorgkaart: { zorgkaartId: '12345' },
  telefoonOfEmail: true,
  zorgaanbod: [{ zachteInformatie: [1], vv: { zorgprofielen: ['VV-5'] } }],
}

describe('completeness of a location', () => {
  it('is 100 when everything is filled', () => {
    expect(volledigheid(compleet)).toEqual({ score: 100, ontbreekt: [] })
  })
  it('names what is missing', () => {
    const v = volledigheid({
      ...compleet,
      fotos: 0,
      heeftVideo: false,
      zorgkaart: null,
      zorgaanbod: [],
    })
    expect(v.ontbreekt).toEqual([
      'Zorgaanbod bij een woonplaats',
      'Foto',
      'Video',
      'Koppeling met ZorgkaartNederland (waardering)',
      'Zachte informatie (bijvoorbeeld huisdieren of geloof)',
      'Zorgaanbod voor sector VV',
    ])
    expect(v.score).toBe(14)
  })
  it('counts "not registered yet" as a handled rating link', () => {
    expect(volledigheid({ ...compleet, zorgkaart: { nietGeregistreerd: true } }).ontbreekt).toEqual(
      [],
    )
  })
  it('counts an automatic link by the visiting address as a rating link', () => {
    expect(
      volledigheid({ ...compleet, zorgkaart: null, zorgkaartOpAdres: true }).ontbreekt,
    ).toEqual([])
    expect(
      volledigheid({ ...compleet, zorgkaart: null, zorgkaartOpAdres: false }).ontbreekt,
    ).toEqual(['Koppeling met ZorgkaartNederland (waardering)'])
  })
  it('asks an OCO for services, not for ratings or sectors', () => {
    const v = volledigheid({
      ...compleet,
      organisatieType: 'oco',
      zorgkaart: null,
      zorgaanbod: [{ dienstverlening: [1] }],
    })
    expect(v).toEqual({ score: 100, ontbreekt: [] })
  })
})
