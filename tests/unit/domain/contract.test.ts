import { describe, expect, it } from 'vitest'
import {
  contractJaar,
  contractOvername,
  contracterendeZorgkantoren,
  geenContractLabel,
  isGecontracteerd,
  naNietGecontracteerd,
  normaliseerGroep,
  overnameLabel,
  publiekeContractJaren,
  publiekeContractering,
  voorstelNa,
  zonderContract,
} from '../../../cms/domain/contract'

describe('contracts (seed 001)', () => {
  it('only gedeeltelijk and volledig count as contracted', () => {
    expect(isGecontracteerd('volledig')).toBe(true)
    expect(isGecontracteerd('gedeeltelijk')).toBe(true)
    expect(isGecontracteerd('in-onderhandeling')).toBe(false)
    expect(isGecontracteerd('niet')).toBe(false)
    expect(isGecontracteerd(null)).toBe(false)
  })
  it('the contracting zorgkantoren of a year, sorted, without doubles', () => {
    const contracten = [
      { zorgkantoor: '2', jaar: 2026, status: 'volledig' },
      { zorgkantoor: '1', jaar: 2026, status: 'gedeeltelijk' },
      { zorgkantoor: '3', jaar: 2026, status: 'in-onderhandeling' },
      { zorgkantoor: '4', jaar: 2025, status: 'volledig' },
      { zorgkantoor: '5', jaar: 2026, status: 'niet' },
    ]
    expect(contracterendeZorgkantoren(contracten, 2026)).toEqual(['1', '2'])
    expect(contracterendeZorgkantoren(contracten, 2025)).toEqual(['4'])
    expect(zonderContract(contracten, 2026)).toBe(false)
    expect(zonderContract(contracten, 2024)).toBe(true)
    expect(zonderContract([{ zorgkantoor: '1', jaar: 2026, status: 'niet' }], 2026)).toBe(true)
    expect(geenContractLabel(2026)).toBe('Geen contract 2026')
  })
  it('the contract year is the calendar year in the Netherlands', () => {
    expect(contractJaar(new Date('2026-06-01T12:00:00Z'))).toBe(2026)
    // New Year's night: already 2027 in Amsterdam while it is still 2026 in UTC
    expect(contractJaar(new Date('2026-12-31T23:30:00Z'))).toBe(2027)
  })
  it('`niet` takes the zorgkantoor off; the last one removes the organisation (§1.2)', () => {
    expect(naNietGecontracteerd(['1', '2'], '1')).toEqual({
      zorgkantoren: ['2'],
      organisatieVerwijderen: false,
    })
    expect(naNietGecontracteerd(['1'], '1')).toEqual({
      zorgkantoren: [],
      organisatieVerwijderen: true,
    })
  })
})

describe('carried-over proposals and the public sentence after New Year', () => {
  const c = (zorgkantoor: string, jaar: number, status: string, voorstel = false) => ({
    zorgkantoor,
    jaar,
    status,
    voorstel,
  })

  it('a proposal carried over from last year does not count as contracted until reviewed', () => {
    expect(contracterendeZorgkantoren([c('1', 2027, 'volledig', true)], 2027)).toEqual([])
    expect(zonderContract([c('1', 2027, 'volledig', true)], 2027)).toBe(true)
    expect(contracterendeZorgkantoren([c('1', 2027, 'volledig', false)], 2027)).toEqual(['1'])
  })

  it('names last year until a contract for this year is recorded, then this year', () => {
    const vorig = [c('1', 2026, 'volledig'), c('2', 2026, 'gedeeltelijk')]
    // 1 January 2027: nothing recorded for 2027 yet → still "… in 2026", not an empty sentence.
    expect(publiekeContractering(vorig, 2027)).toEqual({ jaar: 2026, zorgkantoren: ['1', '2'] })
    // only proposals for 2027: still 2026
    expect(publiekeContractering([...vorig, c('1', 2027, 'volledig', true)], 2027)).toEqual({
      jaar: 2026,
      zorgkantoren: ['1', '2'],
    })
    // a reviewed 2027 contract: 2027, with what 2027 says
    expect(publiekeContractering([...vorig, c('1', 2027, 'volledig')], 2027)).toEqual({
      jaar: 2027,
      zorgkantoren: ['1'],
    })
    expect(publiekeContractering([...vorig, c('1', 2027, 'niet')], 2027)).toEqual({
      jaar: 2027,
      zorgkantoren: [],
    })
  })

  it('never looks further back than last year, and without contracts names this year', () => {
    expect(publiekeContractering([c('1', 2025, 'volledig')], 2027)).toEqual({
      jaar: 2027,
      zorgkantoren: [],
    })
    expect(publiekeContractering([], 2027)).toEqual({ jaar: 2027, zorgkantoren: [] })
    expect(publiekeContractJaren(2027)).toEqual([2026, 2027])
  })

  it('the public year follows the clock: with contractJaar just before and after New Year', () => {
    const contracten = [c('1', 2026, 'volledig')]
    const voor = contractJaar(new Date('2026-12-31T22:59:00Z')) // 23:59 in Amsterdam
    const na = contractJaar(new Date('2026-12-31T23:01:00Z')) // 00:01 on 1 January
    expect(publiekeContractering(contracten, voor)).toEqual({ jaar: 2026, zorgkantoren: ['1'] })
    expect(publiekeContractering(contracten, na)).toEqual({ jaar: 2026, zorgkantoren: ['1'] })
  })
})

describe('contractOvername: a new year filled from the year before', () => {
  it('copies each contract as a proposal, never over one already recorded', () => {
    const plan = contractOvername({
      vorigJaar: [
        { organisatie: '1', status: 'volledig' },
        { organisatie: '2', status: 'niet' },
        { organisatie: '3', status: 'gedeeltelijk' },
        { organisatie: '4', status: 'in-onderhandeling' },
        { organisatie: '1', status: 'volledig' },
      ],
      alVastgelegd: new Set(['3']),
      nogGekoppeld: new Set(['1', '2', '3']),
    })
    expect(plan).toEqual({
      overnemen: [
        { organisatie: '1', status: 'volledig' },
        { organisatie: '2', status: 'niet' },
      ],
      alVastgelegd: 1,
      nietMeerGekoppeld: 1,
    })
    expect(overnameLabel(2027)).toBe('Jaar 2027 vullen vanuit 2026')
  })

  it('normalises the name of a group', () => {
    expect(normaliseerGroep('  Zorggroep   Noord ')).toBe('Zorggroep Noord')
    expect(normaliseerGroep('   ')).toBeNull()
    expect(normaliseerGroep(null)).toBeNull()
  })
})

describe('voorstelNa: the proposal mark after a write', () => {
  const basis = { overname: false, voor: true, gevraagd: true, statusGewijzigd: false }
  it('only the carry-over sets it; nobody ticks it by hand', () => {
    expect(voorstelNa({ ...basis, overname: true, voor: null })).toBe(true)
    expect(voorstelNa({ ...basis, voor: null })).toBe(false)
    expect(voorstelNa({ ...basis, voor: false })).toBe(false)
  })
  it('the review: unticking (or a status sent without the mark), or a changed status', () => {
    expect(voorstelNa({ ...basis, gevraagd: false })).toBe(false)
    expect(voorstelNa({ ...basis, statusGewijzigd: true })).toBe(false)
  })
  it('a save that keeps the tick and the status (a note) leaves it a proposal', () => {
    expect(voorstelNa(basis)).toBe(true)
    expect(voorstelNa({ ...basis, gevraagd: undefined })).toBe(true)
  })
})
